/**
 * Corrections that survive rebuilds: pinned links in `content/<name>.links` (format in docs/translators.md, "Corrections"),
 * checked against the article and used as fixed constraints of the alignment.
 */
export { parseLinks, type Pin, type ParsedLinks } from "./parse";
export { resolvePins, sideHash, formatPinIds, type ResolvedPin, type ResolvedLinks } from "./resolve";
export { alignWithPins, type PinnedAlignment } from "./align";
export { articleCorrections, segmentArticle, type ArticleCorrections } from "./article";
export { formatPinLine } from "./format";
export {
  addPins,
  removePins,
  checkLinks,
  planEdit,
  editLinks,
  sentenceIndex,
  EDIT_ACTIONS,
  type PinEdit,
  type EditResult,
  type EditAction,
  type EditPlan,
  type SentenceSelection,
  type LinksEditResult,
} from "./edit";
