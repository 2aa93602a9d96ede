import type { Lang } from "../types";

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
  /** Variance of the length difference per unit of (common-scale) length, for short spans. */
  variance: number;
  /**
   * Mean sentence length on the common scale. Beyond it the variance grows with the square of the
   * length: translators vary a long sentence's length by a proportion, not by a count (see
   * `differenceVariance`).
   */
  meanLength: number;
}

/**
 * Prior variance per character of the English-scale length difference of 1-1 pairs (Gale and
 * Church measured 6.8 per target character for English–German). Only a starting value:
 * `refineVariance` re-estimates it from the document's own 1-1 links.
 */
export const DEFAULT_VARIANCE = 4;

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
  const count = Math.max(1, srcLengths.length + tgtLengths.length);
  if (srcTotal === 0 || tgtTotal === 0) {
    return { srcScale: 1, tgtScale: 1, variance, meanLength: Math.max(1, (srcTotal + tgtTotal) / count) };
  }
  const [srcScale, tgtScale] = tgtLang === "en" && srcLang !== "en" ? [tgtTotal / srcTotal, 1] : [1, srcTotal / tgtTotal];
  const meanLength = Math.max(1, (srcTotal * srcScale + tgtTotal * tgtScale) / count);
  return { srcScale, tgtScale, variance, meanLength };
}

/**
 * Variance of the length difference of two spans of mean length L (common scale) made of k
 * sentences: v · L · (1 + L / (k · meanLength)). Gale and Church's v · L is counting noise, right
 * for short sentences; the second term lets a long sentence differ by a proportion of its length,
 * so one long, freely translated sentence is not cheaper to leave unmatched than to link. Over k
 * sentences those proportional differences partly cancel, hence the division by k.
 */
export function differenceVariance(model: LengthModel, meanOfSpans: number, sentences = 1): number {
  const L = meanOfSpans + 1;
  return model.variance * L * (1 + L / (Math.max(1, sentences) * model.meanLength));
}

/**
 * Cost (−log probability) that spans of these raw lengths are translations, by length alone:
 * δ = (t − s) / √variance((s + t) / 2), cost = −log 2(1 − Φ(|δ|)). The symmetric denominator keeps
 * the cost the same whichever side is the source. `sentences` is the mean sentence count of the
 * two spans.
 */
export function lengthCost(model: LengthModel, srcLength: number, tgtLength: number, sentences = 1): number {
  return twoSidedTailCost(Math.abs(standardisedDifference(model, srcLength, tgtLength, sentences)));
}

/** δ of `lengthCost`. */
export function standardisedDifference(model: LengthModel, srcLength: number, tgtLength: number, sentences = 1): number {
  const s = srcLength * model.srcScale;
  const t = tgtLength * model.tgtScale;
  return (t - s) / Math.sqrt(differenceVariance(model, (s + t) / 2, sentences));
}

/**
 * Length cost for blocks of sentences in the coarse passes, where a block's end rarely falls where
 * a translation unit ends (a 4-1 merge straddles it) and the difference is heavy-tailed: −log of a
 * Student t density with 2 degrees of freedom, up to a constant, so one misfit block costs a few
 * nats rather than dozens and cannot drag the coarse path away from the content.
 */
export function robustLengthCost(model: LengthModel, srcLength: number, tgtLength: number, sentences = 1): number {
  const delta = standardisedDifference(model, srcLength, tgtLength, sentences);
  return 1.5 * Math.log1p((delta * delta) / 2);
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
 * Translation length differences are heavier-tailed than a Gaussian: a model as narrow as the
 * typical pair makes every freely translated sentence look impossible. The estimate from the
 * median is widened by this factor (calibrated on synthetic documents, scripts/calibrate-align.ts).
 */
export const TAIL_FACTOR = 3;

/**
 * Re-estimates v from the 1-1 links of a first alignment: the median of a χ²(1) variable is
 * 0.455, so median(d² / variance-with-v=1) / 0.455 estimates the typical v while ignoring the few
 * links that are wrong; times TAIL_FACTOR for the heavy tail. All 1-1 links are used, not only
 * confident ones: confidence already favours pairs whose lengths agree and would bias the
 * estimate low. Shrunk toward the prior so a short document cannot swing it far, and never
 * below it: the prior is calibrated where content signals decide, so a tighter document gains
 * nothing from a sharper length model, while a looser one (a free literary translation) needs a
 * wider one lest every freely rendered sentence look like a bad pair.
 */
export function refineVariance(
  model: LengthModel,
  pairs: Array<[number, number]>,
  priorWeight = 10,
  tailFactor = TAIL_FACTOR,
): LengthModel {
  if (pairs.length < 3) return model;
  const ratios = pairs
    .map(([sl, tl]) => {
      const s = sl * model.srcScale;
      const t = tl * model.tgtScale;
      return ((t - s) * (t - s)) / differenceVariance({ ...model, variance: 1 }, (s + t) / 2);
    })
    .sort((a, b) => a - b);
  const median = ratios[ratios.length >> 1];
  const estimate = Math.min(Math.max((tailFactor * median) / 0.455, 0.5), 100);
  const n = pairs.length;
  const shrunk = (n * estimate + priorWeight * model.variance) / (n + priorWeight);
  return { ...model, variance: Math.max(model.variance, shrunk) };
}

function sum(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
}
