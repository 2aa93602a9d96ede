import { describe, expect, it } from "vitest";
import { segmentSentences } from "./segment";

const en = (text: string) => segmentSentences(text, "en");

describe("English sentence segmentation", () => {
  it("ends sentences at . ? ! followed by a capitalised word", () => {
    expect(en("Why? Because it works! Really. Yes.")).toEqual(["Why?", "Because it works!", "Really.", "Yes."]);
  });

  it("does not end at a terminator followed by a lowercase word", () => {
    expect(en("Who knows? maybe not.")).toEqual(["Who knows? maybe not."]);
  });

  it("keeps `No. 3` and other abbreviations before numbers", () => {
    expect(en("The Tianjin No. 3 Smelting Cooperative grew. It opened on Jan. 5 in the city. See p. 12 for more.")).toEqual([
      "The Tianjin No. 3 Smelting Cooperative grew.",
      "It opened on Jan. 5 in the city.",
      "See p. 12 for more.",
    ]);
  });

  it("ends a sentence at `No.` used as a word", () => {
    expect(en("He said no. The others agreed.")).toEqual(["He said no.", "The others agreed."]);
  });

  it("never ends at titles", () => {
    expect(en("Mr. Smith met Dr. Jones and Mrs. Lee at St. Paul's. They talked.")).toEqual([
      "Mr. Smith met Dr. Jones and Mrs. Lee at St. Paul's.",
      "They talked.",
    ]);
  });

  it("keeps dotted acronyms before names and lowercase words", () => {
    expect(en("The U.S. Army arrived. The U.S.S.R. delegation left. U.S. officials said so.")).toEqual([
      "The U.S. Army arrived.",
      "The U.S.S.R. delegation left.",
      "U.S. officials said so.",
    ]);
  });

  it("ends after a dotted acronym when a typical sentence opener follows", () => {
    expect(en("He moved to the U.S. The move was hard.")).toEqual(["He moved to the U.S.", "The move was hard."]);
    expect(en("The meeting ends at 5 p.m. The guests leave. It starts at 9 a.m. Monday.")).toEqual([
      "The meeting ends at 5 p.m.",
      "The guests leave.",
      "It starts at 9 a.m. Monday.",
    ]);
  });

  it("keeps e.g., i.e. and vs. inside the sentence, even before a capital", () => {
    expect(en("Tools, e.g. Hammers, i.e. the heavy ones, vs. Saws, were made. Then more.")).toEqual([
      "Tools, e.g. Hammers, i.e. the heavy ones, vs. Saws, were made.",
      "Then more.",
    ]);
  });

  it("never ends inside numbers", () => {
    expect(en("Output reached 4.33 billion yuan. Costs fell 35.5% to 100,000 yuan. Done.")).toEqual([
      "Output reached 4.33 billion yuan.",
      "Costs fell 35.5% to 100,000 yuan.",
      "Done.",
    ]);
  });

  it("keeps single-letter initials with the name", () => {
    expect(en("J. K. Smith wrote it. A. B. Jones read it.")).toEqual(["J. K. Smith wrote it.", "A. B. Jones read it."]);
  });

  it("treats a mid-sentence ellipsis as part of the sentence", () => {
    expect(en("He paused... then went on. Next came Bob.")).toEqual(["He paused... then went on.", "Next came Bob."]);
    expect(en("He paused… then went on.")).toEqual(["He paused… then went on."]);
  });

  it("ends at `etc.` only before a capitalised word", () => {
    expect(en("Pumps, machinery, etc.; there are also lathes, etc., and watches, etc. were added.")).toEqual([
      "Pumps, machinery, etc.; there are also lathes, etc., and watches, etc. were added.",
    ]);
    expect(en("We made pumps, watches, etc. The rest failed.")).toEqual(["We made pumps, watches, etc.", "The rest failed."]);
  });

  it("attaches closing curly and straight quotes and brackets to the sentence", () => {
    expect(en("He said, “Stop.” Then he left.")).toEqual(["He said, “Stop.”", "Then he left."]);
    expect(en("They call it ‘good.’ It is not.")).toEqual(["They call it ‘good.’", "It is not."]);
    expect(en('Give play to "taking materials locally." The symposium ended.')).toEqual([
      'Give play to "taking materials locally."',
      "The symposium ended.",
    ]);
    expect(en("(It rose.) Costs fell.")).toEqual(["(It rose.)", "Costs fell."]);
  });

  it("keeps a reporting clause after a quoted question or exclamation", () => {
    expect(en('She shouted "Go!" and ran. "Why?" he asked. It ended.')).toEqual([
      'She shouted "Go!" and ran.',
      '"Why?" he asked.',
      "It ended.",
    ]);
    expect(en("“Why?” John asked. It ended.")).toEqual(["“Why?” John asked.", "It ended."]);
  });

  it("makes a trailing parenthesised byline its own unit", () => {
    expect(en("They put forward specific plans. (Xinhua News Agency)")).toEqual([
      "They put forward specific plans.",
      "(Xinhua News Agency)",
    ]);
    const office = "(Communication Group of the All-China Federation of Cooperatives Southwest District Office)";
    expect(en(office)).toEqual([office]);
  });

  it("does not split list enumerators from their item", () => {
    expect(en("1. Collect the tools. 2. Repair them.")).toEqual(["1. Collect the tools.", "2. Repair them."]);
  });
});
