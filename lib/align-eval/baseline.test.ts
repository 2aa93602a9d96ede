import { describe, expect, it } from "vitest";
import { alignGaleChurch, twoSidedTailCost } from "./baseline";

describe("Gale–Church baseline", () => {
  it("prices a length difference as −log of the two-sided normal tail", () => {
    expect(twoSidedTailCost(0)).toBeCloseTo(0, 6);
    expect(twoSidedTailCost(1.959964)).toBeCloseTo(-Math.log(0.05), 4);
    expect(twoSidedTailCost(3)).toBeCloseTo(-Math.log(0.0026998), 3);
    // The asymptotic branch joins the exact one smoothly.
    expect(Math.abs(twoSidedTailCost(5.999) - twoSidedTailCost(6.001))).toBeLessThan(0.05);
  });

  it("aligns by length alone: a long sentence with the two short ones its length matches", () => {
    const zh = ["一二三四五六七八九十", "一二三四五六七八九十一二三四五六七八九十", "一二三四五"];
    const en = ["a".repeat(30), "b".repeat(30), "c".repeat(30), "d".repeat(15)];
    expect(alignGaleChurch(zh, en, "zh", "en").map((b) => [b.src, b.tgt])).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
      [[2], [3]],
    ]);
  });
});
