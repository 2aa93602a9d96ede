import { stemmer } from "stemmer";

/**
 * Marks where a query matches a sentence, for search results and the concordance. Pure, and
 * only text: the caller renders the pieces as text with <mark>, never as HTML.
 *   English: a word matches when its stem equals a query word's stem (cooperative ~ cooperatives),
 *            case-insensitively.
 *   Chinese: each query term (split at spaces) matches wherever it occurs as a substring.
 */
export interface Piece {
  text: string;
  mark: boolean;
}

const HAN = /\p{Script=Han}/u;

export const hasHan = (text: string) => HAN.test(text);

/** Query terms: split at whitespace, trimmed of punctuation, at most 10, each at most 50 characters. */
export function queryTerms(query: string): string[] {
  return (typeof query === "string" ? query : "")
    .slice(0, 200)
    .split(/\s+/)
    .map((term) => term.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, "").slice(0, 50))
    .filter(Boolean)
    .slice(0, 10);
}

function merge(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    if (!piece.text) continue;
    const last = out[out.length - 1];
    if (last && last.mark === piece.mark) last.text += piece.text;
    else out.push({ ...piece });
  }
  return out;
}

export function highlight(text: string, query: string): Piece[] {
  const terms = queryTerms(query);
  const han = terms.filter(hasHan);
  const latin = new Set(terms.filter((t) => !hasHan(t)).map((t) => stemmer(t.toLowerCase())));
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of han) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) marked.fill(true, at, at + term.length);
  }
  if (latin.size > 0) {
    for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
      const word = match[0];
      if (!hasHan(word) && latin.has(stemmer(word.toLowerCase().replace(/['’]s$/, "")))) marked.fill(true, match.index!, match.index! + word.length);
    }
  }
  const pieces: Piece[] = [];
  for (let i = 0; i < text.length; i++) pieces.push({ text: text[i], mark: marked[i] });
  return merge(pieces);
}

/** Whether the query's terms all occur in the text as highlight() marks them (the concordance keeps only such pairs). */
export function containsAll(text: string, query: string): boolean {
  const terms = queryTerms(query);
  return terms.length > 0 && terms.every((term) => highlight(text, term).some((piece) => piece.mark));
}
