import type { Paragraph } from "./types";

/** Letters and digits only, case- and width-folded: what remains when layout and punctuation are ignored. */
export function foldForMatching(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s\p{P}\p{S}]/gu, "");
}

/**
 * Drops the leading paragraphs that merely repeat the title. Newspapers print the headline again at
 * the top of the body, often broken over two or more lines. Lines are removed only when together they
 * spell exactly the whole title (ignoring spacing and punctuation); a body line that merely starts
 * like the title, or a title printed only in part, stays a paragraph.
 */
export function removeHeadline(paragraphs: Paragraph[], title: string): { body: Paragraph[]; headline: Paragraph[] } {
  const target = foldForMatching(title);
  let spelled = "";
  for (let count = 1; target && count <= paragraphs.length; count++) {
    const piece = foldForMatching(paragraphs[count - 1].text);
    if (!piece) break;
    spelled += piece;
    if (spelled === target) return { body: paragraphs.slice(count), headline: paragraphs.slice(0, count) };
    if (!target.startsWith(spelled)) break;
  }
  return { body: paragraphs, headline: [] };
}
