import { describe, expect, it } from "vitest";
import { containsAll, highlight, queryTerms } from "./highlight";

const marked = (text: string, query: string) =>
  highlight(text, query)
    .filter((p) => p.mark)
    .map((p) => p.text);

describe("highlight", () => {
  it("marks English words by stem, case-insensitively", () => {
    expect(marked("Handicraft Cooperatives and a cooperative were rectified.", "cooperative")).toEqual(["Cooperatives", "cooperative"]);
    expect(marked("The rectification campaign rectified them.", "Rectified")).toEqual(["rectified"]);
  });

  it("marks Chinese terms as substrings, including inside longer words", () => {
    expect(marked("手工业合作社进行了整顿，整顿工作", "整顿")).toEqual(["整顿", "整顿"]);
    expect(marked("手工业生产合作社", "合作")).toEqual(["合作"]);
  });

  it("keeps all the text, in order", () => {
    const text = "A <b>cooperative</b> 合作社";
    expect(highlight(text, "cooperative 合作").map((p) => p.text).join("")).toBe(text);
  });

  it("reads queries defensively", () => {
    expect(queryTerms("  “整顿”,  cooperatives! ")).toEqual(["整顿", "cooperatives"]);
    expect(queryTerms(undefined as unknown as string)).toEqual([]);
    expect(highlight("text", "")).toEqual([{ text: "text", mark: false }]);
  });
});

describe("containsAll", () => {
  it("is true only when every term occurs", () => {
    expect(containsAll("手工业合作社的整顿", "整顿 合作社")).toBe(true);
    expect(containsAll("手工业合作社", "整顿")).toBe(false);
    expect(containsAll("anything", "")).toBe(false);
  });
});
