import type { Bead } from "./types";

/**
 * Pairs English paragraphs (src) with Chinese paragraphs (tgt) into rows.
 * PLACEHOLDER until the aligner lands: pairs by index. Must be replaced by a length+content
 * alignment that leaves a side empty instead of shifting rows.
 */
export function alignParagraphs(en: string[], zh: string[]): Bead[] {
  const beads: Bead[] = [];
  for (let i = 0; i < Math.max(en.length, zh.length); i++) {
    beads.push({ src: i < en.length ? [i] : [], tgt: i < zh.length ? [i] : [], confidence: 0 });
  }
  return beads;
}
