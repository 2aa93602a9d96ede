import { differenceVariance, estimateLengthModel, sentenceLength, standardisedDifference, type LengthModel } from "../model/length";
import type { Bead, PreparedSide } from "../types";
import { unrelatedPairs, type EvidenceSignal, type PreparedEvidence } from "./evidence";

/**
 * Gale–Church length evidence as a likelihood ratio. δ, the length difference of two spans
 * standardised by the document's own ratio and variance (model/length.ts), follows a Student t
 * with `TAIL_DOF` degrees of freedom between translations (free translations have heavy tails) and
 * the same t, `unrelatedSpread` times wider, between unrelated spans, the spread measured on pairs
 * half a document apart. Both tails heavy: a wildly mismatched bead is evidence against, never for.
 * The variance is re-estimated from the document's alignment (refit), so a loose literary
 * translation and a literal one each get their own.
 */
const TAIL_DOF = 4;
const T_CONSTANT = logGamma((TAIL_DOF + 1) / 2) - logGamma(TAIL_DOF / 2) - 0.5 * Math.log(TAIL_DOF * Math.PI);
/** Median of |T| for a Student t with TAIL_DOF (= 4) degrees of freedom. */
const T_MEDIAN_ABS = 0.7407;

const logT = (x: number) => T_CONSTANT - ((TAIL_DOF + 1) / 2) * Math.log1p((x * x) / TAIL_DOF);

export function lengthEvidenceOf(model: LengthModel, unrelatedSpread: number) {
  return (srcLength: number, tgtLength: number, sentences: number) => {
    const d = standardisedDifference(model, srcLength, tgtLength, sentences);
    return logT(d) - (logT(d / unrelatedSpread) - Math.log(unrelatedSpread));
  };
}

export const lengthSignal: EvidenceSignal = {
  name: "length",
  prepare(src: PreparedSide, tgt: PreparedSide): PreparedEvidence {
    const srcPrefix = prefixLengths(src.sentences);
    const tgtPrefix = prefixLengths(tgt.sentences);
    const n = src.sentences.length;
    const m = tgt.sentences.length;
    let model = estimateLengthModel(lengthsOf(srcPrefix), lengthsOf(tgtPrefix), src.lang, tgt.lang);
    const spread = () => {
      const ds = unrelatedPairs(n, m).map(([i, j]) => standardisedDifference(model, srcPrefix[i + 1] - srcPrefix[i], tgtPrefix[j + 1] - tgtPrefix[j]));
      return Math.max(1.5, median(ds.map(Math.abs)) / T_MEDIAN_ABS);
    };
    let score = lengthEvidenceOf(model, spread());
    const evidence = (i0: number, i1: number, j0: number, j1: number) =>
      score(srcPrefix[i1] - srcPrefix[i0], tgtPrefix[j1] - tgtPrefix[j0], (i1 - i0 + j1 - j0) / 2);
    return {
      evidence,
      coarse: evidence,
      refit(beads: readonly Bead[]) {
        const ratios: number[] = [];
        for (const b of beads) {
          if (!b.src.length || !b.tgt.length) continue;
          const s = (srcPrefix[b.src[b.src.length - 1] + 1] - srcPrefix[b.src[0]]) * model.srcScale;
          const t = (tgtPrefix[b.tgt[b.tgt.length - 1] + 1] - tgtPrefix[b.tgt[0]]) * model.tgtScale;
          if (s + t === 0) continue;
          ratios.push(((t - s) * (t - s)) / differenceVariance({ ...model, variance: 1 }, (s + t) / 2, (b.src.length + b.tgt.length) / 2));
        }
        if (ratios.length < 5) return false;
        // The median of a χ²(1) variable is 0.455; a t with 4 degrees of freedom has a similar one.
        model = { ...model, variance: Math.min(Math.max(median(ratios) / 0.455, 0.5), 200) };
        score = lengthEvidenceOf(model, spread());
        return true;
      },
    };
  },
};

export function prefixLengths(sentences: readonly string[]): Float64Array {
  const prefix = new Float64Array(sentences.length + 1);
  for (let i = 0; i < sentences.length; i++) prefix[i + 1] = prefix[i] + sentenceLength(sentences[i]);
  return prefix;
}

function lengthsOf(prefix: Float64Array): Float64Array {
  const out = new Float64Array(prefix.length - 1);
  for (let k = 0; k < out.length; k++) out[k] = prefix[k + 1] - prefix[k];
  return out;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 1;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

/** Lanczos approximation of log Γ(x) for x > 0. */
function logGamma(x: number): number {
  const g = 7;
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let a = c[0];
  const t = x + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
