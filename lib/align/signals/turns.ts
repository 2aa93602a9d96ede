import type { Bead, PreparedSide } from "../types";
import type { EvidenceSignal } from "./evidence";

/**
 * Quotations at a bead's edges. In fiction a speech turn is where a translator most often moves
 * a sentence boundary, and where the beads go wrong most often: a short English sentence given to
 * the turn before or after its own ('Go out and rob?' closing one speaker's words, or opening the
 * next one's). The mark counts (marks.ts) say nothing there: both placements hold the same
 * quotation marks. Where the marks sit does: a bead whose first sentence on one side opens with a
 * quotation mark starts with one on the other side too, and a bead whose last sentence ends with a
 * closing quotation mark usually ends with one on the other side.
 *
 * Two observations per linked bead, each a 2×2 table (the source's feature, the target's):
 * whether its first sentences start with an opening quotation mark, and whether its last
 * sentences end with a closing one. Each cell weighs log(P(cell | translation) / P(cell | chance)):
 * between translations the cell's share among the beads of the document's own alignment (refit),
 * between unrelated spans the product of the two sides' shares of such sentences (the features
 * independent). Silent (0) until the first alignment has estimated the tables, and near 0 in a
 * document without quotations, or where one side's quotations do not follow the other's.
 *
 * Tuned on MAC-Dev as a whole (docs/aligner-v3.md, fifth round): strict F1 0.905 → 0.924 both
 * ways. The end alone gave 0.919, the start alone 0.899 when it was "opens a quotation anywhere"
 * (a Chinese speech turn opens after its speaker, 韦小宝道：“…, an English one mostly at the
 * sentence's start); both at their weight as estimated (1), not scaled.
 */

/** Whether a sentence starts with an opening quotation mark (after any spaces). */
export function startsQuote(text: string): boolean {
  let k = 0;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  const c = text[k];
  return c === "“" || c === "「" || c === "『" || c === "‘" || c === "'" || c === '"';
}

/** Whether a sentence ends with a closing quotation mark (before any spaces). */
export function endsQuote(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  const c = text[k];
  return c === "”" || c === "」" || c === "』" || c === "’" || c === "'" || c === '"';
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0;

/**
 * Beads' worth of the chance table added to the counts of the alignment's, so that a cell seen in
 * no bead of a short document is unlikely rather than impossible.
 */
const PSEUDO_BEADS = 4;

/** A 2×2 table's log ratios, cells numbered 2 · source + target. */
function cellGains(cells: readonly number[], srcShare: number, tgtShare: number): Float64Array {
  const counts = new Float64Array(4);
  for (const c of cells) counts[c]++;
  const chance = [(1 - srcShare) * (1 - tgtShare), (1 - srcShare) * tgtShare, srcShare * (1 - tgtShare), srcShare * tgtShare];
  const total = cells.length + PSEUDO_BEADS;
  return Float64Array.from(counts, (x, c) => Math.log((x + PSEUDO_BEADS * chance[c]) / total / chance[c]));
}

/** Share of sentences with a feature, smoothed by half a sentence (never 0 or 1). */
function share(flags: Uint8Array): number {
  let n = 0;
  for (const f of flags) n += f;
  return (n + 0.5) / (flags.length + 1);
}

export const turnSignal: EvidenceSignal = {
  name: "turns",
  prepare(src: PreparedSide, tgt: PreparedSide) {
    const srcStarts = Uint8Array.from(src.sentences, (s) => (startsQuote(s) ? 1 : 0));
    const tgtStarts = Uint8Array.from(tgt.sentences, (s) => (startsQuote(s) ? 1 : 0));
    const srcEnds = Uint8Array.from(src.sentences, (s) => (endsQuote(s) ? 1 : 0));
    const tgtEnds = Uint8Array.from(tgt.sentences, (s) => (endsQuote(s) ? 1 : 0));
    let startGains: Float64Array = new Float64Array(4);
    let endGains: Float64Array = new Float64Array(4);
    return {
      evidence(i0, i1, j0, j1) {
        return startGains[2 * srcStarts[i0] + tgtStarts[j0]] + endGains[2 * srcEnds[i1 - 1] + tgtEnds[j1 - 1]];
      },
      refit(beads: readonly Bead[]) {
        const linked = beads.filter((b) => b.src.length && b.tgt.length);
        if (linked.length < 5) return false;
        startGains = cellGains(
          linked.map((b) => 2 * srcStarts[b.src[0]] + tgtStarts[b.tgt[0]]),
          share(srcStarts),
          share(tgtStarts),
        );
        endGains = cellGains(
          linked.map((b) => 2 * srcEnds[b.src[b.src.length - 1]] + tgtEnds[b.tgt[b.tgt.length - 1]]),
          share(srcEnds),
          share(tgtEnds),
        );
        return true;
      },
    };
  },
};
