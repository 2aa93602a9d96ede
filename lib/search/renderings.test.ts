import { describe, expect, it } from "vitest";
import { englishTokens, inflectionCandidates, inflectionKey, keyMatches, linkPair, renderingSpans } from "./renderings";

const vocabulary = new Set(["rectify", "consolidate", "rectification", "handicraft", "cooperative", "material", "raw", "stable", "strengthen", "firm", "tidy", "reorganize", "difficult", "production", "produce"]);
const keyOf = (word: string) => inflectionKey(word, (w) => vocabulary.has(w));

describe("inflection keys", () => {
  it("gives inflected forms the base form the vocabulary knows, and derivations their own key", () => {
    expect(["rectifying", "rectified", "rectifies", "rectify"].map(keyOf)).toEqual(["rectify", "rectify", "rectify", "rectify"]);
    expect(keyOf("consolidating")).toBe("consolidate");
    expect(keyOf("cooperatives")).toBe("cooperative");
    expect(keyOf("rectification")).toBe("rectification");
    // Unknown to the vocabulary: the word itself, lower-cased.
    expect(keyOf("Guiyang")).toBe("guiyang");
  });

  it("never strips a word below three letters or an -ss ending", () => {
    expect(inflectionCandidates("was")).toEqual(["was"]);
    expect(inflectionCandidates("press")).toEqual(["press"]);
  });
});

describe("keyMatches", () => {
  it("accepts a translation and its derivations, nothing else", () => {
    const t = new Set(["rectify", "consolidate", "difficult"]);
    expect(keyMatches("rectify", t)).toBe(true);
    expect(keyMatches("rectification", t)).toBe(true);
    expect(keyMatches("consolidation", t)).toBe(true);
    expect(keyMatches("difficulty", t)).toBe(true);
    expect(keyMatches("rectitude", t)).toBe(false);
    expect(keyMatches("console", t)).toBe(false);
  });
});

describe("linkPair", () => {
  const translations: Record<string, string[]> = {
    整顿: ["tidy", "reorganize", "consolidate", "rectify"],
    巩固: ["consolidate", "strengthen", "firm", "stable"],
    正: ["straight", "rectify", "main"],
    合作社: ["cooperative"],
    手工业: ["handicraft"],
  };
  const of = (zh: string) => new Set(translations[zh] ?? []);

  it("gives a word two Chinese words claim to the one with nothing else, and single characters yield to words", () => {
    const tokens = englishTokens("For the existing handicraft production cooperatives, various places are actively consolidating and rectifying them.", keyOf);
    const links = linkPair(tokens, ["对于", "原有", "的", "手工业", "生产", "合作社", "各地", "正", "积极", "进行", "巩固", "和", "整顿"], of);
    expect(Object.fromEntries(links.zh)).toEqual({ 手工业: "handicraft", 合作社: "cooperative", 巩固: "consolidate", 整顿: "rectify" });
    expect(links.en.get("rectify")).toBe("整顿");
    expect(links.en.get("consolidate")).toBe("巩固");
  });

  it("renders a word by a run of English words joined by function words", () => {
    const tokens = englishTokens("They were consolidating and rectifying them.", keyOf);
    expect(linkPair(tokens, ["整顿"], of).zh.get("整顿")).toBe("consolidate and rectify");
  });

  it("links nothing for function words or words without translations", () => {
    const tokens = englishTokens("The cooperative of the people.", keyOf);
    expect(linkPair(tokens, ["的", "人民"], of).zh.size).toBe(0);
  });
});

describe("renderingSpans", () => {
  it("marks every inflection of an English rendering's content words, and a Chinese rendering where it stands", () => {
    const en = "After rectification they kept rectifying and rectified it.";
    expect(renderingSpans(en, "rectify", "en").map(([s, e]) => en.slice(s, e))).toEqual(["rectifying", "rectified"]);
    expect(renderingSpans(en, "rectification", "en").map(([s, e]) => en.slice(s, e))).toEqual(["rectification"]);
    expect(renderingSpans("整顿巩固和整顿", "整顿", "zh")).toEqual([
      [0, 2],
      [5, 7],
    ]);
    expect(renderingSpans("text", "", "en")).toEqual([]);
  });
});
