import { createHash } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { exportBeads, tmxBody, tmxUnit, toBilingualText, tsvRows, type DownloadFormat, type ExportBead } from "@/lib/export";
import { hanIndexText } from "@/lib/search/han-grams";
import type { ContentProblem } from "@/lib/content/types";
import type { SiteArticle } from "@/lib/site/article";
import type { ArticleWords, WordEntry } from "@/lib/words/words";
import { MAX_BEADS } from "./keys";

/**
 * An article as the database stores it: what the build computes once per article (in a worker
 * thread), ready to insert. Pure (zlib and a hash only). The slug is not part of the stored data:
 * it is a column, decided across the archive after the articles are processed (lib/content/slug),
 * and joined in when an article is read, so a slug that changes rewrites one column, not the article.
 */

export interface PairRecord {
  /** Position of the bead in the article. */
  bead: number;
  en: string;
  zh: string;
  /** 0-based index of the bead's first English / Chinese sentence (its `e{k+1}` / `z{k+1}` id); null when the side is empty. */
  enFirst: number | null;
  zhFirst: number | null;
  /** What the full-text index holds: the English as it is, the Chinese as han-grams (lib/search/han-grams). */
  enSearch: string;
  zhSearch: string;
  /** [term, rendering] links of the pair (lib/search/renderings.ts): what the concordance marks and groups. */
  links: [string, string][];
}


export interface ArticleRecord {
  file: string;
  /** The slug the article gets unless another article claims it (then the archive-wide rules decide). */
  baseSlug: string;
  date: string;
  enPage: string | null;
  zhPage: string | null;
  column: string;
  titleEn: string;
  titleZh: string;
  /** SHA-256 of the stored article data: what a cached page of it is checked against. */
  contentHash: string;
  /** The SiteArticle as deflated JSON, its slug left empty. */
  data: Uint8Array;
  /** Its Chinese sentences' words (ArticleWords.sentences) as deflated JSON. */
  words: Uint8Array;
  /** The dictionary entries of those words, each once: shared by all articles in the database. */
  entries: [word: string, entry: string][];
  /**
   * Its TMX units, deflated: the one export format worth keeping made (an XML builder's work, about
   * 0.1 ms a link); TSV and text are written from `data` when asked. Made with `baseSlug`, remade
   * from `data` when the article ends up with another slug.
   */
  tmx: Uint8Array;
  pairs: PairRecord[];
  alignKey: string;
  warnings: ContentProblem[];
}

const pack = (value: string) => new Uint8Array(deflateRawSync(Buffer.from(value, "utf8")));
const unpack = (bytes: Uint8Array) => inflateRawSync(bytes).toString("utf8");
export const unpackText = unpack;

const firstIndex = (ids: readonly string[]) => (ids.length > 0 ? Number(ids[0].slice(1)) - 1 : null);

export function pairRecords(beads: readonly ExportBead[], links: readonly [string, string][][] = []): PairRecord[] {
  if (beads.length > MAX_BEADS) throw new Error(`${beads.length} sentence links; an article may have at most ${MAX_BEADS}`);
  return beads.map((bead, n) => ({
    bead: n,
    en: bead.en,
    zh: bead.zh,
    enFirst: firstIndex(bead.enIds),
    zhFirst: firstIndex(bead.zhIds),
    enSearch: bead.en,
    zhSearch: hanIndexText(bead.zh),
    links: links[n] ?? [],
  }));
}

/** An article's TMX units under its slug (the slug is written into every unit), deflated. */
export function tmxFragment(article: SiteArticle, beads = exportBeads(article)): Uint8Array {
  return pack(tmxBody(beads.map(tmxUnit)));
}

/** An article's export fragment in a format: its TMX units, its TSV rows or its text block. */
export function exportFragment(format: DownloadFormat, article: SiteArticle, tmx: Uint8Array): string {
  if (format === "tmx") return unpack(tmx);
  const beads = exportBeads(article);
  return format === "tsv" ? tsvRows(beads) : toBilingualText(article, beads);
}

export function toArticleRecord(
  article: SiteArticle,
  words: ArticleWords,
  extra: { alignKey: string; warnings: ContentProblem[] },
  /** The links of each pair, from the article's beads (the build's word data and dictionary). */
  renderings: (beads: ExportBead[]) => [string, string][][] = () => [],
): ArticleRecord {
  const json = JSON.stringify({ ...article, slug: "" });
  const beads = exportBeads(article);
  return {
    file: article.file,
    baseSlug: article.slug,
    date: article.en.date,
    enPage: article.en.page,
    zhPage: article.zh.page,
    column: article.zh.column,
    titleEn: article.en.title,
    titleZh: article.zh.title,
    contentHash: createHash("sha256").update(json).digest("hex"),
    data: pack(json),
    words: pack(JSON.stringify(words.sentences)),
    entries: Object.entries(words.entries).map(([word, entry]) => [word, JSON.stringify(entry)]),
    tmx: tmxFragment(article, beads),
    pairs: pairRecords(beads, renderings(beads)),
    ...extra,
  };
}

/** The stored article data back as a SiteArticle under its slug. */
export function readArticleData(data: Uint8Array, slug: string): SiteArticle {
  return { ...(JSON.parse(unpack(data)) as SiteArticle), slug };
}

/** An article's word data (the words.json route) from its stored words and the entries of those words. */
export function readArticleWords(words: Uint8Array, entry: (word: string) => string | undefined): ArticleWords {
  const sentences = JSON.parse(unpack(words)) as ArticleWords["sentences"];
  const entries: Record<string, WordEntry> = {};
  for (const list of Object.values(sentences)) {
    for (const [, , word] of list) {
      if (entries[word]) continue;
      const found = entry(word);
      if (found) entries[word] = JSON.parse(found) as WordEntry;
    }
  }
  return { sentences, entries };
}
