import type { Article } from "@/lib/content/types";
import { shortHash } from "@/lib/content/slug";
import type { Bead, Lang } from "@/lib/align/types";
import type { SentenceSpan } from "@/lib/segment/types";
import { siteConfig } from "@/site.config";
import { parseSource, type SiteSource } from "./source";

/** A sentence bead as the build keeps it: `checked` when a person pinned it in a corrections file. */
export type AlignedBead = Bead & { checked?: true };

/**
 * The site's data: what `scripts/build-data.ts` writes to `.generated/` and the app reads.
 * Plain JSON-serialisable values only, so the app never needs the parser or the aligner.
 *
 * Ids (the link format, see the README): English sentence k (1-based, document order) is `e{k}`,
 * Chinese sentence k is `z{k}`, bead n is `s{n}`, paragraph row r is `p{r}`. They are positions,
 * so they are the same on every build of unchanged text.
 */

/** What the build computes, and caches, for an article: sentence spans per paragraph and the alignment. */
export interface AlignedText {
  /** Sentence spans of each English paragraph (offsets into that paragraph's text). */
  en: SentenceSpan[][];
  zh: SentenceSpan[][];
  /**
   * Sentence beads: src = English, tgt = Chinese, indices into the flattened sentence lists.
   * Beads pinned in the article's corrections file (`content/<name>.links`) carry `checked`.
   */
  sentences: AlignedBead[];
  /** Paragraph beads: the rows. */
  paragraphs: Bead[];
  mode: "paragraphs" | "document";
}

/** A sentence as rendered inside its paragraph. */
export interface SiteSentence {
  /** `e5` / `z4`: the element id. */
  id: string;
  /** Offsets into the paragraph text: the sentence is `text.slice(start, end)`. */
  start: number;
  end: number;
  /** 0-based index into `SiteArticle.beads`. */
  bead: number;
}

/** One paragraph of one language, with its 0-based position in that language's body. */
export interface SiteParagraph {
  index: number;
  text: string;
  sentences: SiteSentence[];
}

/**
 * One row of the reader: paragraphs of both sides that translate each other. Usually one each;
 * several when the aligner merged paragraphs, none on a side the other language lacks.
 */
export interface SiteRow {
  /** `p3`: the row's element id. */
  id: string;
  en: SiteParagraph[];
  zh: SiteParagraph[];
  confidence: number;
}

/** A link between sentences that translate each other. Either side may be empty. */
export interface SiteBead {
  /** `s12` */
  id: string;
  en: string[];
  zh: string[];
  /** The aligner's posterior probability of this exact link, in [0, 1], rounded to 4 places. */
  confidence: number;
  /** Six base-36 characters hashing the bead's text, so a tool can re-find it after ids shift. */
  hash: string;
  /** Present (true) when a person pinned this link in the article's corrections file; confidence is then 1. */
  checked?: true;
}

export interface SiteArticle {
  slug: string;
  /** Source file under content/, for error messages and debugging. */
  file: string;
  en: { title: string; author: string; date: string; page: string | null };
  zh: { title: string; date: string; page: string | null; column: string };
  /** The newspaper: the article's `Source:` header, else the site's default (site.config.ts). */
  source: SiteSource;
  /** From the `Translator:` header; null when absent. */
  translator: string | null;
  /** From the `Note:` header (e.g. "machine translation"); null when absent. */
  note: string | null;
  /** Hash of the aligner's and segmenter's source that produced the alignment. */
  alignerVersion: string;
  mode: AlignedText["mode"];
  rows: SiteRow[];
  beads: SiteBead[];
}

/** What the index page needs of an article. */
export interface SiteArticleSummary {
  slug: string;
  en: { title: string; date: string; page: string | null };
  zh: { title: string; page: string | null; column: string };
}

/**
 * Below this confidence a link is shown as uncertain. The confidence is the posterior probability
 * of the bead among all monotone alignments (search/dp.ts). The threshold follows the reliability
 * table `npm run eval` prints for MAC-Dev, published literary translations: links at 0.8 or more
 * were right 97 % of the time there, links between 0.5 and 0.8 only 84 %.
 */
export const UNCERTAIN_BELOW = 0.8;

export const sentenceId = (lang: Lang, k: number) => `${lang === "en" ? "e" : "z"}${k + 1}`;
export const beadId = (n: number) => `s${n + 1}`;
export const rowId = (r: number) => `p${r + 1}`;

/**
 * Builds an article's rows and sentence links from its alignment. Throws when the spans or beads
 * do not cover every paragraph and sentence of both sides exactly once, in order: a broken
 * alignment must fail the build rather than silently drop or repeat text.
 */
export function toSiteArticle(article: Article, aligned: AlignedText, alignerVersion: string): SiteArticle {
  const en = flatSentences(article.enParagraphs.map((p) => p.text), aligned.en, `${article.file}: English`);
  const zh = flatSentences(article.zhParagraphs.map((p) => p.text), aligned.zh, `${article.file}: Chinese`);
  assertCovers(aligned.sentences.map((b) => b.src), en.length, `${article.file}: English sentences`);
  assertCovers(aligned.sentences.map((b) => b.tgt), zh.length, `${article.file}: Chinese sentences`);
  assertCovers(aligned.paragraphs.map((b) => b.src), article.enParagraphs.length, `${article.file}: English paragraphs`);
  assertCovers(aligned.paragraphs.map((b) => b.tgt), article.zhParagraphs.length, `${article.file}: Chinese paragraphs`);

  const beadOf = { en: new Array<number>(en.length), zh: new Array<number>(zh.length) };
  const beads = aligned.sentences.map((bead, n): SiteBead => {
    for (const k of bead.src) beadOf.en[k] = n;
    for (const k of bead.tgt) beadOf.zh[k] = n;
    const text = (side: FlatSentence[], ks: number[], glue: string) => ks.map((k) => side[k].text).join(glue);
    return {
      id: beadId(n),
      en: bead.src.map((k) => sentenceId("en", k)),
      zh: bead.tgt.map((k) => sentenceId("zh", k)),
      confidence: bead.checked ? 1 : Math.round(bead.confidence * 1e4) / 1e4,
      hash: beadHash(text(en, bead.src, " "), text(zh, bead.tgt, "")),
      ...(bead.checked ? { checked: true as const } : {}),
    };
  });

  const paragraph = (lang: Lang, side: FlatSentence[], texts: { text: string }[]) => (index: number): SiteParagraph => ({
    index,
    text: texts[index].text,
    sentences: side
      .map((s, k) => ({ s, k }))
      .filter(({ s }) => s.paragraph === index)
      .map(({ s, k }) => ({ id: sentenceId(lang, k), start: s.start, end: s.end, bead: beadOf[lang][k] })),
  });
  const enParagraph = paragraph("en", en, article.enParagraphs);
  const zhParagraph = paragraph("zh", zh, article.zhParagraphs);

  return {
    slug: article.slug,
    file: article.file,
    en: { ...article.en },
    zh: { ...article.zh },
    source: parseSource(article.provenance?.source ?? siteConfig.defaultSource),
    translator: article.provenance?.translator ?? null,
    note: article.provenance?.note ?? null,
    alignerVersion,
    mode: aligned.mode,
    rows: aligned.paragraphs.map((bead, r) => ({
      id: rowId(r),
      en: bead.src.map(enParagraph),
      zh: bead.tgt.map(zhParagraph),
      confidence: Math.round(bead.confidence * 1e4) / 1e4,
    })),
    beads,
  };
}

/** Whitespace-insensitive, so re-wrapping a paragraph does not change it. */
export function beadHash(en: string, zh: string): string {
  const squash = (s: string) => s.replace(/\s+/gu, " ").trim();
  return shortHash(`${squash(en)}\n${squash(zh)}`);
}

interface FlatSentence {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

function flatSentences(texts: string[], spans: SentenceSpan[][], what: string): FlatSentence[] {
  if (spans.length !== texts.length) {
    throw new Error(`${what}: ${spans.length} segmented paragraphs for ${texts.length} paragraphs`);
  }
  return spans.flatMap((paragraphSpans, p) => {
    let previousEnd = 0;
    return paragraphSpans.map(({ start, end }) => {
      const ok = Number.isInteger(start) && Number.isInteger(end) && previousEnd <= start && start < end && end <= texts[p].length;
      if (!ok) throw new Error(`${what} paragraph ${p}: sentence span [${start}, ${end}) is out of order or outside the text`);
      previousEnd = end;
      return { paragraph: p, start, end, text: texts[p].slice(start, end) };
    });
  });
}

function assertCovers(sides: number[][], count: number, what: string): void {
  const seen = sides.flat();
  const inOrder = seen.length === count && seen.every((index, k) => index === k);
  if (!inOrder) {
    throw new Error(`${what} 0..${count - 1} are not covered once in order by the beads: [${seen.join(", ")}]`);
  }
}

/** The published alignment: `/articles/<slug>/alignment.json`. The schema is documented in docs/architecture.md. */
export interface AlignmentFile {
  slug: string;
  alignerVersion: string;
  mode: AlignedText["mode"];
  sentences: { id: string; lang: Lang; paragraph: number; row: string; text: string }[];
  beads: SiteBead[];
}

/** English sentences first, then Chinese, each in document order; `paragraph` is 1-based within its language. */
export function toAlignmentFile(article: SiteArticle): AlignmentFile {
  const sentences = (lang: Lang) =>
    article.rows.flatMap((row) =>
      row[lang].flatMap((p) =>
        p.sentences.map((s) => ({ id: s.id, lang, paragraph: p.index + 1, row: row.id, text: p.text.slice(s.start, s.end) })),
      ),
    );
  return {
    slug: article.slug,
    alignerVersion: article.alignerVersion,
    mode: article.mode,
    sentences: [...sentences("en"), ...sentences("zh")],
    beads: article.beads,
  };
}
