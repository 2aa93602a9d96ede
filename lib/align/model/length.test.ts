import { describe, expect, it } from "vitest";
import { estimateLengthModel, lengthCost, refineVariance, sentenceLength, twoSidedTailCost } from "./length";

describe("sentenceLength", () => {
  it("counts non-space characters, a surrogate pair once, ideographic spaces not at all", () => {
    expect(sentenceLength("He said: no.")).toBe(10);
    expect(sentenceLength("父亲　在 屋后。")).toBe(6);
    expect(sentenceLength("\u{2000B}a")).toBe(2);
    expect(sentenceLength("")).toBe(0);
  });
});

describe("estimateLengthModel", () => {
  it("puts both sides on the English scale with the ratio of the totals", () => {
    // English 30 characters in all, Chinese 9: each Chinese character is worth 30/9 English ones.
    const enFirst = estimateLengthModel([10, 20], [3, 6], "en", "zh");
    expect(enFirst.srcScale).toBe(1);
    expect(enFirst.tgtScale).toBeCloseTo(30 / 9, 12);
    expect(enFirst.meanLength).toBeCloseTo(15, 12); // (30 + 9 · 30/9) / 4 sentences
    const zhFirst = estimateLengthModel([3, 6], [10, 20], "zh", "en");
    expect(zhFirst.srcScale).toBeCloseTo(30 / 9, 12);
    expect(zhFirst.tgtScale).toBe(1);
  });
});

describe("Gale–Church cost", () => {
  it("is −log of the two-sided normal tail", () => {
    expect(twoSidedTailCost(0)).toBeCloseTo(0, 6);
    expect(twoSidedTailCost(1.959964)).toBeCloseTo(-Math.log(0.05), 4);
    expect(twoSidedTailCost(3)).toBeCloseTo(-Math.log(0.0026998), 3);
    // The asymptotic branch joins the exact one smoothly.
    expect(Math.abs(twoSidedTailCost(5.999) - twoSidedTailCost(6.001))).toBeLessThan(0.05);
  });

  it("is zero for lengths in the document's ratio, grows with the difference, and does not depend on direction", () => {
    const model = estimateLengthModel([100, 200], [30, 60], "en", "zh");
    expect(lengthCost(model, 100, 30)).toBeCloseTo(0, 6);
    expect(lengthCost(model, 100, 40)).toBeGreaterThan(lengthCost(model, 100, 33));
    const reverse = estimateLengthModel([30, 60], [100, 200], "zh", "en");
    expect(lengthCost(reverse, 40, 100)).toBeCloseTo(lengthCost(model, 100, 40), 12);
  });

  it("lets a long sentence differ by a proportion: 20% off costs less at 300 characters than GC's v·L alone would", () => {
    const model = { srcScale: 1, tgtScale: 1, variance: 1, meanLength: 100 };
    // L = (300 + 360) / 2 + 1 = 331; δ = 60 / √(331 · (1 + 331/100)) ≈ 1.589, where v·L alone
    // would give 60 / √331 ≈ 3.30.
    expect(lengthCost(model, 300, 360)).toBeCloseTo(twoSidedTailCost(60 / Math.sqrt(331 * (1 + 331 / 100))), 10);
    expect(lengthCost(model, 300, 360)).toBeLessThan(twoSidedTailCost(60 / Math.sqrt(331)));
  });
});

describe("refineVariance", () => {
  it("widens v toward the document's own estimate, shrunk toward the prior, never below it", () => {
    const model = { srcScale: 1, tgtScale: 1, variance: 3, meanLength: 100 };
    // Thirty pairs 100 against 130: L = 116, d² / (L (1 + L/100)) = 900 / 250.56 = 3.5920; the
    // estimate is 3 · 3.5920 / 0.455 = 23.683, shrunk: (30 · 23.683 + 10 · 3) / 40 = 18.512.
    const loose = Array.from({ length: 30 }, (): [number, number] => [100, 130]);
    expect(refineVariance(model, loose).variance).toBeCloseTo((30 * ((3 * (900 / (116 * 2.16))) / 0.455) + 30) / 40, 9);
    // Pairs of equal length would suggest a tighter model: the prior stays.
    const equal = Array.from({ length: 30 }, (): [number, number] => [50, 50]);
    expect(refineVariance(model, equal).variance).toBe(3);
    // Too few pairs: the prior stays.
    expect(refineVariance(model, [[50, 90]]).variance).toBe(3);
  });
});
