import type { PreparedEvidence } from "../signals/evidence";
import { sentenceLength } from "./length";
import type { BeadShape } from "./shapes";
import type { PreparedSide } from "../types";

/**
 * The bead model: a bead's cost is −log P(shape) − Σ evidence of the signals, in nats, so the
 * cheapest path is the most probable alignment and the DP's soft-min gives posteriors. An
 * unmatched sentence costs −log P(1-0) (or P(0-1)) and nothing else: its text is explained by
 * chance, the baseline every evidence is measured against.
 */
export interface BeadCost {
  cost(i0: number, i1: number, j0: number, j1: number, step: number): number;
  /** The signals' evidence of a span pair, in nats (the bead's cost without its shape prior). */
  evidence(i0: number, i1: number, j0: number, j1: number): number;
  /**
   * For the coarse passes, where a unit is a block of sentences: unmatched blocks pay per sentence,
   * block pairs are priced by the signals' coarse evidence, which costs in proportion to a sample
   * rather than to the blocks' area (pricing the small ones as beads gave the same paths on
   * MAC-Dev and the synthetic pair, for a fifth more time). A block pair that would cost more than
   * `budget` is dropped by the search, so its pricing may stop there and return any value above it.
   */
  coarseCost(i0: number, i1: number, j0: number, j1: number, step: number, budget?: number): number;
}

/** An empty (blank-line) sentence left unmatched: it has nothing to translate. */
const BLANK_SKIP = 0.2;
/**
 * Kept between a coarse budget and the evidence floor derived from it, so that rounding in the
 * subtraction never drops a block pair the search would have kept (costs are nats, at most
 * thousands: their rounding errors are below 1e-12).
 */
const BUDGET_SLACK = 1e-6;

export function makeBeadCost(
  src: PreparedSide,
  tgt: PreparedSide,
  shapes: readonly BeadShape[],
  logPrior: Float64Array,
  evidence: readonly PreparedEvidence[],
): BeadCost {
  const srcBlank = src.sentences.map((s) => sentenceLength(s) === 0);
  const tgtBlank = tgt.sentences.map((s) => sentenceLength(s) === 0);
  const shapeAt = (n: number, m: number) => shapes.findIndex((s) => s.src === n && s.tgt === m);
  const skipSrc = -logPrior[shapeAt(1, 0)];
  const skipTgt = -logPrior[shapeAt(0, 1)];
  const skips = (blank: boolean[], price: number, a: number, b: number) => {
    let c = 0;
    for (let k = a; k < b; k++) c += blank[k] ? BLANK_SKIP : price;
    return c;
  };
  // Between big blocks the signals' evidence may say little (a text whose vocabulary repeats
  // throughout), and the length evidence is bounded by design. What still tells a block pair that
  // can hold a good alignment from one that cannot is the count of sentences: each sentence beyond
  // the document's ratio must merge into a bead or stay unmatched, at the cheaper of the two prices.
  const extraPrice = (merge: number, skip: number) => (merge >= 0 ? Math.min(skip, logPrior[shapeAt(1, 1)] - logPrior[merge]) : skip);
  const extraSrc = extraPrice(shapeAt(2, 1), skipSrc);
  const extraTgt = extraPrice(shapeAt(1, 2), skipTgt);
  const ratio = src.sentences.length / Math.max(1, tgt.sentences.length);
  const countMismatch = (rows: number, cols: number) => {
    const excess = rows - ratio * cols;
    return excess > 0 ? excess * extraSrc : (-excess / ratio) * extraTgt;
  };
  const coarse = evidence.flatMap((signal) => (signal.coarse ? [signal.coarse] : []));
  const support = (i0: number, i1: number, j0: number, j1: number) => {
    let e = 0;
    for (const signal of evidence) e += signal.evidence(i0, i1, j0, j1);
    return e;
  };

  return {
    cost(i0, i1, j0, j1, step) {
      if (i1 === i0) return skips(tgtBlank, skipTgt, j0, j1);
      if (j1 === j0) return skips(srcBlank, skipSrc, i0, i1);
      return -logPrior[step] - support(i0, i1, j0, j1);
    },
    evidence: support,
    coarseCost(i0, i1, j0, j1, step, budget = Infinity) {
      if (i1 === i0) return skips(tgtBlank, skipTgt, j0, j1);
      if (j1 === j0) return skips(srcBlank, skipSrc, i0, i1);
      const mismatch = countMismatch(i1 - i0, j1 - j0);
      let e = 0;
      // The last signal is told how much evidence the pair needs to stay within the budget (the
      // lexical one, whose look-ups are the coarse levels' main cost, can often stop early); the
      // others are priced in full, as nothing bounds the evidence of those still to come.
      const last = coarse.length - 1;
      for (let k = 0; k < last; k++) e += coarse[k](i0, i1, j0, j1, -Infinity);
      if (last >= 0) e += coarse[last](i0, i1, j0, j1, mismatch - budget - e - BUDGET_SLACK);
      return mismatch - e;
    },
  };
}
