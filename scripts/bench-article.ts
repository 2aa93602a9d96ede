// npm run bench:article -- [--dir DIR] [--count N]: CPU milliseconds per article of the build's
// per-article pipeline (lib/build/article.ts: parse, segment, alignment from the cache, word data,
// renderings, the database record) on this thread, over N files of DIR (default content/), after
// one warm-up pass (dictionaries loaded, code compiled). Align DIR once first (npm run build:data
// with CONTENT_DIR=DIR and the same ALIGNMENT_CACHE_DIR), so alignment is read from the cache and
// the figure is the rest of the pipeline.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { processArticle } from "@/lib/build/article";
import { alignerVersion, correctionsVersion } from "@/lib/site/alignment-cache";
import { repoRoot } from "./archive-paths";
import { numberOption, readOptions } from "./options";

const { values: options } = readOptions({ dir: { type: "string", default: "content" }, count: { type: "string", default: "200" } });
const dir = path.resolve(options.dir);
const count = numberOption("count", options.count);
const cacheDir = path.resolve(process.env.ALIGNMENT_CACHE_DIR || path.join(".cache", "alignments"));
const build = { cacheDir, alignerVersion: alignerVersion(repoRoot), correctionsVersion: correctionsVersion(repoRoot) };
const files = readdirSync(dir).filter((name) => name.endsWith(".txt")).sort().slice(0, count);
const sources = files.map((name) => ({ name, shown: `${dir}/${name}`, bytes: new Uint8Array(readFileSync(path.join(dir, name))), links: null }));

function pass(): { cpu: number; aligned: number } {
  let aligned = 0;
  const start = process.cpuUsage();
  for (const source of sources) {
    const result = processArticle(source, build);
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join("\n"));
    if (result.aligned) aligned++;
  }
  const used = process.cpuUsage(start);
  return { cpu: (used.user + used.system) / 1000, aligned };
}

pass();
const { cpu, aligned } = pass();
console.log(`bench:article: ${sources.length} article(s) of ${dir}, ${aligned} aligned in the measured pass: ${(cpu / sources.length).toFixed(2)} CPU ms per article`);
