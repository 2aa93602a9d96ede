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

/** One article file, parsed: metadata of both sides and body paragraphs, headlines removed. */
export interface ParsedArticle {
  /** File name relative to content/, e.g. "000_ac9c60c6ebd492a6.txt". Carries no meaning. */
  file: string;
  en: EnglishMeta;
  zh: ChineseMeta;
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
  message: string;
}

export type ParseResult =
  | { ok: true; article: ParsedArticle }
  | { ok: false; problems: ContentProblem[] };
