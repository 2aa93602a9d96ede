import { describe, expect, it } from "vitest";
import { hanIndexText, hanQueryPhrase } from "./han-grams";

const E = "\uE000";
const RUN_END_TOKEN = E;

describe("hanIndexText", () => {
  it("indexes characters and neighbouring pairs in text order, closes each run, keeps other words whole", () => {
    expect(hanIndexText("手工业合作社，1958年。")).toBe(`手 手工 工 工业 业 业合 合 合作 作 作社 社 ${E} 1958 年 ${E}`);
    expect(hanIndexText("社")).toBe(`社 ${E}`);
    expect(hanIndexText("")).toBe("");
  });
});

describe("hanQueryPhrase", () => {
  it("asks for a term as the consecutive tokens the index holds where it occurs", () => {
    // The first and last characters are implied by the pairs beside them.
    expect(hanQueryPhrase("整顿")).toEqual(["整顿"]);
    expect(hanQueryPhrase("手工业合作社")).toEqual(["手工", "工", "工业", "业", "业合", "合", "合作", "作", "作社"]);
    expect(hanQueryPhrase("社")).toEqual(["社"]);
    expect(hanQueryPhrase("1958年")).toEqual(["1958", "年"]);
    expect(hanQueryPhrase("1958年度")).toEqual(["1958", "年", "年度"]);
    expect(hanQueryPhrase("合作，社")).toEqual(["合作", "作", RUN_END_TOKEN, "社"]);
  });

  it("finds a substring of a sentence as a run of its index tokens, and only a substring", () => {
    const text = "对于原有的手工业生产合作社，各地正积极进行巩固和整顿。";
    const sentence = hanIndexText(text);
    const contains = (term: string) => ` ${sentence} `.includes(` ${hanQueryPhrase(term).join(" ")} `);
    for (const substring of ["手工业生产合作社", "巩固和整顿", "社", "原有", "整顿。"]) expect(contains(substring), substring).toBe(true);
    // Every string of one to four of the sentence's characters is found; strings of its characters in another order are not.
    const chars = [...text];
    const strings = new Set<string>();
    for (let i = 0; i < chars.length; i++) for (let n = 1; n <= 4 && i + n <= chars.length; n++) strings.add(chars.slice(i, i + n).join(""));
    for (const substring of strings) if (!/[，。]/.test(substring)) expect(contains(substring), substring).toBe(true);
    for (const other of ["业生合", "作社各", "和整整", "顿巩", "正积进"]) expect(contains(other), other).toBe(false);
    expect(contains("手工业合作社")).toBe(false);
    // Across the comma: not one run in the sentence.
    expect(contains("合作社各地")).toBe(false);
  });
});
