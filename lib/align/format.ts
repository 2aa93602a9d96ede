import type { Bead } from "./types";

/** `[i,j]:[k]` — the bead line format of Vecalign, Bertalign and the hunalign corpora. */
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
