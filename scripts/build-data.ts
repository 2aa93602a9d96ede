/**
 * Runs before `next build` / `next dev`: validates content/, pairs paragraphs, writes .generated/.
 * Any content problem fails the build with the full list, as `npm run check` prints it.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatProblem, loadContent } from "@/lib/content/load";
import { alignParagraphs } from "@/lib/align/paragraphs";
import { toSiteArticle, toSiteIndex } from "@/lib/site/article";
import { GENERATED_DIR } from "@/lib/site/data";

const root = process.cwd();
const contentDir = path.join(root, "content");
const outDir = path.join(root, GENERATED_DIR);

async function main(): Promise<number> {
  // await: works whether the loader is synchronous or not.
  const { articles, problems } = await loadContent(contentDir);
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    const files = new Set(problems.map((p) => p.file)).size;
    console.error(`\n${problems.length} problem(s) in ${files} file(s) under content/; nothing was built.`);
    return 1;
  }

  const siteArticles = articles.map((article) =>
    toSiteArticle(
      article,
      alignParagraphs(
        article.enParagraphs.map((p) => p.text),
        article.zhParagraphs.map((p) => p.text),
      ),
    ),
  );

  // Rewrite from scratch so a removed article leaves no stale page data behind.
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, "articles"), { recursive: true });
  for (const article of siteArticles) {
    writeFileSync(path.join(outDir, "articles", `${article.slug}.json`), JSON.stringify(article));
  }
  writeFileSync(path.join(outDir, "articles.json"), JSON.stringify(toSiteIndex(siteArticles), null, 1));

  const rows = siteArticles.reduce((sum, a) => sum + a.rows.length, 0);
  console.log(`build-data: ${siteArticles.length} article(s), ${rows} paragraph row(s) → ${GENERATED_DIR}/`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Unexpected failures (an aligner bug, a full disk) get one readable line, not a stack trace.
  console.error(`build-data: ${(error as Error).message}`);
  process.exitCode = 1;
}
