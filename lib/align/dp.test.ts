import { describe, expect, it } from "vitest";
import type { WeightedScorer } from "./cost";
import { isCompleteMonotone } from "./evaluate";
import { alignSentences } from "./sentences";
import type { SpanScorer } from "./types";

/**
 * A toy "language pair": source sentences are lower-case words, target sentences the same words
 * upper-cased. The toy scorer is the Dice overlap of the two spans' word sets, so which sentences
 * translate which is known by construction and the tests exercise the search, not a dictionary.
 */
const dice: SpanScorer = {
  name: "toy-dice",
  prepare(src, tgt) {
    const words = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);
    const srcWords = src.sentences.map(words);
    const tgtWords = tgt.sentences.map(words);
    return (i0, i1, j0, j1) => {
      const a = new Set(srcWords.slice(i0, i1).flat());
      const b = new Set(tgtWords.slice(j0, j1).flat());
      if (a.size + b.size === 0) return 0;
      let common = 0;
      for (const w of a) if (b.has(w)) common++;
      return (2 * common) / (a.size + b.size);
    };
  },
};
const toy: WeightedScorer[] = [{ scorer: dice, weight: 1 }];
const align = (src: string[], tgt: string[]) => alignSentences(src, tgt, { scorers: toy, srcLang: "en", tgtLang: "en" });
const shape = (beads: { src: number[]; tgt: number[] }[]) => beads.map((b) => [b.src, b.tgt]);
const upper = (s: string) => s.toUpperCase();

// Ordinary 1-1 sentences around each case, each with its own words.
const before = ["alpha bravo charlie delta", "echo foxtrot golf hotel india"];
const after = ["juliet kilo lima mike", "november oscar papa quebec romeo"];

describe("DP bead types (toy scorer, expected beads derived by construction)", () => {
  it("1-1 throughout", () => {
    const src = [...before, ...after];
    expect(shape(align(src, src.map(upper)))).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
    ]);
  });

  it("1-0: a source sentence without translation", () => {
    const src = [...before, "sierra tango uniform victor whiskey", ...after];
    const tgt = [...before, ...after].map(upper);
    expect(shape(align(src, tgt))).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], []],
      [[3], [2]],
      [[4], [3]],
    ]);
  });

  it("0-1: an inserted target sentence", () => {
    const src = [...before, ...after];
    const tgt = [...before, "sierra tango uniform victor whiskey", ...after].map(upper);
    expect(shape(align(src, tgt))).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[], [2]],
      [[2], [3]],
      [[3], [4]],
    ]);
  });

  it("2-1 and 1-2: two sentences translated as one, both ways", () => {
    const pair = ["sierra tango uniform victor", "whiskey xray yankee zulu"];
    const joined = "SIERRA TANGO UNIFORM VICTOR WHISKEY XRAY YANKEE ZULU";
    expect(shape(align([...before, ...pair, ...after], [...before.map(upper), joined, ...after.map(upper)]))).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2, 3], [2]],
      [[4], [3]],
      [[5], [4]],
    ]);
    expect(shape(align([...before, joined.toLowerCase(), ...after], [...before, ...pair, ...after].map(upper)))).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2, 3]],
      [[3], [4]],
      [[4], [5]],
    ]);
  });

  it("3-1 and 1-3", () => {
    const three = ["sierra tango uniform", "victor whiskey xray", "yankee zulu amber"];
    const joined = three.join(" ");
    expect(shape(align([...before, ...three, ...after], [...before, joined, ...after].map(upper)))).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2, 3, 4], [2]],
      [[5], [3]],
      [[6], [4]],
    ]);
    expect(shape(align([...before, joined, ...after], [...before, ...three, ...after].map(upper)))).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2, 3, 4]],
      [[3], [5]],
      [[4], [6]],
    ]);
  });

  it("4-1 and 1-4", () => {
    const four = ["sierra tango uniform", "victor whiskey xray", "yankee zulu amber", "basil cedar dune"];
    const joined = four.join(" ");
    expect(shape(align([...before, ...four, ...after], [...before, joined, ...after].map(upper)))).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2, 3, 4, 5], [2]],
      [[6], [3]],
      [[7], [4]],
    ]);
    expect(shape(align([...before, joined, ...after], [...before, ...four, ...after].map(upper)))).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2, 3, 4, 5]],
      [[3], [6]],
      [[4], [7]],
    ]);
  });

  it("2-2: sentence boundaries that cross", () => {
    // Source cuts after two words, target after six: neither 1-1 pairing is a translation.
    const src = [...before, "sierra tango", "uniform victor whiskey xray yankee zulu amber basil", ...after];
    const tgt = [...before, "sierra tango uniform victor whiskey xray", "yankee zulu amber basil", ...after].map(upper);
    expect(shape(align(src, tgt))).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2, 3], [2, 3]],
      [[4], [4]],
      [[5], [5]],
    ]);
  });

  it("respects maxBead: with maxBead 2 a 3-1 becomes 2-1 plus an unmatched sentence or a 1-2 elsewhere", () => {
    const three = ["sierra tango uniform", "victor whiskey xray", "yankee zulu amber"];
    const beads = alignSentences([...before, ...three, ...after], [...before, three.join(" "), ...after].map(upper), {
      scorers: toy,
      maxBead: 2,
    });
    expect(beads.every((b) => b.src.length <= 2 && b.tgt.length <= 2)).toBe(true);
    expect(isCompleteMonotone(beads, 7, 5)).toBe(true);
  });
});

describe("alignment invariants", () => {
  it("covers every index exactly once, in order, on a messy pair", () => {
    const src = ["a b", "", "c d e", "f", "g h i j k", "l m", "", "n o p"];
    const tgt = ["Q R", "A B C", "", "D E F G", "H", "I J K L M N O P", "S T U"];
    const beads = align(src, tgt);
    expect(isCompleteMonotone(beads, src.length, tgt.length)).toBe(true);
    for (const b of beads) expect(b.confidence).toBeGreaterThanOrEqual(0), expect(b.confidence).toBeLessThanOrEqual(1);
  });

  it("an empty side leaves every sentence of the other unmatched", () => {
    expect(shape(align([], ["A", "B"]))).toEqual([
      [[], [0]],
      [[], [1]],
    ]);
    expect(shape(align(["a"], []))).toEqual([[[0], []]]);
    expect(align([], [])).toEqual([]);
  });

  it("blank lines are left unmatched rather than merged into a neighbour", () => {
    const src = ["alpha bravo charlie", "", "delta echo foxtrot"];
    const tgt = ["ALPHA BRAVO CHARLIE", "DELTA ECHO FOXTROT"];
    expect(shape(align(src, tgt))).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]],
    ]);
  });
});

describe("confidence", () => {
  it("is near 1 for an unambiguous link and near 1/2 when two links are equally good", () => {
    const sure = align(["alpha bravo charlie delta"], ["ALPHA BRAVO CHARLIE DELTA"]);
    expect(sure[0].confidence).toBeGreaterThan(0.95);
    // One source sentence, two identical target sentences and no merges allowed: linking either is
    // equally likely, the other target sentence staying unmatched.
    const tie = alignSentences(["alpha bravo charlie delta"], ["ALPHA BRAVO CHARLIE DELTA", "ALPHA BRAVO CHARLIE DELTA"], {
      scorers: toy,
      maxBead: 1,
    });
    const link = tie.find((b) => b.src.length === 1 && b.tgt.length === 1)!;
    expect(link.confidence).toBeGreaterThan(0.4);
    expect(link.confidence).toBeLessThan(0.6);
  });
});
