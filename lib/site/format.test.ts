import { describe, expect, it } from "vitest";
import { formatDateEn, formatDateZh, pageLabelZh } from "./format";

describe("dates", () => {
  it("formats ISO dates in each language without leading zeros", () => {
    expect(formatDateEn("1958-08-04")).toBe("August 4, 1958");
    expect(formatDateEn("1954-12-30")).toBe("December 30, 1954");
    expect(formatDateZh("1958-08-04")).toBe("1958年8月4日");
    expect(formatDateZh("1956-03-29")).toBe("1956年3月29日");
  });

  it("rejects anything that is not YYYY-MM-DD", () => {
    expect(() => formatDateEn("4 Aug 1958")).toThrow(/ISO/);
  });
});

describe("pageLabelZh", () => {
  it("prefers the printed label, falls back to the English number, else null", () => {
    expect(pageLabelZh("第6版", "6")).toBe("第6版");
    expect(pageLabelZh(null, "5")).toBe("第5版");
    expect(pageLabelZh(null, null)).toBeNull();
  });
});
