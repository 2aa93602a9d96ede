import type { WeightedScorer } from "./cost";
import { lexicalScorer } from "./lexicon";

/**
 * The content signals the aligner uses by default, with their weights in the blended similarity.
 * Edge module: the lexical signal loads its dictionary from disk on first use.
 */
export function defaultScorers(): WeightedScorer[] {
  return [{ scorer: lexicalScorer, weight: 1 }];
}
