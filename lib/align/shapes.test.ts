import { describe, expect, it } from "vitest";
import { isCompleteMonotone } from "../align-eval/evaluate";
import { alignSentences } from "./sentences";
import type { EvidenceSignal } from "./signals/evidence";

/**
 * A toy "language pair": source sentences are lower-case words, target sentences the same words
 * upper-cased. The toy signal's evidence is +3 per word the two spans share and −1 per word only
 * one of them has, so which sentences translate which is known by construction and the tests
 * exercise the bead model and the search, not a dictionary.
 */
const sharedWords: EvidenceSignal = {
  name: "toy-shared-words",
  prepare(src, tgt) {
    const words = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);
    const srcWords = src.sentences.map(words);
    const tgtWords = tgt.sentences.map(words);
    return {
      evidence(i0, i1, j0, j1) {
        const a = new Set(srcWords.slice(i0, i1).flat());
        const b = new Set(tgtWords.slice(j0, j1).flat());
        let common = 0;
        for (const w of a) if (b.has(w)) common++;
        return 3 * common - (a.size + b.size - 2 * common);
      },
    };
  },
};
const toy = [sharedWords];
const align = (src: string[], tgt: string[], maxSentences?: number) =>
  alignSentences(src, tgt, { signals: toy, srcLang: "en", tgtLang: "en", maxSentences });
const shape = (beads: { src: number[]; tgt: number[] }[]) => beads.map((b) => [b.src, b.tgt]);
const upper = (s: string) => s.toUpperCase();

// Ordinary 1-1 sentences around each case, each with its own words.
const before = ["alpha bravo charlie delta", "echo foxtrot golf hotel india"];
const after = ["juliet kilo lima mike", "november oscar papa quebec romeo"];

describe("every bead shape of the search (toy signal, expected beads derived by construction)", () => {
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

  it("1-5 and 5-1", () => {
    const five = ["sierra tango", "uniform victor", "whiskey xray", "yankee zulu", "amber basil"];
    const joined = five.join(" ");
    expect(shape(align([...before, ...five, ...after], [...before, joined, ...after].map(upper)))).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2, 3, 4, 5, 6], [2]],
      [[7], [3]],
      [[8], [4]],
    ]);
    expect(shape(align([...before, joined, ...after], [...before, ...five, ...after].map(upper)))).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2, 3, 4, 5, 6]],
      [[3], [7]],
      [[4], [8]],
    ]);
  });

  it("2-3, 3-2, 2-4, 4-2 and 3-3: boundaries that cross on both sides", () => {
    const words = "sierra tango uniform victor whiskey xray yankee zulu amber basil cedar dune".split(" ");
    // Cuts of the same twelve words at different places: no smaller bead is a translation.
    const cut = (ends: number[]) => ends.map((end, k) => words.slice(k ? ends[k - 1] : 0, end).join(" "));
    const cases: Array<[number[], number[]]> = [
      [[5, 12], [3, 7, 12]],
      [[3, 7, 12], [5, 12]],
      [[5, 12], [2, 4, 8, 12]],
      [[2, 4, 8, 12], [5, 12]],
      [[3, 7, 12], [2, 5, 12]],
    ];
    for (const [srcEnds, tgtEnds] of cases) {
      const n = srcEnds.length;
      const m = tgtEnds.length;
      const beads = align([...before, ...cut(srcEnds), ...after], [...before, ...cut(tgtEnds), ...after].map(upper));
      expect(shape(beads), `${n}-${m}`).toEqual([
        [[0], [0]],
        [[1], [1]],
        [Array.from({ length: n }, (_, k) => 2 + k), Array.from({ length: m }, (_, k) => 2 + k)],
        [[2 + n], [2 + m]],
        [[3 + n], [3 + m]],
      ]);
    }
  });

  it("respects maxSentences: with 3 a 3-1 becomes a 2-1 and an unmatched sentence or a 1-2 elsewhere", () => {
    const three = ["sierra tango uniform", "victor whiskey xray", "yankee zulu amber"];
    const beads = align([...before, ...three, ...after], [...before, three.join(" "), ...after].map(upper), 3);
    expect(beads.every((b) => b.src.length + b.tgt.length <= 3)).toBe(true);
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
    const tie = align(["alpha bravo charlie delta"], ["ALPHA BRAVO CHARLIE DELTA", "ALPHA BRAVO CHARLIE DELTA"], 2);
    const link = tie.find((b) => b.src.length === 1 && b.tgt.length === 1)!;
    expect(link.confidence).toBeGreaterThan(0.4);
    expect(link.confidence).toBeLessThan(0.6);
  });
});
