/**
 * npx tsx scripts/replicate-archive.ts --from SOURCE.db --to TARGET.db [--copies 50]
 *
 * A benchmark database at archive scale, made from a built one in minutes rather than hours: the
 * source's articles and pairs repeated `--copies` times in all (the source itself is the first),
 * each copy under new ids, files, slugs and dates spread over 1946–2025, with the same rows the
 * build writes (the pair's text, its links, its full-text row `hanIndexText(zh)`), term_counts
 * summed per year and month_facets recounted. A full build of 10^6 articles takes about 2.5 hours
 * of this 2-core machine (bench-archive --scale); this makes the same tables from the 20,000
 * articles of `bench-archive --count 20000` in a fraction of that, for the query-side benchmarks
 * (bench-concordance). Benchmark helper: not part of the build or the site.
 */
import { copyFileSync, existsSync } from "node:fs";
import Database from "better-sqlite3";
import { hanIndexText } from "@/lib/search/han-grams";
import { dayNumber, pairId } from "@/lib/store/keys";
import { forEachLink } from "@/lib/store/links";
import { numberOption, readOptions } from "./options";

const SLOTS = 2 ** 17;
const FIRST_YEAR = 1946;
const YEARS = 80;

/** The date copy `k` gives a source date: whole blocks of the source's span moved along 1946–2025. */
export function copyDate(date: string, k: number, firstSourceYear: number, span: number): string {
  const blocks = Math.floor(YEARS / span);
  const year = FIRST_YEAR + span * (k % blocks) + (Number(date.slice(0, 4)) - firstSourceYear);
  const monthDay = date.slice(4);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}${monthDay === "-02-29" && !leap ? "-02-28" : monthDay}`;
}

interface ArticleRow {
  id: number;
  file: string;
  slug: string;
  base_slug: string;
  identity: string;
  date: string;
  export_slug: string;
  [column: string]: unknown;
}

function main(): void {
  const { values: options } = readOptions({ from: { type: "string" }, to: { type: "string" }, copies: { type: "string", default: "50" } });
  const { from, to } = options;
  const copies = numberOption("copies", options.copies);
  if (!from || !to || !existsSync(from) || !(copies >= 1)) throw new Error("usage: --from SOURCE.db --to TARGET.db [--copies N]");
  const started = performance.now();
  copyFileSync(from, to);
  const db = new Database(to);
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -1048576");
  const articles = db.prepare("SELECT * FROM articles ORDER BY id").all() as ArticleRow[];
  const pairs = db.prepare("SELECT id, en, zh, en_first, zh_first, links FROM pairs ORDER BY id").raw().all() as [number, string, string, number | null, number | null, Uint8Array | null][];
  const years = articles.map((a) => Number(a.date.slice(0, 4)));
  const firstSourceYear = Math.min(...years);
  const span = Math.max(...years) - firstSourceYear + 1;
  const zhIndexed = pairs.map((p) => hanIndexText(p[2]));
  // Each source article's pairs (a range of the sorted pair list) and link counts.
  const BEADS = 2 ** 14;
  const pairsOf = new Map<number, [number, number]>();
  const countsOf = new Map<number, Map<string, number>>();
  for (let i = 0; i < pairs.length; ) {
    const article = Math.floor(pairs[i][0] / BEADS);
    let j = i;
    const counts = new Map<string, number>();
    for (; j < pairs.length && Math.floor(pairs[j][0] / BEADS) === article; j++) {
      forEachLink(pairs[j][5], (term, rendering) => counts.set(`${term} ${rendering}`, (counts.get(`${term} ${rendering}`) ?? 0) + 1));
    }
    pairsOf.set(article, [i, j]);
    countsOf.set(article, counts);
    i = j;
  }
  const columns = Object.keys(articles[0]);
  const insertArticle = db.prepare(`INSERT INTO articles (${columns.join(", ")}) VALUES (${columns.map((c) => `@${c}`).join(", ")})`);
  const insertPair = db.prepare("INSERT INTO pairs (id, en, zh, en_first, zh_first, links) VALUES (?, ?, ?, ?, ?, ?)");
  const insertIndexed = db.prepare("INSERT INTO pairs_fts (rowid, en, zh) VALUES (?, ?, ?)");
  const addCount = db.prepare("INSERT INTO term_counts (term, rendering, year, count) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET count = count + excluded.count");
  const taken = new Set<number>(articles.map((a) => a.id));
  for (let k = 1; k < copies; k++) {
    db.exec("BEGIN");
    const yearCounts = new Map<string, number>();
    const made = articles.map((article) => {
      const date = copyDate(article.date, k, firstSourceYear, span);
      let slot = (article.id % SLOTS + k * 7919) % SLOTS;
      while (taken.has(dayNumber(date) * SLOTS + slot)) slot = (slot + 1) % SLOTS;
      const id = dayNumber(date) * SLOTS + slot;
      taken.add(id);
      return { article, id, date };
    });
    made.sort((a, b) => a.id - b.id);
    for (const { article, id, date } of made) {
      const rename = (slug: string) => `${date}-r${k}${slug.slice(10)}`;
      insertArticle.run({
        ...article,
        id,
        date,
        file: `replica-${k}-${article.file}`,
        slug: rename(article.slug),
        base_slug: rename(article.base_slug),
        export_slug: rename(article.export_slug),
        identity: `${article.identity}-${k}`,
      });
      const [i, j] = pairsOf.get(article.id) ?? [0, 0];
      for (let n = i; n < j; n++) {
        const [source, en, zh, enFirst, zhFirst, links] = pairs[n];
        const pid = pairId(id, source % BEADS);
        insertPair.run(pid, en, zh, enFirst, zhFirst, links);
        insertIndexed.run(pid, en, zhIndexed[n]);
      }
      for (const [key, n] of countsOf.get(article.id) ?? []) {
        const yearKey = `${key} ${date.slice(0, 4)}`;
        yearCounts.set(yearKey, (yearCounts.get(yearKey) ?? 0) + n);
      }
    }
    for (const [key, n] of yearCounts) {
      const [term, rendering, year] = key.split(" ").map(Number);
      addCount.run(term, rendering, year, n);
    }
    db.exec("COMMIT");
    console.log(`copy ${k + 1} of ${copies}: ${(articles.length * (k + 1)).toLocaleString("en")} articles, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  db.exec("DELETE FROM month_facets");
  db.exec(`INSERT INTO month_facets (month, en_page, col, count) SELECT substr(date, 1, 7), ifnull(en_page, ''), col, count(*) FROM articles GROUP BY 1, 2, 3`);
  db.exec("INSERT INTO meta (key, value) VALUES ('replicated', 'scripts/replicate-archive.ts') ON CONFLICT DO UPDATE SET value = excluded.value");
  db.pragma("optimize");
  db.close();
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main();
