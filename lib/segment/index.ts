export { segmentParagraph, segmentSentences } from "./segment";
export { segmentationScores } from "./score";
export type { SegmentationScores } from "./score";
export type { SegmentOptions, SentenceSpan } from "./types";
