import { stripBidiControls } from "@/lib/site/bidi";
import { passageCitation, type CitationData } from "@/lib/site/citation";

/**
 * "Copy text": a passage as bilingual plain text, ready to paste into notes or a document. Link by
 * link, as the text export writes links (`text.ts`): the English, then the Chinese, then a blank
 * line (a side with no sentence left out); then the passage's citation (lib/site/citation.ts).
 *
 *   These great achievements … have been greatly improved.
 *   各地手工业合作社生产上的这些巨大成就……
 *
 *   “上半年手工业飞跃发展 …” [Handicraft Industry …]. 人民日报 [People's Daily], August 4, 1958, page 6.
 *   English translation, Parallel Reader, sentences e13–e14. https://…#e13-e14.
 */

/** One link of the passage: its sentences' text on each side (either may be empty). */
export interface PassageLink {
  en: string;
  zh: string;
}

const squash = (text: string) => stripBidiControls(text).replace(/\s+/g, " ").trim();

export function passageText(data: CitationData, passage: { fragment: string; links: readonly PassageLink[] }): string {
  const blocks = passage.links.map((link) => [squash(link.en), squash(link.zh)].filter(Boolean).join("\n")).filter(Boolean);
  return [...blocks, passageCitation(data, passage.fragment)].join("\n\n");
}
