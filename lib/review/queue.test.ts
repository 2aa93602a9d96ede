import { describe, expect, it } from "vitest";
import { siteConfig } from "@/site.config";
import { parseSource } from "@/lib/site/source";
import type { SiteArticle, SiteBead } from "@/lib/site/article";
import { parseTsv } from "@/lib/export/tsv";
import { formatReview, linksName, pinLineOf, reviewQueue, reviewStops, reviewTsv } from "./queue";

/** An article of one row whose English sentence k reads "E<k>." and Chinese "中<k>。". */
function article(slug: string, beads: Omit<SiteBead, "id" | "hash">[]): SiteArticle {
  const en = beads.flatMap((b) => b.en);
  const zh = beads.flatMap((b) => b.zh);
  const paragraph = (ids: string[], text: (id: string) => string) => {
    let at = 0;
    const sentences = ids.map((id) => {
      const start = at;
      at += text(id).length + 1;
      return { id, start, end: start + text(id).length, bead: beads.findIndex((b) => [...b.en, ...b.zh].includes(id)) };
    });
    return { index: 0, text: ids.map(text).join(" "), sentences };
  };
  return {
    slug,
    file: `${slug}.txt`,
    en: { title: slug, author: "", date: "1956-01-01", page: "1" },
    zh: { title: slug, date: "1956-01-01", page: "第1版", column: "" },
    source: parseSource(siteConfig.defaultSource),
    translator: null,
    note: null,
    alignerVersion: "v",
    mode: "paragraphs",
    rows: [{ id: "p1", en: [paragraph(en, (id) => `E${id.slice(1)}.`)], zh: [paragraph(zh, (id) => `中${id.slice(1)}。`)], confidence: 1 }],
    beads: beads.map((b, n) => ({ ...b, id: `s${n + 1}`, hash: "xxxxxx" })),
  };
}

const a = article("b-article", [
  { en: ["e1"], zh: ["z1"], confidence: 0.5 },
  { en: ["e2"], zh: [], confidence: 1 },
  { en: ["e3", "e4"], zh: ["z2"], confidence: 0.3 },
  { en: ["e5"], zh: ["z3"], confidence: 0.95 },
  { en: ["e6"], zh: ["z4"], confidence: 1, checked: true },
]);
const b = article("a-article", [
  { en: ["e1"], zh: ["z1"], confidence: 0.5 },
  { en: [], zh: ["z2"], confidence: 1 },
  { en: ["e2"], zh: [], confidence: 1, checked: true },
]);

describe("reviewQueue", () => {
  it("lists doubtful links least confident first (ties by article, then position), then unmatched sentences; checked links never", () => {
    const queue = reviewQueue([a, b]);
    expect(queue.doubtful.map((i) => [i.article, i.id, i.confidence])).toEqual([
      ["b-article", "s3", 0.3],
      ["a-article", "s1", 0.5],
      ["b-article", "s1", 0.5],
    ]);
    expect(queue.doubtful[0]).toMatchObject({ enIds: ["e3", "e4"], zhIds: ["z2"], en: "E3. E4.", zh: "中2。", file: "b-article.txt" });
    expect(queue.unmatched.map((i) => [i.article, i.id, i.en, i.zh])).toEqual([
      ["a-article", "s2", "", "中2。"],
      ["b-article", "s2", "E2.", ""],
    ]);
    expect([queue.links, queue.checked]).toEqual([8, 2]);
  });

  it("takes the threshold as an option", () => {
    expect(reviewQueue([a], { below: 0.99 }).doubtful.map((i) => i.id)).toEqual(["s3", "s1", "s4"]);
    expect(reviewQueue([a], { below: 0.3 }).doubtful).toEqual([]);
  });
});

describe("formatReview and reviewTsv", () => {
  it("prints each item with its confidence, ids as a corrections line, both texts and the corrections file", () => {
    const text = formatReview(reviewQueue([a, b]), { limit: 2 });
    expect(text.split("\n").slice(0, 8)).toEqual([
      "Doubtful links: 3, the 2 least confident shown",
      "0.3000  b-article s3  e3 e4 = z2    (content/b-article.links)",
      "      EN  E3. E4.",
      "      ZH  中2。",
      "0.5000  a-article s1  e1 = z1    (content/a-article.links)",
      "      EN  E1.",
      "      ZH  中1。",
      "",
    ]);
    expect(text).toContain("Unmatched sentences: 2\n     -  a-article s2  - = z2    (content/a-article.links)\n      ZH  中2。\n");
    expect(text.trimEnd().split("\n").at(-1)).toBe("2 of 8 links checked (25.0 %).");
  });

  it("writes TSV that reads back", () => {
    const rows = parseTsv(reviewTsv(reviewQueue([a, b])));
    expect(rows[0][0]).toBe("kind");
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([
      ["doubtful", "b-article", "s3"],
      ["doubtful", "a-article", "s1"],
      ["doubtful", "b-article", "s1"],
      ["unmatched", "a-article", "s2"],
      ["unmatched", "b-article", "s2"],
    ]);
  });

  it("names the corrections file and line of an item", () => {
    expect(linksName("000_x.txt")).toBe("000_x.links");
    expect(pinLineOf({ enIds: [], zhIds: ["z2"] })).toBe("- = z2");
  });
});

describe("reviewStops", () => {
  it("walks one article in the review's order: doubtful links least confident first, then unmatched sentences", () => {
    expect(reviewStops(a).map((s) => [s.kind, s.id, s.enIds, s.zhIds, s.confidence])).toEqual([
      ["doubtful", "s3", ["e3", "e4"], ["z2"], 0.3],
      ["doubtful", "s1", ["e1"], ["z1"], 0.5],
      ["unmatched", "s2", ["e2"], [], 1],
    ]);
    expect(reviewStops(a, { below: 0.99 }).map((s) => s.id)).toEqual(["s3", "s1", "s4", "s2"]);
    expect(reviewStops(b).map((s) => s.id)).toEqual(["s1", "s2"]);
  });
});
