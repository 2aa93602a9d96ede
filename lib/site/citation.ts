import { stripBidiControls } from "./bidi";
import { formatDateEn } from "./format";
import type { SiteSource } from "./source";

/**
 * Citations, Chicago style (notes-bibliography, bibliography form) for a newspaper article in
 * Chinese read in an English translation: the original title in its own script, the English title
 * in square brackets, the paper (Chinese name, English name in brackets), date and page, then who
 * translated it and where, and the address. Plain text: the format is documented in docs/reading.md.
 *
 *   “上半年手工业飞跃发展 产值比去年同期增加四成” [Handicraft Industry Achieves …]. 人民日报 [People's
 *   Daily], August 4, 1958, page 6. English translation, Parallel Reader. https://…/articles/….
 *
 * A passage citation puts the passage first, English then Chinese, each in quotation marks, and
 * ends with the sentence ids and the passage's own address. Bidi controls are removed from every
 * citation (lib/site/bidi.ts): pasted elsewhere, nothing would contain them.
 */

/** What a citation needs to know of an article; small, so the page can hand it to the Cite control. */
export interface CitationData {
  /** Absolute address of the article page, without a fragment. */
  url: string;
  siteName: string;
  en: { title: string; author: string; date: string; page: string | null };
  zh: { title: string; pageLabel: string | null };
  source: SiteSource;
  translator: string | null;
  note: string | null;
}

export interface CitedPassage {
  /** The passage fragment without `#`, e.g. "e12-e15". */
  fragment: string;
  en: string;
  zh: string;
}

function sourceName(source: SiteSource): string {
  return source.en === source.zh ? source.en : `${source.zh} [${source.en}]`;
}

/** Ends a sentence without doubling its full stop ("… Inc." stays "… Inc."). */
const period = (text: string) => (/[.!?。！？]$/.test(text) ? text : `${text}.`);

function citationBody(data: CitationData): string {
  const author = data.en.author ? `${period(data.en.author)} ` : "";
  const page = data.en.page ? `, page ${data.en.page}` : data.zh.pageLabel ? `, ${data.zh.pageLabel}` : "";
  const translator = data.translator ? ` by ${data.translator}` : "";
  const note = data.note ? ` (${data.note})` : "";
  return (
    `${author}“${data.zh.title}” [${data.en.title}]. ${sourceName(data.source)}, ${formatDateEn(data.en.date)}${page}. ` +
    `English translation${translator}${note}, ${data.siteName}`
  );
}

/** The article's citation, one line. */
export function citeArticle(data: CitationData): string {
  return stripBidiControls(`${citationBody(data)}. ${data.url}.`);
}

/** "e12-e15" → "sentences e12–e15"; "z7" → "sentence z7". */
function passageLabel(fragment: string): string {
  return fragment.includes("-") ? `sentences ${fragment.replace("-", "–")}` : `sentence ${fragment}`;
}

/** The citation of a passage: the article's, with the sentence ids and the passage's address. */
export function passageCitation(data: CitationData, fragment: string): string {
  return stripBidiControls(`${citationBody(data)}, ${passageLabel(fragment)}. ${data.url}#${fragment}.`);
}

/** The passage in both languages, then the citation with the sentence ids and the passage's address. */
export function citePassage(data: CitationData, passage: CitedPassage): string {
  const quote = (text: string) => `“${text.replace(/\s+/g, " ").trim()}”`;
  const lines = [passage.en && quote(passage.en), passage.zh && quote(passage.zh)].filter(Boolean);
  return stripBidiControls(`${lines.join("\n")}\n\n${passageCitation(data, passage.fragment)}`);
}
