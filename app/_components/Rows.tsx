import type { CSSProperties, ReactElement } from "react";
import { UNCERTAIN_BELOW, type SiteBead, type SiteRow, type SiteSentence } from "@/lib/site/article";
import { layoutRow, type ParagraphLayout, type Segment } from "@/lib/site/layout";

/*
 * Markup contract (the reader script and the e2e tests rely on it): each row is `.pair`, a grid
 * of exactly two cells, English first, each cell a list of <p>, one per paragraph. Every sentence
 * is a <span class="s"> with its id (e5, z4) and its bead's index in data-b; the bead's id (s12)
 * sits on an empty anchor at the start of its first sentence, so `#s12` scrolls without script.
 * Only one sentence is in the tab order (a roving tabindex): the script moves it.
 *
 * Inside a paragraph, the sentences of one bead are wrapped in a <span class="seg"> carrying its
 * line in the row's sentence grid (lib/site/layout.ts) as CSS variables. Side by side, the row is
 * a grid of those lines, so each bead's English and Chinese start at the same height; in the
 * other views the segments are inline and the paragraph reads as written.
 *
 * A sentence whose bead has no counterpart is marked data-unmatched ("No counterpart"); a link
 * below UNCERTAIN_BELOW is marked data-uncertain (its confidence in data-confidence). The note is
 * shown by the translation popover on hover, focus and tap (TranslationPopover.tsx), and is in
 * the sentence's accessible description (the hidden notes after the rows) for screen readers.
 */

/** The two-column grid shared by the title block and the body; the view mode decides its columns (globals.css). */
export const pairGrid = "pair";

export const NOTE_UNMATCHED_ID = "note-unmatched";
export const NOTE_UNCERTAIN_ID = "note-uncertain";

/** What a sentence's link is like: "no counterpart" takes precedence over a low confidence. */
export function linkNote(bead: SiteBead): { kind: "unmatched" | "uncertain"; text: string } | null {
  if (bead.en.length === 0 || bead.zh.length === 0) return { kind: "unmatched", text: "No counterpart: the aligner found no translation of this sentence" };
  if (bead.confidence < UNCERTAIN_BELOW) return { kind: "uncertain", text: `Uncertain link (confidence ${bead.confidence.toFixed(2)})` };
  return null;
}

function Sentence({ sentence, text, bead, lang, tabbable }: {
  sentence: SiteSentence;
  text: string;
  bead: SiteBead;
  lang: "en" | "zh";
  tabbable: boolean;
}) {
  const counterpart = lang === "en" ? bead.zh : bead.en;
  const carriesBeadId = (bead.en[0] ?? bead.zh[0]) === sentence.id;
  const note = bead.checked ? null : linkNote(bead);
  const describedBy = [...counterpart, ...(note ? [note.kind === "unmatched" ? NOTE_UNMATCHED_ID : NOTE_UNCERTAIN_ID] : [])];
  return (
    <span
      id={sentence.id}
      className="s"
      data-b={sentence.bead}
      tabIndex={tabbable ? 0 : -1}
      aria-describedby={describedBy.length > 0 ? describedBy.join(" ") : undefined}
      data-uncertain={note?.kind === "uncertain" ? "" : undefined}
      data-unmatched={note?.kind === "unmatched" ? "" : undefined}
      data-checked={bead.checked ? "" : undefined}
      data-confidence={note?.kind === "uncertain" ? bead.confidence.toFixed(2) : undefined}
    >
      {carriesBeadId && <span id={bead.id} className="bead-anchor" />}
      {text}
    </span>
  );
}

type Vars = CSSProperties & Record<`--${string}`, number>;

function SegmentText({ segment, text, beads, lang, tabbableId }: {
  segment: Segment;
  text: string;
  beads: SiteBead[];
  lang: "en" | "zh";
  tabbableId?: string;
}) {
  const pieces: (string | ReactElement)[] = [];
  let at = segment.start;
  for (const sentence of segment.sentences) {
    if (sentence.start > at) pieces.push(text.slice(at, sentence.start));
    pieces.push(
      <Sentence
        key={sentence.id}
        sentence={sentence}
        text={text.slice(sentence.start, sentence.end)}
        bead={beads[sentence.bead]}
        lang={lang}
        tabbable={sentence.id === tabbableId}
      />,
    );
    at = sentence.end;
  }
  if (at < segment.end) pieces.push(text.slice(at, segment.end));
  return (
    <span className="seg" style={{ "--at": segment.line } as Vars} data-break={segment.breakBefore ? "" : undefined}>
      {pieces}
    </span>
  );
}

/** The paragraph exactly as written: sentences wrapped in elements, the whitespace between them kept. */
export function ParagraphText({ layout, beads, lang, tabbableId }: {
  layout: ParagraphLayout;
  beads: SiteBead[];
  lang: "en" | "zh";
  tabbableId?: string;
}) {
  const { paragraph } = layout;
  return (
    <p data-paragraph={paragraph.index} style={{ "--p-at": layout.start, "--p-span": layout.span } as Vars}>
      {layout.segments.map((segment) => (
        <SegmentText key={segment.start} segment={segment} text={paragraph.text} beads={beads} lang={lang} tabbableId={tabbableId} />
      ))}
    </p>
  );
}

function Cell({ lang, paragraphs, beads, tabbableId }: {
  lang: "en" | "zh";
  paragraphs: ParagraphLayout[];
  beads: SiteBead[];
  tabbableId?: string;
}) {
  return (
    <div lang={lang === "en" ? "en" : "zh-Hans"} data-cell={lang} className={lang === "en" ? "prose-en" : "prose-zh"}>
      {paragraphs.map((layout) => (
        <ParagraphText key={layout.paragraph.index} layout={layout} beads={beads} lang={lang} tabbableId={tabbableId} />
      ))}
    </div>
  );
}

export function Rows({ rows, beads }: { rows: SiteRow[]; beads: SiteBead[] }) {
  const first = rows.flatMap((row) => [...row.en, ...row.zh]).flatMap((p) => p.sentences)[0];
  return (
    <div className="rows">
      {rows.map((row, r) => {
        const layout = layoutRow(row);
        return (
          <div key={row.id} id={row.id} data-row={r} className="pair row" style={{ "--lines": layout.lines } as Vars}>
            <Cell lang="en" paragraphs={layout.en} beads={beads} tabbableId={first?.id} />
            <Cell lang="zh" paragraphs={layout.zh} beads={beads} tabbableId={first?.id} />
            <a href={`#${row.id}`} className="para-link" aria-label={`Link to paragraph ${r + 1}`} title={`Link to paragraph ${r + 1}`}>
              ¶
            </a>
          </div>
        );
      })}
      <span id={NOTE_UNMATCHED_ID} hidden>
        No counterpart
      </span>
      <span id={NOTE_UNCERTAIN_ID} hidden>
        Uncertain link
      </span>
    </div>
  );
}
