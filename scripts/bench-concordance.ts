// npm run bench:concordance -- [--runs N] [terms…]: server time of a concordance's first page as
// app/api/search answers it (the first 100 pairs with their renderings, the count, the renderings
// grouped with counts and per year over the whole archive), read from ARCHIVE_DB (default
// .generated/archive.db), each term N times after one warm-up; p50 and p95 in milliseconds.
import { parseQuery } from "@/lib/search/query";
import { PAGE_SIZE } from "@/lib/search/request";
import { ArchiveReader, archiveFile } from "@/lib/store/database";
import { COUNT_CAP, countPairs, Matches, renderingSummary, searchPairs } from "@/lib/store/reader";

const args = process.argv.slice(2);
const at = args.indexOf("--runs");
const runs = at >= 0 ? Number(args[at + 1]) : 30;
const terms = args.filter((_, i) => i !== at && i !== at + 1);
const db = new ArchiveReader(archiveFile()).get();
const pairs = db.prepare("SELECT count(*) FROM pairs").pluck().get() as number;
const articles = db.prepare("SELECT count(*) FROM articles").pluck().get() as number;
console.log(`bench:concordance: ${articles} articles, ${pairs} sentence pairs in ${archiveFile()}`);

function firstPage(q: string) {
  const parsed = parseQuery(q);
  // As app/api/search answers a first page: one reading of the index's matches, shared.
  const matches = new Matches(db, parsed);
  const summary = renderingSummary(db, parsed, {}, matches);
  const page = searchPairs(db, parsed, { order: "oldest", after: null, limit: PAGE_SIZE.concordance, exact: true }, matches);
  const count = countPairs(db, parsed, COUNT_CAP, matches);
  return { page, count, summary };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
for (const q of terms.length > 0 ? terms : ["手工业", "整顿", "cooperatives"]) {
  const { summary, page } = firstPage(q);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    firstPage(q);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const top = summary.groups.slice(0, 3).map((g) => `${g.rendering} ${g.count}`).join(" · ");
  console.log(
    `${q}: ${summary.total} pairs${summary.approximate ? " (approximate)" : ""}, ${summary.groups.length} renderings (${top}), ${summary.years.length} years, first page ${page.hits.length}: p50 ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms over ${runs} runs`,
  );
}
