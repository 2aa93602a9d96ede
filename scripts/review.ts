// npm run review [-- --below 0.8] [--limit N] [--tsv]: the review queue across the archive: links
// whose confidence is below the threshold, least confident first, then sentences with no
// counterpart, each with its article, ids and both texts (lib/review). Pinned (checked) links are
// left out. It first brings the database up to date as the build does (only what changed is
// aligned again), so it always reflects content/ and its corrections files; content or
// corrections problems are printed as file:line and exit 1.
import { updateArchive } from "@/lib/build/update";
import { formatProblem } from "@/lib/content/load";
import { formatReview, reviewQueue, reviewTsv } from "@/lib/review/queue";
import { UNCERTAIN_BELOW } from "@/lib/site/article";
import { ArchiveReader } from "@/lib/store/database";
import { allArticles } from "@/lib/store/reader";
import { archivePaths } from "./archive-paths";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const below = Number(option("below") ?? UNCERTAIN_BELOW);
  const limit = option("limit") === undefined ? 50 : Number(option("limit"));
  if (!(below >= 0 && below <= 1) || !(Number.isInteger(limit) && limit > 0)) {
    console.error("usage: npm run review -- [--below 0..1] [--limit N] [--tsv]");
    return 2;
  }
  const started = performance.now();
  const paths = archivePaths();
  const report = await updateArchive(paths);
  // Broken cache files were dropped and made again: said, as build-data says it.
  for (const notice of report.notices) console.error(`review: warning: ${notice}`);
  if (!report.ok) {
    for (const problem of report.problems) console.error(formatProblem(problem));
    console.error(`\n${report.problems.length} problem(s) under content/; fix them first (npm run check).`);
    return 1;
  }
  for (const warning of report.warnings) console.error(formatProblem(warning));
  const queue = reviewQueue(allArticles(new ArchiveReader(paths.dbFile).get()), { below });
  process.stdout.write(process.argv.includes("--tsv") ? reviewTsv(queue) : formatReview(queue, { limit }));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(
    `review: ${report.articles} article(s), ${queue.doubtful.length} link(s) below ${below}, ${queue.unmatched.length} unmatched; ${report.counts.aligned} aligned, ${report.counts.processed - report.counts.aligned} from cache, ${report.counts.unchanged} unchanged (${seconds} s)`,
  );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`review: ${(error as Error).message}`);
  process.exitCode = 1;
}
