/**
 * Chinese in the full-text index, as single characters and overlapping character pairs in text
 * order (手工业 → 手 手工 工 工业 业), the way Lucene's CJK bigram filter with unigrams indexes it.
 * Pure. The same function makes the index's text and a query's phrase, so the two always agree.
 *
 * A Chinese query term is asked for as the phrase of its own tokens: 合作社 → "合 合作 作 作社 社",
 * which the index holds at consecutive positions exactly where 合作社 occurs in a sentence. So a
 * term of any length is found wherever it occurs, whatever a word segmenter would make of it
 * (手工业合作社 is one compound, 合作 sits inside 合作社), and nowhere else. A mark that no query
 * asks for (RUN_END) closes each run of characters, so a phrase never reaches across punctuation:
 * 合作，社 does not match 合作社.
 */

const TOKENS = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;
/** A private-use character: a token (SQLite's unicode61 tokenizer keeps private use) that no text or query contains. */
export const RUN_END = "\uE000";

function tokens(text: string): string[] {
  const out: string[] = [];
  for (const [, han, other] of text.replace(/\uE000/g, " ").matchAll(TOKENS)) {
    if (other) {
      out.push(other);
      continue;
    }
    const chars = [...han];
    chars.forEach((char, i) => {
      out.push(char);
      if (i + 1 < chars.length) out.push(char + chars[i + 1]);
    });
    out.push(RUN_END);
  }
  return out;
}

/** What a Chinese sentence is indexed as: its characters and pairs in order, each run closed, other words whole. */
export function hanIndexText(text: string): string {
  return tokens(text).join(" ");
}

const HAN_CHAR = /^\p{Script=Han}$/u;
const isPairOf = (pair: string | undefined, char: string | undefined, at: "start" | "end") => {
  if (pair === undefined || char === undefined || !HAN_CHAR.test(char)) return false;
  const chars = [...pair];
  return chars.length === 2 && chars.every((c) => HAN_CHAR.test(c)) && chars[at === "start" ? 0 : 1] === char;
};

/**
 * The phrase of index tokens that a Chinese query term must match, in order; empty when it has no
 * letters or digits. The index holds every pair between its two characters (手 手工 工), so a
 * phrase's first character is implied by the pair after it and its last by the pair before it:
 * both are left out. The phrase then finds exactly the same pairs from fewer and rarer tokens
 * (整顿 is the one token 整顿; 手工业合作社 drops the common 手 and 社), and the full-text index
 * reads fewer and shorter position lists.
 */
export function hanQueryPhrase(term: string): string[] {
  const phrase = tokens(term);
  while (phrase[phrase.length - 1] === RUN_END) phrase.pop();
  if (phrase.length >= 3 && isPairOf(phrase[1], phrase[0], "start")) phrase.shift();
  if (phrase.length >= 2 && isPairOf(phrase[phrase.length - 2], phrase[phrase.length - 1], "end")) phrase.pop();
  return phrase;
}
