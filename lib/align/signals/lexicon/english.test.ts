import { describe, expect, it } from "vitest";
import { americanSpelling, contentStem, englishContentStems, englishWords } from "./english";

describe("englishWords", () => {
  it("lowercases, strips possessives and contractions, splits hyphens, skips digit tokens", () => {
    expect(englishWords("The nation's workers' self-reliance don't isn't can't 100,000 10th Tianjin.")).toEqual([
      "the",
      "nation",
      "workers",
      "self",
      "reliance",
      "do",
      "is",
      "can",
      "tianjin",
    ]);
  });

  it("treats a curly apostrophe like a straight one", () => {
    expect(englishWords("China’s")).toEqual(["china"]);
  });
});

describe("contentStem", () => {
  it("drops stop words and number words", () => {
    expect(contentStem("the")).toBeNull();
    expect(contentStem("were")).toBeNull();
    expect(contentStem("twenty")).toBeNull();
    expect(contentStem("millions")).toBeNull();
  });

  it("stems plural and verb endings to one form", () => {
    expect(contentStem("cooperatives")).toBe("cooper");
    expect(contentStem("cooperative")).toBe("cooper");
    expect(contentStem("factories")).toBe("factori");
    expect(contentStem("factory")).toBe("factori");
    expect(contentStem("improved")).toBe(contentStem("improve"));
  });

  it("folds irregular forms onto their base", () => {
    expect(contentStem("said")).toBe(contentStem("say"));
    expect(contentStem("went")).toBe(contentStem("go"));
    expect(contentStem("children")).toBe("child");
  });

  it("folds British spellings onto American ones", () => {
    expect(americanSpelling("labour")).toBe("labor");
    expect(americanSpelling("organised")).toBe("organized");
    expect(americanSpelling("centre")).toBe("center");
    expect(americanSpelling("travelled")).toBe("traveled");
    expect(americanSpelling("hours")).toBe("hours");
    expect(americanSpelling("spelling")).toBe("spelling");
    expect(contentStem("colour")).toBe(contentStem("color"));
  });
});

describe("englishContentStems", () => {
  it("keeps repeats in text order", () => {
    expect(englishContentStems("Factories and more factories were built in 1958.")).toEqual([
      "factori",
      "factori",
      "build",
    ]);
  });
});
