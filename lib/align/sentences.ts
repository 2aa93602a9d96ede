import { bagScorer } from "./bags";
import { identityGrid, search } from "./band";
import { beadShapes, DEFAULT_COST_PARAMS, makeBeadCost, prefixLengths, prepareContent } from "./cost";
import type { CostParams, WeightedScorer } from "./cost";
import type { DpBead, Step } from "./dp";
import { detectLang } from "./lang";
import { estimateLengthModel, refineVariance, type LengthModel } from "./length";
import { defaultScorers } from "./scorers";
import type { Bead, Lang, SpanScorer } from "./types";

export interface AlignOptions {
  srcLang?: Lang;
  tgtLang?: Lang;
  /** Content signals with weights; default `defaultScorers()`. Pass [] for length only. */
  scorers?: readonly WeightedScorer[];
  /**
   * Content signal for the coarse passes of long documents, cheap on big blocks; default the
   * dictionary bag-of-meanings cosine when the default scorers are used, else none (the coarse
   * passes then compare sentences near each block's diagonal).
   */
  coarseScorer?: SpanScorer;
  /** Largest number of sentences on one side of a bead (default 4: 1-4 and 4-1). */
  maxBead?: number;
  params?: Partial<CostParams>;
  /**
   * Temperature of the posterior that gives each bead its confidence, in cost units (see dp.ts);
   * default DEFAULT_TEMPERATURE, calibrated on synthetic documents for the log loss of "this bead
   * is right".
   */
  temperature?: number;
  /** Prior variance of the length model (default DEFAULT_VARIANCE). */
  lengthVariance?: number;
  /**
   * Re-estimate the length variance from the first pass's 1-1 links and, if it widens much, align
   * again in a band around the first path (default true).
   */
  refineLength?: boolean;
  /** Grids up to this many cells are searched exactly; larger ones coarse-to-fine. */
  exactCells?: number;
  /** Half-width of the band around the coarse path, in sentences. */
  bandWidth?: number;
}

export const DEFAULT_TEMPERATURE = 0.25;
const EXACT_CELLS = 10_000;
const BAND_WIDTH = 8;
const COARSE_BAND_WIDTH = 4;

/** A document pair made ready for alignment: lengths, length model and prepared scorers. */
export interface PreparedPair {
  srcLang: Lang;
  tgtLang: Lang;
  srcCount: number;
  tgtCount: number;
  /** Aligns sentences [srcStart, srcEnd) with [tgtStart, tgtEnd); beads carry global indices. */
  alignRange(srcStart: number, srcEnd: number, tgtStart: number, tgtEnd: number): Bead[];
  lengthModel: LengthModel;
}

export function preparePair(src: readonly string[], tgt: readonly string[], options: AlignOptions = {}): PreparedPair {
  const srcLang = options.srcLang ?? detectLang(src);
  const tgtLang = options.tgtLang ?? detectLang(tgt);
  const params = { ...DEFAULT_COST_PARAMS, ...options.params };
  const scorers = options.scorers ?? defaultScorers();
  const temperature = options.temperature ?? DEFAULT_TEMPERATURE;
  const srcPrefix = prefixLengths(src);
  const tgtPrefix = prefixLengths(tgt);
  const coarseScorer = options.coarseScorer ?? (options.scorers ? undefined : bagScorer);
  const content = prepareContent({ lang: srcLang, sentences: [...src] }, { lang: tgtLang, sentences: [...tgt] }, scorers, coarseScorer);
  const hasContent = scorers.some((s) => s.weight > 0);
  const shapes = beadShapes(options.maxBead ?? 4);
  const steps: Step[] = shapes.map((s) => ({ du: s.src, dv: s.tgt }));
  const coarseSteps: Step[] = [
    { du: 1, dv: 1 },
    { du: 1, dv: 0 },
    { du: 0, dv: 1 },
    { du: 2, dv: 1 },
    { du: 1, dv: 2 },
  ];

  const lengthsOf = (prefix: Float64Array) => {
    const out = new Float64Array(prefix.length - 1);
    for (let k = 0; k < out.length; k++) out[k] = prefix[k + 1] - prefix[k];
    return out;
  };
  const lengthModel = estimateLengthModel(lengthsOf(srcPrefix), lengthsOf(tgtPrefix), srcLang, tgtLang, options.lengthVariance);

  const run = (model: LengthModel, i0: number, i1: number, j0: number, j1: number, guide?: DpBead[]) => {
    const beadCost = makeBeadCost(srcPrefix, tgtPrefix, model, content, params, hasContent);
    const path = search(identityGrid(i0, i1, j0, j1), {
      steps,
      cost: (a, b, c, d, _step, budget) => beadCost.cost(a, b, c, d, budget),
      temperature,
      coarseSteps,
      coarseCost: (a, b, c, d) => beadCost.coarseCost(a, b, c, d),
      exactCells: options.exactCells ?? EXACT_CELLS,
      width: options.bandWidth ?? BAND_WIDTH,
      coarseWidth: COARSE_BAND_WIDTH,
      guide,
    });
    const beads = path.map((b) => ({
      src: rangeList(i0 + b.u0, i0 + b.u1),
      tgt: rangeList(j0 + b.v0, j0 + b.v1),
      confidence: b.posterior,
    }));
    return { path, beads };
  };

  return {
    srcLang,
    tgtLang,
    srcCount: src.length,
    tgtCount: tgt.length,
    lengthModel,
    alignRange(i0, i1, j0, j1) {
      if (i1 === i0 || j1 === j0) return unmatched(i0, i1, j0, j1);
      const first = run(lengthModel, i0, i1, j0, j1);
      if (options.refineLength === false) return first.beads;
      const oneToOne = first.beads
        .filter((b) => b.src.length === 1 && b.tgt.length === 1)
        .map((b): [number, number] => [srcPrefix[b.src[0] + 1] - srcPrefix[b.src[0]], tgtPrefix[b.tgt[0] + 1] - tgtPrefix[b.tgt[0]]]);
      const refined = refineVariance(lengthModel, oneToOne);
      if (refined.variance < 1.25 * lengthModel.variance) return first.beads;
      // The first path is a far better guide than a coarse pass would be.
      return run(refined, i0, i1, j0, j1, first.path).beads;
    },
  };
}

/**
 * Aligns two sentence lists. Beads are in the field's convention: consecutive indices, every
 * sentence of both sides exactly once, in order, unmatched sentences in beads with an empty side.
 */
export function alignSentences(src: readonly string[], tgt: readonly string[], options: AlignOptions = {}): Bead[] {
  return preparePair(src, tgt, options).alignRange(0, src.length, 0, tgt.length);
}

/** All sentences unmatched, one bead each (certain: there is nothing to link them to). */
export function unmatched(i0: number, i1: number, j0: number, j1: number): Bead[] {
  const beads: Bead[] = [];
  for (let i = i0; i < i1; i++) beads.push({ src: [i], tgt: [], confidence: 1 });
  for (let j = j0; j < j1; j++) beads.push({ src: [], tgt: [j], confidence: 1 });
  return beads;
}

function rangeList(start: number, end: number): number[] {
  const out: number[] = [];
  for (let k = start; k < end; k++) out.push(k);
  return out;
}
