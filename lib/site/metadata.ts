import type { SiteArticle } from "./article";
import { pageLabelZh } from "./format";

/**
 * Machine-readable descriptions of an article page, for reference managers (Zotero, Mendeley
 * read Highwire `citation_*` meta tags) and for search engines and link previews (schema.org
 * JSON-LD, Open Graph). Pure: the page turns them into tags.
 */

/** Highwire Press tags, name → content (repeated names as arrays), in the order they are emitted. */
export function highwireTags(article: SiteArticle, url: string): Record<string, string | string[]> {
  const tags: Record<string, string | string[]> = {
    citation_title: article.en.title,
    citation_publication_date: article.en.date.replace(/-/g, "/"),
    citation_date: article.en.date.replace(/-/g, "/"),
    citation_journal_title: article.source.en === article.source.zh ? article.source.en : `${article.source.en} (${article.source.zh})`,
    citation_language: ["en", "zh"],
    citation_public_url: url,
    citation_fulltext_html_url: url,
  };
  if (article.en.author) tags.citation_author = article.en.author;
  if (article.en.page) tags.citation_firstpage = article.en.page;
  return tags;
}

/** JSON-LD for a script tag: the translation as a schema.org NewsArticle that translates the original. */
export function newsArticleJsonLd(article: SiteArticle, url: string, siteName: string): Record<string, unknown> {
  const paper = (name: string) => ({ "@type": "Organization", name });
  const page = pageLabelZh(article.zh.page, article.en.page);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.en.title,
    inLanguage: "en",
    url,
    datePublished: article.en.date,
    ...(article.en.author ? { author: { "@type": "Person", name: article.en.author } } : {}),
    ...(article.translator ? { translator: { "@type": "Person", name: article.translator } } : {}),
    publisher: { "@type": "Organization", name: siteName },
    isAccessibleForFree: true,
    translationOfWork: {
      "@type": "NewsArticle",
      headline: article.zh.title,
      inLanguage: "zh-Hans",
      datePublished: article.zh.date,
      publisher: paper(article.source.zh),
      ...(page ? { pagination: page } : {}),
      ...(article.zh.column ? { articleSection: article.zh.column } : {}),
    },
    ...(article.note ? { description: article.note } : {}),
  };
}

/** JSON for an inline <script>: `<` escaped so no text in an article can close the script element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
