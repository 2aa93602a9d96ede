import { describe, expect, it } from "vitest";
import { lengthSignal } from "./length";

describe("lengthSignal", () => {
  // Chinese sentences of 10, 20, 15, 30, 12, 25 characters; their English 3 times as long.
  const zhLengths = [10, 20, 15, 30, 12, 25, 18, 22];
  const zh = { lang: "zh" as const, sentences: zhLengths.map((n) => "字".repeat(n)) };
  const en = { lang: "en" as const, sentences: zhLengths.map((n) => "w".repeat(3 * n)) };

  it("gives positive evidence to spans whose lengths agree and negative to a wild mismatch", () => {
    const { evidence } = lengthSignal.prepare(zh, en);
    expect(evidence(1, 2, 1, 2)).toBeGreaterThan(0);
    // Four Chinese sentences against one English: evidence against, however heavy the tails.
    expect(evidence(0, 4, 0, 1)).toBeLessThan(0);
    expect(evidence(0, 4, 0, 1)).toBeLessThan(evidence(0, 1, 0, 1));
  });

  it("sharpens once refit on a literal alignment: a good pair gains, a poor one loses", () => {
    const prepared = lengthSignal.prepare(zh, en);
    const goodBefore = prepared.evidence(3, 4, 3, 4);
    const poorBefore = prepared.evidence(0, 1, 1, 2);
    prepared.refit!(zhLengths.map((_, k) => ({ src: [k], tgt: [k], confidence: 1 })));
    expect(prepared.evidence(3, 4, 3, 4)).toBeGreaterThan(goodBefore);
    expect(prepared.evidence(0, 1, 1, 2)).toBeLessThan(poorBefore);
  });
});
