import { describe, expect, it } from "vitest";
import { extendRange, formatFragment, parseFragment, resolveFragment, type FragmentLookup } from "./fragment";

describe("parseFragment", () => {
  it("reads beads, ranges, sentences and rows, with or without the #", () => {
    expect(parseFragment("#s12")).toEqual({ kind: "beads", from: 12, to: 12 });
    expect(parseFragment("s12-s15")).toEqual({ kind: "beads", from: 12, to: 15 });
    expect(parseFragment("#s15-s12")).toEqual({ kind: "beads", from: 12, to: 15 });
    expect(parseFragment("#e5")).toEqual({ kind: "sentence", lang: "en", n: 5 });
    expect(parseFragment("#z5")).toEqual({ kind: "sentence", lang: "zh", n: 5 });
    expect(parseFragment("#p3")).toEqual({ kind: "row", n: 3 });
  });

  it("ignores anything else without throwing", () => {
    const junk = [
      "", "#", "#s", "#s0", "#s012", "#S12", "#s12-", "#s12-15", "#s12-e15", "#s12 ", " #s12", "#s1.5",
      "#x3", "#p0", "#p-1", "#e", "#s9999999", "#s1-s9999999", "#s99999999999999999999", "#%73%31",
      "#s12#s13", "#s12-s13-s14", "#" + "s1".repeat(40),
    ];
    for (const hash of junk) expect(parseFragment(hash), hash).toBeNull();
    expect(parseFragment(undefined as unknown as string)).toBeNull();
    expect(parseFragment(12 as unknown as string)).toBeNull();
  });
});

describe("resolveFragment", () => {
  // An article of 4 beads: English sentences 1-5 in beads 0,0,1,2,3; Chinese 1-4 in 0,1,2,3;
  // row 1 holds beads 0-1, row 2 beads 2-3.
  const lookup: FragmentLookup = {
    beadCount: 4,
    beadOfSentence: (lang, n) => (lang === "en" ? [0, 0, 1, 2, 3] : [0, 1, 2, 3])[n - 1],
    beadsOfRow: (n) => [{ first: 0, last: 1 }, { first: 2, last: 3 }][n - 1],
  };

  it("turns 1-based ids into 0-based bead ranges", () => {
    expect(resolveFragment(parseFragment("#s2"), lookup)).toEqual({ first: 1, last: 1 });
    expect(resolveFragment(parseFragment("#s4-s1"), lookup)).toEqual({ first: 0, last: 3 });
    expect(resolveFragment(parseFragment("#e2"), lookup)).toEqual({ first: 0, last: 0 });
    expect(resolveFragment(parseFragment("#z3"), lookup)).toEqual({ first: 2, last: 2 });
    expect(resolveFragment(parseFragment("#p2"), lookup)).toEqual({ first: 2, last: 3 });
  });

  it("ignores ids beyond the article", () => {
    for (const hash of ["#s5", "#s2-s5", "#e6", "#z5", "#p3", "#nope"]) {
      expect(resolveFragment(parseFragment(hash), lookup), hash).toBeNull();
    }
  });
});

describe("formatFragment and extendRange", () => {
  it("writes single beads and ranges as 1-based ids, low to high", () => {
    expect(formatFragment({ first: 11, last: 11 })).toBe("s12");
    expect(formatFragment({ first: 11, last: 14 })).toBe("s12-s15");
    expect(formatFragment({ first: 14, last: 11 })).toBe("s12-s15");
  });

  it("extends from the anchor in either direction", () => {
    expect(extendRange(5, 9)).toEqual({ first: 5, last: 9 });
    expect(extendRange(5, 2)).toEqual({ first: 2, last: 5 });
  });
});
