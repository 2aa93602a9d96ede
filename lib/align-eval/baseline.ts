import { identityGrid, search } from "../align/search/band";
import { prefixLengths } from "../align/signals/length";
import type { Step } from "../align/search/dp";
import { detectLang } from "../align/lang";
import { estimateLengthModel } from "../align/model/length";
import type { Bead, Lang } from "../align/types";

/**
 * Plain Gale–Church (1993): lengths only, beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2 with the paper's
 * priors and variance (6.8 per character, here per English-scale character), the length ratio
 * from the document. The yardstick the content signals must beat; it
 * shares the search (exact or banded) with the real aligner so the comparison is of costs only.
 */
const GALE_CHURCH_VARIANCE = 6.8;

const SHAPES: Array<Step & { prior: number }> = [
  { du: 1, dv: 1, prior: -Math.log(0.89) },
  { du: 1, dv: 0, prior: -Math.log(0.0099 / 2) },
  { du: 0, dv: 1, prior: -Math.log(0.0099 / 2) },
  { du: 2, dv: 1, prior: -Math.log(0.089 / 2) },
  { du: 1, dv: 2, prior: -Math.log(0.089 / 2) },
  { du: 2, dv: 2, prior: -Math.log(0.011) },
];

export function alignGaleChurch(src: readonly string[], tgt: readonly string[], srcLang?: Lang, tgtLang?: Lang): Bead[] {
  const srcPrefix = prefixLengths(src);
  const tgtPrefix = prefixLengths(tgt);
  const lengths = (p: Float64Array) => Array.from({ length: p.length - 1 }, (_, k) => p[k + 1] - p[k]);
  const model = estimateLengthModel(lengths(srcPrefix), lengths(tgtPrefix), srcLang ?? detectLang(src), tgtLang ?? detectLang(tgt));
  const match = (i0: number, i1: number, j0: number, j1: number) => {
    const s = (srcPrefix[i1] - srcPrefix[i0]) * model.srcScale;
    const t = (tgtPrefix[j1] - tgtPrefix[j0]) * model.tgtScale;
    return twoSidedTailCost(Math.abs(t - s) / Math.sqrt(GALE_CHURCH_VARIANCE * ((s + t) / 2 + 1)));
  };
  const cost = (i0: number, i1: number, j0: number, j1: number, step: number) => SHAPES[step].prior + match(i0, i1, j0, j1);
  const path = search(identityGrid(0, src.length, 0, tgt.length), {
    steps: SHAPES,
    cost,
    coarseSteps: SHAPES.slice(0, 5),
    coarseCost: match,
    exactCells: 250_000,
    width: 8,
    coarseWidth: 4,
  });
  return path.map((b) => ({
    src: Array.from({ length: b.u1 - b.u0 }, (_, k) => b.u0 + k),
    tgt: Array.from({ length: b.v1 - b.v0 }, (_, k) => b.v0 + k),
    confidence: 1,
  }));
}

/** −log P(|Z| ≥ z) for a standard normal Z, stable for large z. */
export function twoSidedTailCost(z: number): number {
  if (z < 6) return -Math.log(Math.max(erfc(z / Math.SQRT2), 1e-300));
  // Asymptotic tail: P(|Z| ≥ z) ≈ 2φ(z)/z.
  return (z * z) / 2 + Math.log(z) + 0.5 * Math.log(Math.PI / 2);
}

/** Complementary error function (Numerical Recipes erfcc, relative error < 1.2e-7). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}
