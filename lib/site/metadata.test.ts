import { describe, expect, it } from "vitest";
import type { SiteArticle } from "./article";
import { citationTags, newsArticleJsonLd, scriptJson } from "./metadata";

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

describe("citationTags", () => {
  it("gives reference managers a newspaper article: type, title, date, the paper in both languages, page, section and address (issue 19, item 17)", () => {
    expect(citationTags(article, url)).toEqual({
      "DC.type": "newsItem",
      "DC.title": "Handicraft Leap",
      "DC.date": "1958-08-04",
      "DC.language": "en",
      "prism.publicationName": "People's Daily (人民日报)",
      "prism.startingPage": "6",
      "prism.section": "经济",
      citation_title: "Handicraft Leap",
      citation_publication_date: "1958/08/04",
      citation_date: "1958/08/04",
      citation_language: ["en", "zh-Hans"],
      citation_public_url: url,
      citation_fulltext_html_url: url,
      citation_firstpage: "6",
    });
  });

  it("has no citation_journal_title, which makes Zotero save a Journal Article whatever else the page says", () => {
    expect(Object.keys(citationTags(article, url))).not.toContain("citation_journal_title");
  });

  it("strips bidi controls from every value (issue 19, item 10)", () => {
    const tricky = { ...article, en: { ...article.en, title: "Handicraft \u202Epaeł" } } as SiteArticle;
    expect(citationTags(tricky, url).citation_title).toBe("Handicraft paeł");
    expect(newsArticleJsonLd(tricky, url, "P").headline).toBe("Handicraft paeł");
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
        isPartOf: { "@type": "Periodical", name: "人民日报", alternateName: "People's Daily", inLanguage: "zh-Hans" },
        publisher: { "@type": "Organization", name: "人民日报", alternateName: "People's Daily" },
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
