/**
 * Runs before `next build` / `next dev`: brings the archive database (.generated/archive.db) up to
 * date with content/ (lib/build/update.ts). Only what changed is done again: an article whose
 * file, corrections file and build code are unchanged is left as it is; a new or edited one is
 * parsed, segmented, aligned (from the content-addressed alignment cache when its text, pins and
 * aligner are unchanged) and stored with its sentence pairs, full-text index, word data and export
 * fragments; a removed one is deleted. The site serves the previous build until the new one is
 * complete; a failed or interrupted build leaves it as it was. Then the year downloads of the
 * years that changed are written.
 *
 * Any content or corrections problem fails the build with the full list, as `npm run check`
 * prints it, and changes nothing. `--shard i/n` only aligns shard i of n into the cache (no
 * database), to spread alignment over machines (docs/archive.md, "Beyond one machine").
 */
import path from "node:path";
import { alignShard, updateArchive } from "@/lib/build/update";
import { formatProblem } from "@/lib/content/load";
import type { ContentProblem } from "@/lib/content/types";
import { archivePaths } from "./archive-paths";

function reportProblems(problems: ContentProblem[]): number {
  for (const problem of problems) console.error(formatProblem(problem));
  const files = new Set(problems.map((p) => p.file)).size;
  console.error(`\n${problems.length} problem(s) in ${files} file(s) under content/; nothing was built.`);
  return 1;
}

/** Broken cache files, dropped and made again: the build's output is right, but the disk or a copy is not. */
function printNotices(notices: readonly string[]): void {
  for (const notice of notices) console.error(`build-data: warning: ${notice}`);
}

async function shard(spec: string): Promise<number> {
  const [index, of] = spec.split("/").map(Number);
  if (!(Number.isInteger(index) && Number.isInteger(of) && of > 0 && index >= 0 && index < of)) {
    console.error(`build-data: --shard ${spec}: give i/n with 0 <= i < n, e.g. --shard 0/2`);
    return 2;
  }
  const paths = archivePaths();
  const result = await alignShard(paths, index, of);
  printNotices(result.notices);
  if (result.problems.length > 0) return reportProblems(result.problems);
  console.log(`build-data: shard ${index}/${of}: ${result.articles} of ${result.of} article(s), ${result.aligned} aligned into ${path.relative(process.cwd(), paths.cacheDir)}`);
  return 0;
}

async function main(): Promise<number> {
  const i = process.argv.indexOf("--shard");
  if (i >= 0) return shard(process.argv[i + 1] ?? "");
  const paths = archivePaths();
  const report = await updateArchive(paths);
  printNotices(report.notices);
  if (!report.ok) return reportProblems(report.problems);
  // Warnings (an unknown header field, a moved pin) do not stop the build, but are never silent.
  for (const warning of report.warnings) console.error(formatProblem(warning));
  const { counts } = report;
  const on = report.threads > 1 ? ` on ${report.threads} threads` : "";
  const db = path.relative(process.cwd(), paths.dbFile);
  console.log(
    `build-data: ${counts.processed} article(s) processed${on} (${counts.aligned} aligned, ${counts.processed - counts.aligned} from the alignment cache, ${counts.pinned} pinned link(s)), ${counts.unchanged} unchanged, ${counts.removed} removed (aligner ${report.alignerVersion}, ${report.seconds.toFixed(1)} s)`,
  );
  console.log(`build-data: ${report.articles} article(s), ${report.pairs} sentence link(s) → ${db} (${report.fresh ? "new database" : "updated in place"})`);
  const { written, years, seconds } = report.exports;
  console.log(`build-data: year downloads: ${written.length} of ${years} year(s) written (${seconds.toFixed(1)} s)`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Unexpected failures (an aligner bug, a full disk) get one readable line, not a stack trace.
  console.error(`build-data: ${(error as Error).message}`);
  process.exitCode = 1;
}
