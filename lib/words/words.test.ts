import { describe, expect, it } from "vitest";
import { articleWords, matchesKeyword, senseKeywords, splitUnknown, wordsOf, type Reading, type WordDictionary } from "./words";

const DICT: Record<string, Reading[]> = {
  手工业: [{ pinyin: "shǒu gōng yè", senses: ["handicraft industry"] }],
  合作社: [{ pinyin: "hé zuò shè", senses: ["cooperative", "CL:個|个[ge4]"] }],
  飞跃: [{ pinyin: "fēi yuè", senses: ["to leap"] }],
  发展: [{ pinyin: "fā zhǎn", senses: ["development", "growth", "to develop"] }],
  日: [{ pinyin: "rì", senses: ["sun", "day"] }],
  讯: [{ pinyin: "xùn", senses: ["to question", "(bound form) message; information"] }],
};
const dictionary: WordDictionary = { lookup: (word) => DICT[word] };
// A stand-in for jieba: known tokens, as jieba cuts this text.
const segment = (text: string) => text.match(/手工业|合作社|飞跃发展|发展|日讯|[\s\S]/gu) ?? [];

describe("word data", () => {
  it("cuts a segment with no entry into the longest dictionary words", () => {
    expect(splitUnknown("飞跃发展", dictionary)).toEqual(["飞跃", "发展"]);
    expect(splitUnknown("日讯", dictionary)).toEqual(["日", "讯"]);
    expect(splitUnknown("某某", dictionary)).toEqual(["某", "某"]);
  });

  it("gives each Chinese word its offsets in the sentence and skips digits, spaces and punctuation", () => {
    const text = "3日讯　手工业合作社飞跃发展。";
    const words = wordsOf(text, segment, dictionary);
    expect(words.map(([s, e, w]) => [text.slice(s, e), w])).toEqual([
      ["日", "日"],
      ["讯", "讯"],
      ["手工业", "手工业"],
      ["合作社", "合作社"],
      ["飞跃", "飞跃"],
      ["发展", "发展"],
    ]);
  });

  it("collects each word once with its pinyin and senses", () => {
    const data = articleWords(
      [
        { id: "z1", text: "手工业合作社。" },
        { id: "z2", text: "合作社发展。" },
      ],
      segment,
      dictionary,
      // The sentence's reading, one syllable per character (a stand-in for pinyin-pro).
      (text) => [...text].map((char) => (/\p{Script=Han}/u.test(char) ? `py${char}` : "")),
    );
    expect(Object.keys(data.sentences)).toEqual(["z1", "z2"]);
    // Dictionary words with one reading take it; the rest their syllables in the sentence.
    expect(data.sentences.z2).toEqual([
      [0, 3, "合作社", "hé zuò shè"],
      [3, 5, "发展", "fā zhǎn"],
    ]);
    expect(Object.keys(data.entries).sort()).toEqual(["发展", "合作社", "手工业"].sort());
    expect(data.entries["合作社"]).toEqual({ pinyin: "hé zuò shè", readings: DICT["合作社"] });
  });

  it("names the English words a word's senses give, and matches inflected forms", () => {
    const keywords = new Set(senseKeywords({ pinyin: "", readings: DICT["发展"] }));
    expect([...keywords].sort()).toEqual(["develop", "development", "growth"]);
    expect(senseKeywords({ pinyin: "", readings: DICT["合作社"] })).toEqual(["cooperative"]);
    expect(matchesKeyword("developed", keywords)).toBe(true);
    expect(matchesKeyword("Development", keywords)).toBe(true);
    expect(matchesKeyword("cooperatives", new Set(["cooperative"]))).toBe(true);
    expect(matchesKeyword("industries", new Set(["industry"]))).toBe(true);
    expect(matchesKeyword("dev", keywords)).toBe(false);
  });
});
