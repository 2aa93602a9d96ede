import type { Bead, PreparedSide } from "../types";

/**
 * Evidence that two spans translate each other, in nats: log P(spans | they are translations) −
 * log P(spans | they are unrelated). Positive for a likely pair, negative for an unlikely one, and
 * exactly 0 when the signal has nothing to say (no numbers on either side, say), so a silent signal
 * never pulls a bead toward some middle. Evidence of several signals adds up.
 */
export type SpanEvidence = (srcStart: number, srcEnd: number, tgtStart: number, tgtEnd: number) => number;

/**
 * Evidence of two blocks of sentences, wanted only when it reaches `floor`: below it the block pair
 * is priced past the search's budget and dropped, so a signal may stop as soon as it knows its
 * evidence falls short and return any value below `floor` (−∞ when there is no floor).
 */
export type BlockEvidence = (srcStart: number, srcEnd: number, tgtStart: number, tgtEnd: number, floor: number) => number;

/** A signal prepared for one document pair. */
export interface PreparedEvidence {
  evidence: SpanEvidence;
  /**
   * Evidence for blocks of many sentences on the coarse levels of a long document's search, at a
   * cost that does not grow with the product of the blocks' sizes (and may be an estimate).
   * Signals without it say nothing there.
   */
  coarse?: BlockEvidence;
  /**
   * Re-estimates the signal's parameters from an alignment of this same pair (the EM step): match
   * rates, a translation table learned from the text. Returns whether anything changed.
   */
  refit?(beads: readonly Bead[]): boolean;
}

/**
 * A pluggable signal: `prepare` sees both whole documents once, so it can precompute per-sentence
 * features and estimate its chance level on pairs that are not translations. An embedding model
 * would be one more signal of this shape.
 */
export interface EvidenceSignal {
  name: string;
  prepare(src: PreparedSide, tgt: PreparedSide): PreparedEvidence;
}

/**
 * Sentence pairs that are almost never translations: sentence i against the one half a document
 * away on the other side (wrapping). Signals measure their chance level on these, as Vecalign
 * normalises costs by random pairs.
 */
export function unrelatedPairs(n: number, m: number, samples = 256): Array<[number, number]> {
  if (n < 2 || m < 2) return [];
  const count = Math.min(samples, Math.max(n, m));
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < count; k++) {
    const i = Math.floor(((k + 0.5) * n) / count);
    const j = (Math.floor(((k + 0.5) * m) / count) + (m >> 1)) % m;
    pairs.push([i, j]);
  }
  return pairs;
}
