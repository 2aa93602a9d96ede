import { describe, expect, it } from "vitest";
import type { SiteArticle } from "./article";
import { highwireTags, newsArticleJsonLd, scriptJson } from "./metadata";

const article = {
  slug: "1958-08-04-a",
  file: "a.txt",
  en: { title: "Handicraft Leap", author: "", date: "1958-08-04", page: "6" },
  zh: { title: "手工业飞跃", date: "1958-08-04", page: "第6版", column: "经济" },
  source: { en: "People's Daily", zh: "人民日报" },
  translator: "Jane Doe",
  note: null,
} as unknown as SiteArticle;
const url = "https://example.org/articles/1958-08-04-a";

describe("highwireTags", () => {
  it("gives reference managers title, date, paper, page and address", () => {
    expect(highwireTags(article, url)).toEqual({
      citation_title: "Handicraft Leap",
      citation_publication_date: "1958/08/04",
      citation_date: "1958/08/04",
      citation_journal_title: "People's Daily (人民日报)",
      citation_language: ["en", "zh"],
      citation_public_url: url,
      citation_fulltext_html_url: url,
      citation_firstpage: "6",
    });
  });
});

describe("newsArticleJsonLd", () => {
  it("describes the translation as a NewsArticle translating the Chinese original", () => {
    const ld = newsArticleJsonLd(article, url, "Parallel Reader");
    expect(ld).toMatchObject({
      "@type": "NewsArticle",
      headline: "Handicraft Leap",
      datePublished: "1958-08-04",
      translator: { "@type": "Person", name: "Jane Doe" },
      translationOfWork: {
        "@type": "NewsArticle",
        headline: "手工业飞跃",
        inLanguage: "zh-Hans",
        publisher: { "@type": "Organization", name: "人民日报" },
        pagination: "第6版",
        articleSection: "经济",
      },
    });
  });

  it("escapes < so article text cannot close the script element", () => {
    const json = scriptJson({ headline: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual({ headline: "</script><script>alert(1)</script>" });
  });
});
