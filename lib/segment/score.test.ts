import { describe, expect, it } from "vitest";
import { segmentationScores } from "./score";

describe("segmentationScores", () => {
  it("scores an identical segmentation as perfect", () => {
    expect(segmentationScores([["A b.", "C d."]], [["A b.", "C d."]])).toEqual({
      precision: 1, recall: 1, f1: 1, goldBoundaries: 1, predictedBoundaries: 1, matchedBoundaries: 1,
    });
  });

  it("penalises a missed boundary in recall", () => {
    // Gold boundaries at 3 and 6 (after "Ab." and "Ab.Cd."); predicted only at 6.
    const s = segmentationScores([["Ab.", "Cd.", "Ef."]], [["Ab. Cd.", "Ef."]]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo(2 / 3, 10);
  });

  it("penalises an extra boundary in precision", () => {
    const s = segmentationScores([["Ab. Cd."]], [["Ab.", "Cd."]]);
    expect(s).toMatchObject({ precision: 0, recall: 1, f1: 0, goldBoundaries: 0, predictedBoundaries: 1 });
  });

  it("ignores whitespace differences", () => {
    expect(segmentationScores([["x y.", "z."]], [["x  y. ", "\u3000z."]]).f1).toBe(1);
  });

  it("pools paragraphs and does not count paragraph edges", () => {
    const s = segmentationScores([["a."], ["b.", "c."]], [["a."], ["b.c."]]);
    expect(s).toMatchObject({ precision: 1, recall: 0, f1: 0, goldBoundaries: 1, predictedBoundaries: 0 });
  });

  it("counts a boundary at the wrong place as both a miss and a false alarm", () => {
    const s = segmentationScores([["ab.", "cd."]], [["a", "b.cd."]]);
    expect(s).toMatchObject({ precision: 0, recall: 0, f1: 0, matchedBoundaries: 0 });
  });

  it("rejects paragraphs whose texts differ", () => {
    expect(() => segmentationScores([["ab."]], [["ac."]])).toThrow(/paragraph 0/);
    expect(() => segmentationScores([["ab."]], [])).toThrow(/1 gold paragraphs but 0 predicted/);
  });
});
