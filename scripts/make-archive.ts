// npm run make:archive -- [--count N] [--distinct D] [--seed S] [--out DIR]: writes a test archive of
// N perturbed copies of the articles in content/ (lib/content/archive-generator.ts) into DIR
// (default .cache/archive/content), replacing what was there; with --distinct, copies after the
// first D repeat their bodies under new titles and dates. Build it with CONTENT_DIR=DIR npm run build.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateArchive } from "@/lib/content/archive-generator";
import { loadContent } from "@/lib/content/load";
import { numberOption, readOptions } from "./options";

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

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values: options } = readOptions({
    count: { type: "string", default: "5000" },
    distinct: { type: "string" },
    seed: { type: "string", default: "1" },
    out: { type: "string", default: ".cache/archive/content" },
  });
  const count = numberOption("count", options.count);
  const distinct = options.distinct === undefined ? count : numberOption("distinct", options.distinct);
  const seed = numberOption("seed", options.seed);
  const out = options.out;
  if (![count, distinct, seed].every(Number.isInteger) || count < 1 || distinct < 1) {
    console.error("usage: make-archive [--count N] [--distinct D] [--seed S] [--out DIR]");
    process.exitCode = 1;
  } else {
    console.log(`make-archive: ${makeArchive(count, seed, out, distinct)} article(s) in ${out}`);
  }
}
