import { describe, expect, it } from "vitest";
import { hanIndexText, hanQueryPhrase } from "./han-grams";

const E = "\uE000";

describe("hanIndexText", () => {
  it("indexes characters and neighbouring pairs in text order, closes each run, keeps other words whole", () => {
    expect(hanIndexText("手工业合作社，1958年。")).toBe(`手 手工 工 工业 业 业合 合 合作 作 作社 社 ${E} 1958 年 ${E}`);
    expect(hanIndexText("社")).toBe(`社 ${E}`);
    expect(hanIndexText("")).toBe("");
  });
});

describe("hanQueryPhrase", () => {
  it("asks for a term as the consecutive tokens the index holds where it occurs", () => {
    expect(hanQueryPhrase("整顿")).toEqual(["整", "整顿", "顿"]);
    expect(hanQueryPhrase("社")).toEqual(["社"]);
    expect(hanQueryPhrase("1958年")).toEqual(["1958", "年"]);
  });

  it("finds a substring of a sentence as a run of its index tokens, and only a substring", () => {
    const sentence = hanIndexText("对于原有的手工业生产合作社，各地正积极进行巩固和整顿。");
    const contains = (term: string) => ` ${sentence} `.includes(` ${hanQueryPhrase(term).join(" ")} `);
    for (const substring of ["手工业生产合作社", "巩固和整顿", "社", "原有", "整顿。"]) expect(contains(substring), substring).toBe(true);
    expect(contains("手工业合作社")).toBe(false);
    // Across the comma: not one run in the sentence.
    expect(contains("合作社各地")).toBe(false);
  });
});
