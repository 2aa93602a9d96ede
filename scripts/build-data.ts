/**
 * Runs before `next build` / `next dev`: validates content/, segments and aligns every article
 * (paragraph rows and sentence links from one document alignment), writes .generated/.
 * Alignments are cached in .cache/alignments by article text and aligner version, so a rebuild
 * re-aligns only what changed. Any content problem fails the build with the full list, as
 * `npm run check` prints it.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Tinypool from "tinypool";
import { formatProblem, isError, loadContent } from "@/lib/content/load";
import type { Article } from "@/lib/content/types";
import { alignArticle, type AlignJob } from "@/lib/site/align-article";
import { toSiteArticle, toSiteIndex, type AlignedText } from "@/lib/site/article";
import {
  alignerVersion,
  alignmentKey,
  pruneAlignments,
  readCachedAlignment,
  writeCachedAlignment,
} from "@/lib/site/alignment-cache";
import { GENERATED_DIR } from "@/lib/site/data";

const root = process.cwd();
// CONTENT_DIR and ALIGNMENT_CACHE_DIR let the archive benchmark build a generated archive
// (scripts/bench-archive.ts) without touching content/ or the everyday cache.
const contentDir = path.resolve(root, process.env.CONTENT_DIR || "content");
const outDir = path.join(root, GENERATED_DIR);
const cacheDir = path.resolve(root, process.env.ALIGNMENT_CACHE_DIR || path.join(".cache", "alignments"));
// The aligner's own source, wherever build-data is run from (tests run it in a temporary folder).
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

const jobOf = (article: Article): AlignJob => ({ en: article.enParagraphs.map((p) => p.text), zh: article.zhParagraphs.map((p) => p.text) });

/** Below this many articles to align, starting worker threads (each loads tsx and the dictionary, about 3 s) costs more than it saves. */
const POOL_FROM = Number(process.env.ALIGN_POOL_FROM) || 100;

/**
 * Aligns the articles missing from the cache, on all cores: a tinypool of worker threads, one per
 * CPU (ALIGN_WORKERS overrides; 1 aligns in this thread). Results come back in input order.
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

async function main(): Promise<number> {
  // await: works whether the loader is synchronous or not.
  const { articles, problems: all } = await loadContent(contentDir);
  const problems = all.filter(isError);
  if (problems.length > 0) {
    for (const problem of all) console.error(formatProblem(problem));
    const files = new Set(problems.map((p) => p.file)).size;
    console.error(`\n${problems.length} problem(s) in ${files} file(s) under content/; nothing was built.`);
    return 1;
  }
  // Warnings (an unknown header field) do not stop the build, but are never silent.
  for (const warning of all) console.warn(formatProblem(warning));

  const version = alignerVersion(repoRoot);
  const keys = new Set<string>();
  let aligned = 0;
  let cached = 0;
  const started = performance.now();
  const texts = new Map<Article, AlignedText>();
  const keyOf = new Map<Article, string>();
  for (const article of articles) {
    const key = alignmentKey(
      article.enParagraphs.map((p) => p.text),
      article.zhParagraphs.map((p) => p.text),
      version,
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
  const { results, threads } = await alignAll(missing);
  missing.forEach((article, i) => {
    writeCachedAlignment(cacheDir, keyOf.get(article)!, version, results[i]);
    texts.set(article, results[i]);
    aligned++;
  });
  const siteArticles = articles.map((article) => toSiteArticle(article, texts.get(article)!, version));
  pruneAlignments(cacheDir, keys);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  // Rewrite from scratch so a removed article leaves no stale page data behind.
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, "articles"), { recursive: true });
  for (const article of siteArticles) {
    writeFileSync(path.join(outDir, "articles", `${article.slug}.json`), JSON.stringify(article));
  }
  writeFileSync(path.join(outDir, "articles.json"), JSON.stringify(toSiteIndex(siteArticles), null, 1));

  const rows = siteArticles.reduce((sum, a) => sum + a.rows.length, 0);
  const beads = siteArticles.reduce((sum, a) => sum + a.beads.length, 0);
  const on = threads > 1 ? ` on ${threads} threads` : "";
  console.log(`build-data: aligned ${aligned} article(s)${on}, ${cached} from cache (aligner ${version}, ${seconds} s)`);
  console.log(`build-data: ${siteArticles.length} article(s), ${rows} paragraph row(s), ${beads} sentence link(s) → ${GENERATED_DIR}/`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Unexpected failures (an aligner bug, a full disk) get one readable line, not a stack trace.
  console.error(`build-data: ${(error as Error).message}`);
  process.exitCode = 1;
}
