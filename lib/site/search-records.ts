import type { SiteArticle } from "./article";
import { hanIndexTokens } from "./han-grams";

/**
 * The search index's records: one per sentence pair (bead) and language, so a hit names the
 * sentence it was found in and links straight to it (`/articles/<slug>#e5`, which selects its
 * bead). English and Chinese records go to separate Pagefind indexes (scripts/build-search.ts):
 * English with Pagefind's stemming, Chinese as characters and character pairs (han-grams.ts).
 */
export interface SearchRecord {
  lang: "en" | "zh";
  url: string;
  /** What is searched: the bead's sentences in this language (Chinese as its index tokens). */
  content: string;
  meta: {
    /** English title of the article. */
    title: string;
    title_zh: string;
    date: string;
    /** The matching side's text, and its translation (the bead's other side; may be empty). */
    text: string;
    other: string;
  };
  sort: { date: string };
}

export function searchRecords(article: SiteArticle): SearchRecord[] {
  const text = new Map<string, string>();
  for (const row of article.rows) {
    for (const paragraph of [...row.en, ...row.zh]) {
      for (const sentence of paragraph.sentences) text.set(sentence.id, paragraph.text.slice(sentence.start, sentence.end));
    }
  }
  const join = (ids: string[], glue: string) => ids.map((id) => text.get(id) ?? "").join(glue).trim();
  const records: SearchRecord[] = [];
  for (const bead of article.beads) {
    const en = join(bead.en, " ");
    const zh = join(bead.zh, "");
    const base = { title: article.en.title, title_zh: article.zh.title, date: article.en.date };
    if (en) {
      records.push({ lang: "en", url: `/articles/${article.slug}#${bead.en[0]}`, content: en, meta: { ...base, text: en, other: zh }, sort: { date: article.en.date } });
    }
    if (zh) {
      records.push({ lang: "zh", url: `/articles/${article.slug}#${bead.zh[0]}`, content: hanIndexTokens(zh), meta: { ...base, text: zh, other: en }, sort: { date: article.en.date } });
    }
  }
  return records;
}
