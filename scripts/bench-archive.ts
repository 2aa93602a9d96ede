/**
 * npm run bench:archive -- [--count 20000] [--scale 1000000] [--dir DIR] [--keep]
 *                          [--baseline DIR --baseline-count 2000]
 *
 * The archive build and the served site at size, in a scratch copy of the project (working tree
 * files, node_modules hard-linked), so the real .next/, .generated/ and caches are untouched.
 *
 * 1. At --count articles (perturbed copies of content/, each a distinct text): a cold build
 *    (`npm run build`'s phases: build-data, build-app), a warm one with nothing changed, and one
 *    after one article's text changed. Each phase's wall time, and its memory: the resident size of
 *    every process it starts, sampled every 200 ms from /proc and summed (the peak of the sum), and
 *    the largest single process. Then, with `next start` running: every article page, first
 *    request and cached (autocannon on loopback), search and concordance, and what an edit does
 *    to the page cache (pages re-rendered after one article changed).
 * 2. With --scale: an archive of that many articles whose first --count are the texts above and
 *    the rest repeat them under new titles and dates (1946–2025), built into a new database with
 *    the alignments from the cache: everything but alignment, measured at full size. Then the same
 *    server figures, and the output a deployment needs.
 * 0. With --baseline, first: a checkout of an earlier design (its own node_modules installed) builds the
 *    same generated archive at --baseline-count articles, phase by phase, measured the same way.
 * With --serve-only, the server figures alone, on the project a run with --keep left in --dir.
 * With --alignment-cache DIR, the scratch project starts with a copy of that alignment cache (from
 * an earlier build of the same generated archive): the cold build then stores, indexes and writes
 * downloads but aligns nothing it finds there, and says so.
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { LIST_PART_SIZE } from "@/lib/site/archive";
import { ArchiveReader, archiveFile } from "@/lib/store/database";
import { makeArchive } from "./make-archive";
import { numberOption, readOptions } from "./options";
import { serveBuild, type Served } from "./testing/serve-build";

const { values: options } = readOptions({
  count: { type: "string", default: "20000" },
  scale: { type: "string" },
  dir: { type: "string", default: path.join(os.tmpdir(), "parallel-reader-bench") },
  baseline: { type: "string" },
  "baseline-count": { type: "string", default: "2000" },
  "alignment-cache": { type: "string" },
  "serve-only": { type: "boolean", default: false },
  keep: { type: "boolean", default: false },
});
const count = numberOption("count", options.count);
const scale = options.scale === undefined ? null : numberOption("scale", options.scale);
const dir = path.resolve(options.dir);
const baseline = options.baseline ?? null;
const baselineCount = numberOption("baseline-count", options["baseline-count"]);
const alignmentCache = options["alignment-cache"] ?? null;
const repo = process.cwd();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_IGNORE_INCORRECT_LOCKFILE: "1" };

/** Resident bytes of a process and all its descendants, by process, from /proc. */
function treeMemory(root: number): Map<string, number> {
  const parent = new Map<number, number>();
  const rss = new Map<number, { name: string; bytes: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const fields = stat.slice(close + 2).split(" ");
      parent.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), { name: stat.slice(stat.indexOf("(") + 1, close), bytes: Number(fields[21]) * 4096 });
    } catch {
      // Gone while we looked.
    }
  }
  const inTree = (pid: number): boolean => pid === root || (parent.has(pid) && pid !== 1 && inTree(parent.get(pid)!));
  const out = new Map<string, number>();
  for (const [pid, { name, bytes }] of rss) if (inTree(pid)) out.set(`${name}:${pid}`, bytes);
  return out;
}

interface Phase {
  name: string;
  seconds: number;
  /** User and system CPU seconds of all its processes (GNU time's, which counts every descendant reaped). */
  cpuSeconds: number;
  /** Peak of the summed resident size of all the phase's processes. */
  peakMb: number;
  /** Peak of the largest single process. */
  largestMb: number;
  largest: string;
  processes: number;
  stdout: string;
}

async function run(name: string, cwd: string, command: string[], extraEnv: Record<string, string> = {}): Promise<Phase> {
  const started = performance.now();
  const times = path.join(dir, ".time");
  const child = spawn("/usr/bin/time", ["-f", "%U %S", "-o", times, ...command], { cwd, env: { ...env, ...extraEnv }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  let peak = 0;
  let largest = { name: "", bytes: 0 };
  const seen = new Set<string>();
  const sample = () => {
    const tree = treeMemory(child.pid!);
    let sum = 0;
    for (const [process, bytes] of tree) {
      sum += bytes;
      seen.add(process);
      if (bytes > largest.bytes) largest = { name: process.split(":")[0], bytes };
    }
    peak = Math.max(peak, sum);
  };
  const timer = setInterval(sample, 200);
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(timer);
  if (status !== 0) {
    process.stderr.write(stdout.slice(-4000) + stderr.slice(-4000));
    throw new Error(`${name} failed (exit ${status})`);
  }
  const cpuSeconds = readFileSync(times, "utf8").trim().split(/\s+/).slice(-2).map(Number).reduce((a, b) => a + b, 0);
  const phase = { name, seconds: (performance.now() - started) / 1000, cpuSeconds, peakMb: peak / 2 ** 20, largestMb: largest.bytes / 2 ** 20, largest: largest.name, processes: seen.size, stdout };
  const line = stdout.split("\n").find((l) => /^build-data: \d+ article\(s\) processed|^build-app:|build-search:/.test(l)) ?? "";
  console.log(
    `  ${name.padEnd(14)} ${phase.seconds.toFixed(1).padStart(7)} s (${phase.cpuSeconds.toFixed(1)} s CPU)  ${phase.peakMb.toFixed(0).padStart(6)} MB all processes (${phase.processes}), largest ${phase.largestMb.toFixed(0)} MB (${phase.largest})${line ? `\n                 ${line.trim()}` : ""}`,
  );
  return phase;
}

const tsx = (root: string) => path.join(root, "node_modules/.bin/tsx");
const next = (root: string) => [process.execPath, path.join(root, "node_modules/next/dist/bin/next"), "build"];

async function build(label: string, cwd: string): Promise<Phase[]> {
  console.log(`${label}:`);
  const phases = [await run("build-data", cwd, [tsx(cwd), "scripts/build-data.ts"]), await run("build-app", cwd, [tsx(cwd), "scripts/build-app.ts"])];
  const total = phases.reduce((sum, p) => sum + p.seconds, 0);
  console.log(`  ${"total".padEnd(14)} ${total.toFixed(1).padStart(7)} s  ${Math.max(...phases.map((p) => p.peakMb)).toFixed(0).padStart(6)} MB peak of any phase`);
  return phases;
}

function walk(root: string): { file: string; bytes: number }[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => ({ file: path.join(entry.parentPath, entry.name), bytes: statSync(path.join(entry.parentPath, entry.name)).size }));
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const sum = (list: { bytes: number }[]) => list.reduce((s, f) => s + f.bytes, 0);

/** A copy of a project's tracked files with its node_modules hard-linked, content/ left out. */
function scratchCopy(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: from, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const file of files) {
    if (file.startsWith("content/") || !existsSync(path.join(from, file))) continue;
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    cpSync(path.join(from, file), path.join(to, file));
  }
  execFileSync("cp", ["-al", path.join(from, "node_modules"), path.join(to, "node_modules")]);
}

interface Latency {
  p50: number;
  p95: number;
  p99: number;
  requests: number;
}

/** Each path requested once, on `connections` connections: latencies on loopback as autocannon measures each response. */
async function latency(base: string, paths: string[], connections = 1): Promise<Latency> {
  const times: number[] = [];
  let failed = 0;
  await new Promise<void>((resolve, reject) => {
    const options = { url: base, connections, amount: paths.length, requests: paths.map((p) => ({ method: "GET" as const, path: p })) };
    const instance = autocannon(options, (error) => (error ? reject(error) : resolve()));
    instance.on("response", (_client, status, _bytes, time) => {
      times.push(time);
      if (status !== 200) failed++;
    });
  });
  if (failed > 0) throw new Error(`${failed} answers other than 200 for ${paths[0]} …`);
  times.sort((a, b) => a - b);
  const at = (q: number) => Number(times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)].toFixed(1));
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), requests: times.length };
}

const ms = (l: Latency) => `p50 ${l.p50} ms, p95 ${l.p95} ms, p99 ${l.p99} ms (${l.requests} requests)`;

const SEARCHES = [
  { label: "整顿 (common)", q: "整顿" },
  { label: "合作社 (common)", q: "合作社" },
  { label: "cooperatives (common)", q: "cooperatives" },
  { label: "手工业合作社 (compound)", q: "手工业合作社" },
  { label: "Archive copy 7 (rare phrase of common words)", q: '"Archive copy 7."' },
  // A word in one article of the generated archive (its copy number): a genuinely rare term.
  { label: "1234 (rare word)", q: "1234" },
];

async function serverFigures(cwd: string, label: string): Promise<Record<string, Latency>> {
  console.log(`Server (${label}), next start on loopback, autocannon:`);
  const served: Served = await serveBuild(cwd);
  const figures: Record<string, Latency> = {};
  try {
    const db = new ArchiveReader(archiveFile(cwd)).get();
    // Articles spread over the archive, none requested before.
    const total = db.prepare("SELECT count(*) FROM articles").pluck().get() as number;
    const step = Math.max(1, Math.floor(total / 500));
    const slugs = db.prepare("SELECT slug FROM (SELECT slug, row_number() OVER (ORDER BY id) AS n FROM articles) WHERE n % ? = 0 LIMIT 500").pluck().all(step) as string[];
    const pages = slugs.map((slug) => `/articles/${slug}`);
    figures.first = await latency(served.base, pages);
    console.log(`  article, first request:   ${ms(figures.first)}`);
    figures.cached = await latency(served.base, pages);
    console.log(`  article, cached:          ${ms(figures.cached)}`);
    figures.cachedLoad = await latency(served.base, Array.from({ length: 4 }, () => pages).flat(), 8);
    console.log(`  article, cached, 8 conns: ${ms(figures.cachedLoad)}`);
    for (const { label: name, q } of SEARCHES) {
      for (const mode of ["search", "concordance"] as const) {
        const url = `/api/search?q=${encodeURIComponent(q)}${mode === "concordance" ? "&mode=concordance" : ""}`;
        const key = `${mode} ${name}`;
        figures[key] = await latency(served.base, Array.from({ length: 200 }, () => url));
        console.log(`  ${key.padEnd(40)} ${ms(figures[key])}`);
      }
    }
    const [month, articles] = db.prepare("SELECT month, sum(count) FROM month_facets GROUP BY month ORDER BY 2 DESC LIMIT 1").raw().get() as [string, number];
    const parts = Math.ceil(articles / LIST_PART_SIZE);
    figures.month = await latency(served.base, Array.from({ length: 200 }, (_, i) => `/archive/${month.replace("-", "/")}${i % parts ? `?p=${1 + (i % parts)}` : ""}`));
    console.log(`  month page (${month}, ${articles} articles, ${parts} parts): ${ms(figures.month)}`);
    figures.home = await latency(served.base, Array.from({ length: 200 }, () => "/"));
    console.log(`  home page:                ${ms(figures.home)}`);
  } finally {
    served.stop();
  }
  return figures;
}

/** With the server running and pages cached: one article's text changes, build-data runs, and the pages asked again say which were rendered again. */
async function editWhileServing(cwd: string): Promise<{ phase: Phase; rerendered: string[]; pages: number }> {
  const served = await serveBuild(cwd);
  try {
    const db = new ArchiveReader(archiveFile(cwd)).get();
    const slugs = db.prepare("SELECT slug FROM articles ORDER BY id DESC LIMIT 300").pluck().all() as string[];
    for (const slug of slugs) await fetch(`${served.base}/articles/${slug}`);
    const file = db.prepare("SELECT file FROM articles WHERE slug = ?").pluck().get(slugs[150]) as string;
    const target = path.join(cwd, "content", file);
    writeFileSync(target, readFileSync(target, "utf8").replace(/\(Archive copy (\d+)\.\)/, "(Archive copy $1, edited.)"));
    const phase = await run("build-data", cwd, [tsx(cwd), "scripts/build-data.ts"]);
    const rerendered: string[] = [];
    for (const slug of slugs) {
      const response = await fetch(`${served.base}/articles/${slug}`);
      if (response.headers.get("x-nextjs-cache") !== "HIT") rerendered.push(slug);
    }
    return { phase, rerendered, pages: slugs.length };
  } finally {
    served.stop();
  }
}

function outputSizes(cwd: string): void {
  const nextFiles = walk(path.join(cwd, ".next")).filter((f) => !f.file.includes(`${path.sep}cache${path.sep}`));
  const db = walk(path.join(cwd, ".generated")).filter((f) => f.file.endsWith(".db") || f.file.endsWith(".db-wal"));
  const downloads = walk(path.join(cwd, ".generated", "downloads"));
  const html = nextFiles.filter((f) => f.file.endsWith(".html"));
  console.log("Output a deployment needs:");
  console.log(`  .next without its cache: ${nextFiles.length} files, ${mb(sum(nextFiles))} (${html.length} prerendered HTML pages: none holds an article)`);
  console.log(`  archive database: ${mb(sum(db))}; year downloads: ${downloads.length} files, ${mb(sum(downloads))}`);
  console.log(`  in all: ${nextFiles.length + db.length + downloads.length} files, ${mb(sum(nextFiles) + sum(db) + sum(downloads))}`);
}

async function baselineBuild(): Promise<void> {
  const base = path.join(dir, "baseline");
  console.log(`\nBaseline: ${baseline} at ${baselineCount} articles (cold):`);
  scratchCopy(path.resolve(baseline!), base);
  makeArchive(baselineCount, 1, path.join(base, "content"));
  await run("build-data", base, [tsx(base), "scripts/build-data.ts"]);
  await run("next build", base, next(base));
  if (existsSync(path.join(base, "scripts/build-search.ts"))) await run("build-search", base, [tsx(base), "scripts/build-search.ts"]);
  rmSync(base, { recursive: true, force: true });
}

async function main() {
  if (!Number.isInteger(count) || count < 1 || (scale !== null && !(Number.isInteger(scale) && scale >= count))) {
    throw new Error("--count must be a positive integer and --scale one at least as large");
  }
  const cwd = path.join(dir, "project");
  if (options["serve-only"]) {
    outputSizes(cwd);
    await serverFigures(cwd, "kept project");
    return;
  }
  console.log(`bench-archive: ${count} articles${scale ? `, then ${scale}` : ""} in ${dir} (${os.availableParallelism()} CPUs, ${mb(os.totalmem())} memory)`);
  // The earlier design first: it is the cheaper run, and its figures belong beside ours.
  if (baseline) await baselineBuild();
  scratchCopy(repo, cwd);
  console.log(`  generated ${makeArchive(count, 1, path.join(cwd, "content"))} articles`);
  if (alignmentCache) {
    mkdirSync(path.join(cwd, ".cache"), { recursive: true });
    execFileSync("cp", ["-al", path.resolve(alignmentCache), path.join(cwd, ".cache", "alignments")]);
    console.log(`  alignment cache copied from ${alignmentCache}: the cold build aligns only what it does not find there`);
  }

  const cold = await build("Cold (no alignment cache, no database, no .next)", cwd);
  const warm = await build("Warm, nothing changed", cwd);
  console.log("One article's text changed, the server running with 300 pages cached:");
  const edit = await editWhileServing(cwd);
  console.log(`  pages rendered again: ${edit.rerendered.length} of ${edit.pages} (${edit.rerendered.join(", ")})`);
  const app = await run("build-app", cwd, [tsx(cwd), "scripts/build-app.ts"]);
  console.log(`  one change in all: ${(edit.phase.seconds + app.seconds).toFixed(1)} s`);
  outputSizes(cwd);
  const small = await serverFigures(cwd, `${count} articles`);

  let large: Record<string, Latency> | null = null;
  let fill: Phase | null = null;
  if (scale) {
    console.log(`\n${scale} articles: the ${count} texts above repeated under new titles and dates, alignments from the cache`);
    const started = performance.now();
    makeArchive(scale, 1, path.join(cwd, "content"), count);
    console.log(`  generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    // A new database, as for a first build of this archive.
    rmSync(path.join(cwd, ".generated"), { recursive: true, force: true });
    fill = await run("build-data", cwd, [tsx(cwd), "scripts/build-data.ts"]);
    outputSizes(cwd);
    large = await serverFigures(cwd, `${scale} articles`);
  }

  writeFileSync(path.join(dir, "bench-archive.json"), JSON.stringify({ count, scale, cpus: os.availableParallelism(), cold, warm, edit, small, fill, large }, null, 1));
  if (!options.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`kept ${dir}`);
}

try {
  await main();
} catch (error) {
  console.error(`bench-archive: ${(error as Error).message}`);
  process.exitCode = 1;
}
