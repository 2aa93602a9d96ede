import { stemmer } from "stemmer";
import type { Term } from "./query";
import { inflectionCandidates, renderingSpans } from "./renderings";

/**
 * Marks where a query's terms occur in a sentence, for search results and the concordance. Pure,
 * and only text: the caller renders the pieces as text with <mark>, never as HTML.
 *   English: a term's words match consecutive words with the same stems, case-insensitively
 *            (cooperative ~ Cooperatives; "handicraft cooperatives" as a phrase).
 *   Chinese: a term matches wherever it occurs as a substring.
 */
export interface Piece {
  text: string;
  mark: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const stemOf = (word: string) => stemmer(word.toLowerCase().replace(/['’]s$/, ""));

/** A word's inflection candidates, each worked out once: a concordance checks thousands of sentences against the same words. */
const candidates = new Map<string, string[]>();
function candidatesOf(word: string): string[] {
  let found = candidates.get(word);
  if (!found) {
    // Bounded: the words of a language are, a server's stream of sentences need not be.
    if (candidates.size >= 100_000) candidates.clear();
    candidates.set(word, (found = inflectionCandidates(word)));
  }
  return found;
}

/** Whether two words are forms of one word: the same stem, or in exact mode the same inflection base (cooperatives ~ cooperative, not cooperation). */
function sameWord(a: string, b: string, exact: boolean): boolean {
  if (!exact) return stemOf(a) === stemOf(b);
  const forms = candidatesOf(a);
  return candidatesOf(b).some((form) => forms.includes(form));
}

function markEnglish(text: string, term: string, marked: boolean[], exact: boolean): void {
  const wanted = [...term.matchAll(WORD)].map((m) => m[0]);
  if (wanted.length === 0) return;
  const words = [...text.matchAll(WORD)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, word: m[0] }));
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((word, k) => sameWord(words[i + k].word, word, exact))) marked.fill(true, words[i].at, words[i + wanted.length - 1].end);
  }
}

function markChinese(text: string, term: string, marked: boolean[]): void {
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) marked.fill(true, at, at + term.length);
}

/**
 * The text in pieces, the parts that the terms of this language match marked. `exact` (the
 * concordance): English words match their inflections only (cooperative ~ cooperatives), not every
 * word of the stem (cooperation).
 */
export function highlight(text: string, terms: readonly Term[], lang: Term["lang"], exact = false): Piece[] {
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    if (term.lang !== lang) continue;
    if (lang === "zh") markChinese(text, term.text, marked);
    else markEnglish(text, term.text, marked, exact);
  }
  const pieces: Piece[] = [];
  for (let i = 0; i < text.length; ) {
    let end = i + 1;
    while (end < text.length && marked[end] === marked[i]) end++;
    pieces.push({ text: text.slice(i, end), mark: marked[i] });
    i = end;
  }
  return pieces;
}

/** Whether an English term's words stand in the text as consecutive words, each an inflection of the term's (what markEnglish marks in exact mode). */
function containsEnglish(text: string, term: string): boolean {
  const wanted = [...term.matchAll(WORD)].map((m) => m[0]);
  if (wanted.length === 0) return false;
  const words = [...text.matchAll(WORD)].map((m) => m[0]);
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((word, k) => sameWord(words[i + k], word, true))) return true;
  }
  return false;
}

/**
 * Whether every term occurs in its side of the pair as highlight() marks it in exact mode (the
 * concordance keeps only such pairs). The same test without building the marks: it runs on every
 * match a concordance summary reads.
 */
export function containsAll(pair: { en: string; zh: string }, terms: readonly Term[]): boolean {
  return terms.length > 0 && terms.every((term) => (term.lang === "zh" ? term.text.length > 0 && pair.zh.includes(term.text) : containsEnglish(pair.en, term.text)));
}

export interface MarkedPiece {
  text: string;
  /** "term": the query's term; "rendering": the first term's rendering in the counterpart sentence. */
  mark: "term" | "rendering" | null;
}

/** A side of a concordance pair in pieces: the terms of its language marked, and in the first term's counterpart its rendering. */
export function highlightPair(text: string, terms: readonly Term[], lang: Term["lang"], rendering: string | null, exact = false): MarkedPiece[] {
  const kind = new Array<MarkedPiece["mark"]>(text.length).fill(null);
  let at = 0;
  for (const piece of highlight(text, terms, lang, exact)) {
    if (piece.mark) kind.fill("term", at, at + piece.text.length);
    at += piece.text.length;
  }
  if (rendering && terms[0] && terms[0].lang !== lang) {
    for (const [start, end] of renderingSpans(text, rendering, lang)) if (kind[start] === null) kind.fill("rendering", start, end);
  }
  const pieces: MarkedPiece[] = [];
  for (let i = 0; i < text.length; ) {
    let end = i + 1;
    while (end < text.length && kind[end] === kind[i]) end++;
    pieces.push({ text: text.slice(i, end), mark: kind[i] });
    i = end;
  }
  return pieces;
}
