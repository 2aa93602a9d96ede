/**
 * Sentence-boundary precision, recall and F1 of a segmentation against gold.
 *
 * Convention: both inputs are lists of paragraphs, each a list of sentences, and paragraph k of
 * `predicted` must hold the same text as paragraph k of `gold` once all whitespace is removed
 * (segmenters may trim or keep spaces differently; that is not a segmentation error). Within a
 * paragraph, a boundary is the number of non-whitespace characters before the start of each
 * sentence but the first — the offset in the whitespace-free paragraph where one sentence ends
 * and the next begins. Paragraph edges are not boundaries: they are given, not predicted. Counts
 * are pooled over all paragraphs (micro average). With no predicted boundaries precision is 1,
 * with no gold boundaries recall is 1, so a paragraph of one sentence kept whole scores perfectly.
 */

export interface SegmentationScores {
  precision: number;
  recall: number;
  f1: number;
  goldBoundaries: number;
  predictedBoundaries: number;
  matchedBoundaries: number;
}

export function segmentationScores(gold: string[][], predicted: string[][]): SegmentationScores {
  if (gold.length !== predicted.length) {
    throw new Error(`segmentationScores: ${gold.length} gold paragraphs but ${predicted.length} predicted`);
  }
  let goldCount = 0;
  let predictedCount = 0;
  let matched = 0;
  gold.forEach((goldSentences, k) => {
    const goldText = goldSentences.map(stripSpace).join("");
    const predictedText = predicted[k].map(stripSpace).join("");
    if (goldText !== predictedText) {
      throw new Error(`segmentationScores: paragraph ${k} differs between gold and predicted text`);
    }
    const goldSet = new Set(boundaries(goldSentences));
    const predictedSet = boundaries(predicted[k]);
    goldCount += goldSet.size;
    predictedCount += predictedSet.length;
    matched += predictedSet.filter((b) => goldSet.has(b)).length;
  });
  const precision = predictedCount === 0 ? 1 : matched / predictedCount;
  const recall = goldCount === 0 ? 1 : matched / goldCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, goldBoundaries: goldCount, predictedBoundaries: predictedCount, matchedBoundaries: matched };
}

function stripSpace(s: string): string {
  return s.replace(/\s+/g, "");
}

/** Distinct inner boundaries; empty sentences add none. */
function boundaries(sentences: string[]): number[] {
  const result: number[] = [];
  let offset = 0;
  for (const sentence of sentences) {
    if (offset > 0 && sentence.trim() !== "" && result[result.length - 1] !== offset) result.push(offset);
    offset += stripSpace(sentence).length;
  }
  return result;
}
