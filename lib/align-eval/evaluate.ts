import type { Bead } from "../align/types";

/** A reference bead: source and target indices, no confidence. */
export interface GoldBead {
  src: number[];
  tgt: number[];
}

/**
 * One article of a gold file such as lib/align/fixtures/seeds-gold.json: pre-split sentences, the
 * 0-based paragraph of each, and beads of indices into en[] and zh[].
 */
export interface GoldArticle {
  file: string;
  en: string[];
  zh: string[];
  enParagraph: number[];
  zhParagraph: number[];
  beads: Array<{ en: number[]; zh: number[] }>;
}

export interface StrictScores {
  precision: number;
  recall: number;
  f1: number;
  correct: number;
  predicted: number;
  gold: number;
}

/** Identity of a bead for strict scoring: its exact source and target indices. */
export const beadKey = (b: GoldBead) => `${b.src.join(",")}:${b.tgt.join(",")}`;

/**
 * Strict bead scores, the Bertalign MAC-Test convention: a predicted bead counts only when a gold
 * bead has exactly the same source and target indices; unmatched (null) beads count too.
 */
export function strictScores(predicted: readonly GoldBead[], gold: readonly GoldBead[]): StrictScores {
  const goldKeys = new Set(gold.map(beadKey));
  const correct = predicted.filter((b) => goldKeys.has(beadKey(b))).length;
  return combine(correct, predicted.length, gold.length);
}

export function combine(correct: number, predicted: number, gold: number): StrictScores {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : correct / predicted;
  const recall = gold === 0 ? 1 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, correct, predicted, gold };
}

/** True when the beads cover 0..srcCount-1 and 0..tgtCount-1 exactly once each, in order. */
export function isCompleteMonotone(beads: readonly Bead[] | readonly GoldBead[], srcCount: number, tgtCount: number): boolean {
  let i = 0;
  let j = 0;
  for (const b of beads) {
    for (const s of b.src) if (s !== i++) return false;
    for (const t of b.tgt) if (t !== j++) return false;
  }
  return i === srcCount && j === tgtCount;
}
