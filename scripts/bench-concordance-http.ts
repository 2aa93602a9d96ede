// npx tsx scripts/bench-concordance-http.ts --url http://127.0.0.1:PORT [--runs N] [--probe-word W] [terms…]:
// a concordance as a reader's browser asks a running server (`next start`) for it, and what other
// readers wait meanwhile. Per term, N times (each with another `from` year before the archive, so
// that no kept summary answers and the result is the same): the first response's time (wall, and
// the server's own `Server-Timing`), and, when it says `renderingsPending`, the summary's
// (/api/search/summary). While each runs, other requests are asked one at a time, 20 ms after the
// last answer, alternately an article page and a search for the rare word W; their latency is
// compared with the same requests alone. One warm-up concordance first. Works against a server of
// any version (one answering the summary in the first response simply has nothing pending).
import { numberOption, readOptions } from "./options";

const { values: options, positionals: terms } = readOptions({
  url: { type: "string", default: "http://127.0.0.1:3000" },
  runs: { type: "string", default: "5" },
  "probe-word": { type: "string", default: "1234" },
});
const base = options.url;
const runs = numberOption("runs", options.runs);
const probeWord = options["probe-word"];
const EVERY_MS = 20;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? "none" : `p50 ${quantile(sorted, 0.5).toFixed(0)} ms, p95 ${quantile(sorted, 0.95).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms (${sorted.length})`;
};

async function timedGet(path: string): Promise<{ ms: number; server: number | null; body: unknown }> {
  const start = performance.now();
  const response = await fetch(base + path);
  const body = response.headers.get("content-type")?.includes("json") ? await response.json() : await response.text();
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const timing = /dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "");
  return { ms: performance.now() - start, server: timing ? Number(timing[1]) : null, body };
}

// Article addresses from a search for a common word: each probe opens another one.
const articles = new Set<string>();
for (const q of ["the", "cooperatives", "production"]) {
  let after: string | null = null;
  for (let page = 0; page < 20 && articles.size < 2000; page++) {
    const { body } = await timedGet(`/api/search?q=${q}${after ? `&after=${after}` : ""}`);
    const { hits, next } = body as { hits: { url: string }[]; next: string | null };
    for (const hit of hits) articles.add(hit.url.split("#")[0]);
    if (next === null) break;
    after = next;
  }
}
const slugs = [...articles];
let probes = 0;
const probe = () => timedGet(probes++ % 2 === 0 ? slugs[(probes >> 1) % slugs.length] : `/api/search?q=${encodeURIComponent(probeWord)}`);

/** One probe at a time, EVERY_MS after the last answer, until `done` settles: how long one other reader waits. */
async function probeWhile(done: Promise<unknown>): Promise<number[]> {
  let finished = false;
  void done.finally(() => (finished = true)).catch(() => undefined);
  const latencies: number[] = [];
  while (!finished) {
    latencies.push((await probe()).ms);
    await new Promise((resolve) => setTimeout(resolve, EVERY_MS));
  }
  return latencies;
}

const alone: number[] = [];
for (let i = 0; i < 40; i++) {
  alone.push((await probe()).ms);
  await new Promise((resolve) => setTimeout(resolve, EVERY_MS));
}
console.log(`bench:concordance-http ${base}: ${slugs.length} article pages to probe; other requests alone (article page, search for ${probeWord}): ${stats(alone)}`);

// Warm: a concordance with its summary (on a server that counts it apart, its worker thread started).
{
  const query = `q=${encodeURIComponent("合作社 cooperative")}&mode=concordance&from=1899`;
  const answer = await timedGet(`/api/search?${query}`);
  if ((answer.body as { renderingsPending?: boolean }).renderingsPending) await timedGet(`/api/search/summary?${query}`);
}

for (const term of terms.length > 0 ? terms : ["手工业合作社", '"handicraft cooperatives"', "整顿", "合作社", "cooperatives"]) {
  const first: number[] = [];
  const firstServer: number[] = [];
  const summary: number[] = [];
  const during: number[] = [];
  let pending = 0;
  for (let run = 0; run < runs; run++) {
    // A year before the archive: the same matches, another cache key.
    const query = `q=${encodeURIComponent(term)}&mode=concordance&from=${1900 + run}`;
    const done = (async () => {
      const answer = await timedGet(`/api/search?${query}`);
      first.push(answer.ms);
      if (answer.server !== null) firstServer.push(answer.server);
      if ((answer.body as { renderingsPending?: boolean }).renderingsPending) {
        pending++;
        summary.push((await timedGet(`/api/search/summary?${query}`)).ms);
      }
    })();
    during.push(...(await probeWhile(done)));
    await done;
  }
  console.log(`${term}: ${pending} of ${runs} with the summary asked apart`);
  console.log(`  first response: ${stats(first)}; server ${stats(firstServer)}`);
  if (summary.length > 0) console.log(`  summary:        ${stats(summary)}`);
  console.log(`  other requests meanwhile: ${stats(during)}`);
}

// A module (top-level await).
export {};
