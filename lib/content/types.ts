/** A paragraph of body text and the 1-based line of the source file it starts on. */
export interface Paragraph {
  text: string;
  line: number;
}

export interface EnglishMeta {
  title: string;
  author: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** Page number as printed, e.g. "6"; null when the header leaves it empty. */
  page: string | null;
}

export interface ChineseMeta {
  title: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** Page as printed in the source, e.g. "第6版"; null when absent. */
  page: string | null;
  /** The 专栏 (column) value; empty string when the source leaves it empty. */
  column: string;
}

/**
 * Where the article comes from, from the optional header fields `Source:`, `Translator:` and
 * `Note:`; null when a field is absent or empty (the site then uses its default source, see
 * site.config.ts).
 */
export interface Provenance {
  /** The newspaper, e.g. "People's Daily / 人民日报" (English / Chinese name, either optional). */
  source: string | null;
  /** Who translated the English, e.g. "Jane Doe" or "Parallel Reader editors". */
  translator: string | null;
  /** A remark about the text, e.g. "machine translation". */
  note: string | null;
}

/** One article file, parsed: metadata of both sides and body paragraphs, headlines removed. */
export interface ParsedArticle {
  /** File name relative to content/, e.g. "000_ac9c60c6ebd492a6.txt". Carries no meaning. */
  file: string;
  en: EnglishMeta;
  zh: ChineseMeta;
  provenance: Provenance;
  enParagraphs: Paragraph[];
  zhParagraphs: Paragraph[];
}

export interface Article extends ParsedArticle {
  /** Stable, readable URL slug: date plus English title. */
  slug: string;
}

/** A problem found in a content file, printed as `file:line: message`. */
export interface ContentProblem {
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  /** 1-based column, when the problem is one character (a bidi control): `file:line:column`. */
  column?: number;
  message: string;
  /** Absent for an error (the file is not published); "warning" for a problem that does not stop it. */
  severity?: "warning";
}

export type ParseResult =
  | { ok: true; article: ParsedArticle; warnings: ContentProblem[] }
  | { ok: false; problems: ContentProblem[] };
