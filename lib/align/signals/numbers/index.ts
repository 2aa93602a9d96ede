/** Numbers as alignment anchors: reading them (chinese.ts, english.ts) and matching them (match.ts). */
export { extractNumbers } from "./extract";
export type { NumberKind, NumberMention } from "./mention";
export { mentionWeight, numberSimilarity, prepareNumberEvidence, type NumberEvidence, type NumberEvidenceFn, type NumberOverlap } from "./match";
