// npm run review [-- --below 0.8] [--limit N] [--tsv] [--built]: the review queue across the
// archive: links whose confidence is below the threshold, least confident first, then sentences
// with no counterpart, each with its article, ids and both texts (lib/review). Pinned (checked)
// links are left out. Aligns like the build (from the cache when nothing changed); content or
// corrections problems are printed as file:line and exit 1. With --built it reads what the last
// build wrote to .generated/ instead: much faster on a large archive, but blind to later edits.
import { formatProblem } from "@/lib/content/load";
import { formatReview, reviewQueue, reviewTsv } from "@/lib/review/queue";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { UNCERTAIN_BELOW, type SiteArticle } from "@/lib/site/article";
import { GENERATED_DIR } from "@/lib/site/data";
import { prepareArchive } from "./archive";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const below = Number(option("below") ?? UNCERTAIN_BELOW);
  const limit = option("limit") === undefined ? 50 : Number(option("limit"));
  if (!(below >= 0 && below <= 1) || !(Number.isInteger(limit) && limit > 0)) {
    console.error("usage: npm run review -- [--below 0..1] [--limit N] [--tsv] [--built]");
    return 2;
  }
  const started = performance.now();
  if (process.argv.includes("--built")) {
    const dir = path.join(process.cwd(), GENERATED_DIR, "articles");
    let names: string[];
    try {
      names = readdirSync(dir).filter((name) => name.endsWith(".json"));
    } catch {
      console.error(`review: no ${GENERATED_DIR}/ to read; run npm run build (or drop --built)`);
      return 1;
    }
    const articles = names.map((name) => JSON.parse(readFileSync(path.join(dir, name), "utf8")) as SiteArticle);
    const queue = reviewQueue(articles, { below });
    process.stdout.write(process.argv.includes("--tsv") ? reviewTsv(queue) : formatReview(queue, { limit }));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.error(`review: ${articles.length} article(s) as last built, ${queue.doubtful.length} link(s) below ${below}, ${queue.unmatched.length} unmatched (${seconds} s)`);
    return 0;
  }
  const archive = await prepareArchive(process.cwd());
  for (const warning of archive.warnings) console.error(formatProblem(warning));
  if (archive.problems.length > 0) {
    for (const problem of archive.problems) console.error(formatProblem(problem));
    console.error(`\n${archive.problems.length} problem(s) under content/; fix them first (npm run check).`);
    return 1;
  }
  const queue = reviewQueue(archive.articles, { below });
  process.stdout.write(process.argv.includes("--tsv") ? reviewTsv(queue) : formatReview(queue, { limit }));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(
    `review: ${archive.articles.length} article(s), ${queue.doubtful.length} link(s) below ${below}, ${queue.unmatched.length} unmatched; ${archive.aligned} aligned, ${archive.cached} from cache (${seconds} s)`,
  );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`review: ${(error as Error).message}`);
  process.exitCode = 1;
}
