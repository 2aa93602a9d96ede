import { identityGrid, search } from "./band";
import type { DpBead, Step } from "./dp";
import { detectLang } from "./lang";
import { sentenceLength } from "./length";
import { beadShapes, estimateShapePriors, logPriors, startingShapeWeight, type BeadShape } from "./model/shapes";
import { nameSignal, numberSignal } from "./signals/anchors";
import type { EvidenceSignal, PreparedEvidence } from "./signals/evidence";
import { lexicalSignal } from "./signals/lexical";
import { lengthSignal } from "./signals/length";
import { markSignal } from "./signals/marks";
import type { Bead, Lang } from "./types";

export interface AlignOptions {
  srcLang?: Lang;
  tgtLang?: Lang;
  signals?: readonly EvidenceSignal[];
  maxSentences?: number;
  iterations?: number;
  temperature?: number;
  exactCells?: number;
  bandWidth?: number;
}

export const defaultSignals = (): EvidenceSignal[] => [lengthSignal, lexicalSignal, numberSignal, nameSignal, markSignal];

const BLANK_SKIP = 0.2;

export function alignSentences2(src: readonly string[], tgt: readonly string[], options: AlignOptions = {}): Bead[] {
  const srcLang = options.srcLang ?? detectLang(src);
  const tgtLang = options.tgtLang ?? detectLang(tgt);
  const n = src.length;
  const m = tgt.length;
  if (n === 0 || m === 0) return unmatched(0, n, 0, m);
  const srcSide = { lang: srcLang, sentences: [...src] };
  const tgtSide = { lang: tgtLang, sentences: [...tgt] };
  const prepared: PreparedEvidence[] = (options.signals ?? defaultSignals()).map((s) => s.prepare(srcSide, tgtSide));
  const shapes = beadShapes(options.maxSentences ?? 6);
  const steps: Step[] = shapes.map((s) => ({ du: s.src, dv: s.tgt }));
  const srcBlank = src.map((s) => sentenceLength(s) === 0);
  const tgtBlank = tgt.map((s) => sentenceLength(s) === 0);
  let logPrior = logPriors(shapes, startingShapeWeight);
  const skipSrc = shapes.findIndex((s) => s.src === 1 && s.tgt === 0);
  const skipTgt = shapes.findIndex((s) => s.src === 0 && s.tgt === 1);

  const cost = (i0: number, i1: number, j0: number, j1: number, step: number) => {
    if (i1 === i0) return tgtBlank[j0] ? BLANK_SKIP : -logPrior[skipTgt];
    if (j1 === j0) return srcBlank[i0] ? BLANK_SKIP : -logPrior[skipSrc];
    let c = -logPrior[step];
    for (const p of prepared) c -= p.evidence(i0, i1, j0, j1);
    return c;
  };
  // Blocks of sentences on the coarse levels: an unmatched block pays for each of its sentences.
  const coarseCost = (i0: number, i1: number, j0: number, j1: number, step: number) => {
    if (i1 === i0) return (j1 - j0) * -logPrior[skipTgt];
    if (j1 === j0) return (i1 - i0) * -logPrior[skipSrc];
    return cost(i0, i1, j0, j1, step);
  };
  const temperature = options.temperature ?? Number(process.env.T_TEMP ?? 1.5);
  const run = (guide?: DpBead[]) =>
    search(identityGrid(0, n, 0, m), {
      steps,
      cost,
      temperature,
      pruneMargin: 12 * temperature,
      coarseSteps: steps.slice(0, 5),
      coarseCost,
      exactCells: options.exactCells ?? 10_000,
      width: options.bandWidth ?? 8,
      coarseWidth: 4,
      guide,
    });
  const toBeads = (path: DpBead[]): Bead[] =>
    path.map((b) => ({ src: range(b.u0, b.u1), tgt: range(b.v0, b.v1), confidence: b.posterior }));

  let path = run();
  const iterations = options.iterations ?? Number(process.env.T_ITER ?? 2);
  for (let k = 0; k < iterations; k++) {
    const beads = toBeads(path);
    logPrior = estimateShapePriors(shapes, beads);
    for (const p of prepared) p.refit?.(beads);
    path = run(path);
  }
  return toBeads(path);
}

function unmatched(i0: number, i1: number, j0: number, j1: number): Bead[] {
  const beads: Bead[] = [];
  for (let i = i0; i < i1; i++) beads.push({ src: [i], tgt: [], confidence: 1 });
  for (let j = j0; j < j1; j++) beads.push({ src: [], tgt: [j], confidence: 1 });
  return beads;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let k = a; k < b; k++) out.push(k);
  return out;
}

export type { BeadShape };
