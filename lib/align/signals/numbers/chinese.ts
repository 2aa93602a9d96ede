import { asciiDigits, mention, round, table, type NumberKind, type NumberMention } from "./mention";

/** Chinese numerals, Arabic and full-width digits in Chinese text, read to values with a kind. */


const ZH_DIGIT: Record<string, number> = table({
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
});
const ZH_SMALL_UNIT: Record<string, number> = table({ 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 });
const ZH_BIG_UNIT: Record<string, number> = table({ 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 });

const isZhDigit = (c: string | undefined) => c !== undefined && c in ZH_DIGIT;
const isZhUnit = (c: string | undefined) => c !== undefined && (c in ZH_SMALL_UNIT || c in ZH_BIG_UNIT);
const isZhNumeral = (c: string | undefined) => isZhDigit(c) || isZhUnit(c);
const isAsciiDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

/**
 * Measure words and units that make a preceding numeral a quantity. Two-character ones are
 * matched first. Deliberately without 分, 周, 角, 轮, 字: with a numeral they mostly form words
 * (十分 "very", 四周 "all around", 三角 "triangle"); such words are also listed in ZH_NOT_NUMBERS.
 */
const MEASURES_2 = ["公斤", "公里", "公尺", "公顷", "平方", "立方", "小时", "钟头", "分钟", "星期", "个月", "年代", "月份"];
const MEASURES_1 = new Set(
  (
    "个人名位岁年月日号天夜次回遍趟件台部辆架艘条张本册只头匹口户家所座间栋项种类批套副双对打" +
    "斤吨克亩元块倍层期届篇首句封份幅颗粒棵株枝支根片股群队团连营师省县市区乡镇村国社组厂场" +
    "处米里尺寸丈担箱包袋桶瓶杯碗盒节门课笔起例宗"
  ).split(""),
);

/** After a single numeral these usually end a place name (万县, 六安, 四平市) rather than count. */
const PLACE_MEASURES = new Set("省县市区乡镇村国".split(""));

/** Words that contain numeral characters but are not numbers. */
const ZH_NOT_NUMBERS = [
  "万一", "一一", "万万", "万岁", "万分", "十分", "十足", "十字", "百般", "百姓", "千方百计", "四处", "四周", "四方",
  "八方", "三三两两", "千千万万", "一五一十", "十全十美", "乱七八糟", "七上八下", "七嘴八舌", "一心一意", "三心二意",
  "五花八门", "一模一样", "九牛一毛", "再三", "三番五次", "接二连三", "不三不四", "一成不变", "八成", "一点一滴",
  "独一无二", "数一数二", "千变万化", "万众", "千军万马", "三令五申", "四面八方", "五湖四海", "十之八九", "五四",
  "万古", "千古", "三五成群", "八九不离十", "百分百", "四川", "三峡", "九江", "五金", "三角", "千克", "千米", "千瓦", "千家万户", "百家争鸣", "万里长城",
];

/** For each character of ZH_NOT_NUMBERS: the words containing it and where. */
const NOT_NUMBERS_BY_CHAR = new Map<string, [word: string, offset: number, allNumeral: boolean][]>();
for (const word of ZH_NOT_NUMBERS) {
  const allNumeral = [...word].every((c) => isZhNumeral(c));
  [...word].forEach((c, offset) => {
    const list = NOT_NUMBERS_BY_CHAR.get(c) ?? [];
    list.push([word, offset, allNumeral]);
    NOT_NUMBERS_BY_CHAR.set(c, list);
  });
}

/** Whether position p lies in one of ZH_NOT_NUMBERS (checked only where a numeral stands). */
function isBlocked(t: string, p: number): boolean {
  const candidates = NOT_NUMBERS_BY_CHAR.get(t[p]);
  if (!candidates) return false;
  for (const [word, offset, allNumeral] of candidates) {
    const at = p - offset;
    if (at < 0 || !t.startsWith(word, at)) continue;
    const next = t[at + word.length];
    // Inside a longer number the word is just digits: 二十分钟, 一九五四年, 十万一千; 十分之一 is a fraction.
    if (isZhNumeral(t[at - 1]) || (allNumeral && isZhNumeral(next))) continue;
    if (word.endsWith("分") && next === "之") continue;
    return true;
  }
  return false;
}

/** Value of a run of Chinese digits and units without 点, 多 or ranges: 四十三亿三千万, 二百十三, 一万五. */
function parseChineseInteger(run: string): number {
  let total = 0; // completed 亿-groups
  let wan = 0; // completed 万-group inside the current 亿-group
  let section = 0; // below 万
  let digit: number | null = null;
  let lastUnit = 0; // the unit just before a trailing bare digit, for 一万五 = 15000
  let afterZero = false;
  for (const c of run) {
    if (c in ZH_DIGIT) {
      const d = ZH_DIGIT[c];
      if (d === 0) afterZero = true;
      digit = d;
    } else if (c in ZH_SMALL_UNIT) {
      const u = ZH_SMALL_UNIT[c];
      section += (digit ?? 1) * u;
      digit = null;
      lastUnit = u;
      afterZero = false;
    } else if (c in ZH_BIG_UNIT) {
      const u = ZH_BIG_UNIT[c];
      const group = section + (digit ?? 0);
      if (u === 1e8) {
        total = (total + wan + group || 1) * 1e8;
        wan = 0;
      } else {
        wan = (wan + group || 1) * 1e4;
      }
      section = 0;
      digit = null;
      lastUnit = u;
      afterZero = false;
    }
  }
  // A bare digit right after 百/千/万/亿 stands for the next unit down (colloquial 一万五, 三千二).
  if (digit !== null) section += !afterZero && lastUnit >= 100 ? (digit * lastUnit) / 10 : digit;
  return total + wan + section;
}

interface Core {
  lo: number;
  hi: number;
  approx: boolean;
  /** Digits read one by one (一九五三), the form of years. */
  spelled: boolean;
  /** One numeral character (or a pair like 三四), which needs a measure word to count. */
  lone: boolean;
  end: number;
}

const CORE_CHARS = /[零〇一二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖十拾百佰千仟万萬亿億点几多余廿卅]/;

// The numeral runs below hold characters of the Basic Multilingual Plane only (CORE_CHARS), so a
// code unit is a character.
const allDigits = (run: string): boolean => {
  for (let k = 0; k < run.length; k++) if (!(run[k] in ZH_DIGIT)) return false;
  return true;
};

/** 一九五三 → "1953": the run's digits, each written as an Arabic digit. */
const arabicDigits = (digits: string): string => {
  let out = "";
  for (let k = 0; k < digits.length; k++) out += ZH_DIGIT[digits[k]];
  return out;
};

/** Reads a Chinese numeral run starting at `start`; null when it is vague (几十, 数万) or empty. */
function readChineseCore(t: string, start: number): Core | null {
  let end = start;
  while (end < t.length && CORE_CHARS.test(t[end]) && !isBlocked(t, end)) {
    const c = t[end];
    // 点, 多, 余 and 几 belong to the number only inside it: 十六点四, 十多万, 五十四亿八千多万, 八十几.
    if (c === "点" && !(isZhNumeral(t[end - 1]) && isZhDigit(t[end + 1]))) break;
    if ((c === "多" || c === "余") && !(isZhNumeral(t[end - 1]) && isZhUnit(t[end + 1]))) break;
    if (c === "几" && !(end > start && isZhUnit(t[end - 1]))) break;
    end++;
  }
  if (end === start) return null;
  let run = t.slice(start, end).replace(/廿/g, "二十").replace(/卅/g, "三十");
  let approx = false;
  if (/[几多余]/.test(run)) {
    approx = true;
    run = run.replace(/[几多余]/g, "");
  }
  if (!run) return null;

  const dot = run.indexOf("点");
  if (dot >= 0) {
    const nextDot = run.indexOf("点", dot + 1);
    return readDecimal(run.slice(0, dot), run.slice(dot + 1, nextDot < 0 ? run.length : nextDot), approx, end);
  }
  return allDigits(run) ? readDigits(run, approx, end) : readWithUnits(run, approx, end);
}

/** 十六点四, 五点三万: the whole part, the decimals and any units after them. */
function readDecimal(intPart: string, fracPart: string, approx: boolean, end: number): Core {
  const fracDigits = fracPart.match(/^[零〇一二两三四五六七八九]+/)?.[0] ?? "";
  const units = fracPart.slice(fracDigits.length);
  const frac = Number("0." + arabicDigits(fracDigits));
  const whole = allDigits(intPart) ? Number(arabicDigits(intPart) || "0") : parseChineseInteger(intPart);
  let scale = 1;
  for (let k = 0; k < units.length; k++) scale *= ZH_BIG_UNIT[units[k]] ?? ZH_SMALL_UNIT[units[k]] ?? 1;
  const v = round((whole + frac) * scale);
  return { lo: v, hi: v, approx, spelled: false, lone: false, end };
}

/** Digits only: one (三), a pair that is a range (三四), or digits read one by one (一九五三). */
function readDigits(run: string, approx: boolean, end: number): Core | null {
  const first = ZH_DIGIT[run[0]];
  if (run.length === 1) return { lo: first, hi: first, approx, spelled: false, lone: true, end };
  if (run.length === 2) {
    // 三四 "three or four", 三五 "a few": a small ascending pair is a range; 五四 is not a number.
    const second = ZH_DIGIT[run[1]];
    const gap = second - first;
    if (first >= 1 && gap >= 1 && gap <= 2) return { lo: first, hi: second, approx, spelled: false, lone: true, end };
    return null;
  }
  const v = Number(arabicDigits(run));
  return { lo: v, hi: v, approx, spelled: true, lone: false, end };
}

/** Numerals with units (三千二百, 十万); a range written as two adjacent digits: 四五万, 七八十, 十七八, 三四百万. */
function readWithUnits(run: string, approx: boolean, end: number): Core | null {
  for (let k = 0; k + 1 < run.length; k++) {
    const a = ZH_DIGIT[run[k]];
    const b = ZH_DIGIT[run[k + 1]];
    if (a === undefined || b === undefined || a === 0 || b === 0) continue;
    if (b - a < 1 || b - a > 2) return null;
    // Each end of the range is the run without the other digit.
    const lo = parseChineseInteger(run.slice(0, k + 1) + run.slice(k + 2));
    const hi = parseChineseInteger(run.slice(0, k) + run.slice(k + 1));
    return { lo, hi, approx, spelled: false, lone: false, end };
  }
  const v = parseChineseInteger(run);
  return { lo: v, hi: v, approx, spelled: false, lone: run.length === 1, end };
}

/** Reads 1957, 35.5, 1,427, 1.5万, 100多万 starting at `start` (ASCII digits already normalised). */
function readArabicCore(t: string, start: number): Core {
  const m = /^\d+(?:,\d{3})*(?!\d)(?:\.\d+)?/.exec(t.slice(start, start + 40))!;
  let end = start + m[0].length;
  let v = Number(m[0].replace(/,/g, ""));
  let approx = false;
  const plain = /^\d+$/.test(m[0]);
  let scaled = false;
  for (;;) {
    const c = t[end];
    if ((c === "多" || c === "余") && (t[end + 1] === "万" || t[end + 1] === "亿")) {
      approx = true;
      end++;
    } else if (c in ZH_BIG_UNIT || (c in ZH_SMALL_UNIT && !(c === "千" && /[克米瓦]/.test(t[end + 1] ?? "")))) {
      v *= ZH_BIG_UNIT[c] ?? ZH_SMALL_UNIT[c];
      scaled = true;
      end++;
    } else break;
  }
  v = round(v);
  return { lo: v, hi: v, approx, spelled: plain && !scaled && m[0].length === 4, lone: false, end };
}

const APPROX_BEFORE = ["大约", "将近", "接近", "差不多", "约有", "约", "近", "逾"];
const APPROX_AFTER = ["左右", "以上", "上下", "开外", "多", "余"];

const NUMBER_START = /[0-9零〇一二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖十拾百佰千仟万萬亿億廿卅半几数]/g;

const measureAt = (t: string, at: number): string =>
  MEASURES_2.find((w) => t.startsWith(w, at)) ?? (MEASURES_1.has(t[at]) ? t[at] : "");

/** X分之Y read from its Y at `at`: 百分之十六点四 = 16.4%, 千分之五 = 0.5%, 三分之一 = 1/3; null without a Y. */
function readFraction(t: string, start: number, at: number, denominator: number, approx: boolean): { stop: number; mention: NumberMention | null } | null {
  const part = isAsciiDigit(t[at]) ? readArabicCore(t, at) : isZhNumeral(t[at]) ? readChineseCore(t, at) : null;
  if (!part) return null;
  let stop = part.end;
  const suffix = APPROX_AFTER.find((w) => t.startsWith(w, stop));
  if (suffix) stop += suffix.length;
  const ap = approx || part.approx || suffix !== undefined;
  if (denominator === 100 || denominator === 1000 || denominator === 1e4) {
    const f = 100 / denominator;
    return { stop, mention: mention("percent", round(part.lo * f), round(part.hi * f), ap, t.slice(start, stop)) };
  }
  if (denominator > 0) return { stop, mention: mention("fraction", round(part.lo / denominator), round(part.hi / denominator), ap, t.slice(start, stop)) };
  return { stop, mention: null };
}

/** A number read at [start, end) and what stands around it. */
interface NumberRun {
  start: number;
  end: number;
  lo: number;
  hi: number;
  lone: boolean;
  arabic: boolean;
  spelled: boolean;
  ordinal: boolean;
  /** Where the last month read ended (a 号 right after it is a day). */
  lastMonthEnd: number;
}

/**
 * What a number is, from what follows it: its kind ("decade" for 年代; null when it is not a
 * quantity at all), how many characters of suffix belong to it, and the factor its value takes
 * (一成 is 10 %).
 */
function kindAfter(t: string, run: NumberRun): { kind: NumberKind | "decade" | null; suffix: number; factor: number } {
  const { start, end, lo, hi, lone, arabic, spelled } = run;
  const after = t[end];
  if (run.ordinal) return { kind: "ordinal", suffix: 0, factor: 1 };
  if (after === "%") return { kind: "percent", suffix: 1, factor: 1 };
  if (after === "成" && !arabic && hi <= 10) return { kind: "percent", suffix: 1, factor: 10 };
  if (t.startsWith("年代", end)) return { kind: "decade", suffix: 2, factor: 1 };
  if (after === "年") {
    const year = spelled && lo >= 1000 && lo < 2200;
    return { kind: year ? "year" : "count", suffix: year ? 1 : 0, factor: 1 };
  }
  if (after === "月" && lo >= 1 && hi <= 12) return { kind: "month", suffix: t[end + 1] === "份" ? 2 : 1, factor: 1 };
  if ((after === "日" || after === "号") && lo >= 1 && hi <= 31) {
    return { kind: after === "号" && run.lastMonthEnd !== start ? "ordinal" : "day", suffix: 1, factor: 1 };
  }
  if (
    (measureAt(t, end) && !(lone && PLACE_MEASURES.has(after))) ||
    APPROX_AFTER.some((w) => t.startsWith(w, end)) ||
    (t.startsWith("来", end) && measureAt(t, end + 1))
  ) {
    return { kind: "count", suffix: 0, factor: 1 };
  }
  if (!lone) return { kind: spelled && !arabic && lo >= 1000 && lo < 2200 ? "year" : "count", suffix: 0, factor: 1 };
  return { kind: null, suffix: 0, factor: 1 };
}

/**
 * Reads the number that starts at `start` (a digit or a numeral), adds its mentions to `out`, and
 * returns where reading goes on.
 */
function readNumberAt(t: string, start: number, arabic: boolean, state: { lastMonthEnd: number }, out: NumberMention[]): number {
  const core = arabic ? readArabicCore(t, start) : readChineseCore(t, start);
  // Digits glued to Latin letters are codes (3D, B52), not quantities.
  if (core === null || (arabic && (/[A-Za-z]/.test(t[start - 1] ?? "") || /[A-Za-z]/.test(t[core.end] ?? "")))) {
    let next = core?.end ?? start + 1;
    while (next < t.length && (isZhNumeral(t[next]) || isAsciiDigit(t[next]))) next++;
    return next;
  }
  let end = core.end;
  let { lo, hi, lone } = core;
  let approx = core.approx || APPROX_BEFORE.some((w) => t.startsWith(w, start - w.length));

  if (t.startsWith("分之", end)) {
    const fraction = readFraction(t, start, end + 2, lo, approx);
    if (fraction) {
      if (fraction.mention) out.push(fraction.mention);
      return fraction.stop;
    }
  }

  // 七、八万, 两、三次: a digit, 、, and a run starting one or two higher. 一、二月 lists two months.
  let months: number[] | null = null;
  if (lone && lo === hi && !arabic && t[end] === "、" && isZhDigit(t[end + 1])) {
    const next = readChineseCore(t, end + 1);
    const step = ZH_DIGIT[t[end + 1]] - lo;
    if (next && step >= 1 && step <= 2) {
      if (t[next.end] === "月") months = [lo, next.lo];
      else lo = parseChineseInteger(t[start] + t.slice(end + 2, next.end));
      hi = next.hi;
      approx ||= next.approx;
      lone = false;
      end = next.end;
    }
  }

  const ordinal = t[start - 1] === "第";
  const { kind, suffix, factor } = kindAfter(t, { start, end, lo, hi, lone, arabic, spelled: core.spelled, ordinal, lastMonthEnd: state.lastMonthEnd });
  if (kind === "decade") {
    // 五十年代 / 1950年代: the years of a decade.
    const base = lo < 100 ? 1900 + lo : lo;
    if (lo === hi && lo % 10 === 0 && base >= 1000 && base < 2200) {
      out.push(mention("year", base, base + 9, false, t.slice(start, end + 2)));
    }
    return end + 2;
  }
  lo *= factor;
  hi *= factor;
  // A lone 一 is "a/an" (一个, 一种, 一年) except as 第一, 一成, 一月.
  if (kind === null || (kind === "count" && lone && !arabic && hi === 1)) {
    return end;
  }

  const stop = end + suffix;
  if (kind === "count") {
    // 多/余/来 before the measure word or 左右/以上/多 after it: 十万多个, 二百多斤, 一百元以上, 半年多.
    let at = stop;
    if (/[多余来]/.test(t[at] ?? "") && measureAt(t, at + 1)) {
      approx = true;
      at++;
    }
    at += measureAt(t, at).length;
    if (APPROX_AFTER.some((w) => t.startsWith(w, at))) approx = true;
  }
  if (months) {
    for (const m of months) out.push(mention("month", m, m, false, t.slice(start, stop)));
  } else {
    out.push(mention(kind, round(lo), round(hi), approx, t.slice(ordinal ? start - 1 : start, stop)));
  }
  if (kind === "month") state.lastMonthEnd = stop;
  return stop;
}

export function extractChinese(text: string): NumberMention[] {
  const t = asciiDigits(text);
  const out: NumberMention[] = [];
  const state = { lastMonthEnd: -1 };
  let i = 0;
  while (i < t.length) {
    // Jump to the next character that can start a number.
    NUMBER_START.lastIndex = i;
    if (!NUMBER_START.test(t)) break;
    i = NUMBER_START.lastIndex - 1;
    const c = t[i];
    if (isBlocked(t, i)) {
      i++;
      continue;
    }
    if (c === "半") {
      // 一半, 上半年, 下半年, 半年, 半个, 半数; not 半岛, 多半.
      const before = t[i - 1];
      if (before === "一" || before === "上" || before === "下" || measureAt(t, i + 1) || t[i + 1] === "数") {
        out.push(mention("fraction", 0.5, 0.5, false, t.slice(before === "一" ? i - 1 : i, i + 1)));
      }
      i++;
      continue;
    }
    if ((c === "几" || c === "数") && isZhUnit(t[i + 1])) {
      // Vague (几十, 数万): skip the whole run so its tail is not read as a number.
      i++;
      while (i < t.length && (isZhNumeral(t[i]) || t[i] === "几")) i++;
      continue;
    }
    const arabic = isAsciiDigit(c);
    if (!arabic && !isZhNumeral(c) && c !== "廿" && c !== "卅") {
      i++;
      continue;
    }
    i = readNumberAt(t, i, arabic, state, out);
  }
  return out;
}
