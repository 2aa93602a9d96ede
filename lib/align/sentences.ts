import { detectLang } from "./lang";
import { makeBeadCost, type BeadCost } from "./model/bead-cost";
import { beadShapes, estimateShapeParams, shapeLogPriors, STARTING_SHAPES, type BeadShape, type ShapeParams } from "./model/shapes";
import { identityGrid, search } from "./search/band";
import type { DpBead, Step } from "./search/dp";
import { nameSignal, numberSignal } from "./signals/anchors";
import type { EvidenceSignal, PreparedEvidence } from "./signals/evidence";
import { lengthSignal } from "./signals/length";
import { lexicalSignal } from "./signals/lexical";
import { markSignal } from "./signals/marks";
import { turnSignal } from "./signals/turns";
import type { Bead, Lang } from "./types";

export interface AlignOptions {
  srcLang?: Lang;
  tgtLang?: Lang;
  /** The evidence signals; default `defaultSignals()`. `[lengthSignal]` aligns by length alone. */
  signals?: readonly EvidenceSignal[];
  /** Largest number of sentences in one bead, both sides together (default 6: up to 1-5 and 3-3). */
  maxSentences?: number;
  /** EM rounds: re-estimate the shape priors and the signals from the alignment, align again. */
  iterations?: number;
  /** Temperature of the posteriors that give each bead its confidence (see search/dp.ts). */
  temperature?: number;
  /** Grids up to this many cells are searched exactly; larger ones coarse-to-fine. */
  exactCells?: number;
  /** Half-width of the band around the coarse (or previous) path, in sentences. */
  bandWidth?: number;
}

/**
 * Length, CC-CEDICT with a table learned from the text, numbers, names, quotation and sentence
 * marks, quotations at a bead's edges.
 */
export const defaultSignals = (): EvidenceSignal[] => [lengthSignal, lexicalSignal, numberSignal, nameSignal, markSignal, turnSignal];

/**
 * Calibrated on MAC-Dev as a whole (npm run eval, reliability table): at 1.75 links given 0.8 or
 * more are right 99.1 % of the time and 59 % of the predicted beads reach 0.8; at 1.6, 99.0 % and
 * 65 %, but an unrelated sentence pair in the place of a clear one gets as sure as the clear links
 * (generalisation.test.ts); at 2 the aligner before this round needed it for 97.3 %. At 1 (the
 * model's own scale) the evidence of the words of one sentence, not independent, is overconfident.
 */
export const DEFAULT_TEMPERATURE = 1.75;
/**
 * At most two re-estimations, the second only while the first moved the shape prior (a translation
 * that turns out abridged needs it to learn its omission rate); on MAC-Dev a second made no
 * difference (0.887 against 0.888) for a third more time.
 */
const EM_ROUNDS = 2;
/** A re-estimation that moves no shape rate by more than this share has converged. */
const SHAPE_TOLERANCE = 0.1;
const EXACT_CELLS = 10_000;
/**
 * The coarse levels halve until the grid has this many cells: blocks are then large enough that a
 * full search of the top level is cheap (it dominated a chapter's time at 10,000 cells), with the
 * same MAC-Dev result.
 */
const COARSE_EXACT_CELLS = 1_000;
/**
 * Half-width of the first pass's band around the coarse path. ±4 (from ±8) and the guided ±2
 * (from ±3) gave the same MAC-Dev beads and the same synthetic F1 at 20,000 and 100,000 sentences
 * (the band is widened wherever the path presses against its edge).
 */
const BAND_WIDTH = 4;
/** Paragraph beads are few; their band stays wide. */
const PARAGRAPH_BAND_WIDTH = 8;
/** Largest paragraph bead, both sides together (paragraph beads of up to four paragraphs). */
const PARAGRAPH_GROUPS = 4;
/** Leaving a paragraph without sentences unmatched costs next to nothing. */
const EMPTY_GROUP_SKIP = 0.2;
/** Largest bead of the first pass, both sides together. */
const FIRST_PASS_SENTENCES = 5;
const COARSE_BAND_WIDTH = 4;
/** Half-width of the band around the previous round's path: a re-estimated model moves it little. */
const GUIDED_BAND_WIDTH = 2;

/** A document pair made ready for alignment: its signals prepared once, its model re-estimable. */
export interface PreparedPair {
  srcLang: Lang;
  tgtLang: Lang;
  srcCount: number;
  tgtCount: number;
  /**
   * Aligns sentences [srcStart, srcEnd) with [tgtStart, tgtEnd); beads carry global indices. Their
   * confidences are posteriors only when `posteriors` is set (the last pass): the forward–backward
   * pass costs as much again as the search, and an EM round only needs the path.
   */
  alignRange(srcStart: number, srcEnd: number, tgtStart: number, tgtEnd: number, posteriors?: boolean): Bead[];
  /**
   * Aligns groups of sentences (paragraphs) instead of sentences: group k of a side holds its
   * sentences [starts[k], starts[k + 1]). The pair's prepared signals price a group pair as one
   * span pair, so an article's text is read once for both levels; group beads have a shape prior
   * of their own (up to `maxGroups` groups a bead), estimated in one EM round. Beads index groups.
   */
  alignGroups(srcStarts: Int32Array, tgtStarts: Int32Array, maxGroups?: number): Bead[];
  /**
   * The EM step: shape priors and every signal re-estimated from an alignment of the whole pair.
   * Returns the largest relative change of a shape rate (omissions, merges per side).
   */
  refit(beads: readonly Bead[]): number;
}

export function preparePair(src: readonly string[], tgt: readonly string[], options: AlignOptions = {}): PreparedPair {
  const srcSide = { lang: options.srcLang ?? detectLang(src), sentences: [...src] };
  const tgtSide = { lang: options.tgtLang ?? detectLang(tgt), sentences: [...tgt] };
  const evidence: PreparedEvidence[] = (options.signals ?? defaultSignals()).map((s) => s.prepare(srcSide, tgtSide));
  const shapes = beadShapes(options.maxSentences ?? 6);
  const steps: Step[] = shapes.map((s) => ({ du: s.src, dv: s.tgt }));
  // On a long document the first pass only has to place the path for the estimation and the next
  // band: beads of up to five sentences do (with all six the same MAC-Dev result, a third more
  // time; with four 0.001 less). A short one is searched exactly with every shape from the start.
  const firstShapes = shapes.flatMap((s, k) => (s.src + s.tgt <= FIRST_PASS_SENTENCES ? [k] : []));
  const firstSteps = firstShapes.map((k) => steps[k]);
  let shapeParams = STARTING_SHAPES;
  let beadCost = makeBeadCost(srcSide, tgtSide, shapes, shapeLogPriors(shapes, shapeParams), evidence);
  const temperature = options.temperature ?? DEFAULT_TEMPERATURE;
  // Beads this much costlier than the best have posterior weight below e^-12.
  const pruneMargin = 12 * temperature;
  // The last path found for each range guides the next round's search: a band around it.
  const guides = new Map<string, DpBead[]>();
  // The searches' price functions, made once for every pass (they read the current model), so
  // that the search sees the same few functions throughout (the optimising compiler inlines them).
  const firstPassCost = (a: number, b: number, c: number, d: number, step: number) => beadCost.cost(a, b, c, d, firstShapes[step]);
  const fullCost = (a: number, b: number, c: number, d: number, step: number) => beadCost.cost(a, b, c, d, step);
  const coarseCost = (a: number, b: number, c: number, d: number, step: number, budget: number) => beadCost.coarseCost(a, b, c, d, step, budget);

  return {
    srcLang: srcSide.lang,
    tgtLang: tgtSide.lang,
    srcCount: src.length,
    tgtCount: tgt.length,
    alignRange(i0, i1, j0, j1, posteriors = true) {
      if (i1 === i0 || j1 === j0) return unmatched(i0, i1, j0, j1);
      const key = `${i0}:${i1}:${j0}:${j1}`;
      const exactCells = options.exactCells ?? EXACT_CELLS;
      const reduced = !guides.has(key) && (i1 - i0 + 1) * (j1 - j0 + 1) > exactCells;
      const path = search(identityGrid(i0, i1, j0, j1), {
        steps: reduced ? firstSteps : steps,
        cost: reduced ? firstPassCost : fullCost,
        temperature: posteriors ? temperature : undefined,
        pruneMargin: posteriors ? pruneMargin : undefined,
        coarseSteps: steps.slice(0, 5),
        coarseCost,
        exactCells,
        coarseExactCells: COARSE_EXACT_CELLS,
        width: guides.has(key) ? GUIDED_BAND_WIDTH : (options.bandWidth ?? BAND_WIDTH),
        coarseWidth: COARSE_BAND_WIDTH,
        guide: guides.get(key),
      });
      guides.set(key, path);
      return beadsOf(path, i0, j0);
    },
    alignGroups(srcStarts, tgtStarts, maxGroups = PARAGRAPH_GROUPS) {
      const rows = srcStarts.length - 1;
      const cols = tgtStarts.length - 1;
      if (rows === 0 || cols === 0) return unmatched(0, rows, 0, cols);
      const groupShapes = beadShapes(maxGroups);
      const groupSteps = groupShapes.map((s) => ({ du: s.src, dv: s.tgt }));
      // The two passes differ only in the shape prior: a group pair's evidence, the costly part of
      // its price, is worked out once for both.
      const evidence = memoisedEvidence(beadCost, Math.max(srcStarts[rows], tgtStarts[cols]) + 1);
      const pass = (logPrior: Float64Array, posteriors: boolean) => {
        const cost = (a: number, b: number, c: number, d: number, step: number) => groupCost(evidence, groupShapes[step], logPrior[step], a, b, c, d);
        const path = search(
          { srcBounds: srcStarts, tgtBounds: tgtStarts },
          {
            steps: groupSteps,
            cost,
            temperature: posteriors ? temperature : undefined,
            pruneMargin: posteriors ? pruneMargin : undefined,
            coarseSteps: groupSteps.slice(0, 5),
            coarseCost: (a, b, c, d, step, budget) => beadCost.coarseCost(a, b, c, d, Math.min(step, 4), budget),
            exactCells: options.exactCells ?? EXACT_CELLS,
            coarseExactCells: COARSE_EXACT_CELLS,
            width: options.bandWidth ?? PARAGRAPH_BAND_WIDTH,
            coarseWidth: COARSE_BAND_WIDTH,
          },
        );
        return beadsOf(path, 0, 0);
      };
      const first = pass(shapeLogPriors(groupShapes, STARTING_SHAPES), false);
      return pass(shapeLogPriors(groupShapes, estimateShapeParams(first)), true);
    },
    refit(beads) {
      for (const e of evidence) e.refit?.(beads);
      const previous = shapeParams;
      shapeParams = estimateShapeParams(beads);
      beadCost = makeBeadCost(srcSide, tgtSide, shapes, shapeLogPriors(shapes, shapeParams), evidence);
      return shapeChange(previous, shapeParams);
    },
  };
}

/**
 * A group bead's cost: an unmatched group pays its shape's price once (nothing for a group without
 * sentences); a linked one pays its shape's price and the evidence of its sentences, and cannot
 * leave a side without sentences.
 */
function groupCost(evidence: BeadCost["evidence"], shape: BeadShape, logPrior: number, i0: number, i1: number, j0: number, j1: number): number {
  const srcSentences = i1 - i0;
  const tgtSentences = j1 - j0;
  if (shape.src === 0 || shape.tgt === 0) return srcSentences + tgtSentences === 0 ? EMPTY_GROUP_SKIP : -logPrior;
  if (srcSentences === 0 || tgtSentences === 0) return Infinity;
  return -logPrior - evidence(i0, i1, j0, j1);
}

/**
 * The model's evidence of span pairs, remembered while the model stays as it is. Spans are keyed
 * by their four bounds (each below `bound`) in one number, exact while bound⁴ is a safe integer
 * (documents of up to 9,740 sentences a side); a longer one is priced afresh each time.
 */
function memoisedEvidence(beadCost: BeadCost, bound: number): BeadCost["evidence"] {
  if (bound ** 4 > Number.MAX_SAFE_INTEGER) return beadCost.evidence;
  const known = new Map<number, number>();
  return (i0, i1, j0, j1) => {
    const key = ((i0 * bound + i1) * bound + j0) * bound + j1;
    let e = known.get(key);
    if (e === undefined) known.set(key, (e = beadCost.evidence(i0, i1, j0, j1)));
    return e;
  };
}

/**
 * Aligns with EM: a pass with the starting model, then `rounds` times re-estimate the model from
 * that alignment and align again. `pass` aligns the whole pair (one range, or one per paragraph
 * group) with the pair's current model; `last` says whether its beads are the answer (and need
 * their posteriors).
 */
export function alignWithEstimation(pair: PreparedPair, pass: (last: boolean) => Bead[], rounds = EM_ROUNDS): Bead[] {
  let beads = pass(rounds === 0);
  let estimatedFrom: readonly Bead[] | null = null;
  for (let k = 0; k < rounds; k++) {
    // The path the model was just estimated from gives the same shape rates again (a change of 0),
    // so the estimation has converged: stop without re-estimating (every seed article's second
    // pass finds the first pass's path).
    if (k > 0 && estimatedFrom && samePath(beads, estimatedFrom)) break;
    const change = pair.refit(beads);
    estimatedFrom = beads;
    if (k > 0 && change < SHAPE_TOLERANCE) break;
    beads = pass(true);
  }
  return beads;
}

/** Whether two alignments link the same sentences (confidences aside). */
function samePath(a: readonly Bead[], b: readonly Bead[]): boolean {
  if (a.length !== b.length) return false;
  const same = (x: readonly number[], y: readonly number[]) => x.length === y.length && x.every((v, k) => v === y[k]);
  return a.every((bead, k) => same(bead.src, b[k].src) && same(bead.tgt, b[k].tgt));
}

/**
 * Largest relative change of the omission and merge rates between two estimates. Rates under 5 %
 * count as 5 %: an omission rate going from 0.1 % to 0.2 % changes no alignment.
 */
function shapeChange(a: ShapeParams, b: ShapeParams): number {
  const rates: Array<keyof ShapeParams> = ["srcSkip", "tgtSkip", "srcMerge", "tgtMerge"];
  return Math.max(...rates.map((r) => Math.abs(b[r] - a[r]) / Math.max(a[r], b[r], 0.05)));
}

/**
 * Aligns two sentence lists. Beads are in the field's convention: consecutive indices, every
 * sentence of both sides exactly once, in order, unmatched sentences in beads with an empty side.
 */
export function alignSentences(src: readonly string[], tgt: readonly string[], options: AlignOptions = {}): Bead[] {
  if (src.length === 0 || tgt.length === 0) return unmatched(0, src.length, 0, tgt.length);
  const pair = preparePair(src, tgt, options);
  return alignWithEstimation(pair, (last) => pair.alignRange(0, src.length, 0, tgt.length, last), options.iterations);
}

/** All sentences unmatched, one bead each (certain: there is nothing to link them to). */
export function unmatched(i0: number, i1: number, j0: number, j1: number): Bead[] {
  const beads: Bead[] = [];
  for (let i = i0; i < i1; i++) beads.push({ src: [i], tgt: [], confidence: 1 });
  for (let j = j0; j < j1; j++) beads.push({ src: [], tgt: [j], confidence: 1 });
  return beads;
}

/** A search's path as beads, its sentence numbers offset by where the range starts. */
function beadsOf(path: readonly DpBead[], i0: number, j0: number): Bead[] {
  const beads: Bead[] = [];
  for (const b of path) beads.push({ src: rangeList(i0 + b.u0, i0 + b.u1), tgt: rangeList(j0 + b.v0, j0 + b.v1), confidence: b.posterior });
  return beads;
}

function rangeList(start: number, end: number): number[] {
  const out: number[] = [];
  for (let k = start; k < end; k++) out.push(k);
  return out;
}
