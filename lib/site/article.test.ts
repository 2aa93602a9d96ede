import { describe, expect, it } from "vitest";
import type { Article } from "@/lib/content/types";
import { toSiteArticle, toSiteIndex } from "./article";

function article(overrides: Partial<Article> = {}): Article {
  return {
    file: "x.txt",
    slug: "1958-08-04-a-title",
    en: { title: "A Title", author: "", date: "1958-08-04", page: "6" },
    zh: { title: "标题", date: "1958-08-04", page: "第6版", column: "" },
    enParagraphs: [
      { text: "One.", line: 6 },
      { text: "Two.", line: 8 },
      { text: "Three.", line: 10 },
    ],
    zhParagraphs: [
      { text: "一。", line: 20 },
      { text: "三。", line: 21 },
    ],
    ...overrides,
  };
}

describe("toSiteArticle", () => {
  it("turns beads into rows, leaving a side empty instead of shifting", () => {
    const site = toSiteArticle(article(), [
      { src: [0], tgt: [0], confidence: 0.9 },
      { src: [1], tgt: [], confidence: 0.2 },
      { src: [2], tgt: [1], confidence: 0.8 },
    ]);
    expect(site.rows).toEqual([
      { en: [{ index: 0, text: "One." }], zh: [{ index: 0, text: "一。" }], confidence: 0.9 },
      { en: [{ index: 1, text: "Two." }], zh: [], confidence: 0.2 },
      { en: [{ index: 2, text: "Three." }], zh: [{ index: 1, text: "三。" }], confidence: 0.8 },
    ]);
    expect(site.slug).toBe("1958-08-04-a-title");
    expect(site.zh).toEqual({ title: "标题", date: "1958-08-04", page: "第6版", column: "" });
  });

  it("keeps several paragraphs in one row when a bead merges them", () => {
    const site = toSiteArticle(article(), [
      { src: [0, 1], tgt: [0], confidence: 0.7 },
      { src: [2], tgt: [1], confidence: 0.8 },
    ]);
    expect(site.rows[0].en.map((p) => p.text)).toEqual(["One.", "Two."]);
    expect(site.rows[0].zh.map((p) => p.text)).toEqual(["一。"]);
  });

  it("keeps raw HTML as literal text; escaping is React's job at render time", () => {
    const raw = '<script>alert("x")</script> & <b>bold</b>';
    const site = toSiteArticle(
      article({ enParagraphs: [{ text: raw, line: 6 }], zhParagraphs: [{ text: "<img src=x onerror=alert(1)>", line: 20 }] }),
      [{ src: [0], tgt: [0], confidence: 1 }],
    );
    expect(site.rows[0].en[0].text).toBe(raw);
    expect(site.rows[0].zh[0].text).toBe("<img src=x onerror=alert(1)>");
  });

  it("refuses beads that drop, repeat or reorder a paragraph", () => {
    const dropsTwo = [
      { src: [0], tgt: [0], confidence: 1 },
      { src: [2], tgt: [1], confidence: 1 },
    ];
    expect(() => toSiteArticle(article(), dropsTwo)).toThrow(/English/);
    const repeatsZh = [
      { src: [0, 1], tgt: [0], confidence: 1 },
      { src: [2], tgt: [0, 1], confidence: 1 },
    ];
    expect(() => toSiteArticle(article(), repeatsZh)).toThrow(/Chinese/);
    const reorders = [
      { src: [1], tgt: [0], confidence: 1 },
      { src: [0, 2], tgt: [1], confidence: 1 },
    ];
    expect(() => toSiteArticle(article(), reorders)).toThrow(/English/);
  });
});

describe("toSiteIndex", () => {
  it("lists newest first, same-day articles by slug", () => {
    const beads = [
      { src: [0], tgt: [0], confidence: 1 },
      { src: [1, 2], tgt: [1], confidence: 1 },
    ];
    const make = (slug: string, date: string) =>
      toSiteArticle(article({ slug, en: { title: slug, author: "", date, page: "1" } }), beads);
    const index = toSiteIndex([
      make("1954-06-22-b", "1954-06-22"),
      make("1958-08-04-a", "1958-08-04"),
      make("1954-06-22-a", "1954-06-22"),
      make("1956-03-29-a", "1956-03-29"),
    ]);
    expect(index.map((a) => a.slug)).toEqual(["1958-08-04-a", "1956-03-29-a", "1954-06-22-a", "1954-06-22-b"]);
    expect(index[0]).toEqual({
      slug: "1958-08-04-a",
      en: { title: "1958-08-04-a", date: "1958-08-04", page: "1" },
      zh: { title: "标题", page: "第6版" },
    });
  });
});
