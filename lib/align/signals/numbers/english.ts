import { asciiDigits, mention, round, table, type NumberKind, type NumberMention } from "./mention";

/** Digits, number words, ordinals, dates and fractions in English text, read to values with a kind. */


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

/**
 * Words a spelled number starts with, as one Set: every word token of a text is checked against
 * it, and a Set look-up reuses the string's hash where a property look-up on the tables would not.
 */
const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(ORDINAL_WORDS)]);

/** Whether a word token can start a spelled number ("a" only before a scale word). */
function startsNumberWord(tokens: Token[], k: number): boolean {
  const w = tokens[k].lower;
  if (w === "a" || w === "an") return SCALES[tokens[k + 1]?.lower ?? ""] !== undefined;
  const hyphen = w.indexOf("-");
  return NUMBER_WORDS.has(hyphen < 0 ? w : w.slice(0, hyphen));
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

/**
 * Whether a text can hold a mention at all: a digit, or one of the words above as a run of letters.
 * Every mention starts at one of these, and most sentences have none: they skip the tokenizer.
 */
const MAY_HOLD_NUMBER = new RegExp(
  `[0-9]|(?<![A-Za-z])(?:${[UNITS, ORDINAL_WORDS, SCALES, MONTHS, FRACTION_DENOMINATORS].flatMap((words) => Object.keys(words)).join("|")})(?![A-Za-z])`,
  "i",
);

export function extractEnglish(text: string): NumberMention[] {
  const src = asciiDigits(text);
  if (!MAY_HOLD_NUMBER.test(src)) return [];
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
