import type { Lang } from "./types";

const HAN = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;

/** Share of non-space characters that are Han ideographs or CJK punctuation/full-width forms. */
export function cjkRatio(text: string): number {
  let cjk = 0;
  let total = 0;
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    total++;
    if (HAN.test(ch)) cjk++;
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
