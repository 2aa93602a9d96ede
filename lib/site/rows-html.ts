import { UNCERTAIN_BELOW, type SiteBead, type SiteRow, type SiteSentence } from "./article";
import { layoutRow, type ParagraphLayout, type Segment } from "./layout";
import { NOTE_UNCERTAIN_ID, NOTE_UNMATCHED_ID } from "./sentence-notes";

/*
 * The article body as an HTML string. Pure. It is a string, not JSX, so that the page can send it
 * once, as HTML, instead of twice (HTML and again in React's flight data): see StaticHtml.tsx.
 *
 * Markup contract (app/_features/reader/dom/, popover-dom.ts, words-dom.ts and the e2e tests rely on it):
 * each row is `.pair.row` with its id (p3), a grid of exactly two cells
 * (`[data-cell=en]`, `[data-cell=zh]`), English first, each cell a list of <p>, one per
 * paragraph. Every sentence is a <span> with its id (e5, z4) and its bead's index in data-b, which
 * is what marks it as a sentence (`[data-b]`, no class: every byte here is repeated per sentence).
 * The bead's id (s12) sits on an empty <span> at the start of its first sentence, so an old `#s12`
 * link scrolls without script. The first sentence has tabindex=0; the reading layer gives
 * the others tabindex=-1 and each sentence its aria-describedby (its counterpart and its note),
 * so that neither is repeated in the HTML of every sentence.
 *
 * Inside a paragraph, the sentences of one bead are wrapped in a <span> (the "segment") carrying
 * its line in the row's sentence grid (lib/site/layout.ts) as a CSS variable, `data-break` when a
 * paragraph starts on that line on either side. Side by side, the row is a grid of those lines.
 *
 * A sentence whose bead has no counterpart is marked data-unmatched; a link below
 * UNCERTAIN_BELOW is marked data-uncertain with its confidence in data-confidence; a pinned one
 * data-checked.
 */

export { NOTE_UNCERTAIN_ID, NOTE_UNMATCHED_ID };

/** What a sentence's link is like: "no counterpart" takes precedence over a low confidence. */
export function linkNote(bead: SiteBead): { kind: "unmatched" | "uncertain"; text: string } | null {
  if (bead.en.length === 0 || bead.zh.length === 0) return { kind: "unmatched", text: "No counterpart: the aligner found no translation of this sentence" };
  if (bead.confidence < UNCERTAIN_BELOW) return { kind: "uncertain", text: `Uncertain link (confidence ${bead.confidence.toFixed(2)})` };
  return null;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

/** Text and attribute values as React escapes them: raw HTML in an article is shown as text. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

function sentenceHtml(sentence: SiteSentence, text: string, bead: SiteBead, tabbable: boolean): string {
  const note = bead.checked ? null : linkNote(bead);
  let attributes = `id="${sentence.id}" data-b="${sentence.bead}"`;
  if (tabbable) attributes += ' tabindex="0"';
  if (note?.kind === "uncertain") attributes += ` data-uncertain="" data-confidence="${bead.confidence.toFixed(2)}"`;
  if (note?.kind === "unmatched") attributes += ' data-unmatched=""';
  if (bead.checked) attributes += ' data-checked=""';
  const carriesBeadId = (bead.en[0] ?? bead.zh[0]) === sentence.id;
  return `<span ${attributes}>${carriesBeadId ? `<span id="${bead.id}"></span>` : ""}${escapeHtml(text)}</span>`;
}

function segmentHtml(segment: Segment, text: string, beads: SiteBead[], tabbableId: string | undefined): string {
  let html = "";
  let at = segment.start;
  for (const sentence of segment.sentences) {
    if (sentence.start > at) html += escapeHtml(text.slice(at, sentence.start));
    html += sentenceHtml(sentence, text.slice(sentence.start, sentence.end), beads[sentence.bead], sentence.id === tabbableId);
    at = sentence.end;
  }
  if (at < segment.end) html += escapeHtml(text.slice(at, segment.end));
  return `<span style="--at:${segment.line}"${segment.breakBefore ? ' data-break=""' : ""}>${html}</span>`;
}

/** The paragraph exactly as written: sentences wrapped in elements, the whitespace between them kept. */
function paragraphHtml(layout: ParagraphLayout, beads: SiteBead[], tabbableId: string | undefined): string {
  const segments = layout.segments.map((segment) => segmentHtml(segment, layout.paragraph.text, beads, tabbableId)).join("");
  return `<p style="--p-at:${layout.start};--p-span:${layout.span}">${segments}</p>`;
}

function cellHtml(lang: "en" | "zh", paragraphs: ParagraphLayout[], beads: SiteBead[], tabbableId: string | undefined): string {
  const body = paragraphs.map((layout) => paragraphHtml(layout, beads, tabbableId)).join("");
  return `<div lang="${lang === "en" ? "en" : "zh-Hans"}" data-cell="${lang}" class="prose-${lang}">${body}</div>`;
}

/**
 * Every row of the article, then the hidden notes that sentences' descriptions name. The ¶ link
 * of a row shows its number from a CSS counter (globals.css), so neither the mark nor the number
 * is text that a copy of the passage would pick up.
 */
export function rowsHtml(rows: SiteRow[], beads: SiteBead[]): string {
  const first = rows.flatMap((row) => [...row.en, ...row.zh]).flatMap((p) => p.sentences)[0]?.id;
  const body = rows
    .map((row, r) => {
      const layout = layoutRow(row);
      return (
        `<div id="${row.id}" class="pair row" style="--lines:${layout.lines}">` +
        cellHtml("en", layout.en, beads, first) +
        cellHtml("zh", layout.zh, beads, first) +
        `<a href="#${row.id}" class="para-link" aria-label="Link to paragraph ${r + 1}"></a></div>`
      );
    })
    .join("");
  return `${body}<span id="${NOTE_UNMATCHED_ID}" hidden="">No counterpart</span><span id="${NOTE_UNCERTAIN_ID}" hidden="">Uncertain link</span>`;
}
