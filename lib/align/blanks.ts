import type { Bead } from "./types";

const isBlank = (line: string) => line.trim() === "";

/**
 * Aligns two line lists with their blank lines left out, then puts each blank back as a bead of
 * its own (unmatched, certain): a blank line has no content to link, and left in, the aligner
 * paired it with real sentences (an all-blank file came out linked line for line). A blank that
 * falls between two lines of one many-line bead stays in that bead, so that beads keep covering
 * consecutive lines.
 */
export function alignWithoutBlanks(src: readonly string[], tgt: readonly string[], align: (src: string[], tgt: string[]) => Bead[]): Bead[] {
  const srcKept = keptIndices(src);
  const tgtKept = keptIndices(tgt);
  if (srcKept.length === src.length && tgtKept.length === tgt.length) return align([...src], [...tgt]);
  const beads = align(
    srcKept.map((i) => src[i]),
    tgtKept.map((j) => tgt[j]),
  ).map((bead) => ({ ...bead, src: span(bead.src.map((i) => srcKept[i])), tgt: span(bead.tgt.map((j) => tgtKept[j])) }));
  return interleave(beads, src.length, tgt.length);
}

function keptIndices(lines: readonly string[]): number[] {
  const kept: number[] = [];
  lines.forEach((line, i) => {
    if (!isBlank(line)) kept.push(i);
  });
  return kept;
}

/** The consecutive run from the first to the last index (a bead's lines with the blanks between them). */
function span(indices: number[]): number[] {
  if (indices.length < 2) return indices;
  const out: number[] = [];
  for (let k = indices[0]; k <= indices[indices.length - 1]; k++) out.push(k);
  return out;
}

/** The beads in document order with an unmatched bead for every line no bead covers, each before the first bead that starts after it. */
function interleave(beads: readonly Bead[], srcCount: number, tgtCount: number): Bead[] {
  const covered = (side: "src" | "tgt", count: number) => {
    const seen = new Uint8Array(count);
    for (const bead of beads) for (const k of bead[side]) seen[k] = 1;
    return [...seen.keys()].filter((k) => seen[k] === 0);
  };
  const srcLeft = covered("src", srcCount);
  const tgtLeft = covered("tgt", tgtCount);
  const out: Bead[] = [];
  let s = 0;
  let t = 0;
  for (const bead of beads) {
    if (bead.src.length > 0) for (; s < srcLeft.length && srcLeft[s] < bead.src[0]; s++) out.push({ src: [srcLeft[s]], tgt: [], confidence: 1 });
    if (bead.tgt.length > 0) for (; t < tgtLeft.length && tgtLeft[t] < bead.tgt[0]; t++) out.push({ src: [], tgt: [tgtLeft[t]], confidence: 1 });
    out.push(bead);
  }
  for (; s < srcLeft.length; s++) out.push({ src: [srcLeft[s]], tgt: [], confidence: 1 });
  for (; t < tgtLeft.length; t++) out.push({ src: [], tgt: [tgtLeft[t]], confidence: 1 });
  return out;
}
