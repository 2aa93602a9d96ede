import { describe, expect, it } from "vitest";
import { citeArticle, citePassage, type CitationData } from "./citation";

const data: CitationData = {
  url: "https://example.org/articles/1958-08-04-handicraft-industry-achieves-leap-forward",
  siteName: "Parallel Reader",
  en: { title: "Handicraft Industry Achieves Leap Forward", author: "", date: "1958-08-04", page: "6" },
  zh: { title: "上半年手工业飞跃发展 产值比去年同期增加四成", pageLabel: "第6版" },
  source: { en: "People's Daily", zh: "人民日报" },
  translator: null,
  note: null,
};

describe("citeArticle", () => {
  it("writes the Chicago form: original title, translated title, paper, date, page, translation, address", () => {
    expect(citeArticle(data)).toBe(
      "“上半年手工业飞跃发展 产值比去年同期增加四成” [Handicraft Industry Achieves Leap Forward]. 人民日报 [People's Daily], " +
        "August 4, 1958, page 6. English translation, Parallel Reader. " +
        "https://example.org/articles/1958-08-04-handicraft-industry-achieves-leap-forward.",
    );
  });

  it("names the author, the translator and a note, and falls back to the Chinese page label", () => {
    const text = citeArticle({
      ...data,
      en: { ...data.en, author: "Li Ming", page: null },
      source: { en: "Xinhua", zh: "Xinhua" },
      translator: "Jane Doe",
      note: "machine translation",
    });
    expect(text).toBe(
      "Li Ming. “上半年手工业飞跃发展 产值比去年同期增加四成” [Handicraft Industry Achieves Leap Forward]. Xinhua, August 4, 1958, 第6版. " +
        "English translation by Jane Doe (machine translation), Parallel Reader. https://example.org/articles/1958-08-04-handicraft-industry-achieves-leap-forward.",
    );
  });
});

describe("citePassage", () => {
  it("quotes the passage in both languages, then cites it with its sentence ids and address", () => {
    const text = citePassage(data, { fragment: "e1-e2", en: "One.\n  Two.", zh: "一。二。" });
    expect(text).toBe(
      "“One. Two.”\n“一。二。”\n\n" +
        "“上半年手工业飞跃发展 产值比去年同期增加四成” [Handicraft Industry Achieves Leap Forward]. 人民日报 [People's Daily], " +
        "August 4, 1958, page 6. English translation, Parallel Reader, sentences e1–e2. " +
        "https://example.org/articles/1958-08-04-handicraft-industry-achieves-leap-forward#e1-e2.",
    );
    expect(citePassage(data, { fragment: "z7", en: "", zh: "七。" })).toMatch(/^“七。”\n\n.*Parallel Reader, sentence z7\. https:\/\/\S+#z7\.$/s);
  });
});

describe("bidi controls in copied text (issue 19, item 10)", () => {
  const rlo = "\u202E";
  const tricky: CitationData = { ...data, en: { ...data.en, title: `Leap ${rlo}drawrof` }, zh: { ...data.zh, title: `手工业${rlo}飞跃\u2067x\u2069` } };

  it("are removed from the article's citation, which nothing contains once pasted", () => {
    const text = citeArticle(tricky);
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
    expect(text).toContain("[Leap drawrof]");
    expect(text).toContain("“手工业飞跃x”");
  });

  it("and from a passage and its citation", () => {
    const text = citePassage(tricky, { fragment: "e1", en: `One ${rlo}owt.`, zh: "一\u200F。" });
    expect(text.startsWith("“One owt.”\n“一。”\n\n")).toBe(true);
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
  });
});
