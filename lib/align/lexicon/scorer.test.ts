import { describe, expect, it } from "vitest";
import type { ZhWord } from "./chinese";
import { loadLexicalResources } from "./load";
import { createLexicalScorer, LexicalIndex, lexicalOverlap, overlapScore } from "./scorer";

const word = (text: string, ...ids: number[]): ZhWord => ({ text, translations: Int32Array.from(ids) });

describe("lexicalOverlap", () => {
  it("counts covered words on both sides", () => {
    const overlap = lexicalOverlap([word("A", 1, 2), word("B", 3), word("C", 4, 5)], [1, 1, 5, 9]);
    expect(overlap).toEqual({ zhMatched: 2, zhTotal: 3, enMatched: 3, enTotal: 4 });
    // Harmonic mean of 2/3 and 3/4.
    expect(overlapScore(overlap)).toBeCloseTo(12 / 17, 12);
  });

  it("scores 0 when a side has no dictionary content", () => {
    expect(overlapScore(lexicalOverlap([], [1, 2]))).toBe(0);
    expect(overlapScore(lexicalOverlap([word("A", 1)], []))).toBe(0);
  });
});

describe("LexicalIndex", () => {
  // Sentence 1 has 40 words, so its bitsets span two 32-bit words.
  const zh: ZhWord[][] = [
    [word("a", 1), word("b", 2, 3)],
    Array.from({ length: 40 }, (_, k) => word(`w${k}`, 100 + k, k % 2 === 0 ? 7 : 8)),
    [word("c", 4), word("d", 5)],
    [],
  ];
  const en: number[][] = [[1, 9], [100, 139, 7, 3], [4, 4, 6], [138, 120, 121], [2]];

  it("agrees with the direct computation on every span up to 3 × 3", () => {
    const index = new LexicalIndex(zh, en);
    for (let zs = 0; zs < zh.length; zs++) {
      for (let ze = zs + 1; ze <= Math.min(zh.length, zs + 3); ze++) {
        for (let es = 0; es < en.length; es++) {
          for (let ee = es + 1; ee <= Math.min(en.length, es + 3); ee++) {
            const direct = lexicalOverlap(zh.slice(zs, ze).flat(), en.slice(es, ee).flat());
            expect(index.overlap(zs, ze, es, ee), `${zs}-${ze} × ${es}-${ee}`).toEqual(direct);
          }
        }
      }
    }
  });

  it("stays exact when its pair cache fills up, is refilled and grows", () => {
    const index = new LexicalIndex(zh, en, { pairSlots: 2 });
    for (let round = 0; round < 2; round++) {
      for (const [zs, ze, es, ee] of [
        [0, 4, 0, 5],
        [1, 2, 1, 2],
        [0, 2, 3, 5],
        [1, 4, 0, 1],
      ]) {
        expect(index.overlap(zs, ze, es, ee)).toEqual(lexicalOverlap(zh.slice(zs, ze).flat(), en.slice(es, ee).flat()));
        expect(index.score(zs, zs + 1, es, es + 1)).toBe(overlapScore(lexicalOverlap(zh[zs], en[es])));
      }
    }
  });

  it("counts a sentence pair by hand", () => {
    // Words w0, w39 match 100, 139; stem 7 is a translation of every even word (20 of them),
    // so w0 counts once: 1 + 1 + 19 other even words = 21 words; en stems 100, 139, 7 match, 3 does not.
    expect(new LexicalIndex(zh, en).overlap(1, 2, 1, 2)).toEqual({ zhMatched: 21, zhTotal: 40, enMatched: 3, enTotal: 4 });
  });
});

describe("lexicalScorer", () => {
  const zh = ["工人们在工厂里制造新的机器。", "农民在田里种植水稻。", "孩子们在学校学习数学。"];
  const en = [
    "The workers make new machines in the factory.",
    "Farmers grow rice in the fields.",
    "The children study mathematics at school.",
  ];
  const scorer = createLexicalScorer(loadLexicalResources);
  const score = scorer.prepare({ lang: "zh", sentences: zh }, { lang: "en", sentences: en });

  it("scores each true translation above every shuffled pairing", () => {
    for (let i = 0; i < zh.length; i++) {
      for (let j = 0; j < en.length; j++) {
        if (i !== j) expect(score(i, i + 1, i, i + 1)).toBeGreaterThan(score(i, i + 1, j, j + 1));
      }
    }
  });

  it("prefers the whole translation of a merged sentence to a part of it", () => {
    const merged = scorer.prepare(
      { lang: "zh", sentences: ["工人们在工厂里制造机器，农民在田里种植水稻。"] },
      { lang: "en", sentences: en.slice(0, 2) },
    );
    expect(merged(0, 1, 0, 2)).toBeGreaterThan(merged(0, 1, 0, 1));
    expect(merged(0, 1, 0, 2)).toBeGreaterThan(merged(0, 1, 1, 2));
  });

  it("gives the same scores when English is the source", () => {
    const reversed = scorer.prepare({ lang: "en", sentences: en }, { lang: "zh", sentences: zh });
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(reversed(j, j + 1, i, i + 1)).toBe(score(i, i + 1, j, j + 1));
  });

  it("scores same-language sides 0", () => {
    expect(scorer.prepare({ lang: "en", sentences: en }, { lang: "en", sentences: en })(0, 1, 0, 1)).toBe(0);
  });
});
