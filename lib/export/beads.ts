import { toAlignmentFile, type SiteArticle } from "@/lib/site/article";

/**
 * One link ready to export: both sides' text (a multi-sentence side joined: English with a space,
 * Chinese with nothing) and everything a translation memory or spreadsheet keeps about it.
 */
export interface ExportBead {
  /** Article slug. */
  article: string;
  /** Article date (YYYY-MM-DD) and newspaper page, as in the article header. */
  date: string;
  page: string | null;
  /** Bead id, `s12`. */
  id: string;
  /** Sentence ids, `e12`, `z11`; either side may be empty (a sentence with no translation). */
  enIds: string[];
  zhIds: string[];
  en: string;
  zh: string;
  confidence: number;
  /** Pinned by a person in the corrections file. */
  checked: boolean;
}

/** Every bead of the article, in document order, with its text. */
export function exportBeads(article: SiteArticle): ExportBead[] {
  const text = new Map(toAlignmentFile(article).sentences.map((s) => [s.id, s.text.trim()]));
  const join = (ids: string[], glue: string) => ids.map((id) => text.get(id) ?? "").join(glue);
  return article.beads.map((bead) => ({
    article: article.slug,
    date: article.en.date,
    page: article.en.page,
    id: bead.id,
    enIds: bead.en,
    zhIds: bead.zh,
    en: join(bead.en, " "),
    zh: join(bead.zh, ""),
    confidence: bead.confidence,
    checked: bead.checked === true,
  }));
}
