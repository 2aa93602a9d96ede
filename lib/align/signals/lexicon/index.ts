/** The dictionary side of the lexical signal: CC-CEDICT compacted, jieba, English stems, pair index. */
export { chineseContentWords, chineseTokens, CHINESE_FUNCTION_WORDS, isContentToken, maxMatch, type Segmenter, type ZhToken, type ZhWord } from "./chinese";
export { contentStem, englishContentStems, englishWords, ENGLISH_STOP_WORDS } from "./english";
export { Lexicon } from "./lexicon";
export { loadLexicalResources, loadLexicon, loadLexiconFile, loadSegmenter } from "./load";
export { LexicalIndex, lexicalOverlap, type LexicalResources, type Overlap } from "./pair-index";
