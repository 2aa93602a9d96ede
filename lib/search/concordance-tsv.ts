import { tsvRow } from "@/lib/export";
import { renderingSpans } from "./renderings";

/**
 * The concordance as TSV (the Export button): one row per sentence pair, eight columns. Pure.
 * `rendering` is the stored rendering of the first term (its key, "rectify"); `marked` the words
 * of the counterpart sentence that it marks there ("rectifying"), " … " between separate words.
 */
export const CONCORDANCE_COLUMNS = ["date", "article", "english_id", "chinese_id", "english", "chinese", "rendering", "marked"] as const;

export interface ConcordanceRow {
  date: string;
  slug: string;
  enId: string;
  zhId: string;
  en: string;
  zh: string;
  rendering: string | null;
}

/** The counterpart's words a rendering marks, in order. */
export function markedWords(row: ConcordanceRow, termLang: "en" | "zh"): string {
  if (!row.rendering) return "";
  const side = termLang === "zh" ? row.en : row.zh;
  return renderingSpans(side, row.rendering, termLang === "zh" ? "en" : "zh")
    .map(([start, end]) => side.slice(start, end))
    .join(" … ");
}

export function concordanceTsv(rows: Iterable<ConcordanceRow>, termLang: "en" | "zh"): string {
  let out = tsvRow(CONCORDANCE_COLUMNS);
  for (const row of rows) out += tsvRow([row.date, row.slug, row.enId, row.zhId, row.en, row.zh, row.rendering ?? "", markedWords(row, termLang)]);
  return out;
}
