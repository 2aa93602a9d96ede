import type { SiteArticle } from "./article";

/**
 * What an article page weighs against the text it shows (`npm run bench:page`). Pure: the
 * script reads the files, these functions only count.
 */

const utf8 = (text: string) => Buffer.byteLength(text, "utf8");

/** UTF-8 bytes of every sentence of the article, English and Chinese: the text a reader reads. */
export function sentenceTextBytes(article: Pick<SiteArticle, "rows">): number {
  let bytes = 0;
  for (const row of article.rows) {
    for (const paragraph of [...row.en, ...row.zh]) {
      for (const { start, end } of paragraph.sentences) bytes += utf8(paragraph.text.slice(start, end));
    }
  }
  return bytes;
}

/**
 * Bytes of the inline scripts that carry React's flight data (`self.__next_f.push(…)`): the RSC
 * payload the App Router inlines for hydration, which repeats whatever the server components render.
 */
export function flightBytes(html: string): number {
  let bytes = 0;
  for (const script of html.match(/<script>self\.__next_f\.push\([\s\S]*?<\/script>/g) ?? []) bytes += utf8(script);
  return bytes;
}

/**
 * The first <div> whose start tag begins with `startTag` (e.g. `<div class="rows"`), through its
 * matching </div>: the article body alone, its markup and text. "" when absent.
 */
export function divHtml(html: string, startTag: string): string {
  const start = html.indexOf(startTag);
  if (start < 0) return "";
  const tags = /<div\b|<\/div>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[0] === "</div>" ? -1 : 1;
    if (depth === 0) return html.slice(start, match.index + match[0].length);
  }
  return "";
}
