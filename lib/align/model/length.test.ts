import { describe, expect, it } from "vitest";
import { estimateLengthModel, sentenceLength, standardisedDifference } from "./length";

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

describe("standardisedDifference", () => {
  it("is zero for lengths in the document's ratio, grows with the difference, and does not depend on direction", () => {
    const model = estimateLengthModel([100, 200], [30, 60], "en", "zh");
    expect(standardisedDifference(model, 100, 30)).toBeCloseTo(0, 6);
    expect(Math.abs(standardisedDifference(model, 100, 40))).toBeGreaterThan(Math.abs(standardisedDifference(model, 100, 33)));
    const reverse = estimateLengthModel([30, 60], [100, 200], "zh", "en");
    expect(Math.abs(standardisedDifference(reverse, 40, 100))).toBeCloseTo(Math.abs(standardisedDifference(model, 100, 40)), 12);
  });

  it("lets a long sentence differ by a proportion: 20% off is fewer deviations at 300 characters than GC's v·L alone would say", () => {
    const model = { srcScale: 1, tgtScale: 1, variance: 1, meanLength: 100 };
    // L = (300 + 360) / 2 + 1 = 331; δ = 60 / √(331 · (1 + 331/100)) ≈ 1.589, where v·L alone
    // would give 60 / √331 ≈ 3.30.
    expect(standardisedDifference(model, 300, 360)).toBeCloseTo(60 / Math.sqrt(331 * (1 + 331 / 100)), 10);
  });
});
