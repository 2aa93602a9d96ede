import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseQuery } from "@/lib/search/query";
import type { SiteArticle } from "@/lib/site/article";
import { createArchive } from "./database";
import { countPairs, Matches, renderingSummary, searchPairs, type SearchOptions } from "./reader";
import { toArticleRecord } from "./record";
import { pairsArticle } from "./test-article";
import { ArchiveWriter } from "./writer";

const dir = mkdtempSync(path.join(tmpdir(), "matches-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * An archive whose every article closes with "Archive copy N." (N = 1…60, so "7" is also in copy 7
 * alone, while "archive" and "copy" are in every article), and where "7" also stands elsewhere:
 * the phrase "Archive copy 7." is rare, each of its words common.
 */
function article(n: number): SiteArticle {
  const date = `${1950 + (n % 9)}-0${1 + (n % 9)}-1${n % 10}`;
  const pairs: [string, string][] = [
    [`The ${n % 3 === 0 ? "7" : "eight"} cooperatives met.`, `${n % 3 === 0 ? "七" : "八"}个合作社开会。`],
    [n % 4 === 0 ? "A copy of the archive was kept." : "Output rose.", n % 4 === 0 ? "档案保存了副本。" : "产量提高。"],
    [`(Archive copy ${n}.)`, `（档案副本第${n}份。）`],
  ];
  if (n === 7 || n === 37) pairs.push(["Archive copy 7 was read again.", "再读副本。"]);
  return pairsArticle(`copy-${n}.txt`, date, pairs, { title: `Copy ${n}`, titleZh: `副本${n}`, page: String(1 + (n % 2)) });
}

const ARTICLES = Array.from({ length: 60 }, (_, i) => article(i + 1));
const db = createArchive(path.join(dir, "archive.db"));
const writer = new ArchiveWriter(db, (file) => `content/${file}`);
writer.begin();
for (const site of ARTICLES) {
  writer.put(
    toArticleRecord(site, { sentences: {}, entries: {} }, { alignKey: site.file, warnings: [] }, (beads) =>
      beads.map((bead) => (bead.zh.includes("合作社") ? [["合作社", "cooperatives"], ["cooperative", "合作社"]] : [])),
    ),
    site.file,
  );
}
expect(writer.settle()).toEqual([]);
writer.commit();

/** Every page of a search, followed through its `next` cursors. */
function allPages(query: string, options: Omit<SearchOptions, "after">, shared: boolean) {
  const terms = parseQuery(query);
  const out: string[] = [];
  let after: number | null = null;
  for (let page = 0; page < 100; page++) {
    const result = searchPairs(db, terms, { ...options, after }, shared ? new Matches(db, terms) : undefined);
    out.push(...result.hits.map((hit) => `${hit.date} ${hit.en}`));
    if (result.next === null) return out;
    after = result.next;
  }
  throw new Error("no end of pages");
}

/** What a search must find, read from the articles themselves, in date order. */
function expected(has: (en: string, zh: string) => boolean, order: "newest" | "oldest", from = "0000", to = "9999") {
  const found = ARTICLES.flatMap((site) => {
    const en = site.rows[0].en[0];
    const zh = site.rows[0].zh[0];
    return en.sentences.map((s, k) => ({ date: site.en.date, en: en.text.slice(s.start, s.end), zh: zh.text.slice(zh.sentences[k].start, zh.sentences[k].end), k }));
  })
    .filter((pair) => pair.date.slice(0, 4) >= from && pair.date.slice(0, 4) <= to && has(pair.en, pair.zh))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.k - b.k));
  return (order === "newest" ? found.reverse() : found).map((pair) => `${pair.date} ${pair.en}`);
}

describe("a query's matches read once for its page, count and summary", () => {
  const rare = (en: string) => /\bArchive copy 7\b/.test(en);
  it("finds a rare phrase of common words exactly, page by page, in both orders, with or without the shared list", () => {
    for (const order of ["newest", "oldest"] as const) {
      for (const limit of [1, 2, 100]) {
        for (const exact of [false, true]) {
          const options = { order, limit, exact };
          expect(allPages('"Archive copy 7."', options, true)).toEqual(expected(rare, order));
          expect(allPages('"Archive copy 7."', options, false)).toEqual(expected(rare, order));
        }
      }
    }
    expect(expected(rare, "oldest")).toHaveLength(3);
  });

  it("gives the same pages for common terms and filters whether the list is shared or not", () => {
    const cases: [string, Omit<SearchOptions, "after">][] = [
      ["cooperatives", { order: "newest", limit: 7, exact: false }],
      ["合作社", { order: "oldest", limit: 5, exact: true }],
      ["合作社", { order: "oldest", limit: 5, exact: true, rendering: "cooperatives" }],
      ["archive copy", { order: "newest", limit: 4, exact: true, years: { from: "1952", to: "1954" } }],
      ["7", { order: "oldest", limit: 3, exact: false, page: "2" }],
    ];
    for (const [query, options] of cases) expect(allPages(query, options, true)).toEqual(allPages(query, options, false));
    expect(allPages("archive copy", { order: "newest", limit: 4, exact: true, years: { from: "1952", to: "1954" } }, true)).toEqual(
      expected((en) => /archive/i.test(en) && /\bcopy\b/i.test(en), "newest", "1952", "1954"),
    );
    expect(allPages("合作社", { order: "oldest", limit: 5, exact: true, rendering: "cooperatives" }, true)).toHaveLength(60);
  });

  it("counts and summarises from the shared list what the index holds", () => {
    const terms = parseQuery('"Archive copy 7."');
    const matches = new Matches(db, terms);
    expect(countPairs(db, terms, 10, matches)).toEqual({ count: 3, capped: false });
    expect(countPairs(db, terms, 2, matches)).toEqual({ count: 2, capped: true });
    expect(renderingSummary(db, terms, {}, matches).total).toBe(3);
    expect(renderingSummary(db, terms, {}).total).toBe(3);
    const common = parseQuery("合作社");
    const shared = new Matches(db, common);
    expect(shared.ids(59)).toBeNull();
    expect(countPairs(db, common, 100, shared)).toEqual({ count: 60, capped: false });
    expect(renderingSummary(db, common, {}, shared)).toEqual(renderingSummary(db, common, {}));
    expect(renderingSummary(db, common, { page: "2" }, shared).total).toBe(30);
    expect(renderingSummary(db, parseQuery("七个合作社"), {}).total).toBe(20);
  });

  it("beyond the scan cap, samples each year: exact where a year has no more matches than the sample, scaled to the year's matches otherwise", () => {
    const strip = ({ approximate, ...rest }: ReturnType<typeof renderingSummary>) => ({ rest, approximate });
    // [query, filters, how far a sample of 2 may be off]: where each article holds one match, none; a page filter keeps about half of a sample of 2, so that estimate is rough.
    for (const [query, filters, off] of [
      ["合作社", { page: "2" }, 0.5],
      ["七个合作社", {}, 0],
      // Copies 7 and 37 hold the phrase twice: the sample of their years counts one article twice.
      ['"archive copy"', {}, 0.1],
      ["cooperatives 合作社", { years: { from: "1951", to: "1955" } }, 0],
    ] as const) {
      const terms = parseQuery(query);
      const exact = renderingSummary(db, terms, filters);
      expect(exact.approximate).toBeUndefined();
      // A sample larger than any year's matches: every year counted exactly, through the sampling path, and not said to be "about".
      expect(strip(renderingSummary(db, terms, filters, new Matches(db, terms, { scanCap: 2, idCap: 2, yearSample: 1000 })))).toEqual({ rest: exact, approximate: undefined });
      // One match an article, spread evenly over each year's articles: a sample of 2 estimates each year right.
      const estimate = renderingSummary(db, terms, filters, new Matches(db, terms, { scanCap: 2, idCap: 2, yearSample: 2 }));
      expect(Math.abs(estimate.total - exact.total)).toBeLessThanOrEqual(off * exact.total);
      // A Chinese string without links or filters is counted by id alone: exact whatever the sample.
      if (query === "七个合作社") expect(estimate).toEqual(exact);
      // The page and the count after the summary's pass (the route's order) are what they are alone.
      const shared = new Matches(db, terms, { scanCap: 2, idCap: 2, yearSample: 2 });
      renderingSummary(db, terms, filters, shared);
      const options = { order: "newest" as const, after: null, limit: 5, exact: true, ...filters };
      expect(searchPairs(db, terms, options, shared)).toEqual(searchPairs(db, terms, options));
      expect(countPairs(db, terms, 10_000, shared)).toEqual(countPairs(db, terms, 10_000));
      expect(estimate.years.map((y) => y.year)).toEqual(exact.years.map((y) => y.year));
    }
  });
});
