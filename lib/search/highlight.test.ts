import { describe, expect, it } from "vitest";
import { containsAll, highlight, highlightPair } from "./highlight";
import { parseQuery } from "./query";

const marked = (text: string, query: string, lang: "en" | "zh") =>
  highlight(text, parseQuery(query), lang)
    .filter((p) => p.mark)
    .map((p) => p.text);

describe("highlight", () => {
  it("marks English words by stem, case-insensitively", () => {
    expect(marked("Handicraft Cooperatives and a cooperative were rectified.", "cooperative", "en")).toEqual(["Cooperatives", "cooperative"]);
    expect(marked("The rectification campaign rectified them.", "Rectified", "en")).toEqual(["rectified"]);
  });

  it("marks an English phrase only where its words stand together", () => {
    expect(marked("handicraft production cooperatives; handicraft cooperatives", '"handicraft cooperatives"', "en")).toEqual(["handicraft cooperatives"]);
  });

  it("marks Chinese terms as substrings, including inside longer words", () => {
    expect(marked("手工业合作社进行了整顿，整顿工作", "整顿", "zh")).toEqual(["整顿", "整顿"]);
    expect(marked("手工业生产合作社", "合作", "zh")).toEqual(["合作"]);
  });

  it("marks only the terms of the side's language", () => {
    expect(marked("合作社 cooperative", "cooperative 合作", "zh")).toEqual(["合作"]);
  });

  it("keeps all the text, in order", () => {
    const text = "A <b>cooperative</b> 合作社";
    expect(highlight(text, parseQuery("cooperative"), "en").map((p) => p.text).join("")).toBe(text);
    expect(highlight("text", [], "en")).toEqual([{ text: "text", mark: false }]);
  });
});

describe("containsAll", () => {
  it("is true only when every term occurs in its own side", () => {
    expect(containsAll({ en: "", zh: "手工业合作社的整顿" }, parseQuery("整顿 合作社"))).toBe(true);
    expect(containsAll({ en: "", zh: "手工业合作社" }, parseQuery("整顿"))).toBe(false);
    expect(containsAll({ en: "cooperatives", zh: "合作社" }, parseQuery("合作社 cooperative"))).toBe(true);
    expect(containsAll({ en: "cooperatives", zh: "" }, parseQuery("合作社 cooperative"))).toBe(false);
    expect(containsAll({ en: "anything", zh: "" }, [])).toBe(false);
  });

  it("in exact mode (the concordance) needs the words as typed, inflections only", () => {
    expect(containsAll({ en: "handicraft cooperation", zh: "" }, parseQuery('"handicraft cooperatives"'))).toBe(false);
    expect(containsAll({ en: "Handicraft cooperative", zh: "" }, parseQuery('"handicraft cooperatives"'))).toBe(true);
    expect(containsAll({ en: "they were rectifying it", zh: "" }, parseQuery("rectified"))).toBe(true);
  });

  it("says exactly what highlight() marks in exact mode, term by term", () => {
    const sentences = [
      { en: "Handicraft cooperatives were consolidated; the cooperative's output rose.", zh: "手工业合作社得到巩固，合作社的产值提高。" },
      { en: "They studied, studying and restudying the studies.", zh: "他们学习了。" },
      { en: "Co-operation: 1958's figures, 7 cooperatives.", zh: "1958年，七个合作社。" },
      { en: "", zh: "" },
    ];
    const queries = ["cooperative", "cooperation", '"handicraft cooperatives"', '"the cooperative"', "study", "studies", "1958", "7", "co", "合作社", "合作", "社得", "巩固，合作", "1958年", "学习了"];
    for (const pair of sentences) {
      for (const query of queries) {
        const terms = parseQuery(query);
        const marked = terms.every((term) => highlight(pair[term.lang], [term], term.lang, true).some((piece) => piece.mark));
        expect(containsAll(pair, terms), `${query} in ${pair.en || pair.zh || "(empty)"}`).toBe(marked);
      }
    }
  });
});

describe("highlightPair", () => {
  it("marks the term on its side and its rendering in the counterpart, as text", () => {
    const terms = parseQuery("整顿");
    expect(highlightPair("<b>consolidating and rectifying</b>", terms, "en", "rectify")).toEqual([
      { text: "<b>consolidating and ", mark: null },
      { text: "rectifying", mark: "rendering" },
      { text: "</b>", mark: null },
    ]);
    expect(highlightPair("巩固和整顿", terms, "zh", "rectify")).toEqual([
      { text: "巩固和", mark: null },
      { text: "整顿", mark: "term" },
    ]);
  });
});

