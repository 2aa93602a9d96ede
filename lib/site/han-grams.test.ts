import { describe, expect, it } from "vitest";
import { hanIndexTokens, hanQueryTerms } from "./han-grams";

describe("hanIndexTokens", () => {
  it("indexes every character and every pair of neighbouring characters, run by run, and other words whole", () => {
    expect(hanIndexTokens("手工业合作社，1958年。")).toBe("手 工 业 合 作 社 手工 工业 业合 合作 作社 年 1958");
    expect(hanIndexTokens("社")).toBe("社");
    expect(hanIndexTokens("")).toBe("");
  });
});

describe("hanQueryTerms", () => {
  it("asks for a term's pairs, so that every pair of a compound must occur", () => {
    expect(hanQueryTerms("手工业合作社")).toEqual(["手工", "工业", "业合", "合作", "作社"]);
    expect(hanQueryTerms("整顿")).toEqual(["整顿"]);
  });

  it("asks for a lone character as itself, and keeps other words", () => {
    expect(hanQueryTerms("社")).toEqual(["社"]);
    expect(hanQueryTerms("1958年")).toEqual(["年", "1958"]);
  });

  it("finds what it indexed: every query term of a substring is among the sentence's tokens", () => {
    const sentence = "对于原有的手工业生产合作社，各地正积极进行巩固和整顿。";
    const tokens = new Set(hanIndexTokens(sentence).split(" "));
    for (const substring of ["手工业生产合作社", "巩固和整顿", "社", "原有"]) {
      for (const term of hanQueryTerms(substring)) expect(tokens, `${substring}: ${term}`).toContain(term);
    }
    expect(hanQueryTerms("手工业合作社").every((term) => tokens.has(term))).toBe(false);
  });
});
