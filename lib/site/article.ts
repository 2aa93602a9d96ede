import type { Article } from "@/lib/content/types";
import type { Bead } from "@/lib/align/types";

/**
 * The site's data: what `scripts/build-data.ts` writes to `.generated/` and the app reads.
 * Plain JSON-serialisable values only, so the app never needs the parser or the aligner.
 */

/** One paragraph of one language, with its 0-based position in that language's body. */
export interface SiteParagraph {
  index: number;
  text: string;
}

/**
 * One row of the reader: paragraphs of both sides that translate each other. Usually one each;
 * several when the aligner merged paragraphs, none on a side the other language lacks.
 */
export interface SiteRow {
  en: SiteParagraph[];
  zh: SiteParagraph[];
  confidence: number;
}

export interface SiteArticle {
  slug: string;
  /** Source file under content/, for error messages and debugging. */
  file: string;
  en: { title: string; author: string; date: string; page: string | null };
  zh: { title: string; date: string; page: string | null; column: string };
  rows: SiteRow[];
}

/** What the index page needs of an article. */
export interface SiteArticleSummary {
  slug: string;
  en: { title: string; date: string; page: string | null };
  zh: { title: string; page: string | null };
}

/**
 * Builds an article's rows from paragraph beads. Throws when the beads do not cover every
 * paragraph of both sides exactly once, in order: a broken alignment must fail the build rather
 * than silently drop or repeat text.
 */
export function toSiteArticle(article: Article, beads: Bead[]): SiteArticle {
  assertCovers(beads.map((b) => b.src), article.enParagraphs.length, `${article.file}: English`);
  assertCovers(beads.map((b) => b.tgt), article.zhParagraphs.length, `${article.file}: Chinese`);
  const rows = beads.map((bead) => ({
    en: bead.src.map((i) => ({ index: i, text: article.enParagraphs[i].text })),
    zh: bead.tgt.map((i) => ({ index: i, text: article.zhParagraphs[i].text })),
    confidence: bead.confidence,
  }));
  return {
    slug: article.slug,
    file: article.file,
    en: { ...article.en },
    zh: { ...article.zh },
    rows,
  };
}

function assertCovers(sides: number[][], count: number, what: string): void {
  const seen = sides.flat();
  const inOrder = seen.length === count && seen.every((index, k) => index === k);
  if (!inOrder) {
    throw new Error(`${what} paragraphs 0..${count - 1} are not covered once in order by the beads: [${seen.join(", ")}]`);
  }
}

/** The index: every article, newest first; same-day articles by slug so the order is stable. */
export function toSiteIndex(articles: SiteArticle[]): SiteArticleSummary[] {
  return [...articles]
    .sort((a, b) => (a.en.date === b.en.date ? compare(a.slug, b.slug) : compare(b.en.date, a.en.date)))
    .map((a) => ({
      slug: a.slug,
      en: { title: a.en.title, date: a.en.date, page: a.en.page },
      zh: { title: a.zh.title, page: a.zh.page },
    }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
