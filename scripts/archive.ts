/**
 * Edge module shared by build-data and review: loads content/ and its corrections files, checks
 * them, and aligns every article (pinned links as fixed constraints), from the alignment cache
 * where the text, the pins and the aligner are unchanged. Articles missing from the cache are
 * aligned on all cores (a tinypool of worker threads) when there are many.
 */
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Tinypool from "tinypool";
import { isError, loadContent } from "@/lib/content/load";
import type { Article, ContentProblem } from "@/lib/content/types";
import { alignWithPins, articleCorrections, segmentArticle, type ResolvedPin } from "@/lib/corrections";
import { alignArticle, type AlignJob } from "@/lib/site/align-article";
import { toSiteArticle, type AlignedText, type SiteArticle } from "@/lib/site/article";
import {
  alignerVersion,
  alignmentKey,
  correctionsVersion,
  pruneAlignments,
  readCachedAlignment,
  writeCachedAlignment,
} from "@/lib/site/alignment-cache";

// The aligner's own source, wherever the script is run from (tests run it in a temporary folder).
export const repoRoot = fileURLToPath(new URL("..", import.meta.url));

export interface Archive {
  /** Content and corrections errors; when there are any, nothing was aligned. */
  problems: ContentProblem[];
  /** Unknown header fields, pins that moved with their text: reported, and the build goes on. */
  warnings: ContentProblem[];
  articles: SiteArticle[];
  version: string;
  aligned: number;
  cached: number;
  pinned: number;
  seconds: number;
  /** Threads that aligned the articles missing from the cache. */
  threads: number;
}

export interface ArchiveOptions {
  /** Default `<root>/content`; build-data reads CONTENT_DIR (the archive benchmark's generated archive). */
  contentDir?: string;
  /** Default `<root>/.cache/alignments`; build-data reads ALIGNMENT_CACHE_DIR. */
  cacheDir?: string;
}

const jobOf = (article: Article): AlignJob => ({ en: article.enParagraphs.map((p) => p.text), zh: article.zhParagraphs.map((p) => p.text) });

/** Below this many articles to align, starting worker threads (each loads tsx and the dictionary, about 3 s) costs more than it saves. */
const POOL_FROM = Number(process.env.ALIGN_POOL_FROM) || 100;

/**
 * Aligns articles without pins on all cores: a tinypool of worker threads, one per CPU
 * (ALIGN_WORKERS overrides; 1 aligns in this thread). Results come back in input order.
 */
async function alignAll(articles: Article[]): Promise<{ results: AlignedText[]; threads: number }> {
  const wanted = Number(process.env.ALIGN_WORKERS) || os.availableParallelism();
  const threads = Math.max(1, Math.min(wanted, articles.length));
  if (threads === 1 || articles.length < POOL_FROM) return { results: articles.map((a) => alignArticle(jobOf(a))), threads: 1 };
  const pool = new Tinypool({ filename: new URL("./align-worker.mjs", import.meta.url).href, minThreads: threads, maxThreads: threads });
  try {
    return { results: await Promise.all(articles.map((a) => pool.run(jobOf(a)) as Promise<AlignedText>)), threads };
  } finally {
    await pool.destroy();
  }
}

function align(article: Article, spans: ReturnType<typeof segmentArticle>, pins: readonly ResolvedPin[]): AlignedText {
  const { sentences, paragraphs, mode } = alignWithPins(
    spans.en.map((p) => p.map((s) => s.text)),
    spans.zh.map((p) => p.map((s) => s.text)),
    pins,
  );
  return { ...spans, sentences, paragraphs, mode };
}

export async function prepareArchive(root: string, options: ArchiveOptions = {}): Promise<Archive> {
  const contentDir = options.contentDir ?? path.join(root, "content");
  const cacheDir = options.cacheDir ?? path.join(root, ".cache", "alignments");
  const loaded = loadContent(contentDir);
  const { articles, links } = loaded;
  const problems = loaded.problems.filter(isError);
  const warnings: ContentProblem[] = loaded.problems.filter((p) => !isError(p));
  const linksOf = new Map(links.map((l) => [l.article, l]));

  // Corrections are checked against the sentences, so articles with a .links file are segmented first.
  const corrections = new Map<string, { spans: ReturnType<typeof segmentArticle>; pins: ResolvedPin[] }>();
  for (const article of articles) {
    const file = linksOf.get(article.file);
    if (!file) continue;
    const spans = segmentArticle(article);
    const checked = articleCorrections(file, spans);
    problems.push(...checked.problems);
    warnings.push(...checked.warnings);
    corrections.set(article.file, { spans, pins: checked.pins });
  }
  const empty = { problems, warnings, articles: [], version: "", aligned: 0, cached: 0, pinned: 0, seconds: 0, threads: 1 };
  if (problems.length > 0) return empty;

  const version = alignerVersion(repoRoot);
  const pinsVersion = correctionsVersion(repoRoot);
  const keys = new Set<string>();
  let cached = 0;
  let pinned = 0;
  const started = performance.now();
  const texts = new Map<Article, AlignedText>();
  const keyOf = new Map<Article, string>();
  for (const article of articles) {
    const pins = corrections.get(article.file)?.pins ?? [];
    pinned += pins.length;
    const key = alignmentKey(
      article.enParagraphs.map((p) => p.text),
      article.zhParagraphs.map((p) => p.text),
      version,
      { version: pinsVersion, pins },
    );
    keys.add(key);
    keyOf.set(article, key);
    const text = readCachedAlignment(cacheDir, key);
    if (text) {
      texts.set(article, text);
      cached++;
    }
  }
  const missing = articles.filter((article) => !texts.has(article));
  // Articles with pins align here, around them; the rest, usually all, on the pool.
  const withPins = missing.filter((article) => corrections.get(article.file)?.pins.length);
  const withoutPins = missing.filter((article) => !corrections.get(article.file)?.pins.length);
  for (const article of withPins) {
    const { spans, pins } = corrections.get(article.file)!;
    texts.set(article, align(article, spans, pins));
  }
  const { results, threads } = await alignAll(withoutPins);
  withoutPins.forEach((article, i) => texts.set(article, results[i]));
  for (const article of missing) writeCachedAlignment(cacheDir, keyOf.get(article)!, version, texts.get(article)!);
  const siteArticles = articles.map((article) => toSiteArticle(article, texts.get(article)!, version));
  pruneAlignments(cacheDir, keys);
  const seconds = (performance.now() - started) / 1000;
  return { problems, warnings, articles: siteArticles, version, aligned: missing.length, cached, pinned, seconds, threads };
}
