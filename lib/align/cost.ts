import { lengthCost, robustLengthCost, sentenceLength, type LengthModel } from "./length";
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
  lengthWeight: 0.5,
  contentWeight: 8,
  skip: 4,
  emptySkip: 0.2,
  merge: 2,
  manyToMany: 2,
  mergeEvidence: 8,
};

/** Everything the search needs to price a bead over sentence ranges [i0, i1) × [j0, j1). */
export interface BeadCost {
  /**
   * Cost of the bead. Cheap parts come first; once the cost exceeds `budget` the rest is not
   * computed and what is returned is only a lower bound — enough for the search to drop the bead.
   */
  cost(i0: number, i1: number, j0: number, j1: number, budget?: number): number;
  /** Cost without the bead-shape prior, for coarse passes where blocks of sentences are units. */
  coarseCost(i0: number, i1: number, j0: number, j1: number): number;
}

export interface PreparedContent {
  /** Blended similarity of two non-empty spans, in [0, 1]. */
  similarity: SpanScore;
  /** Similarity of the single sentences i and j, remembered: merges and coarse passes reuse it. */
  pairSimilarity(i: number, j: number): number;
  /**
   * Similarity of two blocks of sentences for the coarse passes, on the scale of `similarity`,
   * from a scorer whose cost does not grow with the product of the blocks' sizes.
   */
  blockSimilarity(i0: number, i1: number, j0: number, j1: number): number;
  /** Mean similarity of unrelated sentence pairs in this document, the content cost's zero point. */
  background: number;
}

/** Sentences per side the diagonal block similarity looks at, evenly spaced. */
const BLOCK_SAMPLES = 6;

/** Above this many remembered pair scores the memo is dropped and refilled (bounded memory). */
const MAX_REMEMBERED_PAIRS = 1 << 21;

/**
 * Blends the scorers' similarities by weight. The background similarity is measured on pairs
 * taken half a document apart — almost never translations — so the content cost means "how much
 * better than chance", whatever the scale of the scorers (as Vecalign normalises cosine distances).
 */
export function prepareContent(
  src: PreparedSide,
  tgt: PreparedSide,
  scorers: readonly WeightedScorer[],
  coarseScorer?: SpanScorer,
): PreparedContent {
  const active = scorers.filter((s) => s.weight > 0);
  const totalWeight = active.reduce((a, s) => a + s.weight, 0);
  const n = src.sentences.length;
  const m = tgt.sentences.length;
  if (active.length === 0 || n === 0 || m === 0) {
    return { similarity: () => 0, pairSimilarity: () => 0, blockSimilarity: () => 0, background: 0 };
  }
  const scores = active.map((s) => s.scorer.prepare(src, tgt));
  const weights = active.map((s) => s.weight / totalWeight);
  const similarity: SpanScore =
    scores.length === 1
      ? scores[0]
      : (i0, i1, j0, j1) => {
          let s = 0;
          for (let k = 0; k < scores.length; k++) s += weights[k] * scores[k](i0, i1, j0, j1);
          return s;
        };
  const memo = new Map<number, number>();
  const pairSimilarity = (i: number, j: number) => {
    const key = i * m + j;
    let s = memo.get(key);
    if (s === undefined) {
      if (memo.size >= MAX_REMEMBERED_PAIRS) memo.clear();
      s = similarity(i, i + 1, j, j + 1);
      memo.set(key, s);
    }
    return s;
  };
  const background = backgroundSimilarity(pairSimilarity, n, m);
  const blockSimilarity = coarseScorer
    ? normalisedBlockSimilarity(coarseScorer.prepare(src, tgt), n, m, background)
    : diagonalBlockSimilarity(pairSimilarity);
  return { similarity, pairSimilarity, blockSimilarity, background };
}

/**
 * A coarse scorer's similarity mapped onto the fine scorers' scale: its own background grows with
 * the size of the blocks (two big bags always share something), so it is measured per size class
 * on blocks half a document apart and rescaled to the fine background: background ↦ background,
 * 1 ↦ 1.
 */
function normalisedBlockSimilarity(score: SpanScore, n: number, m: number, fineBackground: number): SpanScore {
  const backgrounds = new Map<number, number>();
  const backgroundFor = (rows: number, cols: number) => {
    const sizeClass = Math.round(Math.log2(rows + cols));
    let b = backgrounds.get(sizeClass);
    if (b === undefined) {
      const samples = 16;
      let total = 0;
      let count = 0;
      for (let k = 0; k < samples; k++) {
        const i = Math.floor(((k + 0.5) * Math.max(1, n - rows)) / samples);
        const j = (Math.floor(((k + 0.5) * m) / samples) + (m >> 1)) % Math.max(1, m - cols + 1);
        if (i + rows > n || j + cols > m) continue;
        total += score(i, i + rows, j, j + cols);
        count++;
      }
      b = Math.min(count ? total / count : 0, 0.95);
      backgrounds.set(sizeClass, b);
    }
    return b;
  };
  return (i0, i1, j0, j1) => {
    const b = backgroundFor(i1 - i0, j1 - j0);
    const s = score(i0, i1, j0, j1);
    return fineBackground + ((1 - fineBackground) * (s - b)) / (1 - b);
  };
}

/**
 * Without a coarse scorer: each sentence's best single-sentence match near the block's diagonal,
 * averaged over both sides. Looks at most 2 × BLOCK_SAMPLES sentences; good for small blocks only,
 * since in big ones translations drift away from the diagonal.
 */
function diagonalBlockSimilarity(pairSimilarity: (i: number, j: number) => number): SpanScore {
  return (i0, i1, j0, j1) => {
    const rows = i1 - i0;
    const cols = j1 - j0;
    const rowStride = Math.ceil(rows / BLOCK_SAMPLES);
    const colStride = Math.ceil(cols / BLOCK_SAMPLES);
    let total = 0;
    let count = 0;
    for (let i = i0 + (rowStride >> 1); i < i1; i += rowStride, count++) {
      const d = j0 + Math.floor(((i - i0 + 0.5) * cols) / rows);
      let best = 0;
      for (let j = Math.max(j0, d - 1); j <= Math.min(j1 - 1, d + 1); j++) best = Math.max(best, pairSimilarity(i, j));
      total += best;
    }
    for (let j = j0 + (colStride >> 1); j < j1; j += colStride, count++) {
      const d = i0 + Math.floor(((j - j0 + 0.5) * rows) / cols);
      let best = 0;
      for (let i = Math.max(i0, d - 1); i <= Math.min(i1 - 1, d + 1); i++) best = Math.max(best, pairSimilarity(i, j));
      total += best;
    }
    return total / count;
  };
}

function backgroundSimilarity(pairSimilarity: (i: number, j: number) => number, n: number, m: number): number {
  if (n < 2 || m < 2) return 0;
  const samples = Math.min(64, Math.max(n, m));
  let total = 0;
  for (let k = 0; k < samples; k++) {
    const i = Math.floor(((k + 0.5) * n) / samples);
    // Half a document away on the target side, wrapping around.
    const j = (Math.floor(((k + 0.5) * m) / samples) + (m >> 1)) % m;
    total += pairSimilarity(i, j);
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
 * Skips cost a constant on the same scale. Merges also pay `mergeEvidence` times the amount by
 * which their best 1-1 pair is more similar than the whole bead.
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

  const lengthPart = (i0: number, i1: number, j0: number, j1: number, coarse = false) =>
    lengthWeight *
    (coarse ? robustLengthCost : lengthCost)(lengthModel, srcPrefix[i1] - srcPrefix[i0], tgtPrefix[j1] - tgtPrefix[j0], (i1 - i0 + j1 - j0) / 2);

  const contentPart = (similarity: number, n: number, m: number) =>
    contentWeight * Math.max(0, (1 - similarity) * scale) * ((n + m) / 2);

  return {
    cost(i0, i1, j0, j1, budget = Infinity) {
      const n = i1 - i0;
      const m = j1 - j0;
      if (n === 0) return skipCost(tgtPrefix, j0, j1);
      if (m === 0) return skipCost(srcPrefix, i0, i1);
      let cost = shapePrior(n, m) + lengthPart(i0, i1, j0, j1);
      if (!hasContent || cost > budget) return cost;
      const whole = sim(i0, i1, j0, j1);
      cost += contentPart(whole, n, m);
      if (n + m === 2 || mergeEvidence === 0 || cost > budget) return cost;
      // A merge must explain its extra sentences: charge how far its best 1-1 pair beats it.
      let best = 0;
      for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) best = Math.max(best, sim(i, i + 1, j, j + 1));
      return cost + mergeEvidence * Math.max(0, best - whole) * scale;
    },
    coarseCost(i0, i1, j0, j1) {
      const n = i1 - i0;
      const m = j1 - j0;
      if (n === 0) return skipCost(tgtPrefix, j0, j1);
      if (m === 0) return skipCost(srcPrefix, i0, i1);
      const length = lengthPart(i0, i1, j0, j1, true);
      if (!hasContent) return length;
      const s = n + m > 2 ? content.blockSimilarity(i0, i1, j0, j1) : sim(i0, i1, j0, j1);
      return length + contentPart(s, n, m);
    },
  };
}
