import { describe, expect, it } from "vitest";
import { createLexicalSignal } from "./lexical";
import { LexicalIndex } from "./lexicon/pair-index";
import type { ZhWord } from "./lexicon/chinese";
import { neighbourWeights } from "./neighbours";

const word = (text: string, ...ids: number[]): ZhWord => ({ text, translations: Int32Array.from(ids) });

describe("neighbourWeights", () => {
  it("weighs an item found next door by log(q1' / q0ₗ), its chance rate raised by the locality", () => {
    // d = 0.01, locality 10: q0ₗ = 0.1, q1' = 1 − 0.6 · 0.9 = 0.46, log(0.46 / 0.1) = log 4.6.
    // d = 0.05: q0ₗ = 0.5, q1' = 1 − 0.6 · 0.5 = 0.7, log 1.4.
    // d = 0.2: q0ₗ capped at 0.99, q1' = 1 − 0.6 · 0.01 = 0.994, log(0.994 / 0.99): almost nothing.
    const weights = neighbourWeights(Float64Array.from([0.01, 0.05, 0.05, 0.2], (d) => Math.log1p(-d)), 0.4, 10);
    expect(weights[0]).toBeCloseTo(Math.log(4.6), 10);
    expect(weights[1]).toBeCloseTo(Math.log(1.4), 10);
    expect(weights[2]).toBeCloseTo(Math.log(1.4), 10);
    expect(weights[3]).toBeCloseTo(Math.log(0.994 / 0.99), 10);
  });
});

describe("LexicalIndex.neighbourMatches", () => {
  // Chinese a → 1, b → 2, c → 3; English sentences {1}, {2, 3}, {9}. Weights are powers of ten so
  // each sum names the items it holds.
  const zh = [[word("a", 1)], [word("b", 2)], [word("c", 3)]];
  const en = [[1], [2, 3], [9]];
  const neighbours = { zh: Float64Array.from([1, 10, 100]), en: Float64Array.from([1000, 10000, 100000, 1e6]) };
  const sums = (index: LexicalIndex, z0: number, z1: number, e0: number, e1: number) => {
    index.neighbourMatches(z0, z1, e0, e1, neighbours);
    return [index.zhNeighbourWeighted, index.enNeighbourWeighted];
  };

  it("counts the items without a match inside whose translation is in the sentence before or after", () => {
    const index = new LexicalIndex(zh, en);
    // a is matched inside; nothing of it outside. The right bead pays nothing.
    expect(sums(index, 0, 1, 0, 1)).toEqual([0, 0]);
    // "2" of English sentence 1 translates b, the Chinese sentence after the bead: 10,000.
    expect(sums(index, 0, 1, 0, 2)).toEqual([0, 10000]);
    // b's translation is in English sentence 1, after the bead (10); "1" in Chinese sentence 0,
    // before it (1,000).
    expect(sums(index, 1, 2, 0, 1)).toEqual([10, 1000]);
    // b and c both find theirs in English sentence 1, before the bead; "9" translates nothing.
    expect(sums(index, 1, 3, 2, 3)).toEqual([110, 0]);
    // Matched inside as well as next door: not counted.
    expect(sums(index, 1, 3, 1, 2)).toEqual([0, 0]);
  });

  it("gives in endSums what it gives bead by bead, for every span of up to six sentences", () => {
    // Sentence 1 has 40 words, so its bitsets span two 32-bit words.
    const bigZh: ZhWord[][] = [
      [word("a", 1), word("b", 2, 3)],
      Array.from({ length: 40 }, (_, k) => word(`w${k}`, 100 + k, k % 2 === 0 ? 7 : 8)),
      [word("c", 4), word("d", 5)],
      [],
      [word("e", 9), word("f", 1)],
    ];
    const bigEn: number[][] = [[1, 9], [100, 139, 7, 3], [4, 4, 6], [138, 120, 121], [2], [5, 9]];
    const index = new LexicalIndex(bigZh, bigEn, { pairSlots: 4 });
    const zhItems = bigZh.flat().length;
    const enItems = bigEn.flat().length;
    const weights = {
      zh: Float64Array.from({ length: zhItems }, (_, k) => 1 + k),
      en: Float64Array.from({ length: enItems }, (_, k) => 1000 * (1 + k)),
    };
    const stride = 5;
    const zeros = (n: number) => new Float64Array(n * stride);
    for (let zhEnd = 1; zhEnd <= bigZh.length; zhEnd++) {
      for (let enEnd = 1; enEnd <= bigEn.length; enEnd++) {
        index.endSums(zhEnd, enEnd, 6, zeros(zhItems), zeros(enItems), stride, weights);
        const zhSums = index.zhNeighbourSums.slice();
        const enSums = index.enNeighbourSums.slice();
        for (let a = 1; a <= Math.min(zhEnd, 5); a++) {
          for (let b = 1; b <= Math.min(enEnd, 6 - a); b++) {
            index.neighbourMatches(zhEnd - a, zhEnd, enEnd - b, enEnd, weights);
            const at = (a - 1) * 6 + b - 1;
            expect([zhSums[at], enSums[at]], `${a} × ${b} ending at ${zhEnd}, ${enEnd}`).toEqual([index.zhNeighbourWeighted, index.enNeighbourWeighted]);
          }
        }
      }
    }
  });
});

describe("the lexical signal with matches next door", () => {
  const zh = ["工人们在工厂里制造新的机器。", "农民在田里种植水稻。", "孩子们在学校学习数学。", "老人在公园里散步。"];
  const en = [
    "The workers make new machines in the factory.",
    "Farmers grow rice in the fields.",
    "The children study mathematics at school.",
    "Old people take walks in the park.",
  ];
  // Locality 1: in a four-sentence document ten times a word's document frequency is certainty.
  const prepare = (neighbourWeight: number) =>
    createLexicalSignal(undefined, { neighbourWeight, neighbourLocality: 1 }).prepare({ lang: "zh", sentences: zh }, { lang: "en", sentences: en }).evidence;
  const without = prepare(0);
  const withNeighbours = prepare(1);

  it("leaves a right bead's evidence as it was when nothing of it is translated next door", () => {
    for (let i = 0; i < zh.length; i++) expect(withNeighbours(i, i + 1, i, i + 1)).toBeCloseTo(without(i, i + 1, i, i + 1), 12);
  });

  it("lowers the evidence of a bead holding an English sentence that translates the next Chinese one", () => {
    // "Farmers grow rice in the fields." joined to the workers' sentence: its stems translate
    // 农民在田里种植水稻, the Chinese sentence after the bead. Each such stem (document frequency
    // 1.5 / 5 = 0.3, translation rate 0.35) costs 0.3 · log((1 − 0.65 · 0.7) / 0.3) = 0.18 nats.
    expect(withNeighbours(0, 1, 0, 2)).toBeLessThan(without(0, 1, 0, 2) - 0.5);
  });
});
