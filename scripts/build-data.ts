/**
 * Runs before `next build` / `next dev`: validates content/ and its corrections files, segments and
 * aligns every article (paragraph rows and sentence links from one document alignment, pinned
 * links as fixed constraints), writes .generated/ and the export files under public/downloads/.
 * Alignments are cached in .cache/alignments by article text, pins and aligner version, so a
 * rebuild re-aligns only what changed. Any content or corrections problem fails the build with
 * the full list, as `npm run check` prints it.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatProblem } from "@/lib/content/load";
import { exportVersion, writeDownloads } from "@/lib/export/files";
import { toAlignmentFile, toSiteIndex } from "@/lib/site/article";
import { GENERATED_DIR } from "@/lib/site/data";
import { prepareArchive, repoRoot } from "./archive";
import { loadArticleWords } from "@/lib/words/load";

const root = process.cwd();
// CONTENT_DIR and ALIGNMENT_CACHE_DIR let the archive benchmark build a generated archive
// (scripts/bench-archive.ts) without touching content/ or the everyday cache.
const contentDir = path.resolve(root, process.env.CONTENT_DIR || "content");
const cacheDir = path.resolve(root, process.env.ALIGNMENT_CACHE_DIR || path.join(".cache", "alignments"));
const outDir = path.join(root, GENERATED_DIR);

async function main(): Promise<number> {
  const archive = await prepareArchive(root, { contentDir, cacheDir });
  const { problems } = archive;
  // Warnings (an unknown header field, a moved pin) do not stop the build, but are never silent.
  for (const warning of archive.warnings) console.error(formatProblem(warning));
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    const files = new Set(problems.map((p) => p.file)).size;
    console.error(`\n${problems.length} problem(s) in ${files} file(s) under content/; nothing was built.`);
    return 1;
  }
  const { articles: siteArticles, version } = archive;

  // Rewrite from scratch so a removed article leaves no stale page data behind.
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, "articles"), { recursive: true });
  for (const article of siteArticles) {
    writeFileSync(path.join(outDir, "articles", `${article.slug}.json`), JSON.stringify(article));
  }
  const index = toSiteIndex(siteArticles);
  writeFileSync(path.join(outDir, "articles.json"), JSON.stringify(index, null, 1));

  const exportStarted = performance.now();
  const bySlug = new Map(siteArticles.map((a) => [a.slug, a]));
  const downloads = writeDownloads(path.join(root, "public"), index.map((a) => bySlug.get(a.slug)!), version, {
    manifest: path.join(root, ".cache", "downloads.json"),
    version: exportVersion(repoRoot),
  });
  const exportSeconds = ((performance.now() - exportStarted) / 1000).toFixed(1);

  // Word data for learners (lib/words): fetched by the page only when a reader turns it on.
  const wordsStarted = performance.now();
  mkdirSync(path.join(outDir, "words"), { recursive: true });
  for (const article of siteArticles) {
    const zh = toAlignmentFile(article).sentences.filter((s) => s.lang === "zh");
    writeFileSync(path.join(outDir, "words", `${article.slug}.json`), JSON.stringify(loadArticleWords(zh)));
  }
  const wordSeconds = ((performance.now() - wordsStarted) / 1000).toFixed(1);

  const rows = siteArticles.reduce((sum, a) => sum + a.rows.length, 0);
  const beads = siteArticles.reduce((sum, a) => sum + a.beads.length, 0);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  const on = archive.threads > 1 ? ` on ${archive.threads} threads` : "";
  console.log(`build-data: aligned ${archive.aligned} article(s)${on}, ${archive.cached} from cache (aligner ${version}, ${archive.seconds.toFixed(1)} s)`);
  console.log(`build-data: ${siteArticles.length} article(s), ${rows} paragraph row(s), ${beads} sentence link(s), ${archive.pinned} pinned → ${GENERATED_DIR}/`);
  const archiveNote = downloads.archiveWritten ? "archive" : "archive unchanged";
  console.log(
    `build-data: exports → public/downloads/: ${downloads.written} article(s) written, ${downloads.articles - downloads.written} unchanged; ${archiveNote}: TMX ${kb(downloads.archive.tmx)}, TSV ${kb(downloads.archive.tsv)}, text ${kb(downloads.archive.txt)} (${exportSeconds} s)`,
  );
  console.log(`build-data: word data for learners in ${wordSeconds} s`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Unexpected failures (an aligner bug, a full disk) get one readable line, not a stack trace.
  console.error(`build-data: ${(error as Error).message}`);
  process.exitCode = 1;
}
