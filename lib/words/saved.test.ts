import { describe, expect, it } from "vitest";
import { aboveLevel, mergeSaved, parseAnkiTsv, parseStored, toAnkiTsv, type SavedWord } from "./saved";

const fazhan: SavedWord = {
  word: "发展",
  pinyin: "fā zhǎn",
  senses: "development; growth; to develop",
  sentence: "今年上半年生产获得飞跃发展。",
  translation: "Production achieved a leap forward\tin the first half\nof this year.",
};

describe("saved words", () => {
  it("exports an Anki TSV: header comments, five fields, tabs and line breaks in a field made spaces", () => {
    const tsv = toAnkiTsv([fazhan]);
    expect(tsv.split("\n")).toEqual([
      "#separator:tab",
      "#html:false",
      "#columns:word\tpinyin\tsenses\tsentence\ttranslation",
      "发展\tfā zhǎn\tdevelopment; growth; to develop\t今年上半年生产获得飞跃发展。\tProduction achieved a leap forward in the first half of this year.",
      "",
    ]);
  });

  it("reads back what it exported", () => {
    const back = parseAnkiTsv(toAnkiTsv([fazhan]));
    expect(back).toEqual([{ ...fazhan, translation: "Production achieved a leap forward in the first half of this year." }]);
  });

  it("names the file and line of a malformed row", () => {
    expect(() => parseAnkiTsv("#separator:tab\n发展\tfā zhǎn\n", "words.tsv")).toThrow("words.tsv, line 2: expected 5 tab-separated fields");
    expect(() => parseAnkiTsv("\ta\tb\tc\td\n")).toThrow("line 1: the word is empty");
  });

  it("keeps a word saved from the same sentence once, and ignores junk in storage", () => {
    expect(mergeSaved([fazhan], [{ ...fazhan, pinyin: "new" }])).toEqual([{ ...fazhan, pinyin: "new" }]);
    expect(mergeSaved([fazhan], [{ ...fazhan, sentence: "别的句子。" }])).toHaveLength(2);
    expect(parseStored("{not json")).toEqual([]);
    expect(parseStored(JSON.stringify([fazhan, { word: 1 }]))).toEqual([fazhan]);
  });

  it("marks words above a level, and words off the list", () => {
    expect(aboveLevel(4, 3)).toBe(true);
    expect(aboveLevel(3, 3)).toBe(false);
    expect(aboveLevel(undefined, 6)).toBe(true);
  });
});
