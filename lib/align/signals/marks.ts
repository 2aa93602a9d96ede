import type { Bead, Lang, PreparedSide } from "../types";
import { unrelatedPairs, type EvidenceSignal } from "./evidence";

/**
 * Marks that survive translation: quotations (dialogue in fiction, slogans in the press), question
 * marks and exclamation marks. A span pair whose marks agree is likelier a translation; how much
 * likelier is measured on the document itself: the share of marks that find a partner in its
 * aligned beads against the share in unrelated pairs.
 */
export const MARKS = ["quote", "question", "exclamation", "paren"] as const;
type Mark = (typeof MARKS)[number];

export function markCounts(text: string, lang: Lang): Record<Mark, number> {
  const counts: Record<Mark, number> = { quote: 0, question: 0, exclamation: 0, paren: 0 };
  let straightDouble = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === "“" || c === "「" || c === "『") counts.quote++;
    else if (c === "‘" && (lang === "zh" || !isLetter(text[k - 1]))) counts.quote++;
    else if (c === '"') straightDouble++;
    else if (c === "'" && lang === "en" && !isLetter(text[k - 1]) && isLetter(text[k + 1])) counts.quote++;
    else if (c === "?" || c === "？") counts.question++;
    else if (c === "!" || c === "！") counts.exclamation++;
    else if (c === "(" || c === "（") counts.paren++;
  }
  counts.quote += Math.ceil(straightDouble / 2);
  // Runs such as "?!" or "！！" are one mark.
  counts.question = Math.min(counts.question, runsOf(text, /[?？]+/g));
  counts.exclamation = Math.min(counts.exclamation, runsOf(text, /[!！]+/g));
  return counts;
}

function runsOf(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return LETTER_OR_DIGIT.test(c);
}

const INITIAL_MATCH_RATE = 0.7;

export const markSignal: EvidenceSignal = {
  name: "marks",
  prepare(src: PreparedSide, tgt: PreparedSide) {
    const prefix = (side: PreparedSide) => {
      const table = MARKS.map(() => new Int32Array(side.sentences.length + 1));
      side.sentences.forEach((s, i) => {
        const c = markCounts(s, side.lang);
        MARKS.forEach((mark, f) => (table[f][i + 1] = table[f][i] + c[mark]));
      });
      return table;
    };
    const a = prefix(src);
    const b = prefix(tgt);
    /** Marks that find a partner and those that do not, per mark kind, summed over span pairs. */
    const tally = (pairs: Array<[number, number, number, number]>) =>
      MARKS.map((_, f) => {
        let matched = 0;
        let total = 0;
        for (const [i0, i1, j0, j1] of pairs) {
          const x = a[f][i1] - a[f][i0];
          const y = b[f][j1] - b[f][j0];
          matched += 2 * Math.min(x, y);
          total += x + y;
        }
        return { matched, total };
      });
    const chance = tally(unrelatedPairs(src.sentences.length, tgt.sentences.length).map(([i, j]) => [i, i + 1, j, j + 1])).map(
      ({ matched, total }) => Math.min(0.5, Math.max(0.02, (matched + 0.5) / (total + 5))),
    );
    let found = chance.map((p0) => Math.max(INITIAL_MATCH_RATE, p0 + 0.1));
    let gain = found.map((p1, f) => Math.log(p1 / chance[f]));
    let loss = found.map((p1, f) => Math.log((1 - p1) / (1 - chance[f])));
    return {
      evidence(i0, i1, j0, j1) {
        let e = 0;
        for (let f = 0; f < MARKS.length; f++) {
          const x = a[f][i1] - a[f][i0];
          const y = b[f][j1] - b[f][j0];
          if (x === 0 && y === 0) continue;
          // Each matched pair is seen from both sides: half a mark's evidence from each.
          e += Math.min(x, y) * gain[f] + 0.5 * Math.abs(x - y) * loss[f];
        }
        return e;
      },
      refit(beads: readonly Bead[]) {
        const spans = beads
          .filter((bead) => bead.src.length && bead.tgt.length)
          .map((bead): [number, number, number, number] => [bead.src[0], bead.src[bead.src.length - 1] + 1, bead.tgt[0], bead.tgt[bead.tgt.length - 1] + 1]);
        found = tally(spans).map(({ matched, total }, f) => Math.min(0.97, Math.max(chance[f] + 0.05, (matched + 1) / (total + 2))));
        gain = found.map((p1, f) => Math.log(p1 / chance[f]));
        loss = found.map((p1, f) => Math.log((1 - p1) / (1 - chance[f])));
        return true;
      },
    };
  },
};
