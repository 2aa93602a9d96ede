// Builds the compact CC-CEDICT lexicon if it is missing or stale, then prints start-up timings.
//   npx tsx scripts/build-lexicon.ts [--cache-dir DIR]
import { loadLexiconFile, loadSegmenter } from "../lib/align/signals/lexicon/load";
import { readOptions } from "./options";

const cacheDir = readOptions({ "cache-dir": { type: "string" } }).values["cache-dir"];

const loaded = loadLexiconFile({ cacheDir });
console.log(`${loaded.built ? "built" : "up to date"}: ${loaded.path}`);
console.log(`key: ${loaded.key}`);
console.log(`${loaded.lexicon.size} headwords, ${loaded.lexicon.stemCount} stems`);
if (loaded.built) console.log(`build ${loaded.buildMs.toFixed(0)} ms`);
console.log(`read + index compact file ${loaded.loadMs.toFixed(0)} ms`);

const started = performance.now();
loadSegmenter()("预热");
console.log(`jieba with bundled dictionary ${(performance.now() - started).toFixed(0)} ms`);
