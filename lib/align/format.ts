import type { Bead } from "./types";

/** `[i,j]:[k]` — the bead line format of Vecalign, Bertalign and MAC's gold files. */
export function formatBead(bead: Bead): string {
  return `[${bead.src.join(",")}]:[${bead.tgt.join(",")}]`;
}

/** A bead with its confidence rounded for JSON output. */
export function beadJson(bead: Bead): { src: number[]; tgt: number[]; confidence: number } {
  return { src: bead.src, tgt: bead.tgt, confidence: Math.round(bead.confidence * 1e4) / 1e4 };
}

const LINE = /^\[([\d,\s]*)\]:\[([\d,\s]*)\]$/;

/** Parses one bead line; null when it is not in the format. */
export function parseBead(line: string): { src: number[]; tgt: number[] } | null {
  const match = LINE.exec(line.trim());
  if (!match) return null;
  const list = (s: string) => (s.trim() === "" ? [] : s.split(",").map((x) => Number(x.trim())));
  return { src: list(match[1]), tgt: list(match[2]) };
}

/**
 * hunalign's ladder. A rung (i, j) says that the first i source and first j target sentences
 * correspond; a bead is the stretch between two rungs. hunalign writes one line per bead,
 * `i<TAB>j<TAB>score` at the rung where the bead starts, from (0, 0), and no line for the closing
 * rung (its alignerTool prints every rung of the trail but the last). Here the score is the bead's
 * confidence.
 */
export function formatLadder(beads: readonly Bead[]): string {
  return rungsOf(beads)
    .slice(0, -1)
    .map(([i, j], k) => `${i}\t${j}\t${roundConfidence(beads[k].confidence)}\n`)
    .join("");
}

/**
 * The ladder hunalign reads (its -hand file of a manual alignment): `i<TAB>j` per rung, exactly
 * two numbers a line, from (0, 0) to the closing rung (source count, target count).
 */
export function formatHandLadder(beads: readonly Bead[]): string {
  return rungsOf(beads)
    .map(([i, j]) => `${i}\t${j}\n`)
    .join("");
}

/** The rungs at every bead boundary, from (0, 0) to (source count, target count). */
function rungsOf(beads: readonly Bead[]): Array<[number, number]> {
  const rungs: Array<[number, number]> = [[0, 0]];
  let i = 0;
  let j = 0;
  for (const b of beads) {
    i += b.src.length;
    j += b.tgt.length;
    rungs.push([i, j]);
  }
  return rungs;
}

const roundConfidence = (c: number) => Math.round(c * 1e4) / 1e4;

/**
 * Beads from a ladder in either form: two or three whitespace-separated columns a line, with or
 * without the closing rung (the counts close it). Null when a line is not a rung or the rungs go
 * backwards or past the counts.
 */
export function parseLadder(text: string, srcCount: number, tgtCount: number): Array<{ src: number[]; tgt: number[] }> | null {
  const rungs: Array<[number, number]> = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const fields = line.trim().split(/\s+/);
    if (fields.length < 2 || fields.length > 3 || !/^\d+$/.test(fields[0]) || !/^\d+$/.test(fields[1])) return null;
    rungs.push([Number(fields[0]), Number(fields[1])]);
  }
  const last = rungs[rungs.length - 1];
  if (!last || last[0] !== srcCount || last[1] !== tgtCount) rungs.push([srcCount, tgtCount]);
  if (rungs[0][0] !== 0 || rungs[0][1] !== 0) return null;
  const beads: Array<{ src: number[]; tgt: number[] }> = [];
  for (let k = 1; k < rungs.length; k++) {
    const [i0, j0] = rungs[k - 1];
    const [i1, j1] = rungs[k];
    if (i1 < i0 || j1 < j0 || (i1 === i0 && j1 === j0) || i1 > srcCount || j1 > tgtCount) return null;
    beads.push({ src: range(i0, i1), tgt: range(j0, j1) });
  }
  return beads;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}
