import { describe, expect, it } from "vitest";
import { strictScores, isCompleteMonotone } from "../align-eval/evaluate";
import { beadJson, formatBead, parseBead } from "./format";

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
