import type { SiteArticle } from "./article";
import { stripBidiControls } from "./bidi";
import { pageLabelZh } from "./format";
import { LANG_TAG } from "./lang";

/**
 * Machine-readable descriptions of an article page, for reference managers and for search engines
 * and link previews (schema.org JSON-LD, Open Graph). Pure: the page turns them into tags.
 *
 * Zotero (its Embedded Metadata translator; Mendeley reads the same tags) decides the item type
 * from the meta tags alone, never from JSON-LD: `citation_journal_title` makes any page a Journal
 * Article, whatever else it says. So the paper is named by PRISM's publicationName instead, and
 * Dublin Core's type `newsItem` makes the page a Newspaper Article, with the paper, date and page
 * read from these tags. Every value is stripped of bidi controls (lib/site/bidi.ts).
 */

/**
 * The site's Open Graph image (app/opengraph-image.png, drawn by scripts/make-og-image.ts). Next.js
 * adds it to pages whose metadata names no Open Graph data of their own; an article page names
 * its own, so it names the image too.
 */
export const SITE_IMAGE = { url: "/opengraph-image.png", width: 1200, height: 630, type: "image/png", alt: "Parallel Reader · 双语对照" };

/** The paper in both languages, English first: "People's Daily (人民日报)". */
export const paperName = (source: SiteArticle["source"]) => (source.en === source.zh ? source.en : `${source.en} (${source.zh})`);

/** Citation meta tags (Highwire Press, Dublin Core, PRISM), name → content (repeated names as arrays), in the order they are emitted. */
export function citationTags(article: SiteArticle, url: string): Record<string, string | string[]> {
  const tags: Record<string, string | string[]> = {
    "DC.type": "newsItem",
    "DC.title": article.en.title,
    "DC.date": article.en.date,
    "DC.language": LANG_TAG.en,
    "prism.publicationName": paperName(article.source),
    citation_title: article.en.title,
    citation_publication_date: article.en.date.replace(/-/g, "/"),
    citation_date: article.en.date.replace(/-/g, "/"),
    citation_language: [LANG_TAG.en, LANG_TAG.zh],
    citation_public_url: url,
    citation_fulltext_html_url: url,
  };
  if (article.en.page) tags["prism.startingPage"] = article.en.page;
  if (article.zh.column) tags["prism.section"] = article.zh.column;
  if (article.en.author) tags.citation_author = article.en.author;
  if (article.en.page) tags.citation_firstpage = article.en.page;
  for (const [name, value] of Object.entries(tags)) tags[name] = Array.isArray(value) ? value.map(stripBidiControls) : stripBidiControls(value);
  return tags;
}

/** JSON-LD for a script tag: the translation as a schema.org NewsArticle that translates the original, part of the paper. */
export function newsArticleJsonLd(article: SiteArticle, url: string, siteName: string): Record<string, unknown> {
  const clean = (text: string) => stripBidiControls(text);
  const paper = {
    "@type": "Periodical",
    name: clean(article.source.zh),
    ...(article.source.en !== article.source.zh ? { alternateName: clean(article.source.en) } : {}),
    inLanguage: LANG_TAG.zh,
  };
  const page = pageLabelZh(article.zh.page, article.en.page);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: clean(article.en.title),
    inLanguage: LANG_TAG.en,
    url,
    datePublished: article.en.date,
    ...(article.en.author ? { author: { "@type": "Person", name: clean(article.en.author) } } : {}),
    ...(article.translator ? { translator: { "@type": "Person", name: clean(article.translator) } } : {}),
    publisher: { "@type": "Organization", name: siteName },
    isAccessibleForFree: true,
    translationOfWork: {
      "@type": "NewsArticle",
      headline: clean(article.zh.title),
      inLanguage: LANG_TAG.zh,
      datePublished: article.zh.date,
      isPartOf: paper,
      publisher: { "@type": "Organization", name: paper.name, ...(paper.alternateName ? { alternateName: paper.alternateName } : {}) },
      ...(page ? { pagination: page } : {}),
      ...(article.zh.column ? { articleSection: clean(article.zh.column) } : {}),
    },
    ...(article.note ? { description: clean(article.note) } : {}),
  };
}

/** JSON for an inline <script>: `<` escaped so no text in an article can close the script element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
