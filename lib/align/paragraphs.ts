import { preparePair, type AlignOptions } from "./sentences";
import type { Bead } from "./types";

/**
 * Pairs English paragraphs (src) with Chinese paragraphs (tgt) into rows by the same search as
 * sentences — length and content, beads up to 3 paragraphs a side — never by index: a paragraph
 * missing on one side becomes a 1-0 or 0-1 row instead of shifting every later row.
 */
export function alignParagraphs(en: string[], zh: string[], options: AlignOptions = {}): Bead[] {
  return preparePair(en, zh, { srcLang: "en", tgtLang: "zh", maxBead: 3, ...options }).alignRange(0, en.length, 0, zh.length);
}
