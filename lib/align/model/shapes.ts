import type { Bead } from "../types";

/** A bead shape: how many source and target sentences it joins. */
export interface BeadShape {
  src: number;
  tgt: number;
}

/**
 * 1-1, 1-0, 0-1, then every n-m with n, m ≥ 1 and n + m ≤ maxSentences (default 6: 1-5, 2-3, 3-3
 * and the rest all occur in real literary gold). Many-to-nothing beads are not shapes: two
 * unmatched sentences are two 1-0 beads.
 */
export function beadShapes(maxSentences = 6): BeadShape[] {
  const shapes: BeadShape[] = [
    { src: 1, tgt: 1 },
    { src: 1, tgt: 0 },
    { src: 0, tgt: 1 },
  ];
  for (let total = 3; total <= maxSentences; total++) {
    for (let src = 1; src < total; src++) shapes.push({ src, tgt: total - src });
  }
  return shapes;
}

export const shapeKey = (s: BeadShape) => `${s.src}-${s.tgt}`;

/**
 * Where the estimate of a document's shape frequencies starts: mostly 1-1, merges becoming rarer
 * with size, a few unmatched sentences. A starting point only: `estimateShapePriors` replaces it
 * by the document's own frequencies, so an abridged translation learns that omissions are common
 * and a free literary one that merges are.
 */
export function startingShapeWeight(shape: BeadShape): number {
  const { src, tgt } = shape;
  if (src === 1 && tgt === 1) return 0.6;
  if (src === 0 || tgt === 0) return 0.01;
  const extra = src + tgt - 2;
  // 1-2 and 2-1 0.08 each, then a factor 0.3 per extra sentence; many-to-many a third of that.
  return 0.08 * Math.pow(0.3, extra - 1) * (src > 1 && tgt > 1 ? 0.33 : 1);
}

/** Log priors of the shapes from weights, normalised. */
export function logPriors(shapes: readonly BeadShape[], weight: (shape: BeadShape, k: number) => number): Float64Array {
  const weights = shapes.map(weight);
  const total = weights.reduce((a, w) => a + w, 0);
  return Float64Array.from(weights, (w) => Math.log(w / total));
}

/**
 * The EM step for the shape prior: frequencies of the shapes in an alignment, smoothed toward the
 * starting weights with `pseudoCount` beads' worth of them, so a short document cannot declare a
 * shape impossible.
 */
export function estimateShapePriors(shapes: readonly BeadShape[], beads: readonly Bead[], pseudoCount = 10): Float64Array {
  const index = new Map(shapes.map((s, k) => [shapeKey(s), k]));
  const counts = new Float64Array(shapes.length);
  let total = 0;
  for (const b of beads) {
    // Unmatched runs count per sentence, as the search builds them.
    if (b.src.length === 0 || b.tgt.length === 0) {
      const k = index.get(b.src.length ? "1-0" : "0-1")!;
      counts[k] += b.src.length + b.tgt.length;
      total += b.src.length + b.tgt.length;
      continue;
    }
    const k = index.get(`${b.src.length}-${b.tgt.length}`);
    if (k === undefined) continue;
    counts[k]++;
    total++;
  }
  const start = logPriors(shapes, startingShapeWeight);
  return logPriors(shapes, (_s, k) => counts[k] + pseudoCount * Math.exp(start[k]) + 1e-9 * total);
}
