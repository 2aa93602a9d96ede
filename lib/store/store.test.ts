import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseQuery } from "@/lib/search/query";
import type { SiteArticle } from "@/lib/site/article";
import { createArchive, type Db } from "./database";
import { articleId, dayNumber, pairId } from "./keys";
import {
  adjacentMonths,
  articleBySlug,
  articleExport,
  articleWords,
  countPairs,
  facetsOf,
  latestArticles,
  monthArticles,
  monthCounts,
  monthFacets,
  neighboursOf,
  searchPairs,
  timelineOf,
} from "./reader";
import { toArticleRecord } from "./record";
import { pairsArticle } from "./test-article";
import { ArchiveWriter } from "./writer";

const dir = mkdtempSync(path.join(tmpdir(), "store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let made = 0;

/** A one-paragraph article whose sentences pair one to one, written by hand. */
const article = (file: string, date: string, title: string, pairs: [en: string, zh: string][], extra: { page?: string; column?: string; titleZh?: string } = {}) =>
  pairsArticle(file, date, pairs, { title, ...extra });

const record = (site: SiteArticle) => toArticleRecord(site, { sentences: { z1: [[0, 2, "合作", "hé zuò"]] }, entries: { 合作: { pinyin: "hé zuò", readings: [] } } }, { alignKey: `key-${site.file}`, warnings: [] });

function database(): { db: Db; write: (change: (writer: ArchiveWriter) => void) => ReturnType<ArchiveWriter["settle"]> } {
  const db = createArchive(path.join(dir, `archive-${made++}.db`));
  return {
    db,
    write(change) {
      const writer = new ArchiveWriter(db, (file) => `content/${file}`);
      writer.begin();
      change(writer);
      const problems = writer.settle();
      if (problems.length > 0) writer.rollback();
      else writer.commit();
      return problems;
    },
  };
}

const A = article("a.txt", "1958-08-04", "Cooperatives Grow", [
  ["Handicraft cooperatives grew.", "手工业合作社发展了。"],
  ["They were rectified.", "它们进行了整顿。"],
]);
const B = article("b.txt", "1958-08-01", "Output Rises", [["Output rose by 40%.", "产值增加四成。"]], { page: "6", column: "经济" });
const C = article("c.txt", "1954-06-22", "Southwest Regions", [["Cooperatives were consolidated.", "合作社得到巩固。"]], { page: "2" });

describe("keys", () => {
  it("orders articles and pairs by date, whatever their slot", () => {
    expect(dayNumber("0000-01-01")).toBe(0);
    expect(dayNumber("1958-08-05") - dayNumber("1958-08-04")).toBe(1);
    expect(articleId("1958-08-04", 2 ** 17 - 1)).toBeLessThan(articleId("1958-08-05", 0));
    expect(pairId(articleId("1958-08-04", 5), 2 ** 14 - 1)).toBeLessThan(pairId(articleId("1958-08-04", 6), 0));
    expect(pairId(articleId("9999-12-31", 2 ** 17 - 1), 2 ** 14 - 1)).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
  });
});

describe("the archive database", () => {
  it("stores articles and reads them back under their slug, newest first, with neighbours, months and facets", () => {
    const { db, write } = database();
    expect(write((w) => [A, B, C].forEach((site) => w.put(record(site), site.file)))).toEqual([]);
    expect(articleBySlug(db, A.slug)).toEqual(A);
    expect(articleBySlug(db, "missing")).toBeNull();
    expect(latestArticles(db, 10).map((a) => a.slug)).toEqual([A.slug, B.slug, C.slug]);
    expect(neighboursOf(db, B.slug)).toEqual({ previous: expect.objectContaining({ slug: C.slug }), next: expect.objectContaining({ slug: A.slug }) });
    expect(neighboursOf(db, A.slug).next).toBeNull();
    expect(timelineOf(db).map((y) => [y.year, y.count, y.months.filter((m) => m.count).map((m) => [m.month, m.count])])).toEqual([
      ["1958", 2, [["1958-08", 2]]],
      ["1954", 1, [["1954-06", 1]]],
    ]);
    expect(adjacentMonths(db, "1958-08")).toEqual({ older: "1954-06", newer: null });
    expect(facetsOf(db)).toEqual({ pages: ["1", "2", "6"], columns: ["经济"] });
    expect(facetsOf(db, "1958-08")).toEqual({ pages: ["1", "6"], columns: ["经济"] });
    expect(monthFacets(db)).toEqual({ "1958-08": [["1", "", 1], ["6", "经济", 1]], "1954-06": [["2", "", 1]] });
    expect([...monthCounts(db, { page: null, column: null })]).toEqual([["1958-08", 2], ["1954-06", 1]]);
    expect([...monthCounts(db, { page: "6", column: null })]).toEqual([["1958-08", 1]]);
    expect([...monthCounts(db, { page: "2", column: "经济" })]).toEqual([]);
    const page6 = monthArticles(db, "1958-08", { page: "6", column: null, sort: "newest", offset: 0, limit: 50 });
    expect([page6.total, page6.articles.map((a) => a.slug)]).toEqual([1, [B.slug]]);
    const oldest = monthArticles(db, "1958-08", { page: null, column: null, sort: "oldest", offset: 1, limit: 1 });
    expect([oldest.total, oldest.articles.map((a) => a.slug)]).toEqual([2, [A.slug]]);
    expect(articleWords(db, A.slug)).toEqual({ sentences: { z1: [[0, 2, "合作", "hé zuò"]] }, entries: { 合作: { pinyin: "hé zuò", readings: [] } } });
    expect(articleExport(db, A.slug, "tsv")?.fragment).toContain(`\t${A.slug}\ts1\n`);
  });

  it("finds Chinese terms as phrases and English ones by stem, in date order, page by page", () => {
    const { db, write } = database();
    write((w) => [A, B, C].forEach((site) => w.put(record(site), site.file)));
    const search = (query: string, options: Partial<Parameters<typeof searchPairs>[2]> = {}) =>
      searchPairs(db, parseQuery(query), { order: "newest", after: null, limit: 20, exact: false, ...options });
    // 合作社 is in A and C; 合作…社 apart nowhere; 整顿 only in A's second pair.
    expect(search("合作社").hits.map((h) => [h.slug, h.anchor])).toEqual([
      [A.slug, "z1"],
      [C.slug, "z1"],
    ]);
    expect(search("整顿").hits.map((h) => h.zh)).toEqual(["它们进行了整顿。"]);
    expect(search("社发").hits).toHaveLength(1);
    expect(search("作合").hits).toHaveLength(0);
    expect(search("cooperative").hits.map((h) => [h.slug, h.anchor])).toEqual([
      [A.slug, "e1"],
      [C.slug, "e1"],
    ]);
    expect(search('"handicraft cooperatives"').hits).toHaveLength(1);
    expect(search("合作社 cooperatives").hits).toHaveLength(2);
    expect(search("合作社 output").hits).toHaveLength(0);
    // Oldest first, one a page: the cursor walks on.
    const first = search("合作社", { order: "oldest", limit: 1 });
    expect([first.hits[0].slug, first.next]).toEqual([C.slug, first.hits[0].id]);
    const second = search("合作社", { order: "oldest", limit: 1, after: first.next });
    expect([second.hits[0].slug, second.next]).toEqual([A.slug, null]);
    // The concordance keeps pairs where each term stands as highlight() marks it: an English word with its inflections.
    expect(search("cooperative", { exact: true }).hits).toHaveLength(2);
    expect(search("合作社", { years: { from: "1955", to: "1960" } }).hits.map((h) => h.slug)).toEqual([A.slug]);
    expect(countPairs(db, parseQuery("合作社"), 1)).toEqual({ count: 1, capped: true });
    expect(countPairs(db, parseQuery("合作社"), 10)).toEqual({ count: 2, capped: false });
  });

  it("replaces an edited article's rows and nothing else, and removes a removed one everywhere", () => {
    const { db, write } = database();
    write((w) => [A, B, C].forEach((site) => w.put(record(site), site.file)));
    const rows = () => db.prepare("SELECT id, file, slug, content_hash FROM articles ORDER BY id").all();
    const pairs = () => db.prepare("SELECT * FROM pairs ORDER BY id").all() as { id: number }[];
    const before = { articles: rows(), pairs: pairs() };
    const edited = article("b.txt", "1958-08-01", "Output Rises", [["Output rose by half.", "产值增加一半。"]], { page: "6", column: "经济" });
    write((w) => w.put(record(edited), "changed"));
    const idOfB = (before.articles as { id: number; file: string }[]).find((a) => a.file === "b.txt")!.id;
    const isB = (id: number) => Math.floor(id / 2 ** 14) === idOfB;
    expect((rows() as { file: string }[]).filter((a) => a.file !== "b.txt")).toEqual((before.articles as { file: string }[]).filter((a) => a.file !== "b.txt"));
    expect(pairs().filter((p) => !isB(p.id))).toEqual(before.pairs.filter((p) => !isB(p.id)));
    expect(pairs().filter((p) => isB(p.id))).toEqual([{ id: pairId(idOfB, 0), en: "Output rose by half.", zh: "产值增加一半。", en_first: 0, zh_first: 0, links: null }]);
    expect(searchPairs(db, parseQuery("四成"), { order: "newest", after: null, limit: 5, exact: false }).hits).toEqual([]);
    expect(searchPairs(db, parseQuery("一半"), { order: "newest", after: null, limit: 5, exact: false }).hits).toHaveLength(1);

    write((w) => w.remove("c.txt"));
    expect(articleBySlug(db, C.slug)).toBeNull();
    expect(searchPairs(db, parseQuery("巩固"), { order: "newest", after: null, limit: 5, exact: false }).hits).toEqual([]);
    expect(timelineOf(db).map((y) => y.year)).toEqual(["1958"]);
    expect(neighboursOf(db, B.slug).previous).toBeNull();
  });

  it("gives clashing slugs the suffix rule of lib/content/slug, moves them when the first goes, and refuses the same article twice", () => {
    const { db, write } = database();
    const first = article("1.txt", "1958-08-04", "Same Title", [["One.", "一。"]], { titleZh: "甲" });
    const second = article("2.txt", "1958-08-04", "Same Title", [["Two.", "二。"]], { titleZh: "乙" });
    write((w) => [second, first].forEach((site) => w.put(record(site), site.file)));
    const slugs = () => db.prepare("SELECT file, slug FROM articles ORDER BY file").raw().all();
    expect(slugs()).toEqual([
      ["1.txt", "1958-08-04-same-title"],
      ["2.txt", expect.stringMatching(/^1958-08-04-same-title-[0-9a-z]{6}$/)],
    ]);
    const suffixed = (slugs()[1] as string[])[1];
    // Its export fragments carry the slug it ended up with.
    expect(articleExport(db, suffixed, "tsv")?.fragment).toContain(`\t${suffixed}\ts1\n`);
    write((w) => w.remove("1.txt"));
    expect(slugs()).toEqual([["2.txt", "1958-08-04-same-title"]]);
    expect(articleExport(db, "1958-08-04-same-title", "tsv")?.fragment).toContain("\t1958-08-04-same-title\ts1\n");

    const copy = { ...second, file: "3.txt" };
    expect(write((w) => w.put(record(copy), "x"))).toEqual([
      { file: "content/2.txt", line: 1, message: "duplicate article: same date, English title and Chinese title as content/3.txt" },
      { file: "content/3.txt", line: 1, message: "duplicate article: same date, English title and Chinese title as content/2.txt" },
    ]);
    expect(slugs()).toEqual([["2.txt", "1958-08-04-same-title"]]);
  });
});
