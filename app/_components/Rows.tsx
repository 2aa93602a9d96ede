import type { ReactElement } from "react";
import { UNCERTAIN_BELOW, type SiteBead, type SiteParagraph, type SiteRow, type SiteSentence } from "@/lib/site/article";

/*
 * Markup contract (the reader script and the e2e tests rely on it): each row is `.pair`, a grid
 * of exactly two cells, English first, each cell a list of <p>, one per paragraph. Every sentence
 * is a <span class="s"> with its id (e5, z4) and its bead's index in data-b; the bead's id (s12)
 * sits on an empty anchor at the start of its first sentence, so `#s12` scrolls without script.
 * Only one sentence is in the tab order (a roving tabindex): the script moves it.
 */

/** The two-column grid shared by the title block and the body; the view mode decides its columns (globals.css). */
export const pairGrid = "pair";

function Sentence({ sentence, text, bead, lang, tabbable }: {
  sentence: SiteSentence;
  text: string;
  bead: SiteBead;
  lang: "en" | "zh";
  tabbable: boolean;
}) {
  const counterpart = lang === "en" ? bead.zh : bead.en;
  const carriesBeadId = (bead.en[0] ?? bead.zh[0]) === sentence.id;
  const uncertain = bead.confidence < UNCERTAIN_BELOW && !bead.checked;
  return (
    <span
      id={sentence.id}
      className="s"
      data-b={sentence.bead}
      tabIndex={tabbable ? 0 : -1}
      aria-describedby={counterpart.length > 0 ? counterpart.join(" ") : undefined}
      data-uncertain={uncertain ? "" : undefined}
      data-checked={bead.checked ? "" : undefined}
      title={uncertain ? `Uncertain link (confidence ${bead.confidence.toFixed(2)})` : undefined}
    >
      {carriesBeadId && <span id={bead.id} className="bead-anchor" />}
      {text}
    </span>
  );
}

/** The paragraph exactly as written: sentences wrapped in elements, the whitespace between them kept. */
export function ParagraphText({ paragraph, beads, lang, tabbableId }: {
  paragraph: SiteParagraph;
  beads: SiteBead[];
  lang: "en" | "zh";
  tabbableId?: string;
}) {
  const pieces: (string | ReactElement)[] = [];
  let at = 0;
  for (const sentence of paragraph.sentences) {
    if (sentence.start > at) pieces.push(paragraph.text.slice(at, sentence.start));
    pieces.push(
      <Sentence
        key={sentence.id}
        sentence={sentence}
        text={paragraph.text.slice(sentence.start, sentence.end)}
        bead={beads[sentence.bead]}
        lang={lang}
        tabbable={sentence.id === tabbableId}
      />,
    );
    at = sentence.end;
  }
  if (at < paragraph.text.length) pieces.push(paragraph.text.slice(at));
  return <p data-paragraph={paragraph.index}>{pieces}</p>;
}

function Cell({ lang, paragraphs, beads, tabbableId }: {
  lang: "en" | "zh";
  paragraphs: SiteParagraph[];
  beads: SiteBead[];
  tabbableId?: string;
}) {
  return (
    <div lang={lang === "en" ? "en" : "zh-Hans"} data-cell={lang} className={lang === "en" ? "prose-en" : "prose-zh"}>
      {paragraphs.map((paragraph) => (
        <ParagraphText key={paragraph.index} paragraph={paragraph} beads={beads} lang={lang} tabbableId={tabbableId} />
      ))}
    </div>
  );
}

export function Rows({ rows, beads }: { rows: SiteRow[]; beads: SiteBead[] }) {
  const first = rows.flatMap((row) => [...row.en, ...row.zh]).flatMap((p) => p.sentences)[0];
  return (
    <div className="rows">
      {rows.map((row, r) => (
        <div key={row.id} id={row.id} data-row={r} className="pair row">
          <Cell lang="en" paragraphs={row.en} beads={beads} tabbableId={first?.id} />
          <Cell lang="zh" paragraphs={row.zh} beads={beads} tabbableId={first?.id} />
          <a href={`#${row.id}`} className="para-link" aria-label={`Link to paragraph ${r + 1}`} title={`Link to paragraph ${r + 1}`}>
            ¶
          </a>
        </div>
      ))}
    </div>
  );
}
