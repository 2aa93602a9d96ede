import { describe, expect, it } from "vitest";
import type { CitationData } from "@/lib/site/citation";
import { passageText } from "./passage";

const data: CitationData = {
  url: "https://example.org/articles/1958-08-04-leap",
  siteName: "Parallel Reader",
  en: { title: "Leap Forward", author: "", date: "1958-08-04", page: "6" },
  zh: { title: "飞跃发展", pageLabel: "第6版" },
  source: { en: "People's Daily", zh: "人民日报" },
  translator: null,
  note: null,
};

describe("passageText", () => {
  it("writes each link's English and Chinese, a blank line between links, then the passage's citation", () => {
    const text = passageText(data, {
      fragment: "e1-e3",
      links: [
        { en: "One.\n  Two.", zh: "一二。" },
        { en: "Three.", zh: "" },
        { en: "", zh: "四。" },
      ],
    });
    expect(text).toBe(
      "One. Two.\n一二。\n\nThree.\n\n四。\n\n" +
        "“飞跃发展” [Leap Forward]. 人民日报 [People's Daily], August 4, 1958, page 6. English translation, Parallel Reader, " +
        "sentences e1–e3. https://example.org/articles/1958-08-04-leap#e1-e3.",
    );
  });
});

describe("passageText and bidi controls (issue 19, item 10)", () => {
  it("copies the passage without them", () => {
    const text = passageText(data, { fragment: "e1", links: [{ en: "Right \u202Etfel", zh: "甲\u2066乙\u2069" }] });
    expect(text.split("\n").slice(0, 2)).toEqual(["Right tfel", "甲乙"]);
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});
