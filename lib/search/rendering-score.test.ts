import { describe, expect, it } from "vitest";
import { goldSpans, precision, recall, scorePair } from "./rendering-score";

describe("scorePair", () => {
  const en = "Supply of raw materials, and taking materials locally.";
  it("counts English by word at its place: a gold phrase covers its words where the phrase stands only", () => {
    expect(goldSpans(en, ["raw materials"], "en")).toEqual([[10, 23]]);
    // Marked: "raw" (10-13), "materials" (14-23) and the second "materials" (36-45).
    const tally = scorePair(en, [[10, 13], [14, 23], [36, 45]], ["raw materials"], "en");
    expect(tally).toEqual({ marked: 3, gold: 2, right: 2 });
    expect(precision(tally)).toBeCloseTo(2 / 3);
    expect(recall(tally)).toBe(1);
  });

  it("counts Chinese by character", () => {
    const zh = "一九五三年生产总值约占全区工农业生产总值";
    expect(scorePair(zh, [[7, 9]], ["生产总值"], "zh")).toEqual({ marked: 2, gold: 8, right: 2 });
  });

  it("scores a pair with nothing marked and nothing to find as perfect", () => {
    const tally = scorePair("text", [], [], "en");
    expect([precision(tally), recall(tally)]).toEqual([1, 1]);
  });
});
