/**
 * Chinese in the search index as single characters and overlapping character pairs (bigrams), the
 * way Lucene's CJK analyzer indexes it. Pure. The same functions make the index's tokens and the
 * query's terms, so the two always agree. Pagefind's own Chinese support segments the index with
 * jieba and the query in the browser by other rules; on compounds they disagree: at 5,000
 * articles 手工业合作社 found nothing although it is in hundreds of sentences. With pairs, a query
 * of two or more characters is found wherever its pairs all occur, and the concordance's
 * exact-substring check (highlight.ts) keeps the sentences where they occur together.
 */

const HAN_RUN = /\p{Script=Han}+/gu;
/** Words of any other script (numbers such as 1958, Latin names), kept whole. */
const OTHER_WORD = /[\p{L}\p{N}]+/gu;

/** Each character with the next: 手工业 → 手工, 工业. */
const neighbourPairs = (chars: string[]) => chars.slice(1).map((char, i) => chars[i] + char);

function otherWords(text: string): string[] {
  return [...text.replace(HAN_RUN, " ").matchAll(OTHER_WORD)].map((match) => match[0]);
}

/** What a Chinese sentence is indexed as: every character, every pair of neighbours, and its other words. */
export function hanIndexTokens(text: string): string {
  const tokens = [...text.matchAll(HAN_RUN)].flatMap(([run]) => {
    const chars = [...run];
    return [...chars, ...neighbourPairs(chars)];
  });
  return [...tokens, ...otherWords(text)].join(" ");
}

/** The index terms that a Chinese query term must all match: its pairs (a lone character as itself), its other words. */
export function hanQueryTerms(term: string): string[] {
  const han = [...term.matchAll(HAN_RUN)].flatMap(([run]) => {
    const chars = [...run];
    return chars.length === 1 ? chars : neighbourPairs(chars);
  });
  return [...han, ...otherWords(term)];
}
