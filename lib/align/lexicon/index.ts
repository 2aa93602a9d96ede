import { loadLexicalResources } from "./load";
import { createLexicalScorer } from "./scorer";

export { chineseContentWords, CHINESE_FUNCTION_WORDS, maxMatch, type Segmenter, type ZhWord } from "./chinese";
export { contentStem, englishContentStems, englishWords, ENGLISH_STOP_WORDS } from "./english";
export { Lexicon } from "./lexicon";
export { loadLexicalResources, loadLexicon, loadLexiconFile, loadSegmenter } from "./load";
export {
  createLexicalScorer,
  englishStemIds,
  indexSides,
  LexicalIndex,
  lexicalOverlap,
  overlapScore,
  type LexicalResources,
  type Overlap,
} from "./scorer";

/** The dictionary signal, loading CC-CEDICT and jieba on first use. */
export const lexicalScorer = createLexicalScorer(loadLexicalResources);
