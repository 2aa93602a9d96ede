import { describe, expect, it } from "vitest";
import type { ZhWord } from "./chinese";
import { LexicalIndex, lexicalOverlap } from "./pair-index";

const word = (text: string, ...ids: number[]): ZhWord => ({ text, translations: Int32Array.from(ids) });

describe("lexicalOverlap", () => {
  it("counts covered words on both sides", () => {
    const overlap = lexicalOverlap([word("A", 1, 2), word("B", 3), word("C", 4, 5)], [1, 1, 5, 9]);
    expect(overlap).toEqual({ zhMatched: 2, zhTotal: 3, enMatched: 3, enTotal: 4 });
  });

  it("counts nothing matched when a side is empty", () => {
    expect(lexicalOverlap([], [1, 2])).toEqual({ zhMatched: 0, zhTotal: 0, enMatched: 0, enTotal: 2 });
    expect(lexicalOverlap([word("A", 1)], [])).toEqual({ zhMatched: 0, zhTotal: 1, enMatched: 0, enTotal: 0 });
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

  it("gives words that share their translations array (occurrences of one token) one type", () => {
    const token = word("token", 1, 2);
    const index = new LexicalIndex([[token, word("same ids, other token", 1, 2)], [word("x", 3), token]], [[1]]);
    expect([...index.wordTypes]).toEqual([0, 1, 2, 0]);
    expect(index.wordTypeCount).toBe(3);
  });

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
      }
    }
  });

  it("weightedMatches sums the weights of exactly the matched items, by the other span's size", () => {
    // Item weights: column k (other span of k + 1 sentences) holds 1000·k + the item's index, so
    // the sum tells which items matched and which column was read.
    const stride = 3;
    const table = (items: number) => Float64Array.from({ length: items * stride }, (_, x) => 1000 * (x % stride) + Math.floor(x / stride));
    const zhItems = zh.flat().length;
    const enItems = en.flat().length;
    const index = new LexicalIndex(zh, en);
    const zhStart = [0, 2, 42, 44, 44];
    const enStart = [0, 2, 6, 9, 12, 13];
    for (const [zs, ze, es, ee] of [
      [0, 2, 0, 2],
      [1, 2, 1, 2],
      [0, 4, 0, 5],
      [1, 3, 2, 5],
    ]) {
      index.weightedMatches(zs, ze, es, ee, table(zhItems), table(enItems), stride);
      const enSpan = new Set(en.slice(es, ee).flat());
      const zhSpan = new Set(zh.slice(zs, ze).flat().flatMap((w) => [...w.translations]));
      let zhExpected = 0;
      let zhCount = 0;
      for (let k = zhStart[zs]; k < zhStart[ze]; k++) {
        if ([...zh.flat()[k].translations].some((id) => enSpan.has(id))) {
          zhExpected += 1000 * (Math.min(ee - es, stride) - 1) + k;
          zhCount++;
        }
      }
      let enExpected = 0;
      let enCount = 0;
      for (let k = enStart[es]; k < enStart[ee]; k++) {
        if (zhSpan.has(en.flat()[k])) {
          enExpected += 1000 * (Math.min(ze - zs, stride) - 1) + k;
          enCount++;
        }
      }
      expect([index.zhWeighted, index.zhMatchedCount, index.enWeighted, index.enMatchedCount], `${zs}-${ze} × ${es}-${ee}`).toEqual([
        zhExpected,
        zhCount,
        enExpected,
        enCount,
      ]);
    }
  });

  it("endSums gives every span pair ending at a cell the weighted matches computed directly", () => {
    const stride = 3;
    const maxSentences = 4;
    // Weight of item x, column k: 1000·k + x, so a sum tells which items matched in which column.
    const table = (items: number) => Float64Array.from({ length: items * stride }, (_, x) => 1000 * (x % stride) + Math.floor(x / stride));
    const zhFlat = zh.flat();
    const enFlat = en.flat();
    const zhFirst = (i: number) => zh.slice(0, i).flat().length;
    const enFirst = (j: number) => en.slice(0, j).flat().length;
    const index = new LexicalIndex(zh, en, { pairSlots: 4 });
    for (let ze = 1; ze <= zh.length; ze++) {
      for (let ee = 1; ee <= en.length; ee++) {
        index.endSums(ze, ee, maxSentences, table(zhFlat.length), table(enFlat.length), stride);
        for (let a = 1; a <= ze; a++) {
          for (let b = 1; b <= ee && a + b <= maxSentences; b++) {
            const enSpan = new Set(en.slice(ee - b, ee).flat());
            const zhSpan = new Set(zh.slice(ze - a, ze).flat().flatMap((w) => [...w.translations]));
            let zhExpected = 0;
            for (let k = zhFirst(ze - a); k < zhFirst(ze); k++) {
              if ([...zhFlat[k].translations].some((id) => enSpan.has(id))) zhExpected += 1000 * (Math.min(b, stride) - 1) + k;
            }
            let enExpected = 0;
            for (let k = enFirst(ee - b); k < enFirst(ee); k++) if (zhSpan.has(enFlat[k])) enExpected += 1000 * (Math.min(a, stride) - 1) + k;
            const at = (a - 1) * maxSentences + b - 1;
            expect([index.zhEndSums[at], index.enEndSums[at]], `${a}-${b} ending at ${ze}, ${ee}`).toEqual([zhExpected, enExpected]);
          }
        }
      }
    }
  });

  it("counts a sentence pair by hand", () => {
    // Words w0, w39 match 100, 139; stem 7 is a translation of every even word (20 of them),
    // so w0 counts once: 1 + 1 + 19 other even words = 21 words; en stems 100, 139, 7 match, 3 does not.
    expect(new LexicalIndex(zh, en).overlap(1, 2, 1, 2)).toEqual({ zhMatched: 21, zhTotal: 40, enMatched: 3, enTotal: 4 });
  });
});
