/**
 * One content file through the whole pipeline: decode → parse → segment → check its corrections →
 * align (from the content-addressed alignment cache when its text, pins and aligner are unchanged)
 * → the site's article → word data → the database record. Runs in the build's worker threads
 * (scripts/article-worker.mjs); its only I/O is the alignment cache.
 */
import { decodeUtf8 } from "@/lib/content/decode";
import { parseArticle } from "@/lib/content/parse";
import { slugify } from "@/lib/content/slug";
import type { Article, ContentProblem } from "@/lib/content/types";
import { alignWithPins, articleCorrections, segmentArticle, type ResolvedPin } from "@/lib/corrections";
import { alignArticle } from "@/lib/site/align-article";
import { alignmentKey, dropCachedAlignment, readCachedAlignment, writeCachedAlignment } from "@/lib/site/alignment-cache";
import { toAlignmentFile, toSiteArticle, type AlignedText } from "@/lib/site/article";
import { toArticleRecord, type ArticleRecord } from "@/lib/store/record";
import { loadArticleWords } from "@/lib/words/load";
import { articleRenderings } from "./renderings";

export interface SourceFile {
  /** File name under the content folder: the article's identity in the database. */
  name: string;
  /** The path problems are reported under, e.g. `content/x.txt`. */
  shown: string;
  bytes: Uint8Array;
  /** Its corrections file (`<name>.links`), when there is one. */
  links: { shown: string; text: string } | null;
}

export interface ArticleBuild {
  cacheDir: string;
  alignerVersion: string;
  correctionsVersion: string;
}

export type ProcessedArticle =
  /** notices: cache entries found broken, dropped and made again (the build prints them once). */
  | { ok: true; record: ArticleRecord; aligned: boolean; pins: number; notices: string[] }
  | { ok: false; problems: ContentProblem[] };

function align(article: Article, pins: readonly ResolvedPin[], spans: ReturnType<typeof segmentArticle>): AlignedText {
  if (pins.length === 0) return alignArticle({ en: article.enParagraphs.map((p) => p.text), zh: article.zhParagraphs.map((p) => p.text) });
  const { sentences, paragraphs, mode } = alignWithPins(
    spans.en.map((p) => p.map((s) => s.text)),
    spans.zh.map((p) => p.map((s) => s.text)),
    pins,
  );
  return { ...spans, sentences, paragraphs, mode };
}

export function processArticle(source: SourceFile, build: ArticleBuild): ProcessedArticle {
  const decoded = decodeUtf8(source.shown, source.bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const parsed = parseArticle(source.shown, decoded.text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const warnings = [...parsed.warnings];
  const article: Article = { ...parsed.article, file: source.name, slug: slugify(parsed.article.en.date, parsed.article.en.title) };

  let pins: ResolvedPin[] = [];
  let spans: ReturnType<typeof segmentArticle> | null = null;
  if (source.links) {
    spans = segmentArticle(article);
    const checked = articleCorrections({ file: source.links.shown, text: source.links.text }, spans);
    if (checked.problems.length > 0) return { ok: false, problems: checked.problems };
    warnings.push(...checked.warnings);
    pins = checked.pins;
  }

  const key = alignmentKey(
    article.enParagraphs.map((p) => p.text),
    article.zhParagraphs.map((p) => p.text),
    build.alignerVersion,
    { version: build.correctionsVersion, pins },
  );
  const notices: string[] = [];
  const cached = readCachedAlignment(build.cacheDir, key);
  if (cached.status === "corrupt") notices.push(`${cached.file}: ${cached.reason}; dropped, ${source.shown} re-aligned`);
  const fresh = () => {
    const text = align(article, pins, spans ?? segmentArticle(article));
    writeCachedAlignment(build.cacheDir, key, build.alignerVersion, text);
    return text;
  };
  const record = (text: AlignedText) => {
    const site = toSiteArticle(article, text, build.alignerVersion);
    const words = loadArticleWords(toAlignmentFile(site).sentences.filter((s) => s.lang === "zh"));
    return toArticleRecord(site, words, { alignKey: key, warnings }, (beads) => articleRenderings(beads, words));
  };
  try {
    if (cached.status === "hit") {
      try {
        return { ok: true, record: record(cached.aligned), aligned: false, pins: pins.length, notices };
      } catch (error) {
        // An entry that passed its checksum but does not fit the article (written by a faulty
        // aligner): the cache's fault, not the article's, so it is dropped and made again.
        dropCachedAlignment(build.cacheDir, key);
        notices.push(`alignment cache entry ${key.slice(0, 12)}… does not fit ${source.shown} (${(error as Error).message}); dropped, re-aligned`);
      }
    }
    return { ok: true, record: record(fresh()), aligned: true, pins: pins.length, notices };
  } catch (error) {
    // An aligner bug or a character no export format can hold: named by file, the build goes on to report the rest.
    return { ok: false, problems: [{ file: source.shown, line: 1, message: (error as Error).message }] };
  }
}
