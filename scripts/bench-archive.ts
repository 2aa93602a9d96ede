/**
 * npm run bench:archive -- [--count 5000] [--dir /tmp/parallel-reader-bench] [--keep]
 *
 * Builds a generated test archive (scripts/make-archive.ts: perturbed copies of content/) the
 * way `npm run build` builds the site, in a scratch copy of the project (working tree files,
 * node_modules hard-linked), so the real .next/, .generated/ and caches are untouched. Runs the
 * build twice, cold (no alignment cache, no .next) and warm (both kept), and prints per phase the
 * wall time and peak memory (GNU time's maximum resident set size), then the output: total size,
 * the number of HTML pages, the largest HTML page and the home page, and the search index.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeArchive } from "./make-archive";

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const count = Number(option("count", "5000"));
const dir = path.resolve(option("dir", path.join(os.tmpdir(), "parallel-reader-bench")));
const repo = process.cwd();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_IGNORE_INCORRECT_LOCKFILE: "1" };

interface Phase {
  name: string;
  seconds: number;
  peakMb: number;
}

function run(name: string, command: string[]): Phase {
  const stats = path.join(dir, ".time");
  const result = spawnSync("/usr/bin/time", ["-f", "%e %M", "-o", stats, ...command], { cwd: dir, env, encoding: "utf8", maxBuffer: 1 << 28 });
  if (result.status !== 0) {
    process.stderr.write(result.stdout.slice(-4000) + result.stderr.slice(-4000));
    throw new Error(`${name} failed (exit ${result.status})`);
  }
  const [seconds, kb] = readFileSync(stats, "utf8").trim().split(/\s+/).slice(-2).map(Number);
  const line = result.stdout.split("\n").find((l) => l.startsWith("build-data: aligned") || l.startsWith("build-search:"));
  console.log(`  ${name.padEnd(12)} ${seconds.toFixed(1).padStart(7)} s  ${(kb / 1024).toFixed(0).padStart(6)} MB peak${line ? `   ${line}` : ""}`);
  return { name, seconds, peakMb: kb / 1024 };
}

function build(label: string): Phase[] {
  console.log(`${label} build:`);
  const phases = [
    run("build-data", ["node_modules/.bin/tsx", "scripts/build-data.ts"]),
    run("next build", ["node_modules/.bin/next", "build"]),
    run("build-search", ["node_modules/.bin/tsx", "scripts/build-search.ts"]),
  ];
  const total = phases.reduce((sum, p) => sum + p.seconds, 0);
  console.log(`  ${"total".padEnd(12)} ${total.toFixed(1).padStart(7)} s  ${Math.max(...phases.map((p) => p.peakMb)).toFixed(0).padStart(6)} MB peak`);
  return phases;
}

function walk(root: string): { file: string; bytes: number }[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { file, bytes: statSync(file).size };
    });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function main() {
  if (!Number.isInteger(count) || count < 1) throw new Error("--count must be a positive integer");
  console.log(`bench-archive: ${count} articles in ${dir} (${os.cpus().length} CPUs)`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The working tree as it is (tracked files), and node_modules as hard links: instant, no copy.
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: repo, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const file of files) {
    if (file.startsWith("content/") || !existsSync(path.join(repo, file))) continue;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(path.join(repo, file), path.join(dir, file));
  }
  execFileSync("cp", ["-al", path.join(repo, "node_modules"), path.join(dir, "node_modules")]);
  const made = makeArchive(count, 1, path.join(dir, "content"));
  console.log(`  generated ${made} articles (perturbed copies of the ${readdirSync(path.join(repo, "content")).filter((name) => name.endsWith(".txt")).length} seeds)`);

  const cold = build("Cold (no alignment cache, no .next)");
  const warm = build("Warm (alignment cache and .next/cache kept)");

  const app = path.join(dir, ".next", "server", "app");
  const html = walk(app).filter((f) => f.file.endsWith(".html"));
  const largest = [...html].sort((a, b) => b.bytes - a.bytes)[0];
  const home = html.find((f) => f.file === path.join(app, "index.html"));
  const months = html.filter((f) => f.file.includes(`${path.sep}archive${path.sep}`));
  const articles = html.filter((f) => f.file.includes(`${path.sep}articles${path.sep}`));
  const next = walk(path.join(dir, ".next")).filter((f) => !f.file.includes(`${path.sep}cache${path.sep}`));
  const search = walk(path.join(dir, "public", "pagefind"));
  const sum = (list: { bytes: number }[]) => list.reduce((s, f) => s + f.bytes, 0);
  console.log("Output:");
  console.log(`  .next without its cache: ${mb(sum(next))}; HTML pages: ${html.length} (${mb(sum(html))})`);
  console.log(`  largest HTML page: ${kb(largest.bytes)} (${path.relative(app, largest.file)}); limit 300 KB: ${largest.bytes <= 300 * 1024 ? "met" : "EXCEEDED"}`);
  if (home) console.log(`  home page: ${kb(home.bytes)}; month pages: ${months.length}, largest ${kb(Math.max(...months.map((f) => f.bytes)))}`);
  console.log(`  article pages: ${articles.length}, mean ${kb(sum(articles) / Math.max(1, articles.length))}`);
  console.log(`  search index (public/pagefind): ${search.length} files, ${mb(sum(search))}`);
  const report = { count, cpus: os.cpus().length, cold, warm, htmlPages: html.length, largestHtml: largest.bytes, home: home?.bytes, search: sum(search) };
  writeFileSync(path.join(dir, "bench-archive.json"), JSON.stringify(report, null, 1));
  if (!process.argv.includes("--keep")) {
    rmSync(dir, { recursive: true, force: true });
  } else {
    console.log(`kept ${dir}`);
  }
}

try {
  main();
} catch (error) {
  console.error(`bench-archive: ${(error as Error).message}`);
  process.exitCode = 1;
}
