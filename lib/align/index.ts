/**
 * The sentence aligner. Sentences: `alignSentences`; paragraphs: `alignParagraphs`; an article,
 * paragraphs first then sentences within them: `alignDocument`. Beads cover both sides in order,
 * each with a confidence in [0, 1] (its posterior probability, see dp.ts).
 */
export { alignSentences, preparePair, DEFAULT_TEMPERATURE, type AlignOptions, type PreparedPair } from "./sentences";
export { alignDocument, groupByParagraph, paragraphsCorrespond, type DocumentAlignment } from "./document";
export { alignParagraphs } from "./paragraphs";
export { alignGaleChurch } from "./baseline";
export { beadShapes, DEFAULT_COST_PARAMS, type BeadShape, type CostParams, type WeightedScorer } from "./cost";
export { defaultScorers, DEFAULT_SIGNAL_WEIGHTS } from "./scorers";
export { bagScorer, createBagScorer } from "./bags";
export { detectLang, cjkRatio } from "./lang";
export { formatBead, parseBead, beadJson } from "./format";
export { strictScores, isCompleteMonotone, type GoldBead, type StrictScores } from "./evaluate";
export type { Bead, Lang, SpanScorer, SpanScore, PreparedSide } from "./types";
