import { lengthCost, sentenceLength, type LengthModel } from "./length";
import type { PreparedSide, SpanScore, SpanScorer } from "./types";

/** A bead shape: how many source and target sentences it joins. */
export interface BeadShape {
  src: number;
  tgt: number;
}

/** 1-1, 1-0, 0-1, then 2-1/1-2, 2-2, 3-1/1-3, … up to maxBead sentences on the larger side. */
export function beadShapes(maxBead = 4): BeadShape[] {
  const shapes: BeadShape[] = [
    { src: 1, tgt: 1 },
    { src: 1, tgt: 0 },
    { src: 0, tgt: 1 },
  ];
  for (let k = 2; k <= maxBead; k++) {
    shapes.push({ src: k, tgt: 1 }, { src: 1, tgt: k });
    if (k === 2) shapes.push({ src: 2, tgt: 2 });
  }
  return shapes;
}

/** A similarity signal and how much it counts in the blended similarity. */
export interface WeightedScorer {
  scorer: SpanScorer;
  weight: number;
}

/**
 * The knobs of the bead cost. Units: one "content unit" is the cost of pairing a sentence with a
 * typical unrelated sentence; the length cost is in nats. Calibrated on synthetic documents
 * (scripts/calibrate-align.ts), never on the gold.
 */
export interface CostParams {
  /** Multiplies the Gale–Church −log p of the length difference. */
  lengthWeight: number;
  /** Multiplies the content cost (normalised dissimilarity × sentences in the bead / 2). */
  contentWeight: number;
  /** Cost of leaving one sentence unmatched (0-1 or 1-0). */
  skip: number;
  /** Cost of leaving an empty (blank-line) sentence unmatched: it has nothing to translate. */
  emptySkip: number;
  /** Prior cost per sentence a bead holds beyond a 1-1. */
  merge: number;
  /** Extra prior cost of a many-to-many bead (2-2), rarer than one-to-many. */
  manyToMany: number;
  /**
   * Cost per unit by which the best 1-1 pair inside a merged bead is more similar than the whole
   * bead: a merge must explain its extra sentences, not just ride on one good pair.
   */
  mergeEvidence: number;
}

export const DEFAULT_COST_PARAMS: CostParams = {
  lengthWeight: 1,
  contentWeight: 6,
  skip: 4,
  emptySkip: 0.2,
  merge: 1.5,
  manyToMany: 2,
  mergeEvidence: 4,
};

/** Everything the search needs to price a bead over sentence ranges [i0, i1) × [j0, j1). */
export interface BeadCost {
  /** Full cost of the bead. */
  cost(i0: number, i1: number, j0: number, j1: number): number;
  /** A cheap lower bound of `cost` (prior and length only) used to skip hopeless beads. */
  lowerBound(i0: number, i1: number, j0: number, j1: number): number;
  /** Cost without the bead-shape prior, for coarse passes where blocks of sentences are units. */
  coarseCost(i0: number, i1: number, j0: number, j1: number): number;
}

export interface PreparedContent {
  /** Blended similarity of two non-empty spans, in [0, 1]. */
  similarity: SpanScore;
  /** Mean similarity of unrelated sentence pairs in this document, the content cost's zero point. */
  background: number;
}

/**
 * Blends the scorers' similarities by weight. The background similarity is measured on pairs
 * taken half a document apart — almost never translations — so the content cost means "how much
 * better than chance", whatever the scale of the scorers (as Vecalign normalises cosine distances).
 */
export function prepareContent(src: PreparedSide, tgt: PreparedSide, scorers: readonly WeightedScorer[]): PreparedContent {
  const active = scorers.filter((s) => s.weight > 0);
  const totalWeight = active.reduce((a, s) => a + s.weight, 0);
  if (active.length === 0 || src.sentences.length === 0 || tgt.sentences.length === 0) {
    return { similarity: () => 0, background: 0 };
  }
  const prepared = active.map((s) => ({ score: s.scorer.prepare(src, tgt), weight: s.weight / totalWeight }));
  const similarity: SpanScore =
    prepared.length === 1
      ? prepared[0].score
      : (i0, i1, j0, j1) => {
          let s = 0;
          for (const p of prepared) s += p.weight * p.score(i0, i1, j0, j1);
          return s;
        };
  return { similarity, background: backgroundSimilarity(similarity, src.sentences.length, tgt.sentences.length) };
}

function backgroundSimilarity(similarity: SpanScore, n: number, m: number): number {
  if (n < 2 || m < 2) return 0;
  const samples = Math.min(64, Math.max(n, m));
  let total = 0;
  for (let k = 0; k < samples; k++) {
    const i = Math.floor(((k + 0.5) * n) / samples);
    // Half a document away on the target side, wrapping around.
    const j = (Math.floor(((k + 0.5) * m) / samples) + (m >> 1)) % m;
    total += similarity(i, i + 1, j, j + 1);
  }
  return Math.min(total / samples, 0.9);
}

export function prefixLengths(sentences: readonly string[]): Float64Array {
  const prefix = new Float64Array(sentences.length + 1);
  for (let i = 0; i < sentences.length; i++) prefix[i + 1] = prefix[i] + sentenceLength(sentences[i]);
  return prefix;
}

/**
 * The bead cost: prior(shape) + length cost + content cost, where the content cost is
 * (1 − sim) / (1 − background), floored at 0, times the number of sentences in the bead over two
 * — so a 2-1 bead is priced like the 1.5 sentences it covers and merging never hides a bad pair.
 * Skips cost a constant on the same scale.
 */
export function makeBeadCost(
  srcPrefix: Float64Array,
  tgtPrefix: Float64Array,
  lengthModel: LengthModel,
  content: PreparedContent,
  params: CostParams,
  hasContent: boolean,
): BeadCost {
  const { lengthWeight, contentWeight, skip, emptySkip, merge, manyToMany, mergeEvidence } = params;
  const scale = 1 / (1 - content.background);
  const sim = content.similarity;

  const shapePrior = (n: number, m: number) => merge * (n + m - 2) + (n > 1 && m > 1 ? manyToMany : 0);

  const skipCost = (prefix: Float64Array, a: number, b: number) => {
    let c = 0;
    for (let k = a; k < b; k++) c += prefix[k + 1] - prefix[k] === 0 ? emptySkip : skip;
    return c;
  };

  const lengthPart = (i0: number, i1: number, j0: number, j1: number) =>
    lengthWeight * lengthCost(lengthModel, srcPrefix[i1] - srcPrefix[i0], tgtPrefix[j1] - tgtPrefix[j0]);

  const contentPart = (i0: number, i1: number, j0: number, j1: number) => {
    if (!hasContent) return 0;
    const s = sim(i0, i1, j0, j1);
    return contentWeight * Math.max(0, (1 - s) * scale) * ((i1 - i0 + j1 - j0) / 2);
  };

  /** How far the best 1-1 pair inside a merge beats the merge itself. */
  const mergeShortfall = (i0: number, i1: number, j0: number, j1: number) => {
    if (!hasContent || mergeEvidence === 0) return 0;
    const whole = sim(i0, i1, j0, j1);
    let best = 0;
    for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) best = Math.max(best, sim(i, i + 1, j, j + 1));
    return mergeEvidence * Math.max(0, best - whole) * scale;
  };

  return {
    lowerBound(i0, i1, j0, j1) {
      const n = i1 - i0;
      const m = j1 - j0;
      if (n === 0) return skipCost(tgtPrefix, j0, j1);
      if (m === 0) return skipCost(srcPrefix, i0, i1);
      return shapePrior(n, m) + lengthPart(i0, i1, j0, j1);
    },
    cost(i0, i1, j0, j1) {
      const n = i1 - i0;
      const m = j1 - j0;
      if (n === 0) return skipCost(tgtPrefix, j0, j1);
      if (m === 0) return skipCost(srcPrefix, i0, i1);
      const base = shapePrior(n, m) + lengthPart(i0, i1, j0, j1) + contentPart(i0, i1, j0, j1);
      return n + m > 2 ? base + mergeShortfall(i0, i1, j0, j1) : base;
    },
    coarseCost(i0, i1, j0, j1) {
      const n = i1 - i0;
      const m = j1 - j0;
      if (n === 0) return skipCost(tgtPrefix, j0, j1);
      if (m === 0) return skipCost(srcPrefix, i0, i1);
      return lengthPart(i0, i1, j0, j1) + contentPart(i0, i1, j0, j1);
    },
  };
}
