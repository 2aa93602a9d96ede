/**
 * Diagnostic (an edge script, not part of the aligner): how well the lexical score separates true
 * sentence pairs from wrong ones in a gold alignment file of the seeds-gold.json shape.
 *
 *     npx tsx lib/align/lexicon/diagnose.ts lib/align/fixtures/seeds-gold.json
 *
 * Prints mean scores of gold 1-1 pairs, of off-by-one neighbours of those pairs, of random non-gold
 * pairs, and of gold n:m beads against their best 1-1 part; and how often a gold 1-1 pair beats
 * every off-by-one neighbour. It only measures; nothing here feeds back into the scorer.
 */
import { readFileSync } from "node:fs";
import { indexSides, loadLexicalResources } from "./index";

interface GoldArticle {
  file: string;
  en: string[];
  zh: string[];
  beads: { en: number[]; zh: number[] }[];
}

const path = process.argv[2];
if (!path) throw new Error("usage: diagnose.ts GOLD.json");
const gold = JSON.parse(readFileSync(path, "utf8")) as { articles: GoldArticle[] };

const started = performance.now();
const resources = loadLexicalResources();
console.log(`resources loaded in ${(performance.now() - started).toFixed(0)} ms`);

let seed = 12345;
const random = (n: number) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed % n;
};
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

const goldPairs: number[] = [];
const neighbours: number[] = [];
const randoms: number[] = [];
const merged: number[] = [];
const mergedBestPart: number[] = [];
let wins = 0;
let contests = 0;
const margins: number[] = [];
let mergedWins = 0;
let zhWords = 0;
let zhTranslated = 0;

for (const article of gold.articles) {
  const index = indexSides({ lang: "zh", sentences: article.zh }, { lang: "en", sentences: article.en }, resources);
  const linked = new Set<string>();
  for (const bead of article.beads) for (const z of bead.zh) for (const e of bead.en) linked.add(`${z},${e}`);
  const one = (z: number, e: number) => index.score(z, z + 1, e, e + 1);

  for (const bead of article.beads) {
    if (bead.zh.length === 0 || bead.en.length === 0) continue;
    if (bead.zh.length === 1 && bead.en.length === 1) {
      const [z, e] = [bead.zh[0], bead.en[0]];
      const score = one(z, e);
      goldPairs.push(score);
      const around = [
        [z, e - 1],
        [z, e + 1],
        [z - 1, e],
        [z + 1, e],
      ].filter(([a, b]) => a >= 0 && b >= 0 && a < article.zh.length && b < article.en.length && !linked.has(`${a},${b}`));
      const aroundScores = around.map(([a, b]) => one(a, b));
      neighbours.push(...aroundScores);
      contests++;
      if (aroundScores.every((other) => score > other)) wins++;
      if (aroundScores.length > 0) margins.push(score - Math.max(...aroundScores));
    } else {
      const zs = bead.zh[0];
      const es = bead.en[0];
      merged.push(index.score(zs, zs + bead.zh.length, es, es + bead.en.length));
      let best = 0;
      for (const z of bead.zh) for (const e of bead.en) best = Math.max(best, one(z, e));
      mergedBestPart.push(best);
      if (merged[merged.length - 1] > best) mergedWins++;
    }
  }
  for (let k = 0; k < 200; k++) {
    const z = random(article.zh.length);
    const e = random(article.en.length);
    if (!linked.has(`${z},${e}`)) randoms.push(one(z, e));
  }
  for (let z = 0; z < article.zh.length; z++) {
    const counts = index.overlap(z, z + 1, 0, article.en.length);
    zhTranslated += counts.zhTotal;
  }
}
for (const article of gold.articles) zhWords += article.zh.length;

const row = (label: string, values: number[]) =>
  console.log(`${label.padEnd(34)} n=${String(values.length).padStart(4)}  mean ${mean(values).toFixed(3)}`);
row("gold 1-1 pairs", goldPairs);
row("off-by-one neighbours of gold 1-1", neighbours);
row("random non-gold pairs", randoms);
row("gold n:m beads (whole bead)", merged);
row("  their best 1-1 part", mergedBestPart);
console.log(`gold 1-1 beats all off-by-one neighbours: ${wins}/${contests}`);
console.log(
  `margin over best neighbour: mean ${mean(margins).toFixed(3)}, min ${Math.min(...margins).toFixed(3)}`,
);
console.log(`gold n:m bead beats its best 1-1 part: ${mergedWins}/${merged.length}`);
console.log(`translated zh content words per sentence: ${(zhTranslated / zhWords).toFixed(1)}`);
