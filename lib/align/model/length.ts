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

/**
 * A length model, always built here with its fields in one order: the aligner prices every bead
 * through it, and objects of one shape keep that code from being compiled again.
 */
export function lengthModel(srcScale: number, tgtScale: number, variance: number, meanLength: number): LengthModel {
  return { srcScale, tgtScale, variance, meanLength };
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
 * Church measured 6.8 per target character for English–German). Only a starting value: the length
 * signal re-estimates it from the document's own alignment (signals/length.ts).
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
    return lengthModel(1, 1, variance, Math.max(1, (srcTotal + tgtTotal) / count));
  }
  const [srcScale, tgtScale] = tgtLang === "en" && srcLang !== "en" ? [tgtTotal / srcTotal, 1] : [1, srcTotal / tgtTotal];
  const meanLength = Math.max(1, (srcTotal * srcScale + tgtTotal * tgtScale) / count);
  return lengthModel(srcScale, tgtScale, variance, meanLength);
}

/**
 * Variance of the length difference of two spans of mean length L (common scale):
 * v · L · (1 + L / meanLength). Gale and Church's v · L is counting noise, right for short
 * sentences; the second term lets a long span differ by a proportion of its length, so one long,
 * freely translated sentence is not cheaper to leave unmatched than to link. It is not divided by
 * the spans' sentence count: the proportional differences of the sentences of a merged bead do not
 * cancel (dividing by the mean count, MAC-Dev 0.893; not dividing, 0.900, tuned on it as a whole).
 */
export function differenceVariance(model: LengthModel, meanOfSpans: number): number {
  const L = meanOfSpans + 1;
  return model.variance * L * (1 + L / model.meanLength);
}

/**
 * δ: the difference of two spans' lengths on the common scale, standardised by the variance for
 * their mean length. The symmetric denominator keeps it the same (up to sign) whichever side is
 * the source.
 */
export function standardisedDifference(model: LengthModel, srcLength: number, tgtLength: number): number {
  const s = srcLength * model.srcScale;
  const t = tgtLength * model.tgtScale;
  return (t - s) / Math.sqrt(differenceVariance(model, (s + t) / 2));
}

function sum(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
}
