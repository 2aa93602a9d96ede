// npm run make:archive -- [--count N] [--distinct D] [--seed S] [--out DIR]: writes a test archive of
// N perturbed copies of the articles in content/ (lib/content/archive-generator.ts) into DIR
// (default .cache/archive/content), replacing what was there; with --distinct, copies after the
// first D repeat their bodies under new titles and dates. Build it with CONTENT_DIR=DIR npm run build.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateArchive } from "@/lib/content/archive-generator";
import { loadContent } from "@/lib/content/load";

export function makeArchive(count: number, seed: number, out: string, distinct?: number): number {
  const { articles } = loadContent("content");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let written = 0;
  for (const file of generateArchive(articles, count, seed, { distinct })) {
    writeFileSync(path.join(out, file.name), file.text);
    written++;
  }
  return written;
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(option("count", "5000"));
  const distinct = Number(option("distinct", String(count)));
  const seed = Number(option("seed", "1"));
  const out = option("out", ".cache/archive/content");
  if (![count, distinct, seed].every(Number.isInteger) || count < 1 || distinct < 1) {
    console.error("usage: make-archive [--count N] [--distinct D] [--seed S] [--out DIR]");
    process.exitCode = 1;
  } else {
    console.log(`make-archive: ${makeArchive(count, seed, out, distinct)} article(s) in ${out}`);
  }
}
