import type { Lang } from "./types";

/**
 * Gale–Church length model. Lengths are counted in non-space characters (a Han character, a
 * Latin letter and a digit each count one), then both sides are put on the English scale with the
 * document's own total length ratio, so the model needs no per-language constant for the mean.
 */

/** Length of a sentence in the unit the model compares: non-space characters. */
export function sentenceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0) continue;
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low surrogate: the pair counts once
    n++;
  }
  return n;
}

export interface LengthModel {
  /** Multiply a source length by this to put it on the common scale. */
  srcScale: number;
  /** Multiply a target length by this to put it on the common scale. */
  tgtScale: number;
  /** Variance of the length difference per unit of (common-scale) length. */
  variance: number;
}

/**
 * Variance per character of the English-scale length difference of true 1-1 pairs. Gale and Church
 * measured 6.8 for English–German; Chinese–English translation is looser. Only a starting value:
 * `refineVariance` re-estimates it from the document's own confident 1-1 links.
 */
export const DEFAULT_VARIANCE = 12;

/**
 * Common scale = the English side's characters (the source's when neither side is English). The
 * ratio is the quotient of totals, which one long outlier sentence moves far less than a mean of
 * per-sentence ratios would.
 */
export function estimateLengthModel(
  srcLengths: ArrayLike<number>,
  tgtLengths: ArrayLike<number>,
  srcLang: Lang,
  tgtLang: Lang,
  variance = DEFAULT_VARIANCE,
): LengthModel {
  const srcTotal = sum(srcLengths);
  const tgtTotal = sum(tgtLengths);
  if (srcTotal === 0 || tgtTotal === 0) return { srcScale: 1, tgtScale: 1, variance };
  if (tgtLang === "en" && srcLang !== "en") return { srcScale: tgtTotal / srcTotal, tgtScale: 1, variance };
  return { srcScale: 1, tgtScale: srcTotal / tgtTotal, variance };
}

/**
 * Cost (−log probability) that spans of these raw lengths are translations, by length alone:
 * δ = (t − s) / √(v · (s + t) / 2), cost = −log 2(1 − Φ(|δ|)). The symmetric denominator keeps
 * the cost the same whichever side is the source.
 */
export function lengthCost(model: LengthModel, srcLength: number, tgtLength: number): number {
  const s = srcLength * model.srcScale;
  const t = tgtLength * model.tgtScale;
  const delta = (t - s) / Math.sqrt(model.variance * ((s + t) / 2 + 1));
  return twoSidedTailCost(Math.abs(delta));
}

/** −log P(|Z| ≥ z) for a standard normal Z, stable for large z. */
export function twoSidedTailCost(z: number): number {
  if (z < 6) return -Math.log(Math.max(erfc(z / Math.SQRT2), 1e-300));
  // Asymptotic tail: P(|Z| ≥ z) ≈ 2φ(z)/z.
  return (z * z) / 2 + Math.log(z) + 0.5 * Math.log(Math.PI / 2);
}

/** Complementary error function (Numerical Recipes erfcc, relative error < 1.2e-7). */
export function erfc(x: number): number {
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

/**
 * Re-estimates the variance from the squared standardised differences of 1-1 links the aligner is
 * sure of: the median of a χ²(1) variable is 0.455, so median(d²/((s+t)/2)) / 0.455 estimates the
 * variance while ignoring the few links that are really wrong. Shrunk toward the prior so a short
 * document cannot swing it far.
 */
export function refineVariance(model: LengthModel, pairs: Array<[number, number]>, priorWeight = 10): LengthModel {
  if (pairs.length < 3) return model;
  const ratios = pairs
    .map(([sl, tl]) => {
      const s = sl * model.srcScale;
      const t = tl * model.tgtScale;
      return ((t - s) * (t - s)) / ((s + t) / 2 + 1);
    })
    .sort((a, b) => a - b);
  const median = ratios[ratios.length >> 1];
  const estimate = Math.min(Math.max(median / 0.455, 1), 100);
  const n = pairs.length;
  return { ...model, variance: (n * estimate + priorWeight * model.variance) / (n + priorWeight) };
}

function sum(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
}
