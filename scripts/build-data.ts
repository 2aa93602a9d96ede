/**
 * Runs before `next build` / `next dev`: validates content/, segments and aligns every article
 * (paragraph rows and sentence links from one document alignment), writes .generated/.
 * Alignments are cached in .cache/alignments by article text and aligner version, so a rebuild
 * re-aligns only what changed. Any content problem fails the build with the full list, as
 * `npm run check` prints it.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatProblem, isError, loadContent } from "@/lib/content/load";
import type { Article } from "@/lib/content/types";
import { alignDocument } from "@/lib/align";
import { segmentParagraph } from "@/lib/segment";
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

function align(article: Article): AlignedText {
  const en = article.enParagraphs.map((p) => segmentParagraph(p.text, "en"));
  const zh = article.zhParagraphs.map((p) => segmentParagraph(p.text, "zh"));
  const { sentences, paragraphs, mode } = alignDocument(
    en.map((spans) => spans.map((s) => s.text)),
    zh.map((spans) => spans.map((s) => s.text)),
  );
  return { en, zh, sentences, paragraphs, mode };
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
  const siteArticles = articles.map((article) => {
    const key = alignmentKey(
      article.enParagraphs.map((p) => p.text),
      article.zhParagraphs.map((p) => p.text),
      version,
    );
    keys.add(key);
    let text = readCachedAlignment(cacheDir, key);
    if (text) {
      cached++;
    } else {
      text = align(article);
      writeCachedAlignment(cacheDir, key, version, text);
      aligned++;
    }
    return toSiteArticle(article, text, version);
  });
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
  console.log(`build-data: aligned ${aligned} article(s), ${cached} from cache (aligner ${version}, ${seconds} s)`);
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
