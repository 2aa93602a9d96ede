// npm run bench:concordance -- [--runs N] [--summary-runs M] [--probe-word W] [--blocking Q] [terms…]:
// server time of a concordance as app/api/search and app/api/search/summary answer it, read from
// ARCHIVE_DB (default .generated/archive.db), each term after one warm-up; p50 and p95 in
// milliseconds, and the mean CPU time of a run.
//
// Per term: "first" is the first response (the first 100 pairs with their renderings, the count,
// and the renderings summary when it is cheap: quickRenderingSummary); "summary" is the summary on
// its own (renderingSummary: for a pending one, the pass the worker thread runs); "one thread" is
// the first response as it was before the summary was counted apart (summary, page and count on
// the request's thread, the summary first).
//
// Then, for the query Q (default 手工业合作社), the latency of other requests (an article read
// whole, a search for the rare word W) asked every 20 ms while Q's summary is being counted:
// "before", with the summary counted on the thread that answers them (as the route did); "after",
// on the summary service's worker thread (lib/serve/concordance-summary.ts).
import { parseQuery } from "@/lib/search/query";
import { PAGE_SIZE } from "@/lib/search/request";
import { summaryService } from "@/lib/serve/concordance-summary";
import { ArchiveReader, archiveFile } from "@/lib/store/database";
import { numberOption, readOptions } from "./options";
import { articleBySlug, COUNT_CAP, countPairs, Matches, quickRenderingSummary, renderingSummary, searchPairs } from "@/lib/store/reader";

const { values: options, positionals: terms } = readOptions({
  runs: { type: "string", default: "30" },
  "summary-runs": { type: "string", default: "10" },
  "probe-word": { type: "string", default: "1234" },
  blocking: { type: "string", default: "手工业合作社" },
});
const runs = numberOption("runs", options.runs);
const summaryRuns = numberOption("summary-runs", options["summary-runs"]);
const probeWord = options["probe-word"];
const blocking = options.blocking;
const file = archiveFile();
const db = new ArchiveReader(file).get();
const pairs = db.prepare("SELECT count(*) FROM pairs").pluck().get() as number;
const articles = db.prepare("SELECT count(*) FROM articles").pluck().get() as number;
console.log(`bench:concordance: ${articles} articles, ${pairs} sentence pairs in ${file}`);

const pageOf = (parsed: ReturnType<typeof parseQuery>, matches: Matches) =>
  searchPairs(db, parsed, { order: "oldest", after: null, limit: PAGE_SIZE.concordance, exact: true }, matches);

/** The first response as app/api/search answers it now: the count, the summary when cheap, the page. */
function firstResponse(q: string) {
  const parsed = parseQuery(q);
  const matches = new Matches(db, parsed);
  const count = countPairs(db, parsed, COUNT_CAP, matches);
  const summary = quickRenderingSummary(db, parsed, {}, matches);
  return { count, summary, page: pageOf(parsed, matches) };
}

/** The first response as it was: the whole summary on the request's thread, then the page and the count from its pass. */
function oneThreadResponse(q: string) {
  const parsed = parseQuery(q);
  const matches = new Matches(db, parsed);
  const summary = renderingSummary(db, parsed, {}, matches);
  return { summary, page: pageOf(parsed, matches), count: countPairs(db, parsed, COUNT_CAP, matches) };
}

const summaryAlone = (q: string) => renderingSummary(db, parseQuery(q), {});

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

function timed(n: number, run: () => unknown): string {
  run();
  const times: number[] = [];
  let cpu = 0;
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    const used = process.cpuUsage();
    run();
    const spent = process.cpuUsage(used);
    cpu += (spent.user + spent.system) / 1000;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return `p50 ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms, CPU ${(cpu / n).toFixed(1)} ms (${n} runs)`;
}

for (const q of terms.length > 0 ? terms : ["手工业合作社", '"handicraft cooperatives"', "整顿", "合作社", "cooperatives"]) {
  const { summary: quick, page, count } = firstResponse(q);
  const summary = summaryAlone(q);
  const top = summary.groups.slice(0, 3).map((g) => `${g.rendering} ${g.count}`).join(" · ");
  console.log(
    `${q}: ${summary.total} pairs${summary.approximate ? " (approximate)" : ""}, ${summary.groups.length} renderings (${top}), ${summary.years.length} years, index count ${count.count}${count.capped ? "+" : ""}, first page ${page.hits.length}, summary ${quick ? "in the first response" : "pending (asked apart)"}`,
  );
  console.log(`  first response: ${timed(runs, () => firstResponse(q))}`);
  console.log(`  summary:        ${timed(quick ? runs : summaryRuns, () => summaryAlone(q))}`);
  console.log(`  one thread:     ${timed(quick ? runs : summaryRuns, () => oneThreadResponse(q))}`);
}

// ---- Other requests while a long summary is counted -------------------------------------------

const slugs = db.prepare("SELECT slug FROM articles ORDER BY id LIMIT 200").pluck().all() as string[];
const rare = parseQuery(probeWord);
let probeCount = 0;
/** One other request: an article read whole, then a search for the rare word (its page and count). */
function otherRequest() {
  articleBySlug(db, slugs[probeCount++ % slugs.length]);
  const matches = new Matches(db, rare);
  searchPairs(db, rare, { order: "newest", after: null, limit: PAGE_SIZE.search, exact: false }, matches);
  countPairs(db, rare, COUNT_CAP, matches);
}
const alone = timed(50, otherRequest);
console.log(`\nother request (article ${slugs.length > 0 ? "read whole" : "none"} + search for ${probeWord}: ${countPairs(db, rare, COUNT_CAP).count} pairs) alone: ${alone}`);

const PROBE_EVERY_MS = 20;
/**
 * Asks otherRequest every PROBE_EVERY_MS until `done` settles; each latency is from when it was due
 * to when it was answered. A probe answered late is followed by the next one at once, not by a
 * backlog: the figure is the wait of one request, not of a queue.
 */
async function probeWhile(done: Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let finished = false;
  void done.finally(() => (finished = true));
  let due = performance.now();
  while (!finished) {
    due = Math.max(due + PROBE_EVERY_MS, performance.now());
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    otherRequest();
    latencies.push(performance.now() - due);
  }
  return latencies;
}

const report = (label: string, latencies: number[], summaryMs: number) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(
    `  ${label}: summary ${summaryMs.toFixed(0)} ms; ${sorted.length} other requests, latency p50 ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`,
  );
};

console.log(`other requests every ${PROBE_EVERY_MS} ms while the summary of ${blocking} is counted:`);
{
  // Before: the summary on this thread, begun after the first probe is due.
  const start = performance.now();
  const done = new Promise<void>((resolve) =>
    setTimeout(() => {
      oneThreadResponse(blocking);
      resolve();
    }, 5),
  );
  const latencies = await probeWhile(done);
  report("before (one thread)", latencies, performance.now() - start);
}
{
  const service = summaryService({ file });
  // The worker thread started and its connection warm (a query the list does not time).
  await service.full(db, parseQuery("合作社"), { page: "no such page" });
  const start = performance.now();
  const parsed = parseQuery(blocking);
  const first = service.first(db, parsed, {});
  const done = first ? Promise.resolve(first) : service.full(db, parsed, {});
  const latencies = await probeWhile(done);
  report("after (worker thread)", latencies, performance.now() - start);
  await service.close();
}
