import type { Lang, PreparedSide } from "../types";

/**
 * Numbers as alignment anchors: Arabic, full-width and Chinese numerals and English number words
 * normalised to values with a coarse unit ("kind"), so 四十三亿三千万元 and "4.33 billion yuan",
 * 百分之十六点四 and "16.4%", 一九五三年 and "1953", 六月十日 and "June 10th" compare equal.
 *
 * Decisions that matter for alignment:
 * - A lone 一 ("a/one": 一个, 一种, 统一, 一些) and a lone English "one" are not numbers: both are
 *   mostly the article or part of a word, and translators render them freely. 第一 and "first" are
 *   ordinal 1, and digits ("1") always count.
 * - A lone Chinese numeral character counts only before a measure word or unit (三次, 九个, 五年),
 *   after 第 or as a percent (三成), so words like 一定, 十足, 四川 yield nothing.
 * - 几/数 before a unit (几十, 数万) and English "dozens", "several thousand" are too vague to anchor
 *   and yield nothing; 几/多/余 after a value (八十几, 十万多) mark it approximate.
 * - A four-digit English integer without a thousands comma in 1000–2199 is a year; in Chinese a
 *   year needs 年 (1957年, 一九五三年) or a digit-by-digit reading.
 */
export type NumberKind = "count" | "percent" | "year" | "month" | "day" | "ordinal" | "fraction";

export interface NumberMention {
  kind: NumberKind;
  /** The value; for a range, its lower end. */
  value: number;
  /** Inclusive bounds when the text gives a range (四五万, "40,000 to 50,000", 两、三次). */
  range?: [number, number];
  /** "More than", "about", 多, 余, 左右 …: the translation may round. */
  approx?: boolean;
  /** The text the mention was read from. */
  source: string;
}

export function extractNumbers(text: string, lang: Lang): NumberMention[] {
  return lang === "zh" ? extractChinese(text) : extractEnglish(text);
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

/** Full-width digits, ％ and ． to ASCII, one character for one so offsets stay valid. */
function asciiDigits(text: string): string {
  return text.replace(/[\uff10-\uff19\uff05\uff0e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function mention(kind: NumberKind, lo: number, hi: number, approx: boolean, source: string): NumberMention {
  const m: NumberMention = { kind, value: lo, source };
  if (hi !== lo) m.range = [lo, hi];
  if (approx) m.approx = true;
  return m;
}

const round = (x: number) => Math.round(x * 1e9) / 1e9;

/** A lookup table without a prototype, so words like "constructor" are simply absent. */
const table = (entries: Record<string, number>): Record<string, number> => Object.assign(Object.create(null), entries);

// ---------------------------------------------------------------------------------------------
// Chinese

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

  const [intPart, fracPart] = run.split("点");
  const digitsOnly = [...intPart].every((c) => c in ZH_DIGIT);
  if (fracPart !== undefined) {
    const fracDigits = fracPart.match(/^[零〇一二两三四五六七八九]+/)?.[0] ?? "";
    const units = fracPart.slice(fracDigits.length);
    const frac = Number("0." + [...fracDigits].map((c) => ZH_DIGIT[c]).join(""));
    const whole = digitsOnly ? Number([...intPart].map((c) => ZH_DIGIT[c]).join("") || "0") : parseChineseInteger(intPart);
    let scale = 1;
    for (const u of units) scale *= ZH_BIG_UNIT[u] ?? ZH_SMALL_UNIT[u] ?? 1;
    const v = round((whole + frac) * scale);
    return { lo: v, hi: v, approx, spelled: false, lone: false, end };
  }

  if (digitsOnly) {
    const ds = [...run].map((c) => ZH_DIGIT[c]);
    if (ds.length === 1) return { lo: ds[0], hi: ds[0], approx, spelled: false, lone: true, end };
    if (ds.length === 2) {
      // 三四 "three or four", 三五 "a few": a small ascending pair is a range; 五四 is not a number.
      const gap = ds[1] - ds[0];
      if (ds[0] >= 1 && gap >= 1 && gap <= 2) return { lo: ds[0], hi: ds[1], approx, spelled: false, lone: true, end };
      return null;
    }
    const v = Number(ds.join(""));
    return { lo: v, hi: v, approx, spelled: true, lone: false, end };
  }

  // A range written as two adjacent digits: 四五万, 七八十, 十七八, 三四百万.
  const chars = [...run];
  for (let k = 0; k + 1 < chars.length; k++) {
    const a = ZH_DIGIT[chars[k]];
    const b = ZH_DIGIT[chars[k + 1]];
    if (a === undefined || b === undefined || a === 0 || b === 0) continue;
    if (b - a < 1 || b - a > 2) return null;
    const lo = parseChineseInteger(chars.filter((_, i) => i !== k + 1).join(""));
    const hi = parseChineseInteger(chars.filter((_, i) => i !== k).join(""));
    return { lo, hi, approx, spelled: false, lone: false, end };
  }
  const v = parseChineseInteger(run);
  return { lo: v, hi: v, approx, spelled: false, lone: chars.length === 1, end };
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

function extractChinese(text: string): NumberMention[] {
  const t = asciiDigits(text);
  const out: NumberMention[] = [];
  let lastMonthEnd = -1;
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
    const start = i;
    const core = arabic ? readArabicCore(t, i) : readChineseCore(t, i);
    // Digits glued to Latin letters are codes (3D, B52), not quantities.
    if (core === null || (arabic && (/[A-Za-z]/.test(t[start - 1] ?? "") || /[A-Za-z]/.test(t[core.end] ?? "")))) {
      i = core?.end ?? i + 1;
      while (i < t.length && (isZhNumeral(t[i]) || isAsciiDigit(t[i]))) i++;
      continue;
    }
    let end = core.end;
    let { lo, hi, lone } = core;
    let approx = core.approx || APPROX_BEFORE.some((w) => t.startsWith(w, start - w.length));

    // X分之Y: 百分之十六点四 = 16.4%, 千分之五 = 0.5%, 三分之一 = 1/3.
    if (t.startsWith("分之", end)) {
      const at = end + 2;
      const part = isAsciiDigit(t[at]) ? readArabicCore(t, at) : isZhNumeral(t[at]) ? readChineseCore(t, at) : null;
      if (part) {
        let stop = part.end;
        const suffix = APPROX_AFTER.find((w) => t.startsWith(w, stop));
        if (suffix) stop += suffix.length;
        const ap = approx || part.approx || suffix !== undefined;
        if (lo === 100 || lo === 1000 || lo === 1e4) {
          const f = 100 / lo;
          out.push(mention("percent", round(part.lo * f), round(part.hi * f), ap, t.slice(start, stop)));
        } else if (lo > 0) {
          out.push(mention("fraction", round(part.lo / lo), round(part.hi / lo), ap, t.slice(start, stop)));
        }
        i = stop;
        continue;
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
    const after = t[end];
    let kind: NumberKind | null = null;
    let suffix = 0;
    if (ordinal) {
      kind = "ordinal";
    } else if (after === "%") {
      kind = "percent";
      suffix = 1;
    } else if (after === "成" && !arabic && hi <= 10) {
      kind = "percent";
      lo *= 10;
      hi *= 10;
      suffix = 1;
    } else if (t.startsWith("年代", end)) {
      // 五十年代 / 1950年代: the years of a decade.
      const base = lo < 100 ? 1900 + lo : lo;
      if (lo === hi && lo % 10 === 0 && base >= 1000 && base < 2200) {
        out.push(mention("year", base, base + 9, false, t.slice(start, end + 2)));
      }
      i = end + 2;
      continue;
    } else if (after === "年") {
      kind = core.spelled && lo >= 1000 && lo < 2200 ? "year" : "count";
      suffix = kind === "year" ? 1 : 0;
    } else if (after === "月" && lo >= 1 && hi <= 12) {
      kind = "month";
      suffix = t[end + 1] === "份" ? 2 : 1;
    } else if ((after === "日" || after === "号") && lo >= 1 && hi <= 31) {
      kind = after === "号" && lastMonthEnd !== start ? "ordinal" : "day";
      suffix = 1;
    } else if (
      (measureAt(t, end) && !(lone && PLACE_MEASURES.has(after))) ||
      APPROX_AFTER.some((w) => t.startsWith(w, end)) ||
      (t.startsWith("来", end) && measureAt(t, end + 1))
    ) {
      kind = "count";
    } else if (!lone) {
      kind = core.spelled && !arabic && lo >= 1000 && lo < 2200 ? "year" : "count";
    }
    // A lone 一 is "a/an" (一个, 一种, 一年) except as 第一, 一成, 一月.
    if (kind === null || (kind === "count" && lone && !arabic && hi === 1)) {
      i = end;
      continue;
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
    if (kind === "month") lastMonthEnd = stop;
    i = stop;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// English

const UNITS: Record<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
});
const ORDINAL_WORDS: Record<string, number> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000,
});
const SCALES: Record<string, number> = table({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
const MONTHS: Record<string, number> = table({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, sept: 9,
});
const FRACTION_DENOMINATORS: Record<string, number> = table({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
});

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  num: boolean;
}

function tokenizeEnglish(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /\d+(?:,\d{3})*(?!\d)(?:\.\d+)?(?:st|nd|rd|th|s)?|[A-Za-z]+(?:-[A-Za-z]+)*|\S/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, num: /^\d/.test(m[0]) });
  }
  return tokens;
}

interface Value {
  value: number;
  /** Token index just past the value. */
  end: number;
  ordinal: boolean;
  /** Written with digits and no scale word. */
  bareDigits: boolean;
  /** Written with a thousands separator or a decimal point. */
  formatted: boolean;
  /** Ends in a scale word (million …), which a range's lower end may share. */
  scale: number;
  /** The word "one" alone: not a number by itself. */
  loneOne: boolean;
  decade: boolean;
}

/** Whether a word token can start a spelled number ("a" only before a scale word). */
function startsNumberWord(tokens: Token[], k: number): boolean {
  const w = tokens[k].lower;
  if (w === "a" || w === "an") return SCALES[tokens[k + 1]?.lower ?? ""] !== undefined;
  const first = w.includes("-") ? w.slice(0, w.indexOf("-")) : w;
  return UNITS[first] !== undefined || ORDINAL_WORDS[first] !== undefined;
}

/** Reads a number (digits, words, digits + scale words) at token k. */
function readEnglishValue(tokens: Token[], k: number): Value | null {
  const tok = tokens[k];
  if (!tok || (!tok.num && !startsNumberWord(tokens, k))) return null;
  if (tok.num) {
    const m = /^([\d,]+(?:\.\d+)?)(st|nd|rd|th|s)?$/.exec(tok.text);
    if (!m) return null;
    let value = Number(m[1].replace(/,/g, ""));
    let end = k + 1;
    let scale = 1;
    while (!m[2] && tokens[end] && SCALES[tokens[end].lower]) {
      scale *= SCALES[tokens[end].lower];
      end++;
    }
    value = round(value * scale);
    return {
      value, end, scale,
      ordinal: m[2] !== undefined && m[2] !== "s",
      decade: m[2] === "s",
      bareDigits: scale === 1,
      formatted: /[,.]/.test(m[1]),
      loneOne: false,
    };
  }
  // Number words: "twenty-three", "three million", "two hundred and thirteen", "a million".
  let total = 0;
  let current = 0;
  let any = false;
  let onlyOne = true;
  let ordinal = false;
  let lastScale = 1;
  let end = k;
  for (let j = k; j < tokens.length; j++) {
    const w = tokens[j].lower;
    if ((w === "a" || w === "an") && !any && tokens[j + 1] && SCALES[tokens[j + 1].lower]) {
      current = 1;
      onlyOne = false;
      continue;
    }
    if (w === "and" && any && tokens[j + 1] && (UNITS[tokens[j + 1].lower.split("-")[0]] !== undefined) && lastScale >= 100) continue;
    // "twenty-three", "twenty-first"; "five-year" reads as five and ends the number.
    const parts = w.split("-");
    let partial = 0;
    let used = 0;
    let ord = false;
    for (const p of parts) {
      if (UNITS[p] !== undefined && !ord) partial += UNITS[p];
      else if (ORDINAL_WORDS[p] !== undefined && !ord && p !== "hundredth" && p !== "thousandth") {
        partial += ORDINAL_WORDS[p];
        ord = true;
      } else break;
      used++;
    }
    if (used > 0 && used <= 2) {
      if (w !== "one") onlyOne = false;
      current += partial;
      any = true;
      end = j + 1;
      lastScale = 1;
      if (ord) ordinal = true;
      if (ord || used < parts.length) break;
      continue;
    }
    if (SCALES[w] !== undefined && (any || current > 0)) {
      const s = SCALES[w];
      onlyOne = false;
      if (s === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * s;
        current = 0;
      }
      lastScale = s;
      any = true;
      end = j + 1;
      continue;
    }
    break;
  }
  if (!any) return null;
  return {
    value: total + current, end, ordinal, bareDigits: false, formatted: false,
    scale: lastScale, loneOne: onlyOne && !ordinal, decade: false,
  };
}

const DETERMINERS = new Set(["the", "a", "its", "their", "his", "her", "our", "this", "that", "every", "each"]);

const APPROX_WORDS_BEFORE = [
  "more than", "over", "about", "around", "approximately", "nearly", "almost", "some", "roughly", "close to",
  "at least", "upwards of", "less than", "under", "fewer than", "up to", "approx", "estimated",
];
const APPROX_WORDS_AFTER = ["or so", "odd", "plus", "or more", "-odd"];

function precededBy(tokens: Token[], k: number, phrases: string[]): boolean {
  return phrases.some((p) => {
    const ws = p.split(" ");
    if (k - ws.length < 0) return false;
    return ws.every((w, i) => tokens[k - ws.length + i].lower === w);
  });
}

function followedBy(tokens: Token[], k: number, phrases: string[]): number {
  for (const p of phrases) {
    const ws = p.split(" ");
    if (ws.every((w, i) => tokens[k + i]?.lower === w)) return ws.length;
  }
  return 0;
}

function isMonthAt(tokens: Token[], k: number): number | null {
  const tok = tokens[k];
  if (!tok || tok.num || !/^[A-Z]/.test(tok.text)) return null;
  const month = MONTHS[tok.lower];
  if (month === undefined) return null;
  // "May" and "March" are also a verb; sentence-initial they need a day number after them.
  if ((tok.lower === "may" || tok.lower === "march") && k === 0 && !tokens[k + 1]?.num) return null;
  return month;
}

function extractEnglish(text: string): NumberMention[] {
  const src = asciiDigits(text);
  const tokens = tokenizeEnglish(src);
  const out: NumberMention[] = [];
  const slice = (a: number, b: number) => src.slice(tokens[a].start, tokens[b - 1].end);
  let k = 0;
  while (k < tokens.length) {
    const month = isMonthAt(tokens, k);
    if (month !== null) {
      out.push(mention("month", month, month, false, tokens[k].text));
      // Days after the month: "June 10th", "June 10th to 24th", "June 10 and 11".
      let j = k + 1;
      let first = true;
      for (;;) {
        let at = j;
        if (!first) {
          if (!["to", "-", "–", "and", "through", "or"].includes(tokens[at]?.lower ?? "")) break;
          at++;
        }
        const v = tokens[at]?.num ? readEnglishValue(tokens, at) : null;
        if (!v || v.value < 1 || v.value > 31 || v.formatted || v.scale !== 1 || !Number.isInteger(v.value)) break;
        out.push(mention("day", v.value, v.value, false, slice(at, v.end)));
        j = v.end;
        first = false;
      }
      k = j;
      continue;
    }

    // "No. 3", "Number 3": ordinals.
    if ((tokens[k].text === "No" && tokens[k + 1]?.text === ".") || tokens[k].lower === "number" || tokens[k].text === "#") {
      const at = tokens[k].text === "No" ? k + 2 : k + 1;
      if (tokens[at]?.num) {
        const v = readEnglishValue(tokens, at);
        if (v && Number.isInteger(v.value)) {
          out.push(mention("ordinal", v.value, v.value, false, slice(k, v.end)));
          k = v.end;
          continue;
        }
      }
    }

    // Fractions: "half", "a third", "two-thirds", "three quarters".
    const frac = readFraction(tokens, k);
    if (frac) {
      out.push(mention("fraction", frac.value, frac.value, false, slice(k, frac.end)));
      k = frac.end;
      continue;
    }

    const v = readEnglishValue(tokens, k);
    if (!v) {
      k++;
      continue;
    }
    const start = k;
    let end = v.end;
    let approx = precededBy(tokens, start, APPROX_WORDS_BEFORE);

    // "10 June": a day before a month name.
    if (v.bareDigits && !v.formatted && v.value >= 1 && v.value <= 31 && isMonthAt(tokens, end) !== null) {
      out.push(mention("day", v.value, v.value, false, slice(start, end)));
      k = end;
      continue;
    }
    if (v.ordinal) {
      // "first half" is 上半年, not 第一; a spelled ordinal without a determiner is mostly an
      // adverb ("should first select", "second, …").
      const spelled = !tokens[start].num;
      if (tokens[end]?.lower === "half" || (spelled && !DETERMINERS.has(tokens[start - 1]?.lower ?? ""))) {
        k = end;
        continue;
      }
      const isDigitDayOfMonth = tokens[end]?.lower === "of" && isMonthAt(tokens, end + 1) !== null;
      out.push(mention(isDigitDayOfMonth ? "day" : "ordinal", v.value, v.value, false, slice(start, end)));
      k = end;
      continue;
    }
    if (v.decade) {
      if (v.value % 10 === 0 && v.value >= 1000 && v.value < 2200) {
        out.push(mention("year", v.value, v.value + 9, false, slice(start, end)));
      }
      k = end;
      continue;
    }

    let lo = v.value;
    let hi = v.value;
    let kind: NumberKind = "count";
    // Ranges: "40,000 to 50,000", "two or three", "20-30%", "between 3 and 5", "four to five million".
    const from = tokens[start - 1]?.lower === "from";
    const between = tokens[start - 1]?.lower === "between";
    const link = tokens[end]?.lower;
    if (
      (between && link === "and") ||
      (!from && (link === "to" || link === "-" || link === "–" || link === "or"))
    ) {
      const w = readEnglishValue(tokens, end + 1);
      if (w && !w.ordinal && !w.decade && !w.loneOne) {
        let a = v.value;
        if (w.scale > 1 && v.scale === 1 && a * w.scale <= w.value) a *= w.scale;
        const plausible = between || (a < w.value && w.value <= 1.5 * a + 2);
        const bothYears = v.bareDigits && w.bareDigits && isYearLike(v) && isYearLike(w);
        if (plausible && !bothYears) {
          lo = round(a);
          hi = w.value;
          end = w.end;
        }
      }
    }
    if (v.loneOne && hi === lo) {
      k = end;
      continue;
    }
    if (tokens[end]?.text === "%") {
      kind = "percent";
      end++;
    } else if (tokens[end]?.lower === "percent" || tokens[end]?.lower === "pct") {
      kind = "percent";
      end++;
      if (tokens[end]?.lower === "points") end++;
    } else if (tokens[end]?.lower === "per" && tokens[end + 1]?.lower === "cent") {
      kind = "percent";
      end += 2;
    } else if (lo === hi && isYearLike(v)) {
      kind = "year";
    } else if (tokens[end]?.lower === "dozen") {
      end++; // "150 dozen gloves" = 一百五十打: the dozen is the measure.
    }
    const after = followedBy(tokens, end, APPROX_WORDS_AFTER);
    if (/-(odd|plus)$/.test(tokens[end - 1].lower)) approx = true; // "thirty-odd"
    if (after) {
      approx = true;
      end += after;
    }
    out.push(mention(kind, lo, hi, approx, slice(start, end)));
    k = end;
  }
  return out;
}

function isYearLike(v: Value): boolean {
  return v.bareDigits && !v.formatted && Number.isInteger(v.value) && v.value >= 1000 && v.value < 2200;
}

const FRACTION_STARTS = new Set(["half", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]);

function readFraction(tokens: Token[], k: number): { value: number; end: number } | null {
  const w = tokens[k].lower;
  if (tokens[k].num || !FRACTION_STARTS.has(w.includes("-") ? w.slice(0, w.indexOf("-")) : w)) return null;
  if (w === "half" && tokens[k - 1]?.lower !== "one" && tokens[k - 1]?.lower !== "and") return { value: 0.5, end: k + 1 };
  const hyph = /^(one|two|three|four|five|six|seven|eight|nine)-(halves|thirds?|quarters?|fifths?|tenths?)$/.exec(w);
  if (hyph) return { value: round(UNITS[hyph[1]] / FRACTION_DENOMINATORS[hyph[2]]), end: k + 1 };
  const next = tokens[k + 1]?.lower;
  if (next && FRACTION_DENOMINATORS[next] && next !== "half") {
    const num = w === "a" || w === "one" ? 1 : UNITS[w];
    const plural = next.endsWith("s");
    // "a third of", "two thirds"; not "the third quarter" nor "one third-class".
    if (num !== undefined && num >= 1 && num < 10 && (plural ? num > 1 : num === 1) && tokens[k + 2]?.lower === "of") {
      return { value: round(num / FRACTION_DENOMINATORS[next]), end: k + 2 };
    }
    if (num !== undefined && num > 1 && plural) return { value: round(num / FRACTION_DENOMINATORS[next]), end: k + 2 };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Similarity

/**
 * How much a mention counts as evidence. Small counts, ordinals and "half" are often rendered
 * differently (两国 "both countries", 上半年 "the first half"), and English datelines add the month
 * a Chinese one leaves out (新华社3日讯 "Xinhua, August 3rd"), so these weigh half.
 */
export function mentionWeight(m: NumberMention): number {
  if (m.kind === "ordinal" || m.kind === "fraction" || m.kind === "month") return 0.5;
  if (m.kind === "count" && (m.range?.[1] ?? m.value) <= 10) return 0.5;
  return 1;
}

const KIND_CODES: Record<NumberKind, number> = { count: 0, percent: 1, year: 2, month: 3, day: 4, ordinal: 5, fraction: 6 };
const DAY = KIND_CODES.day;
const ORDINAL = KIND_CODES.ordinal;
const PERCENT = KIND_CODES.percent;

/**
 * The mentions of many sentences in flat arrays, sentence i owning [offset[i], offset[i+1]):
 * a span of sentences is a contiguous slice, so comparing spans allocates nothing.
 */
interface MentionTable {
  offset: Int32Array;
  kind: Int8Array;
  lo: Float64Array;
  hi: Float64Array;
  approx: Uint8Array;
  isRange: Uint8Array;
  /** ranges[k] = number of range mentions before mention k, to skip range checks cheaply. */
  ranges: Int32Array;
  weight: Float64Array;
  /** weightPrefix[k] = total weight of mentions before mention k. */
  weightPrefix: Float64Array;
}

function mentionTable(perSentence: readonly (readonly NumberMention[])[]): MentionTable {
  const n = perSentence.reduce((a, m) => a + m.length, 0);
  const t: MentionTable = {
    offset: new Int32Array(perSentence.length + 1),
    kind: new Int8Array(n),
    lo: new Float64Array(n),
    hi: new Float64Array(n),
    approx: new Uint8Array(n),
    isRange: new Uint8Array(n),
    ranges: new Int32Array(n + 1),
    weight: new Float64Array(n),
    weightPrefix: new Float64Array(n + 1),
  };
  let k = 0;
  perSentence.forEach((mentions, i) => {
    for (const m of mentions) {
      t.kind[k] = KIND_CODES[m.kind];
      t.lo[k] = m.range ? m.range[0] : m.value;
      t.hi[k] = m.range ? m.range[1] : m.value;
      t.approx[k] = m.approx ? 1 : 0;
      t.isRange[k] = m.range ? 1 : 0;
      t.weight[k] = mentionWeight(m);
      t.ranges[k + 1] = t.ranges[k] + t.isRange[k];
      t.weightPrefix[k + 1] = t.weightPrefix[k] + t.weight[k];
      k++;
    }
    t.offset[i + 1] = k;
  });
  return t;
}

const kindsMatch = (a: number, b: number) => a === b || (a === DAY && b === ORDINAL) || (a === ORDINAL && b === DAY);

/**
 * Equal within rounding: a translator may write 4.326 billion as "4.33 billion" (0.5%), and
 * "more than"/"about" allows 10%. Integers below 10,000 written exactly must be equal; ranges
 * match when they overlap.
 */
function looseMatch(A: MentionTable, i: number, B: MentionTable, j: number): boolean {
  const big = Math.max(Math.abs(A.hi[i]), Math.abs(B.hi[j]));
  const fuzzy = A.approx[i] || B.approx[j];
  const exactInts = !fuzzy && A.kind[i] !== PERCENT && big < 1e4 && Number.isInteger(A.lo[i]) && Number.isInteger(B.lo[j]);
  const tol = exactInts ? 0 : big * (fuzzy ? 0.1 : 0.005);
  return A.lo[i] <= B.hi[j] + tol && B.lo[j] <= A.hi[i] + tol;
}

/** A point that lies inside some range of the other span counts as matched too. */
function insideRange(A: MentionTable, i: number, B: MentionTable, b0: number, b1: number): boolean {
  if (A.isRange[i]) return false;
  for (let j = b0; j < b1; j++) {
    if (B.isRange[j] && kindsMatch(A.kind[i], B.kind[j]) && B.lo[j] <= A.lo[i] && A.lo[i] <= B.hi[j]) return true;
  }
  return false;
}

let usedA = new Uint8Array(64);
let usedB = new Uint8Array(64);

/**
 * One-to-one matching of the mentions A[a0, a1) and B[b0, b1): exact pairs first, then pairs
 * equal within rounding or overlapping as ranges; then leftover points inside a range of the
 * other side ("from 40,000 to 50,000" against 四五万). Writes weighted sums into `out`.
 */
function matchSpans(A: MentionTable, a0: number, a1: number, B: MentionTable, b0: number, b1: number, out: NumberOverlap): void {
  const na = a1 - a0;
  const nb = b1 - b0;
  if (na === 0 || nb === 0) {
    out.matchedA = out.matchedB = 0;
    out.totalA = A.weightPrefix[a1] - A.weightPrefix[a0];
    out.totalB = B.weightPrefix[b1] - B.weightPrefix[b0];
    return;
  }
  if (usedA.length < na) usedA = new Uint8Array(na * 2);
  if (usedB.length < nb) usedB = new Uint8Array(nb * 2);
  usedA.fill(0, 0, na);
  usedB.fill(0, 0, nb);
  let pairs = 0;
  for (let pass = 0; pass < 2 && pairs < na && pairs < nb; pass++) {
    for (let i = a0; i < a1; i++) {
      if (usedA[i - a0]) continue;
      for (let j = b0; j < b1; j++) {
        if (usedB[j - b0] || !kindsMatch(A.kind[i], B.kind[j])) continue;
        const hit = pass === 0 ? A.lo[i] === B.lo[j] && A.hi[i] === B.hi[j] : looseMatch(A, i, B, j);
        if (hit) {
          usedA[i - a0] = usedB[j - b0] = 1;
          pairs++;
          break;
        }
      }
    }
  }
  const rangesA = A.ranges[a1] - A.ranges[a0];
  const rangesB = B.ranges[b1] - B.ranges[b0];
  out.matchedA = out.matchedB = out.totalA = out.totalB = 0;
  for (let i = a0; i < a1; i++) {
    out.totalA += A.weight[i];
    if (usedA[i - a0] || (rangesB > 0 && insideRange(A, i, B, b0, b1))) out.matchedA += A.weight[i];
  }
  for (let j = b0; j < b1; j++) {
    out.totalB += B.weight[j];
    if (usedB[j - b0] || (rangesA > 0 && insideRange(B, j, A, a0, a1))) out.matchedB += B.weight[j];
  }
}

export interface NumberOverlap {
  /** Weighted mentions of `a` that found a partner in `b`. */
  matchedA: number;
  matchedB: number;
  /** Weighted totals (see `mentionWeight`). */
  totalA: number;
  totalB: number;
}

/** Weighted overlap of two multisets of mentions (see `matchSpans` for the matching). */
export function numberSimilarity(a: readonly NumberMention[], b: readonly NumberMention[]): NumberOverlap {
  const out: NumberOverlap = { matchedA: 0, matchedB: 0, totalA: 0, totalB: 0 };
  matchSpans(mentionTable([a]), 0, a.length, mentionTable([b]), 0, b.length, out);
  return out;
}

/** Weighted evidence for a span pair; `srcMatched + tgtMatched` is what found a partner. */
export interface NumberEvidence {
  srcMatched: number;
  tgtMatched: number;
  srcTotal: number;
  tgtTotal: number;
}

/**
 * Evidence for the span pair; the returned object is reused by the next call, so copy what you
 * keep.
 */
export type NumberEvidenceFn = (srcStart: number, srcEnd: number, tgtStart: number, tgtEnd: number) => Readonly<NumberEvidence>;

/** Extracts every sentence's mentions once; the returned function compares spans. */
export function prepareNumberEvidence(src: PreparedSide, tgt: PreparedSide): NumberEvidenceFn {
  const A = mentionTable(src.sentences.map((s) => extractNumbers(s, src.lang)));
  const B = mentionTable(tgt.sentences.map((s) => extractNumbers(s, tgt.lang)));
  const overlap: NumberOverlap = { matchedA: 0, matchedB: 0, totalA: 0, totalB: 0 };
  const result: NumberEvidence = { srcMatched: 0, tgtMatched: 0, srcTotal: 0, tgtTotal: 0 };
  return (i0, i1, j0, j1) => {
    matchSpans(A, A.offset[i0], A.offset[i1], B, B.offset[j0], B.offset[j1], overlap);
    result.srcMatched = overlap.matchedA;
    result.tgtMatched = overlap.matchedB;
    result.srcTotal = overlap.totalA;
    result.tgtTotal = overlap.totalB;
    return result;
  };
}
