import type { WeightedScorer } from "./cost";
import { lexicalScorer } from "./lexicon";
import { nameScorer } from "./signals/names";
import { numberScorer } from "./signals/numbers";
import { punctuationScorer } from "./signals/punctuation";

/**
 * Weights of the content signals in the blended similarity, calibrated on synthetic documents
 * (scripts/calibrate-align.ts). Numbers, names and punctuation score 0.5 when a span has none, so they only move
 * the blend where they have evidence.
 */
export const DEFAULT_SIGNAL_WEIGHTS = { lexical: 1, numbers: 0.2, names: 0.2, punctuation: 0.4 };

/**
 * The content signals the aligner uses by default. Edge module: the lexical signal loads its
 * dictionary from disk on first use.
 */
export function defaultScorers(weights = DEFAULT_SIGNAL_WEIGHTS): WeightedScorer[] {
  return [
    { scorer: lexicalScorer, weight: weights.lexical },
    { scorer: numberScorer, weight: weights.numbers },
    { scorer: nameScorer, weight: weights.names },
    { scorer: punctuationScorer, weight: weights.punctuation },
  ];
}
