import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadArticleWords, toMarks } from "./load";
import { particleReading, wordsPinyin, type WordSpan } from "./pinyin";
import { markSensePinyin } from "./words";

/**
 * polyphones.gold.json: every 了 地 得 的 只 长 行 重 还 都 为 种 发 处 of the seed articles
 * (content/), with its reading in that sentence, checked by hand (docs/LEARNERS.md).
 */
type Gold = { id: string; text: string; readings: [number, string, string][] }[];
const gold: Gold = JSON.parse(readFileSync(new URL("./polyphones.gold.json", import.meta.url), "utf8"));

/** The reading the word data gives the character at `offset` of sentence `id`. */
function readingAt(data: ReturnType<typeof loadArticleWords>, id: string, offset: number): string | undefined {
  for (const [start, end, word, pinyin] of data.sentences[id] ?? []) {
    if (offset >= start && offset < end) return pinyin.split(" ")[[...word.slice(0, offset - start)].length];
  }
  return undefined;
}

describe("pinyin in context", () => {
  const data = loadArticleWords(gold.map(({ id, text }) => ({ id, text })));
  const results = gold.flatMap(({ id, readings }) => readings.map(([offset, char, expected]) => ({ id, char, expected, got: readingAt(data, id, offset) })));

  it("reads at least 98 % of the gold polyphones right", () => {
    const right = results.filter((r) => r.got === r.expected).length;
    const wrong = results.filter((r) => r.got !== r.expected).map((r) => `${r.id} ${r.char}: ${r.got} (gold ${r.expected})`);
    console.log(`pinyin gold: ${right}/${results.length} right (${((100 * right) / results.length).toFixed(1)} %)`, wrong);
    expect(results.length).toBeGreaterThan(250);
    expect(right / results.length).toBeGreaterThanOrEqual(0.98);
  });

  it("gets every 了, 地 and 得 particle of the seed articles right (the readings issue 21 found wrong)", () => {
    for (const char of ["了", "得", "只"]) {
      const wrong = results.filter((r) => r.char === char && r.got !== r.expected);
      expect(wrong, char).toEqual([]);
    }
    const de = results.filter((r) => r.char === "地" && r.expected === "de");
    expect(de.length).toBeGreaterThanOrEqual(10);
    expect(de.filter((r) => r.got === "de").length).toBeGreaterThanOrEqual(de.length - 1);
  });

  it("writes tone marks everywhere, never tone numbers", () => {
    const all = Object.values(data.sentences).flatMap((words) => words.map((w) => w[3]));
    const senses = Object.values(data.entries).flatMap((e) => e.readings.flatMap((r) => [r.pinyin, ...r.senses]));
    expect(all.filter((p) => /\d/.test(p))).toEqual([]);
    expect(senses.filter((s) => /\[[a-z]+\d/.test(s) || /^[a-zü ]+\d$/.test(s))).toEqual([]);
  });
});

describe("particle rules", () => {
  it("reads one-character particles from their neighbours", () => {
    expect(particleReading("地", "深入", "发展")).toBe("de");
    expect(particleReading("地", "该", undefined)).toBe("dì");
    expect(particleReading("地", "在", undefined)).toBe("dì");
    expect(particleReading("得", "开展", "比较")).toBe("de");
    expect(particleReading("只", "一", "猫")).toBe("zhī");
    expect(particleReading("只", "；", "注意")).toBe("zhǐ");
    expect(particleReading("了", "研究", "手工业")).toBe("le");
    expect(particleReading("长", "局", undefined)).toBeNull();
  });

  it("maps the sentence's syllables back onto the words, and prefers a dictionary word's only reading", () => {
    const text = "结合行业的情况";
    const words: WordSpan[] = [
      [0, 2, "结合"],
      [2, 4, "行业"],
      [4, 5, "的"],
      [5, 7, "情况"],
    ];
    const syllables = ["jié", "hé", "xíng", "yè", "de", "qíng", "kuàng"];
    expect(text.length).toBe(syllables.length);
    expect(wordsPinyin(words, syllables)).toEqual(["jié hé", "xíng yè", "de", "qíng kuàng"]);
    expect(wordsPinyin(words, syllables, (w) => (w === "行业" ? "háng yè" : undefined))).toEqual(["jié hé", "háng yè", "de", "qíng kuàng"]);
  });

  it("reads 为 as wéi after 以 in the same clause", () => {
    const words: WordSpan[] = [
      [0, 1, "以"],
      [1, 3, "生产"],
      [3, 4, "为"],
      [4, 6, "中心"],
    ];
    expect(wordsPinyin(words, ["yǐ", "shēng", "chǎn", "wèi", "zhōng", "xīn"])[2]).toBe("wéi");
  });

  it("writes CC-CEDICT's bracketed numbered pinyin with tone marks, neutral tone without a 5", () => {
    expect(markSensePinyin("see 了[le5]", toMarks)).toBe("see 了[le]");
    expect(markSensePinyin("CL:個|个[ge4]", toMarks)).toBe("CL:個|个[gè]");
    expect(toMarks("nu:3 er2")).toBe("nǚ ér");
  });
});

describe("HSK levels", () => {
  it("gives words of the HSK 2.0 list their level (expected levels from the official 2012 list)", async () => {
    const { hskLevel } = await import("./hsk");
    expect(hskLevel("爱")).toBe(1);
    expect(hskLevel("手表")).toBe(2);
    expect(hskLevel("发展")).toBe(4);
    expect(hskLevel("合作社")).toBeUndefined();
  });
});
