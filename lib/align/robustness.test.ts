import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isCompleteMonotone, type GoldArticle } from "../align-eval/evaluate";
import { alignDocument } from "./document";
import { alignSentences } from "./sentences";
import { seededRandom } from "../seeded-random";

/** Odd inputs must still give a complete, ordered alignment with confidences in [0, 1]. */
const PIECES = [
  "",
  " ",
  "。",
  "...",
  "😀😀",
  "A",
  "The river will rise tonight.",
  "“今晚河水要涨了。”她终于开口说。",
  "1957年8月3日",
  "4.33 billion yuan",
  "（新华社）",
  "Ωμέγα and ไทย and עברית",
  "x".repeat(3000),
  "很".repeat(2000),
  "\t\u3000\u00a0",
];

function randomDoc(random: () => number, n: number): string[] {
  return Array.from({ length: n }, () => {
    const k = 1 + Math.floor(random() * 3);
    return Array.from({ length: k }, () => PIECES[Math.floor(random() * PIECES.length)]).join(" ");
  });
}

function check(src: string[], tgt: string[]) {
  const beads = alignSentences(src, tgt);
  expect(isCompleteMonotone(beads, src.length, tgt.length)).toBe(true);
  for (const b of beads) {
    expect(b.confidence).toBeGreaterThanOrEqual(0);
    expect(b.confidence).toBeLessThanOrEqual(1);
  }
}

describe("robustness", () => {
  it("aligns odd short documents completely, in order", () => {
    const random = seededRandom(3);
    for (let k = 0; k < 20; k++) check(randomDoc(random, Math.floor(random() * 12)), randomDoc(random, Math.floor(random() * 12)));
  });

  it("aligns odd long documents through the banded search", () => {
    const random = seededRandom(4);
    // 150 × 120 sentences is beyond the exact search, so the coarse passes and the band run.
    check(randomDoc(random, 150), randomDoc(random, 120));
    check(Array(200).fill(""), Array(180).fill(""));
  });

  it("aligns same-language and single-sided documents", () => {
    check(["One.", "Two.", "Three."], ["One.", "Three."]);
    check(["一。", "二。"], ["一。", "二。", "三。"]);
    check([], ["only", "target"]);
  });

  it("aligns documents with empty paragraphs", () => {
    const r = alignDocument([[], ["The river will rise tonight."], []], [["“今晚河水要涨了。”她终于开口说。"], []]);
    expect(isCompleteMonotone(r.sentences, 1, 1)).toBe(true);
    expect(isCompleteMonotone(r.paragraphs, 3, 2)).toBe(true);
  });
});

/**
 * The probes of the aligner issue, on the seed articles' gold (lib/align/fixtures/seeds-gold.json):
 * a translation with half its sentences gone, a short text against a long one, a text that repeats
 * itself, English as the source.
 */
describe("robustness on the seed gold", () => {
  const { articles } = JSON.parse(readFileSync(new URL("./fixtures/seeds-gold.json", import.meta.url), "utf8")) as { articles: GoldArticle[] };
  const goldOf = (a: GoldArticle) => a.beads.map((b) => ({ src: b.zh, tgt: b.en }));
  const keyOf = (b: { src: number[]; tgt: number[] }) => `${b.src}:${b.tgt}`;

  it("abridged: with every other English sentence removed, no link given 0.8 or more is wrong", () => {
    let confident = 0;
    for (const a of articles) {
      const kept = a.en.map((_, j) => j % 2 === 0);
      const renumber = new Map<number, number>();
      a.en.forEach((_, j) => kept[j] && renumber.set(j, renumber.size));
      const gold = new Set<string>();
      for (const b of a.beads) {
        const en = b.en.filter((j) => kept[j]).map((j) => renumber.get(j)!);
        if (en.length) gold.add(keyOf({ src: b.zh, tgt: en }));
      }
      const beads = alignSentences(a.zh, a.en.filter((_, j) => kept[j]), { srcLang: "zh", tgtLang: "en" });
      for (const b of beads) {
        if (!b.src.length || !b.tgt.length || b.confidence < 0.8) continue;
        confident++;
        expect(gold.has(keyOf(b)), `${a.file} [${b.src}]:[${b.tgt}] at ${b.confidence.toFixed(2)}`).toBe(true);
      }
    }
    // And the test is not passed by doubting everything.
    expect(confident).toBeGreaterThan(20);
  });

  it("links a short text to the start of a long one: 5 Chinese lines against 20 English", () => {
    const a = articles.find((x) => x.en.length >= 20) ?? articles[0];
    const en = a.en.slice(0, 20);
    const beads = alignSentences(a.zh.slice(0, 5), en, { srcLang: "zh", tgtLang: "en" });
    const gold = new Set(goldOf(a).map(keyOf));
    const links = beads.filter((b) => b.src.length && b.tgt.length);
    expect(links.filter((b) => gold.has(keyOf(b))).length).toBeGreaterThanOrEqual(3);
    for (const b of links) if (b.confidence >= 0.8) expect(gold.has(keyOf(b)), `${keyOf(b)} at ${b.confidence}`).toBe(true);
  });

  it("aligns a text that repeats a block of four sentences 1-1 throughout", () => {
    const a = articles[0];
    const zh = [...a.zh.slice(0, 4), ...a.zh.slice(0, 4), ...a.zh.slice(4, 10)];
    const en = [...a.en.slice(0, 4), ...a.en.slice(0, 4), ...a.en.slice(4, 10)];
    const beads = alignSentences(zh, en, { srcLang: "zh", tgtLang: "en" });
    expect(beads.map((b) => keyOf(b))).toEqual(zh.map((_, k) => `${k}:${k}`));
  });

  it("gives the same seed alignment with English as the source", () => {
    for (const a of articles) {
      const beads = alignSentences(a.en, a.zh, { srcLang: "en", tgtLang: "zh" });
      expect(beads.map((b) => keyOf({ src: b.tgt, tgt: b.src }))).toEqual(goldOf(a).map(keyOf));
    }
  });
});
