import type { ExportBead } from "./beads";
import type { SiteArticle } from "@/lib/site/article";

/**
 * Plain bilingual text: the article's titles, date and page, then each link as its English text,
 * its Chinese text and a blank line (a side with no sentence is left out). Readable as is and
 * easy to paste or grep.
 */
export function toBilingualText(article: Pick<SiteArticle, "slug" | "en" | "zh">, beads: readonly ExportBead[]): string {
  const lines = [article.en.title, article.zh.title, [article.en.date, article.en.page && `page ${article.en.page}`, article.slug].filter(Boolean).join(" · "), ""];
  for (const bead of beads) {
    const mark = bead.checked ? " ✓" : "";
    lines.push(`[${bead.id}${mark}]`);
    if (bead.en) lines.push(bead.en);
    if (bead.zh) lines.push(bead.zh);
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}
