import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { NONE } from "@/lib/search/chart";
import { parseQuery } from "@/lib/search/query";
import { createArchive } from "./database";
import { renderingSummary, renderingTerm, searchPairs, yearOfPair } from "./reader";
import { toArticleRecord } from "./record";
import { pairId, articleId } from "./keys";
import { NO_RENDERING_ID, unpackLinks } from "./links";
import { pairsArticle } from "./test-article";
import { ArchiveWriter } from "./writer";

const text = (db: ReturnType<typeof createArchive>, id: number) => db.prepare("SELECT text FROM terms WHERE id = ?").pluck().get(id) as string;

const dir = mkdtempSync(path.join(tmpdir(), "renderings-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An article of one-to-one pairs, each with the links written by hand beside it. */
function article(file: string, date: string, page: string, pairs: [en: string, zh: string, links: [string, string][]][]) {
  return toArticleRecord(pairsArticle(file, date, pairs, { page }), { sentences: {}, entries: {} }, { alignKey: file, warnings: [] }, () => pairs.map(([, , links]) => links));
}

const A = article("a.txt", "1954-06-22", "2", [
  ["They were consolidating and rectifying them.", "进行巩固和整顿。", [["整顿", "rectify"], ["rectify", "整顿"]]],
  ["After rectification, output rose.", "经过整顿，产量提高。", [["整顿", "rectification"], ["rectification", "整顿"]]],
  // The build counts a word with no rendering under "" (counted, never listed).
  ["Nothing here matches.", "整顿工作。", [["整顿", ""]]],
]);
const B = article("b.txt", "1956-03-29", "1", [["They shift to rectification.", "转入整顿。", [["整顿", "rectification"], ["rectification", "整顿"]]]]);

function archive() {
  const db = createArchive(path.join(dir, `a-${Math.random().toString(36).slice(2)}.db`));
  const writer = new ArchiveWriter(db, (file) => `content/${file}`);
  writer.begin();
  writer.put(A, "a");
  writer.put(B, "b");
  expect(writer.settle()).toEqual([]);
  writer.commit();
  return { db, writer };
}

describe("term renderings in the archive database", () => {
  it("groups a Chinese term's pairs by rendering and year, the pairs with none found counted, the counts adding up", () => {
    const { db } = archive();
    const summary = renderingSummary(db, parseQuery("整顿"), {});
    expect(summary.term).toBe("整顿");
    expect(summary.groups).toEqual([
      { rendering: "rectification", count: 2 },
      { rendering: "rectify", count: 1 },
      { rendering: NONE, count: 1 },
    ]);
    expect(summary.total).toBe(4);
    expect(summary.years.map((y) => [y.year, Object.fromEntries(y.counts.map((c) => [c.rendering, c.count]))])).toEqual([
      [1954, { rectification: 1, rectify: 1, [NONE]: 1 }],
      [1956, { rectification: 1 }],
    ]);
    expect(renderingSummary(db, parseQuery("整顿"), { years: { from: "1956", to: "1956" } }).total).toBe(1);
    expect(renderingSummary(db, parseQuery("整顿"), { page: "2" }).total).toBe(3);
  });

  it("looks an English word up by its inflection, and checks its matches as typed", () => {
    const { db } = archive();
    expect(renderingTerm(db, parseQuery("rectified"))).toBe("rectify");
    const summary = renderingSummary(db, parseQuery("rectification"), {});
    expect(summary.groups).toEqual([{ rendering: "整顿", count: 2 }]);
  });

  it("lists one rendering's pairs, or those with none, each hit with its rendering", () => {
    const { db } = archive();
    const list = (rendering: string | null) =>
      searchPairs(db, parseQuery("整顿"), { order: "oldest", after: null, limit: 10, exact: true, rendering }).hits.map((h) => [h.en, h.rendering, h.enId, h.zhId]);
    expect(list("rectification")).toEqual([
      ["After rectification, output rose.", "rectification", "e2", "z2"],
      ["They shift to rectification.", "rectification", "e1", "z1"],
    ]);
    expect(list(NONE)).toEqual([["Nothing here matches.", null, "e3", "z3"]]);
    expect(list(null)).toHaveLength(4);
  });

  it("removes an article's links with the article", () => {
    const { db } = archive();
    const writer = new ArchiveWriter(db, (file) => `content/${file}`);
    writer.begin();
    writer.remove("a.txt");
    writer.settle();
    writer.commit();
    const links = (db.prepare("SELECT links FROM pairs ORDER BY id").pluck().all() as Uint8Array[]).map((packed) =>
      unpackLinks(packed).map(([term, rendering]) => [text(db, term), rendering === NO_RENDERING_ID ? "" : text(db, rendering)]),
    );
    expect(links).toEqual([[["整顿", "rectification"], ["rectification", "整顿"]]]);
    expect(
      db.prepare("SELECT t.text, ifnull(r.text, ''), c.year, c.count FROM term_counts c JOIN terms t ON t.id = c.term LEFT JOIN terms r ON r.id = c.rendering ORDER BY t.text").raw().all(),
    ).toEqual([
      ["rectification", "整顿", 1956, 1],
      ["整顿", "rectification", 1956, 1],
    ]);
  });

  it("reads a pair's year from its id", () => {
    expect(yearOfPair(pairId(articleId("1954-12-31", 5), 3))).toBe(1954);
    expect(yearOfPair(pairId(articleId("1955-01-01", 0), 0))).toBe(1955);
  });
});
