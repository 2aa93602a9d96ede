// Builds the compact CC-CEDICT lexicon in .cache/lexicon if it is missing or stale; prints timings.
import { loadLexiconFile } from "../lib/align/lexicon/load";

const loaded = loadLexiconFile();
console.log(`${loaded.built ? "built" : "up to date"}: ${loaded.path}`);
console.log(`key: ${loaded.key}`);
console.log(`${loaded.lexicon.size} headwords, ${loaded.lexicon.stems.length} stems`);
if (loaded.built) console.log(`build ${loaded.buildMs.toFixed(0)} ms`);
console.log(`parse ${loaded.loadMs.toFixed(0)} ms`);
