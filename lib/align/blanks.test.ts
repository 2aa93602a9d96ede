import { describe, expect, it } from "vitest";
import { alignWithoutBlanks } from "./blanks";
import type { Bead } from "./types";

/** A stand-in aligner that links line k to line k (extra lines unmatched), and records what it was given. */
function oneToOne(seen: { src: string[]; tgt: string[] }[]) {
  return (src: string[], tgt: string[]): Bead[] => {
    seen.push({ src, tgt });
    const beads: Bead[] = [];
    for (let k = 0; k < Math.max(src.length, tgt.length); k++) beads.push({ src: k < src.length ? [k] : [], tgt: k < tgt.length ? [k] : [], confidence: 0.9 });
    return beads;
  };
}

describe("alignWithoutBlanks", () => {
  it("never hands blank lines to the aligner and leaves each unmatched, in document order", () => {
    const seen: { src: string[]; tgt: string[] }[] = [];
    const beads = alignWithoutBlanks(["a", "", "b"], ["x", "y", " "], oneToOne(seen));
    expect(seen).toEqual([{ src: ["a", "b"], tgt: ["x", "y"] }]);
    expect(beads.map((b) => [b.src, b.tgt])).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]],
      [[], [2]],
    ]);
    expect(beads.filter((b) => b.src.length === 0 || b.tgt.length === 0).every((b) => b.confidence === 1)).toBe(true);
  });

  it("an all-blank side links nothing", () => {
    const beads = alignWithoutBlanks(["a", "b"], ["", ""], oneToOne([]));
    expect(beads.map((b) => [b.src, b.tgt])).toEqual([
      [[0], []],
      [[1], []],
      [[], [0]],
      [[], [1]],
    ]);
  });

  it("a blank between two lines of one bead stays inside it, so beads cover consecutive lines", () => {
    const merge = (src: string[], tgt: string[]): Bead[] => [{ src: src.map((_, i) => i), tgt: tgt.map((_, j) => j), confidence: 0.7 }];
    expect(alignWithoutBlanks(["a", "", "b"], ["x"], merge)).toEqual([{ src: [0, 1, 2], tgt: [0], confidence: 0.7 }]);
  });
});
