import type { Lang } from "./types";

/**
 * What `/\s/u` matches (ECMAScript's WhiteSpace and LineTerminator), by UTF-16 code unit: a loop
 * over code units with these tests reads a long document several times faster than one over its
 * characters with a regular expression each (lang.test.ts checks both agree on every code unit).
 */
const isSpace = (c: number) =>
  (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** Han ideographs (U+3400–U+9FFF, U+F900–U+FAFF), CJK punctuation (U+3000–U+303F) and full-width forms (U+FF00–U+FFEF). */
const isCjk = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);

/** Share of non-space characters that are Han ideographs or CJK punctuation/full-width forms. */
export function cjkRatio(text: string): number {
  let cjk = 0;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is one character, beyond the ranges above and not a space.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        total++;
        i++;
        continue;
      }
    }
    if (isSpace(c)) continue;
    total++;
    if (isCjk(c)) cjk++;
  }
  return total === 0 ? 0 : cjk / total;
}

/**
 * Chinese when at least a fifth of the visible characters are CJK: Chinese prose keeps Arabic
 * numerals and Latin names, so its ratio is rarely 1, while English almost never contains Han.
 */
export function detectLang(sentences: readonly string[]): Lang {
  return cjkRatio(sentences.join("")) >= 0.2 ? "zh" : "en";
}
