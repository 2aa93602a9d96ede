import { describe, expect, it } from "vitest";
import type { SiteArticle } from "./article";
import { searchRecords } from "./search-records";

const article = {
  slug: "1958-08-04-a",
  en: { title: "A Title", author: "", date: "1958-08-04", page: "6" },
  zh: { title: "标题", date: "1958-08-04", page: "第6版", column: "" },
  rows: [
    {
      id: "p1",
      en: [{ index: 0, text: "One.  Two. Three.", sentences: [{ id: "e1", start: 0, end: 4, bead: 0 }, { id: "e2", start: 6, end: 10, bead: 0 }, { id: "e3", start: 11, end: 17, bead: 1 }] }],
      zh: [{ index: 0, text: "一二。多。", sentences: [{ id: "z1", start: 0, end: 3, bead: 0 }, { id: "z2", start: 3, end: 5, bead: 2 }] }],
      confidence: 1,
    },
  ],
  beads: [
    { id: "s1", en: ["e1", "e2"], zh: ["z1"], confidence: 1, hash: "x" },
    { id: "s2", en: ["e3"], zh: [], confidence: 1, hash: "y" },
    { id: "s3", en: [], zh: ["z2"], confidence: 1, hash: "z" },
  ],
} as unknown as SiteArticle;

describe("searchRecords", () => {
  it("makes one record per bead and language, linking its first sentence, with the translation beside it", () => {
    const meta = { title: "A Title", title_zh: "标题", date: "1958-08-04" };
    expect(searchRecords(article)).toEqual([
      { lang: "en", url: "/articles/1958-08-04-a#e1", content: "One. Two.", meta: { ...meta, text: "One. Two.", other: "一二。" }, sort: { date: "1958-08-04" } },
      { lang: "zh", url: "/articles/1958-08-04-a#z1", content: "一 二 一二", meta: { ...meta, text: "一二。", other: "One. Two." }, sort: { date: "1958-08-04" } },
      { lang: "en", url: "/articles/1958-08-04-a#e3", content: "Three.", meta: { ...meta, text: "Three.", other: "" }, sort: { date: "1958-08-04" } },
      { lang: "zh", url: "/articles/1958-08-04-a#z2", content: "多", meta: { ...meta, text: "多。", other: "" }, sort: { date: "1958-08-04" } },
    ]);
  });
});
