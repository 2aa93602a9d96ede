/**
 * Calibrates the bead-cost parameters and the confidence temperature on SYNTHETIC documents made
 * from the calibration half of lib/align/synthetic-corpus.ts (never on the gold): coordinate
 * descent on strict bead F1, then the temperature that minimises the log loss of "bead is right".
 * Usage: npx tsx scripts/calibrate-align.ts [--docs N]
 */
import { DEFAULT_COST_PARAMS, type CostParams, type WeightedScorer } from "../lib/align/cost";
import { strictScores, type GoldBead } from "../lib/align/evaluate";
import { DEFAULT_VARIANCE } from "../lib/align/length";
import { DEFAULT_SIGNAL_WEIGHTS, defaultScorers } from "../lib/align/scorers";
import { alignSentences } from "../lib/align/sentences";
import { seededRandom, synthesize, type Perturbation } from "../lib/align/synthetic";
import { CALIBRATION_PASSAGES } from "../lib/align/synthetic-corpus";
import type { Bead, PreparedSide, SpanScore } from "../lib/align/types";

const docsPerSetting = Number(process.argv[process.argv.indexOf("--docs") + 1]) || 12;

const SETTINGS: Perturbation[] = [
  { mergeZh: 0.1, mergeEn: 0.05, dropZh: 0.03, dropEn: 0.03, maxMerge: 3 },
  { mergeZh: 0.3, mergeEn: 0.15, dropZh: 0.05, dropEn: 0.05, maxMerge: 4 },
  { mergeZh: 0.2, mergeEn: 0.2, dropZh: 0.15, dropEn: 0.15, maxMerge: 4 },
];

interface Case {
  src: string[];
  tgt: string[];
  gold: GoldBead[];
}

function makeCases(): Case[] {
  const cases: Case[] = [];
  SETTINGS.forEach((setting, s) => {
    for (let k = 0; k < docsPerSetting; k++) {
      const random = seededRandom(1000 * s + k + 1);
      // Each document takes six passages in a shuffled order, so neighbours differ between docs.
      const passages = [...CALIBRATION_PASSAGES].sort(() => random() - 0.5).slice(0, 6);
      const doc = synthesize(passages, random, setting);
      if (k % 2 === 0) cases.push({ src: doc.zh, tgt: doc.en, gold: doc.beads.map((b) => ({ src: b.zh, tgt: b.en })) });
      else cases.push({ src: doc.en, tgt: doc.zh, gold: doc.beads.map((b) => ({ src: b.en, tgt: b.zh })) });
    }
  });
  return cases;
}

/** Scorers whose `prepare` is remembered per document, so a parameter sweep indexes each once. */
function memoised(scorers: WeightedScorer[]): WeightedScorer[] {
  return scorers.map(({ scorer, weight }) => {
    const cache = new Map<string, SpanScore>();
    return {
      weight,
      scorer: {
        name: scorer.name,
        prepare(src: PreparedSide, tgt: PreparedSide) {
          const key = src.sentences.join("\n") + "\u0000" + tgt.sentences.join("\n");
          let score = cache.get(key);
          if (!score) cache.set(key, (score = scorer.prepare(src, tgt)));
          return score;
        },
      },
    };
  });
}

const cases = makeCases();
const memoScorers = memoised(defaultScorers());
type Weights = typeof DEFAULT_SIGNAL_WEIGHTS;
const weighted = (w: Weights) => memoScorers.map((s) => ({ ...s, weight: w[s.scorer.name as keyof Weights] }));

function run(params: CostParams, variance: number, weights: Weights, temperature = 1): Array<{ pred: Bead[]; gold: GoldBead[] }> {
  const scorers = weighted(weights);
  return cases.map((c) => ({
    pred: alignSentences(c.src, c.tgt, { scorers, params, temperature, lengthVariance: variance }),
    gold: c.gold,
  }));
}

function f1Of(results: Array<{ pred: Bead[]; gold: GoldBead[] }>): number {
  let correct = 0;
  let predicted = 0;
  let gold = 0;
  for (const r of results) {
    const s = strictScores(r.pred, r.gold);
    correct += s.correct;
    predicted += s.predicted;
    gold += s.gold;
  }
  return (2 * correct) / (predicted + gold);
}

const GRID: Record<keyof CostParams | "variance" | "numbers" | "names" | "punctuation", number[]> = {
  lengthWeight: [0.25, 0.5, 0.75, 1, 1.5, 2],
  contentWeight: [2, 3, 4, 6, 8, 10, 14],
  skip: [1, 2, 3, 4, 5, 6, 8],
  emptySkip: [DEFAULT_COST_PARAMS.emptySkip],
  merge: [0, 0.5, 1, 1.5, 2, 3, 4],
  manyToMany: [0, 1, 2, 3, 5],
  mergeEvidence: [0, 2, 4, 8],
  variance: [1, 1.5, 2, 3, 4, 6, 8],
  numbers: [0, 0.1, 0.2, 0.3, 0.5, 0.8],
  names: [0, 0.1, 0.2, 0.3, 0.5, 0.8],
  punctuation: [0, 0.05, 0.1, 0.2, 0.4],
};

let params: CostParams = { ...DEFAULT_COST_PARAMS };
let variance = DEFAULT_VARIANCE;
let weights: Weights = { ...DEFAULT_SIGNAL_WEIGHTS };
let best = f1Of(run(params, variance, weights));
console.log(`${cases.length} synthetic documents; start F1 ${best.toFixed(4)}`, params, { variance }, weights);
for (let round = 0; round < 3; round++) {
  let improved = false;
  for (const name of Object.keys(GRID) as Array<keyof typeof GRID>) {
    for (const value of GRID[name]) {
      const trialParams = name in params ? { ...params, [name]: value } : params;
      const trialVariance = name === "variance" ? value : variance;
      const trialWeights = name in weights ? { ...weights, [name]: value } : weights;
      const f1 = f1Of(run(trialParams, trialVariance, trialWeights));
      // Only a strict improvement moves a parameter: ties keep the current value.
      if (f1 > best + 1e-9) {
        best = f1;
        params = trialParams;
        variance = trialVariance;
        weights = trialWeights;
        improved = true;
        console.log(`  ${name} = ${value}: F1 ${f1.toFixed(4)}`);
      }
    }
  }
  if (!improved) break;
}
console.log("best", best.toFixed(4), params, { variance }, weights);

// Confidence temperature: minimise the log loss of "this predicted bead is a gold bead".
let bestT = 1;
let bestLoss = Infinity;
for (const T of [0.1, 0.15, 0.2, 0.25, 0.35, 0.5, 0.75, 1]) {
  let loss = 0;
  let n = 0;
  const bins = Array.from({ length: 5 }, () => ({ n: 0, right: 0 }));
  for (const r of run(params, variance, weights, T)) {
    const gold = new Set(r.gold.map((b) => `${b.src}:${b.tgt}`));
    for (const b of r.pred) {
      const right = gold.has(`${b.src}:${b.tgt}`);
      const p = Math.min(Math.max(b.confidence, 1e-4), 1 - 1e-4);
      loss -= right ? Math.log(p) : Math.log(1 - p);
      n++;
      const bin = bins[Math.min(4, Math.floor(b.confidence * 5))];
      bin.n++;
      if (right) bin.right++;
    }
  }
  const table = bins.map((b, k) => `${(k / 5).toFixed(1)}+:${b.n ? (b.right / b.n).toFixed(2) : "-"}(${b.n})`).join(" ");
  console.log(`T=${T}: log loss ${(loss / n).toFixed(4)}  accuracy by confidence ${table}`);
  if (loss / n < bestLoss) {
    bestLoss = loss / n;
    bestT = T;
  }
}
console.log("best temperature", bestT);
