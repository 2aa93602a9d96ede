import { describe, expect, it } from "vitest";
import { clipQuery, matchExpression, MAX_QUERY_CHARS, parseQuery } from "./query";

describe("parseQuery", () => {
  it("makes each English word a term, quoted words one phrase, and a run of Chinese one term", () => {
    expect(parseQuery('  “整顿”,  cooperatives! "handicraft  cooperatives" ')).toEqual([
      { text: "整顿", lang: "zh" },
      { text: "cooperatives", lang: "en" },
      { text: "handicraft cooperatives", lang: "en" },
    ]);
    expect(parseQuery("手工业合作社")).toEqual([{ text: "手工业合作社", lang: "zh" }]);
  });

  it("reads anything defensively", () => {
    expect(parseQuery(undefined)).toEqual([]);
    expect(parseQuery('"" ... 。')).toEqual([]);
    expect(parseQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(" "))).toHaveLength(10);
  });

  it("clips a long query between characters, never inside one", () => {
    const long = "𠀀".repeat(150) + "整顿".repeat(100);
    const clipped = clipQuery(long);
    expect([...clipped]).toHaveLength(MAX_QUERY_CHARS);
    expect(clipped.endsWith("𠀀") || clipped.endsWith("整") || clipped.endsWith("顿")).toBe(true);
    expect(clipped).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});

describe("matchExpression", () => {
  it("asks for each term in its own column as a quoted phrase", () => {
    expect(matchExpression(parseQuery('整顿 "handicraft cooperatives"'))).toBe('zh : "整顿" AND en : "handicraft cooperatives"');
  });

  it("never passes the reader's syntax through", () => {
    expect(matchExpression(parseQuery('a"b OR NEAR(x y) *'))).toBe('en : "a""b" AND en : "OR" AND en : "NEAR(x" AND en : "y"');
    expect(matchExpression([])).toBeNull();
  });
});
