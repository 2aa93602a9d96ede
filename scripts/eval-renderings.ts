// npm run eval:renderings: precision and recall of the concordance's marked renderings against the
// hand-made gold set lib/search/fixtures/renderings-gold.json (10 terms of the seed articles), read
// from the archive database built from content/ (npm run build:data; ARCHIVE_DB elsewhere).
import { readFileSync } from "node:fs";
import { parseQuery } from "@/lib/search/query";
import { addTally, precision, recall, scorePair, type Tally } from "@/lib/search/rendering-score";
import { renderingSpans } from "@/lib/search/renderings";
import { ArchiveReader, archiveFile } from "@/lib/store/database";
import { searchPairs } from "@/lib/store/reader";

interface GoldPair {
  date: string;
  en: string;
  zh: string;
  gold: string[];
}

const gold = JSON.parse(readFileSync(new URL("../lib/search/fixtures/renderings-gold.json", import.meta.url), "utf8")) as { terms: { q: string; pairs: GoldPair[] }[] };
const db = new ArchiveReader(archiveFile()).get();
const percent = (x: number) => `${(100 * x).toFixed(1)} %`;
const zero: Tally = { marked: 0, gold: 0, right: 0 };
const totals = { zh: zero, en: zero };
let problems = 0;
for (const { q, pairs } of gold.terms) {
  const terms = parseQuery(q);
  const side = terms[0].lang === "zh" ? "en" : "zh";
  const { hits } = searchPairs(db, terms, { order: "oldest", after: null, limit: 1000, exact: true });
  let tally = zero;
  for (const hit of hits) {
    const want = pairs.find((p) => p.date === hit.date && p.en === hit.enId && p.zh === hit.zhId);
    if (!want) {
      console.error(`${q}: ${hit.date} ${hit.enId} ${hit.zhId} is listed but not in the gold set`);
      problems++;
    }
    const text = hit[side];
    tally = addTally(tally, scorePair(text, hit.rendering ? renderingSpans(text, hit.rendering, side) : [], want?.gold ?? [], side));
  }
  const missing = pairs.filter((p) => !hits.some((hit) => p.date === hit.date && p.en === hit.enId && p.zh === hit.zhId));
  for (const p of missing) console.error(`${q}: ${p.date} ${p.en} ${p.zh} is in the gold set but not listed`);
  problems += missing.length;
  totals[terms[0].lang] = addTally(totals[terms[0].lang], tally);
  console.log(`${q.padEnd(16)} ${String(hits.length).padStart(3)} pairs  precision ${percent(precision(tally)).padStart(7)}  recall ${percent(recall(tally)).padStart(7)}`);
}
const all = addTally(totals.zh, totals.en);
console.log(`Chinese terms: precision ${percent(precision(totals.zh))}, recall ${percent(recall(totals.zh))} (English words)`);
console.log(`English terms: precision ${percent(precision(totals.en))}, recall ${percent(recall(totals.en))} (Chinese characters)`);
console.log(`all 10 terms:  precision ${percent(precision(all))}, recall ${percent(recall(all))}`);
process.exitCode = problems > 0 ? 1 : 0;
