/**
 * Pinyin with tone numbers, for readers who ask for it (the reader setting "Pinyin: Numbers"):
 * "zhěng" → "zheng3", the neutral tone "le" → "le5", "nǚ" → "nü3". The word data is written with
 * tone marks (lib/words/load.ts); this is the other way, small and dependency-free because it runs
 * in the browser with the learners' layer (pinyin-pro's converter would bring its dictionary).
 */

/** Each tone-marked vowel: the plain vowel and the tone. */
const MARKED: Record<string, [string, number]> = {};
for (const [plain, marks] of [
  ["a", "āáǎà"],
  ["e", "ēéěè"],
  ["i", "īíǐì"],
  ["o", "ōóǒò"],
  ["u", "ūúǔù"],
  ["ü", "ǖǘǚǜ"],
  ["A", "ĀÁǍÀ"],
  ["E", "ĒÉĚÈ"],
  ["I", "ĪÍǏÌ"],
  ["O", "ŌÓǑÒ"],
  ["U", "ŪÚǓÙ"],
  ["Ü", "ǕǗǙǛ"],
  ["m", "\u0000ḿ\u0000\u0000"],
  ["n", "\u0000ńňǹ"],
] as const) {
  [...marks].forEach((mark, i) => {
    if (mark !== "\u0000") MARKED[mark] = [plain, i + 1];
  });
}

/** A syllable: letters of pinyin, tone-marked or not (apostrophes and spaces separate syllables). */
const SYLLABLE = /[a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛḿńňǹ]+/g;

/** One syllable with its tone as a number; no mark is the neutral tone, 5. */
function syllableNumbered(syllable: string): string {
  let tone = 5;
  let plain = "";
  for (const ch of syllable) {
    const marked = MARKED[ch];
    if (marked) {
      plain += marked[0];
      tone = marked[1];
    } else plain += ch;
  }
  return `${plain}${tone}`;
}

/**
 * Tone-marked pinyin, syllables separated by spaces (as the word data has it), with tone numbers.
 * Anything that is not a pinyin letter (spaces, punctuation) is kept as it is.
 */
export function toNumbered(pinyin: string): string {
  return pinyin.normalize("NFC").replace(SYLLABLE, syllableNumbered);
}

/**
 * A dictionary sense with its bracketed pinyin numbered ("see 了[le]", "CL:個|个[gè]"): CC-CEDICT
 * writes pinyin in brackets right after the characters it reads, so other brackets are left alone.
 */
export function senseNumbered(sense: string): string {
  return sense.replace(/(\p{Script=Han})\[([^\]\d]+)\]/gu, (whole, han: string, pinyin: string) => (ONLY_PINYIN.test(pinyin) ? `${han}[${toNumbered(pinyin)}]` : whole));
}

const ONLY_PINYIN = new RegExp(`^(?:${SYLLABLE.source}|[ '])+$`);
