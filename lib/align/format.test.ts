import { describe, expect, it } from "vitest";
import { strictScores, isCompleteMonotone } from "../align-eval/evaluate";
import { beadJson, formatBead, formatHandLadder, formatLadder, parseBead, parseLadder } from "./format";

describe("bead format", () => {
  it("writes [i,j]:[k] with empty sides as []", () => {
    expect(formatBead({ src: [1, 2], tgt: [3], confidence: 0.5 })).toBe("[1,2]:[3]");
    expect(formatBead({ src: [4], tgt: [], confidence: 1 })).toBe("[4]:[]");
    expect(formatBead({ src: [], tgt: [0], confidence: 1 })).toBe("[]:[0]");
  });

  it("parses what it writes and rejects other lines", () => {
    expect(parseBead("[1,2]:[3]")).toEqual({ src: [1, 2], tgt: [3] });
    expect(parseBead("[]:[0]")).toEqual({ src: [], tgt: [0] });
    expect(parseBead("1-2")).toBeNull();
  });

  it("rounds confidences in JSON", () => {
    expect(beadJson({ src: [0], tgt: [0], confidence: 0.123456 })).toEqual({ src: [0], tgt: [0], confidence: 0.1235 });
  });
});

describe("hunalign's ladder", () => {
  // Source 0 unmatched, then 1-1, 2-1, a target sentence unmatched, 1-2: 5 source, 5 target.
  const beads = [
    { src: [0], tgt: [], confidence: 1 },
    { src: [1], tgt: [0], confidence: 0.91234 },
    { src: [2, 3], tgt: [1], confidence: 0.5 },
    { src: [], tgt: [2], confidence: 0.25 },
    { src: [4], tgt: [3, 4], confidence: 0.8 },
  ];

  it("writes a rung, a tab, a rung, a tab and the bead's confidence where each bead starts, no closing rung", () => {
    expect(formatLadder(beads)).toBe("0\t0\t1\n1\t0\t0.9123\n2\t1\t0.5\n4\t2\t0.25\n4\t3\t0.8\n");
  });

  it("writes the two-column form hunalign reads, closing rung included", () => {
    expect(formatHandLadder(beads)).toBe("0\t0\n1\t0\n2\t1\n4\t2\n4\t3\n5\t5\n");
    expect(formatHandLadder([])).toBe("0\t0\n");
  });

  it("reads either form back into the same beads", () => {
    const plain = beads.map(({ src, tgt }) => ({ src, tgt }));
    expect(parseLadder(formatLadder(beads), 5, 5)).toEqual(plain);
    expect(parseLadder(formatHandLadder(beads), 5, 5)).toEqual(plain);
    // hunalign's own hand ladders separate the columns by a space.
    expect(parseLadder("0 0\n2 1\n3 3\n", 3, 3)).toEqual([
      { src: [0, 1], tgt: [0] },
      { src: [2], tgt: [1, 2] },
    ]);
  });

  it("rejects rungs that go backwards, past the counts, or do not start at (0, 0)", () => {
    expect(parseLadder("0\t0\n2\t1\n1\t2\n", 3, 3)).toBeNull();
    expect(parseLadder("0\t0\n4\t1\n", 3, 3)).toBeNull();
    expect(parseLadder("1\t1\n", 3, 3)).toBeNull();
    expect(parseLadder("[0]:[0]\n", 1, 1)).toBeNull();
  });
});

describe("strict scores", () => {
  it("count a predicted bead only when a gold bead has exactly its indices, null beads included", () => {
    const gold = [
      { src: [0], tgt: [0] },
      { src: [1], tgt: [1] },
      { src: [2], tgt: [] },
    ];
    const predicted = [
      { src: [0], tgt: [0] },
      { src: [1, 2], tgt: [1] },
    ];
    const s = strictScores(predicted, gold);
    expect(s.correct).toBe(1);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBeCloseTo(1 / 3, 12);
    expect(s.f1).toBeCloseTo(0.4, 12);
  });

  it("checks that beads cover every index once, in order", () => {
    expect(isCompleteMonotone([{ src: [0], tgt: [] }, { src: [1], tgt: [0, 1] }], 2, 2)).toBe(true);
    expect(isCompleteMonotone([{ src: [1], tgt: [0] }, { src: [0], tgt: [1] }], 2, 2)).toBe(false);
    expect(isCompleteMonotone([{ src: [0], tgt: [0] }], 2, 1)).toBe(false);
  });
});
