import { alignSentences, type AlignOptions } from "./sentences";
import type { Bead } from "./types";

/**
 * Pairs English paragraphs (src) with Chinese paragraphs (tgt) into rows with the sentence model —
 * length and content, the model re-estimated from the document, beads of up to four paragraphs —
 * never by index: a paragraph missing on one side becomes a 1-0 or 0-1 row instead of shifting
 * every later row.
 */
export function alignParagraphs(en: readonly string[], zh: readonly string[], options: AlignOptions = {}): Bead[] {
  return alignSentences(en, zh, { srcLang: "en", tgtLang: "zh", maxSentences: 4, ...options });
}
