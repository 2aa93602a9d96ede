import { describe, expect, it } from "vitest";
import {
  beadLookup,
  extendRange,
  formatFragment,
  parseFragment,
  resolveFragment,
  sentenceFragment,
  type BeadRange,
  type FragmentLookup,
} from "./fragment";

describe("parseFragment", () => {
  it("reads sentences, sentence ranges, beads, bead ranges and rows, with or without the #", () => {
    const e = (n: number) => ({ lang: "en", n });
    const z = (n: number) => ({ lang: "zh", n });
    expect(parseFragment("#e5")).toEqual({ kind: "sentences", from: e(5), to: e(5) });
    expect(parseFragment("#z5")).toEqual({ kind: "sentences", from: z(5), to: z(5) });
    expect(parseFragment("e12-e15")).toEqual({ kind: "sentences", from: e(12), to: e(15) });
    expect(parseFragment("#z15-z12")).toEqual({ kind: "sentences", from: z(12), to: z(15) });
    expect(parseFragment("#e3-z5")).toEqual({ kind: "sentences", from: e(3), to: z(5) });
    expect(parseFragment("#s12")).toEqual({ kind: "beads", from: 12, to: 12 });
    expect(parseFragment("s12-s15")).toEqual({ kind: "beads", from: 12, to: 15 });
    expect(parseFragment("#s15-s12")).toEqual({ kind: "beads", from: 12, to: 15 });
    expect(parseFragment("#p3")).toEqual({ kind: "row", n: 3 });
  });

  it("ignores anything else without throwing", () => {
    const junk = [
      "", "#", "#s", "#s0", "#s012", "#S12", "#s12-", "#s12-15", "#s12-e15", "#s12 ", " #s12", "#s1.5",
      "#x3", "#p0", "#p-1", "#e", "#s9999999", "#s1-s9999999", "#s99999999999999999999", "#%73%31",
      "#s12#s13", "#s12-s13-s14", "#" + "s1".repeat(40),
      "#e0", "#e05", "#e3-", "#e3-e", "#E3", "#e3-e4-e5", "#e3-p4", "#e1234567", "#e3%2De4",
    ];
    for (const hash of junk) expect(parseFragment(hash), hash).toBeNull();
    expect(parseFragment(undefined as unknown as string)).toBeNull();
    expect(parseFragment(12 as unknown as string)).toBeNull();
  });
});

describe("resolveFragment", () => {
  // An article of 4 beads: English sentences 1-5 in beads 0,0,1,2,3; Chinese 1-4 in 0,1,2,3;
  // row 1 holds beads 0-1, row 2 beads 2-3.
  const lookup: FragmentLookup = beadLookup(
    [
      { en: ["e1", "e2"], zh: ["z1"] },
      { en: ["e3"], zh: ["z2"] },
      { en: ["e4"], zh: ["z3"] },
      { en: ["e5"], zh: ["z4"] },
    ],
    (n) => [{ first: 0, last: 1 }, { first: 2, last: 3 }][n - 1],
  );

  it("turns 1-based ids into 0-based bead ranges", () => {
    expect(resolveFragment(parseFragment("#s2"), lookup)).toEqual({ first: 1, last: 1 });
    expect(resolveFragment(parseFragment("#s4-s1"), lookup)).toEqual({ first: 0, last: 3 });
    expect(resolveFragment(parseFragment("#e2"), lookup)).toEqual({ first: 0, last: 0 });
    expect(resolveFragment(parseFragment("#z3"), lookup)).toEqual({ first: 2, last: 2 });
    expect(resolveFragment(parseFragment("#e2-e4"), lookup)).toEqual({ first: 0, last: 2 });
    expect(resolveFragment(parseFragment("#z4-z2"), lookup)).toEqual({ first: 1, last: 3 });
    expect(resolveFragment(parseFragment("#z4-e3"), lookup)).toEqual({ first: 1, last: 3 });
    expect(resolveFragment(parseFragment("#p2"), lookup)).toEqual({ first: 2, last: 3 });
  });

  it("ignores ids beyond the article", () => {
    for (const hash of ["#s5", "#s2-s5", "#e6", "#z5", "#e4-e6", "#p3", "#nope"]) {
      expect(resolveFragment(parseFragment(hash), lookup), hash).toBeNull();
    }
  });
});

describe("sentenceFragment", () => {
  // Bead 1 has an English sentence with no translation; bead 3 a Chinese one with none.
  const lookup = beadLookup([
    { en: ["e1"], zh: ["z1", "z2"] },
    { en: ["e2"], zh: [] },
    { en: ["e3", "e4"], zh: ["z3"] },
    { en: [], zh: ["z4"] },
    { en: ["e5"], zh: ["z5"] },
  ]);

  it("names the first to the last sentence of the selected beads in the clicked language", () => {
    expect(sentenceFragment({ first: 0, last: 0 }, "en", lookup)).toBe("e1");
    expect(sentenceFragment({ first: 0, last: 0 }, "zh", lookup)).toBe("z1-z2");
    expect(sentenceFragment({ first: 0, last: 2 }, "en", lookup)).toBe("e1-e4");
    expect(sentenceFragment({ first: 2, last: 0 }, "zh", lookup)).toBe("z1-z3");
  });

  it("switches language when the clicked one has no sentence at an end of the passage", () => {
    expect(sentenceFragment({ first: 1, last: 1 }, "zh", lookup)).toBe("e2");
    expect(sentenceFragment({ first: 2, last: 3 }, "en", lookup)).toBe("z3-z4");
    // Bead 1 has English only, bead 3 Chinese only: each end in the language that has it.
    expect(sentenceFragment({ first: 1, last: 3 }, "zh", lookup)).toBe("e2-z4");
  });

  it("round-trips: the fragment resolves to the selected beads", () => {
    for (let first = 0; first < 5; first++) {
      for (let last = first; last < 5; last++) {
        for (const lang of ["en", "zh"] as const) {
          const range = { first, last };
          expect(resolveFragment(parseFragment(sentenceFragment(range, lang, lookup)), lookup), `${first}-${last} ${lang}`).toEqual(range);
        }
      }
    }
  });
});

describe("a sentence link survives a regrouping by another aligner", () => {
  // The same text, 8 English and 7 Chinese sentences, grouped by two aligners (written by hand):
  // version A pairs mostly 1-1; version B merges and splits differently, and its beads are
  // numbered differently from the fourth on.
  const versionA = beadLookup([
    { en: ["e1"], zh: ["z1"] },
    { en: ["e2"], zh: ["z2"] },
    { en: ["e3"], zh: ["z3"] },
    { en: ["e4"], zh: [] },
    { en: ["e5"], zh: ["z4"] },
    { en: ["e6"], zh: ["z5"] },
    { en: ["e7"], zh: ["z6"] },
    { en: ["e8"], zh: ["z7"] },
  ]);
  const versionB = beadLookup([
    { en: ["e1", "e2"], zh: ["z1", "z2"] },
    { en: ["e3", "e4"], zh: ["z3"] },
    { en: ["e5"], zh: ["z4", "z5"] },
    { en: ["e6", "e7"], zh: ["z6"] },
    { en: ["e8"], zh: ["z7"] },
  ]);

  /** Every sentence id the beads of a range hold. */
  const sentencesIn = (lookup: FragmentLookup, range: BeadRange) => {
    const ids: string[] = [];
    for (let n = range.first; n <= range.last; n++) {
      ids.push(...lookup.sentencesOfBead(n, "en").map((k) => `e${k}`), ...lookup.sentencesOfBead(n, "zh").map((k) => `z${k}`));
    }
    return ids.sort();
  };

  it("selects, after the regrouping, every sentence it selected before", () => {
    for (let first = 0; first < versionA.beadCount; first++) {
      for (let last = first; last < versionA.beadCount; last++) {
        for (const lang of ["en", "zh"] as const) {
          const before = { first, last };
          const link = sentenceFragment(before, lang, versionA);
          const after = resolveFragment(parseFragment(link), versionB);
          expect(after, link).not.toBeNull();
          const selectedBefore = sentencesIn(versionA, before);
          const selectedAfter = sentencesIn(versionB, after!);
          // Every sentence of the link's language(s) is selected again; the new beads may bring in
          // neighbours merged with them, and hold whatever counterparts the new alignment gives.
          for (const side of new Set([link[0], link.split("-")[1]?.[0] ?? link[0]])) {
            const before = selectedBefore.filter((id) => id.startsWith(side));
            for (const id of before) expect(selectedAfter, link).toContain(id);
          }
        }
      }
    }
  });

  it("for example #e3-e5: beads 3-5 under version A, beads 2-3 under version B", () => {
    const link = sentenceFragment({ first: 2, last: 4 }, "en", versionA);
    expect(link).toBe("e3-e5");
    expect(resolveFragment(parseFragment(link), versionB)).toEqual({ first: 1, last: 2 });
    // The old bead link #s3-s5 would now select different text: beads 3-5 of version B hold e5-e8.
    expect(sentencesIn(versionB, resolveFragment(parseFragment("#s3-s5"), versionB)!)).toEqual(["e5", "e6", "e7", "e8", "z4", "z5", "z6", "z7"]);
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
