import { describe, expect, it } from "vitest";
import { Lexicon } from "./lexicon";

describe("Lexicon over its UTF-8 bytes", () => {
  // Headwords and stems of one, two, three and four UTF-8 bytes a character.
  const lexicon = Lexicon.fromCompact({
    stems: ["tin", "café", "𠀋x"],
    words: new Map([
      ["手工业", [0]],
      ["𠀋", [2]],
      ["ü", [1, 0]],
    ]),
  });

  it("finds headwords and stems beyond ASCII, and nothing else", () => {
    expect([...lexicon.translations("手工业")!]).toEqual([0]);
    expect([...lexicon.translations("𠀋")!]).toEqual([2]);
    expect([...lexicon.translations("ü")!]).toEqual([1, 0]);
    expect(lexicon.translations("手工")).toBeUndefined();
    expect(lexicon.stemId("café")).toBe(1);
    expect(lexicon.stemId("𠀋x")).toBe(2);
    expect(lexicon.stemId("cafe")).toBeUndefined();
  });

  it("counts the longest headword in UTF-16 units and gives the stems back as text", () => {
    expect(lexicon.maxWordLength).toBe(3);
    expect(lexicon.stemCount).toBe(3);
    expect(lexicon.stems).toEqual(["tin", "café", "𠀋x"]);
  });

  it("reads its saved look-up table back, and refuses one saved for other bytes", () => {
    const file = Buffer.from(
      "cedict-lexicon/2\tk\t-\ntin café 𠀋x\n手工业\t0\n𠀋\t2\nü\t1 0\n",
      "utf8",
    );
    const scanned = Lexicon.fromFile(file);
    const again = Lexicon.fromFile(file, scanned.indexBytes());
    expect(again.indexWasSaved).toBe(true);
    expect([...again.translations("ü")!]).toEqual([1, 0]);
    const other = Lexicon.fromFile(Buffer.from("cedict-lexicon/2\tk\t-\ntin\n工\t0\n", "utf8"), scanned.indexBytes());
    expect(other.indexWasSaved).toBe(false);
    expect([...other.translations("工")!]).toEqual([0]);
  });
});
