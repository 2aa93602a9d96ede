import { slugify } from "@/lib/content/slug";
import type { SiteArticle } from "@/lib/site/article";

/**
 * For the store's tests: a one-paragraph article whose sentences pair one to one, written by
 * hand. The English sentences are joined by spaces, the Chinese ones without.
 */
export function pairsArticle(
  file: string,
  date: string,
  pairs: readonly (readonly [en: string, zh: string, ...rest: unknown[]])[],
  meta: { title?: string; titleZh?: string; page?: string; column?: string } = {},
): SiteArticle {
  const title = meta.title ?? file;
  const page = meta.page ?? "1";
  const en = pairs.map(([e]) => e);
  const zh = pairs.map(([, z]) => z);
  return {
    slug: slugify(date, title),
    file,
    en: { title, author: "", date, page },
    zh: { title: meta.titleZh ?? `${title}（中）`, date, page: `第${page}版`, column: meta.column ?? "" },
    source: { en: "People's Daily", zh: "人民日报" },
    translator: null,
    note: null,
    alignerVersion: "test",
    mode: "paragraphs",
    rows: [
      {
        id: "p1",
        confidence: 1,
        en: [{ index: 0, text: en.join(" "), sentences: spansOf(en, 1).map((span, k) => ({ id: `e${k + 1}`, ...span, bead: k })) }],
        zh: [{ index: 0, text: zh.join(""), sentences: spansOf(zh, 0).map((span, k) => ({ id: `z${k + 1}`, ...span, bead: k })) }],
      },
    ],
    beads: pairs.map((_, k) => ({ id: `s${k + 1}`, en: [`e${k + 1}`], zh: [`z${k + 1}`], confidence: 1, hash: "x" })),
  };
}

/** Where each text starts and ends in the texts joined by `glue` characters. */
function spansOf(texts: string[], glue: number) {
  let at = 0;
  return texts.map((text) => {
    const span = { start: at, end: at + text.length };
    at = span.end + glue;
    return span;
  });
}
