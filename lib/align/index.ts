/**
 * The sentence aligner. Sentences: `alignSentences`; paragraphs: `alignParagraphs`; an article,
 * paragraphs first then sentences within them: `alignDocument`. Beads cover both sides in order,
 * each with a confidence in [0, 1] (its posterior probability, see search/dp.ts).
 *
 * Layout: `signals/` turn a pair of spans into evidence (log-likelihood ratios); `model/` prices a
 * bead from its shape prior and that evidence; `search/` finds the best path and the posteriors;
 * `sentences.ts` and `document.ts` run the estimation rounds over a document.
 */
export { alignSentences, alignWithEstimation, preparePair, unmatched, defaultSignals, DEFAULT_TEMPERATURE, type AlignOptions, type PreparedPair } from "./sentences";
export { alignDocument, groupByParagraph, paragraphsCorrespond, type DocumentAlignment } from "./document";
export { alignParagraphs } from "./paragraphs";
export { beadShapes, type BeadShape } from "./model/shapes";
export { lengthSignal } from "./signals/length";
export { lexicalSignal, createLexicalSignal } from "./signals/lexical";
export { numberSignal, nameSignal } from "./signals/anchors";
export { markSignal } from "./signals/marks";
export { turnSignal } from "./signals/turns";
export type { EvidenceSignal, PreparedEvidence, SpanEvidence } from "./signals/evidence";
export { detectLang, cjkRatio } from "./lang";
export { formatBead, parseBead, beadJson } from "./format";
export type { Bead, Lang, PreparedSide } from "./types";
