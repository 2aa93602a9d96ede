import { describe, expect, it } from "vitest";
import { punctuationCounts, punctuationScorer } from "./punctuation";

describe("punctuationCounts", () => {
  it("counts quotations and parentheses in Chinese", () => {
    expect(punctuationCounts("“人人出主意，个个献计策”的运动，合作社（组）和工厂（新华社）", "zh")).toEqual({ quotes: 1, parens: 2 });
    expect(punctuationCounts("「甲」和『乙』", "zh")).toEqual({ quotes: 2, parens: 0 });
  });

  it("counts curly and straight double quotes in English, not apostrophes", () => {
    expect(punctuationCounts('the "everyone offering ideas" movement of cooperatives (groups)', "en")).toEqual({ quotes: 1, parens: 1 });
    expect(punctuationCounts("“Yes,” he said, “we will.”", "en")).toEqual({ quotes: 2, parens: 0 });
    expect(punctuationCounts("the nation's cooperatives' output", "en")).toEqual({ quotes: 0, parens: 0 });
  });
});

describe("punctuationScorer", () => {
  const zh = { lang: "zh" as const, sentences: ["合作社（组）增加了。", "产品质量提高了。", "“大跃进”开始了。"] };
  const en = { lang: "en" as const, sentences: ["Cooperatives (groups) grew.", "Quality improved.", 'The "great leap" began.'] };
  const score = punctuationScorer.prepare(zh, en);

  it("is neutral without quotes or parentheses", () => {
    expect(score(1, 2, 1, 2)).toBe(0.5);
  });

  it("rewards matching counts and penalises a mismatch", () => {
    expect(score(0, 1, 0, 1)).toBeCloseTo(0.5 + (0.5 * 2) / 3); // one pair of parentheses: matched 2, unmatched 0
    expect(score(2, 3, 2, 3)).toBeCloseTo(0.5 + (0.5 * 2) / 3);
    expect(score(0, 1, 2, 3)).toBeCloseTo(0.5 - (0.5 * 2) / 3); // parens vs quote: unmatched 2
    expect(score(0, 3, 0, 3)).toBeCloseTo(0.5 + (0.5 * 4) / 5);
  });
});
