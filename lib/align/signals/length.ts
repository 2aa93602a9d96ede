import { differenceVariance, estimateLengthModel, lengthModel, sentenceLength, standardisedDifference, type LengthModel } from "../model/length";
import type { Bead, PreparedSide } from "../types";
import { unrelatedPairs, type EvidenceSignal, type PreparedEvidence } from "./evidence";

/**
 * Gale–Church length evidence as a likelihood ratio. δ, the length difference of two spans
 * standardised by the document's own ratio and variance (model/length.ts), follows a Student t
 * between translations (tails heavier than a normal's: free translations stray; see STARTING_DOF) and
 * the same t, `unrelatedSpread` times wider, between unrelated spans, the spread measured on pairs
 * half a document apart. Both tails heavy: a wildly mismatched bead is evidence against, never for.
 * The variance is re-estimated from the document's alignment (refit), so a loose literary
 * translation and a literal one each get their own.
 */
/**
 * Degrees of freedom of the t between translations: 4 while the ratio and the variance are the
 * starting guesses (a short text against a long one can have its totals' ratio badly wrong, and
 * only heavy tails keep the first pass on its path), 15 once the document's alignment has
 * estimated them (tuned on MAC-Dev as a whole: 10 to 40 gave 0.891 to 0.894, 4 throughout 0.888,
 * its tails so heavy that a bead off by a sentence cost too little).
 */
const STARTING_DOF = 4;
const ESTIMATED_DOF = 15;

/** log density of a Student t, and the median of its |T| (for the unrelated spread). */
function studentT(dof: number) {
  const constant = logGamma((dof + 1) / 2) - logGamma(dof / 2) - 0.5 * Math.log(dof * Math.PI);
  const power = (dof + 1) / 2;
  return {
    logDensity: (x: number) => constant - power * Math.log1p((x * x) / dof),
    medianAbs: dof === 4 ? 0.7407 : dof === 15 ? 0.6912 : 0.6745,
  };
}

export function lengthEvidenceOf(model: LengthModel, unrelatedSpread: number, dof = STARTING_DOF) {
  const { logDensity } = studentT(dof);
  const logSpread = Math.log(unrelatedSpread);
  return (srcLength: number, tgtLength: number) => {
    const d = standardisedDifference(model, srcLength, tgtLength);
    return logDensity(d) - (logDensity(d / unrelatedSpread) - logSpread);
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
    const spread = (dof: number) => {
      const pairs = unrelatedPairs(n, m);
      const ds = new Float64Array(pairs.length);
      for (let k = 0; k < pairs.length; k++) {
        const [i, j] = pairs[k];
        ds[k] = Math.abs(standardisedDifference(model, srcPrefix[i + 1] - srcPrefix[i], tgtPrefix[j + 1] - tgtPrefix[j]));
      }
      return Math.max(1.5, median(ds) / studentT(dof).medianAbs);
    };
    let score = lengthEvidenceOf(model, spread(STARTING_DOF), STARTING_DOF);
    const evidence = (i0: number, i1: number, j0: number, j1: number) =>
      score(srcPrefix[i1] - srcPrefix[i0], tgtPrefix[j1] - tgtPrefix[j0]);
    return {
      evidence,
      coarse: evidence,
      refit(beads: readonly Bead[]) {
        const linked = beads.filter((b) => b.src.length && b.tgt.length);
        if (linked.length < 5) return false;
        // The ratio from the linked beads only: sentences left unmatched (a short text against a
        // long one, an abridged translation) would otherwise skew it, and every bead with it.
        const spanLength = (prefix: Float64Array, span: readonly number[]) => prefix[span[span.length - 1] + 1] - prefix[span[0]];
        let srcLinked = 0;
        let tgtLinked = 0;
        for (const b of linked) {
          srcLinked += spanLength(srcPrefix, b.src);
          tgtLinked += spanLength(tgtPrefix, b.tgt);
        }
        if (srcLinked > 0 && tgtLinked > 0) {
          model =
            model.srcScale === 1
              ? lengthModel(model.srcScale, srcLinked / tgtLinked, model.variance, model.meanLength)
              : lengthModel(tgtLinked / srcLinked, model.tgtScale, model.variance, model.meanLength);
        }
        const unitVariance = lengthModel(model.srcScale, model.tgtScale, 1, model.meanLength);
        const ratios = new Float64Array(linked.length);
        let ratioCount = 0;
        for (const b of linked) {
          const s = spanLength(srcPrefix, b.src) * model.srcScale;
          const t = spanLength(tgtPrefix, b.tgt) * model.tgtScale;
          if (s + t === 0) continue;
          ratios[ratioCount++] = ((t - s) * (t - s)) / differenceVariance(unitVariance, (s + t) / 2);
        }
        if (ratioCount < 5) return false;
        // The median of a χ²(1) variable is 0.455; a t with 4 degrees of freedom has a similar one.
        const variance = Math.min(Math.max(median(ratios.subarray(0, ratioCount)) / 0.455, 0.5), 200);
        model = lengthModel(model.srcScale, model.tgtScale, variance, model.meanLength);
        score = lengthEvidenceOf(model, spread(ESTIMATED_DOF), ESTIMATED_DOF);
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

function median(xs: Float64Array): number {
  if (xs.length === 0) return 1;
  const sorted = xs.slice().sort();
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
