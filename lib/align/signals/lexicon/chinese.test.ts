import { describe, expect, it } from "vitest";
import { chineseContentWords, maxMatch } from "./chinese";
import { Lexicon } from "./lexicon";
import { loadSegmenter } from "./load";

const STEMS = ["tianjin", "worker", "manufactur", "make", "machin", "essenc", "refin", "tin", "leap", "develop", "june", "unifi", "dna"];
const WORDS: [string, string[]][] = [
  ["天津", ["tianjin"]],
  ["工人", ["worker"]],
  ["制造", ["manufactur", "make"]],
  ["机器", ["machin"]],
  ["精", ["essenc", "refin"]],
  ["锡", ["tin"]],
  ["飞跃", ["leap"]],
  ["发展", ["develop"]],
  ["六月", ["june"]],
  ["统一", ["unifi"]],
];
const lexicon = Lexicon.fromCompact({
  stems: STEMS,
  words: new Map(WORDS.map(([word, stems]) => [word, stems.map((stem) => STEMS.indexOf(stem))])),
});
// Tests segment by hand: tokens separated by "|".
const bars = (text: string) => text.split("|");
const words = (text: string) =>
  chineseContentWords(text, bars, lexicon).map((word) => [word.text, [...word.translations].map((id) => STEMS[id])]);

describe("chineseContentWords", () => {
  it("keeps dictionary words and drops function words, numerals and punctuation", () => {
    expect(words("他们|在|天津|制造|了|二十三个|机器|35.5|％|。")).toEqual([
      ["天津", ["tianjin"]],
      ["制造", ["manufactur", "make"]],
      ["机器", ["machin"]],
    ]);
  });

  it("skips numeral+unit tokens but keeps headwords that contain numeral characters", () => {
    expect(words("一九五三年|六月|统一")).toEqual([
      ["六月", ["june"]],
      ["统一", ["unifi"]],
    ]);
  });

  it("cuts an unknown token into the longest known headwords", () => {
    expect(maxMatch("天津工人", lexicon)).toEqual(["天津", "工人"]);
    expect(words("飞跃发展")).toEqual([
      ["飞跃", ["leap"]],
      ["发展", ["develop"]],
    ]);
  });

  it("joins leftover single characters into one word with their pooled translations", () => {
    expect(words("精锡")).toEqual([["精锡", ["essenc", "refin", "tin"]]]);
    expect(words("的锡")).toEqual([["锡", ["tin"]]]);
  });

  it("maps Latin words inside Chinese text through the English stemmer", () => {
    expect(words("DNA|检测")).toEqual([["DNA", ["dna"]]]);
  });
});

describe("jieba segmentation (bundled dictionary)", () => {
  it("cuts a short sentence into words", () => {
    expect(loadSegmenter()("他们在天津建设工厂。")).toEqual(["他们", "在", "天津", "建设", "工厂", "。"]);
  });
});
