import type { SiteParagraph, SiteRow, SiteSentence } from "./article";

/**
 * Sentence-level layout of a paragraph row for side-by-side reading. Pure: it only numbers lines.
 *
 * A row becomes a grid of "lines" (grid tracks), one or more per bead: each bead's English and
 * Chinese start on the same line, so they start at the same height whichever side is longer, and
 * the next bead starts below the taller of the two. A paragraph occupies the consecutive lines of
 * its sentences; a bead that continues across a paragraph break on one side takes a line per
 * piece. CSS places the pieces (globals.css); in the other views the same markup flows as prose.
 */

/** Sentences of one bead within one paragraph, and the paragraph text they cover. */
export interface Segment {
  /** 1-based line within the paragraph (the paragraph's own subgrid). */
  line: number;
  /** Offsets into the paragraph text: the text between pieces belongs to the following piece. */
  start: number;
  end: number;
  sentences: SiteSentence[];
  bead: number;
  /** A paragraph starts on this line on either side: both sides leave the paragraph gap above it. */
  breakBefore: boolean;
}

export interface ParagraphLayout {
  paragraph: SiteParagraph;
  /** 1-based first line of the paragraph in its row, and how many lines it spans. */
  start: number;
  span: number;
  segments: Segment[];
}

export interface RowLayout {
  /** Lines (grid tracks) in the row. */
  lines: number;
  en: ParagraphLayout[];
  zh: ParagraphLayout[];
}

interface Piece {
  paragraph: number;
  bead: number;
  sentences: SiteSentence[];
  line: number;
}

function piecesOf(paragraphs: SiteParagraph[]): Piece[] {
  const pieces: Piece[] = [];
  paragraphs.forEach((paragraph, p) => {
    for (const sentence of paragraph.sentences) {
      const last = pieces[pieces.length - 1];
      if (last && last.paragraph === p && last.bead === sentence.bead) last.sentences.push(sentence);
      else pieces.push({ paragraph: p, bead: sentence.bead, sentences: [sentence], line: 0 });
    }
  });
  return pieces;
}

export function layoutRow(row: Pick<SiteRow, "en" | "zh">): RowLayout {
  const sides = { en: piecesOf(row.en), zh: piecesOf(row.zh) };
  const beads = [...new Set([...sides.en, ...sides.zh].map((p) => p.bead))].sort((a, b) => a - b);
  const at = { en: 0, zh: 0 };
  let line = 1;
  for (const bead of beads) {
    let taken = 1;
    for (const lang of ["en", "zh"] as const) {
      const pieces = sides[lang];
      let k = 0;
      while (at[lang] < pieces.length && pieces[at[lang]].bead === bead) {
        pieces[at[lang]].line = line + k;
        at[lang]++;
        k++;
      }
      taken = Math.max(taken, k);
    }
    line += taken;
  }
  let lines = line - 1;

  // Lines where a paragraph other than a side's first starts.
  const breaks = new Set<number>();
  for (const lang of ["en", "zh"] as const) {
    const pieces = sides[lang];
    pieces.forEach((piece, k) => {
      if (k > 0 && pieces[k - 1].paragraph !== piece.paragraph) breaks.add(piece.line);
    });
  }

  const paragraphsOf = (lang: "en" | "zh"): ParagraphLayout[] =>
    row[lang].map((paragraph, p) => {
      const pieces = sides[lang].filter((piece) => piece.paragraph === p);
      if (pieces.length === 0) {
        // A paragraph without sentences (not produced by the segmenter, but kept whole if it is).
        lines += 1;
        return { paragraph, start: lines, span: 1, segments: [{ line: 1, start: 0, end: paragraph.text.length, sentences: [], bead: -1, breakBefore: false }] };
      }
      const start = pieces[0].line;
      const segments = pieces.map((piece, k): Segment => ({
        line: piece.line - start + 1,
        start: k === 0 ? 0 : pieces[k - 1].sentences[pieces[k - 1].sentences.length - 1].end,
        end: k === pieces.length - 1 ? paragraph.text.length : piece.sentences[piece.sentences.length - 1].end,
        sentences: piece.sentences,
        bead: piece.bead,
        breakBefore: breaks.has(piece.line),
      }));
      return { paragraph, start, span: pieces[pieces.length - 1].line - start + 1, segments };
    });

  const en = paragraphsOf("en");
  const zh = paragraphsOf("zh");
  return { lines: Math.max(lines, 1), en, zh };
}
