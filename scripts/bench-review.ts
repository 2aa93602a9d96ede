// npm run bench:review [-- --count 5000]: times `build-data` (alignment, the database and the year
// downloads) and `npm run review` on a test archive of COUNT articles, and prints the download sizes. The archive is
// made in a temporary folder from the articles in content/: copy k is seed k mod 5 under its own
// date (a day per copy from 1950-01-01), so slugs differ; every tenth copy of the
// 1958-08-04 seed carries its corrections file. Bodies repeat, so the aligner runs once per
// distinct body (plus pins) and the rest comes from the cache, as on any rebuild where little
// changed: the figures are for loading, checking, caching, exporting and queueing, not aligning.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { repoRoot } from "./archive-paths";
import { numberOption, readOptions } from "./options";

function run(dir: string, script: string, ...args: string[]) {
  const started = performance.now();
  const result = spawnSync(path.join(repoRoot, "node_modules/.bin/tsx"), [path.join(repoRoot, "scripts", script), ...args], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, TSX_TSCONFIG_PATH: path.join(repoRoot, "tsconfig.json") },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stderr}`);
  return { ...result, seconds };
}

const { values: options } = readOptions({ count: { type: "string", default: "5000" }, keep: { type: "boolean", default: false } });
const count = numberOption("count", options.count);
const keep = options.keep;
const dir = mkdtempSync(path.join(tmpdir(), "bench-review-"));
try {
  mkdirSync(path.join(dir, "content"));
  const seedDir = path.join(repoRoot, "content");
  const seeds = readdirSync(seedDir).filter((name) => name.endsWith(".txt")).sort();
  const texts = seeds.map((name) => readFileSync(path.join(seedDir, name), "utf8"));
  const links = seeds.map((name) => path.join(seedDir, name.replace(/\.txt$/, ".links")));
  const day0 = Date.UTC(1950, 0, 1);
  for (let k = 0; k < count; k++) {
    const s = k % seeds.length;
    const date = /^Date: (\d{4}-\d{2}-\d{2})$/m.exec(texts[s])![1];
    const newDate = new Date(day0 + k * 86_400_000).toISOString().slice(0, 10);
    // A new date gives a new slug; titles stay, so headline removal works as on the seed.
    const text = texts[s].split(date).join(newDate);
    const name = `${String(k).padStart(5, "0")}_${seeds[s]}`;
    writeFileSync(path.join(dir, "content", name), text);
    if (k % (10 * seeds.length) === 0 && existsSync(links[s])) {
      writeFileSync(path.join(dir, "content", name.replace(/\.txt$/, ".links")), readFileSync(links[s]));
    }
  }
  console.log(`bench-review: ${count} articles in ${dir}/content`);

  const cold = run(dir, "build-data.ts");
  console.log(`build-data, empty cache: ${cold.seconds.toFixed(1)} s\n  ${cold.stdout.trim().split("\n").join("\n  ")}`);
  const warm = run(dir, "build-data.ts");
  console.log(`build-data, all cached:  ${warm.seconds.toFixed(1)} s\n  ${warm.stdout.trim().split("\n").join("\n  ")}`);
  const review = run(dir, "review.ts");
  console.log(`npm run review:         ${review.seconds.toFixed(1)} s (${review.stderr.trim()})`);
  // The year files the database names (lib/build/exports.ts).
  const db = new Database(path.join(dir, ".generated/archive.db"), { readonly: true });
  const files = db.prepare("SELECT format, bytes, stored FROM downloads").all() as { format: string; bytes: number; stored: number }[];
  db.close();
  for (const format of ["tmx", "tsv", "txt"]) {
    const years = files.filter((file) => file.format === format);
    const bytes = years.reduce((sum, year) => sum + year.bytes, 0);
    const stored = years.reduce((sum, year) => sum + year.stored, 0);
    console.log(`  archive.${format}: ${(bytes / 1e6).toFixed(1)} MB as downloaded, ${(stored / 1e6).toFixed(1)} MB stored (gzip, ${years.length} years)`);
  }
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
