import { hanQueryPhrase } from "./han-grams";

/**
 * A search query as the reader types it, read defensively, and the full-text expression it asks
 * the database for. Pure.
 *
 * - A run of Chinese is one term, matched as a phrase (合作社 finds 合作社, never 合作…社).
 * - English words are terms of their own; words in quotes ("handicraft cooperatives") are one
 *   phrase. English is matched by stem (cooperative ~ cooperatives).
 * - Every term must occur: Chinese terms in a pair's Chinese side, English terms in its English
 *   side, so "合作社 cooperative" finds the pairs where one translates the other.
 * Nothing the reader types reaches the database as syntax: each term is a quoted string.
 */

export const MAX_QUERY_CHARS = 200;
export const MAX_TERMS = 10;

export interface Term {
  text: string;
  lang: "en" | "zh";
}

const HAN = /\p{Script=Han}/u;
const hasHan = (text: string) => HAN.test(text);

/** The first MAX_QUERY_CHARS characters: cut between code points, never inside one. */
export function clipQuery(input: unknown): string {
  return typeof input === "string" ? [...input].slice(0, MAX_QUERY_CHARS).join("") : "";
}

const QUOTED = /["“”„「」『』]([^"“”„「」『』]*)["“”„「」『』]?|(\S+)/gu;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/** The query's terms, at most MAX_TERMS, in the order typed. */
export function parseQuery(input: unknown): Term[] {
  const terms: Term[] = [];
  for (const [, quoted, bare] of clipQuery(input).matchAll(QUOTED)) {
    const text = (quoted ?? bare).replace(/\s+/g, " ").replace(EDGE_PUNCTUATION, "").trim();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    terms.push({ text, lang: hasHan(text) ? "zh" : "en" });
  }
  return terms.slice(0, MAX_TERMS);
}

/** A term as an FTS5 string: double quotes doubled inside. */
const ftsString = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The FTS5 MATCH expression for the terms (columns `en` and `zh`, Chinese as han-grams phrases); null when there is nothing to ask. */
export function matchExpression(terms: readonly Term[]): string | null {
  const parts = terms.map((term) => {
    const phrase = term.lang === "zh" ? hanQueryPhrase(term.text).join(" ") : term.text;
    return phrase ? `${term.lang} : ${ftsString(phrase)}` : null;
  });
  return parts.length > 0 && parts.every(Boolean) ? parts.join(" AND ") : null;
}
