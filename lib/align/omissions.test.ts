import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { GoldArticle } from "../align-eval/evaluate";
import { alignDocument, groupByParagraph } from "./document";
import { alignSentences } from "./sentences";

/**
 * Omissions and insertions (aligner issue 17): a translation that drops a sentence or adds one
 * (an editor's note) must leave that sentence unmatched, not merge it into a neighbour. The
 * documents are seed articles (lib/align/fixtures/seeds-gold.json) with one sentence removed or
 * added; the expected beads are written out by hand, Chinese first, "i,j:k" with empty sides.
 */
const { articles } = JSON.parse(readFileSync(new URL("./fixtures/seeds-gold.json", import.meta.url), "utf8")) as { articles: GoldArticle[] };
const NOTE_EN = "(Editor's note: the figures in this report were supplied by the local statistics bureau and have not been independently verified.)";
const NOTE_ZH = "（编者注：本文数字由当地统计局提供，未经独立核实。）";

interface Side {
  sentences: string[];
  paragraphs: number[];
}

const side = (a: GoldArticle, lang: "en" | "zh"): Side => ({ sentences: [...a[lang]], paragraphs: [...(lang === "en" ? a.enParagraph : a.zhParagraph)] });
const drop = (s: Side, k: number): Side => ({ sentences: s.sentences.filter((_, x) => x !== k), paragraphs: s.paragraphs.filter((_, x) => x !== k) });
/** The note as a sentence of its own after sentence k, in k's paragraph. */
const insertAfter = (s: Side, k: number, note: string): Side => ({
  sentences: [...s.sentences.slice(0, k + 1), note, ...s.sentences.slice(k + 1)],
  paragraphs: [...s.paragraphs.slice(0, k + 1), s.paragraphs[k], ...s.paragraphs.slice(k + 1)],
});

const key = (b: { src: number[]; tgt: number[] }) => `${b.src}:${b.tgt}`;

/** Beads Chinese first, as the CLI aligns a flat list and as the site aligns paragraphs. */
function both(zh: Side, en: Side): { flat: string[]; site: string[] } {
  const flat = alignSentences(zh.sentences, en.sentences, { srcLang: "zh", tgtLang: "en" }).map(key);
  const site = alignDocument(groupByParagraph(en.sentences, en.paragraphs), groupByParagraph(zh.sentences, zh.paragraphs)).sentences.map((b) =>
    key({ src: b.tgt, tgt: b.src }),
  );
  return { flat, site };
}

function expectBeads(zh: Side, en: Side, expected: string) {
  const beads = expected.split(" ");
  const { flat, site } = both(zh, en);
  expect(flat, "flat").toEqual(beads);
  expect(site, "paragraphs").toEqual(beads);
}

describe("omissions and insertions come out as unmatched sentences", () => {
  // Article 004: 14 Chinese and 14 English sentences, every bead 1-1.
  const a4 = articles[4];

  it("an English sentence dropped (the issue's 14-line pair): its Chinese sentence alone", () => {
    expectBeads(side(a4, "zh"), drop(side(a4, "en"), 8), "0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8: 9:8 10:9 11:10 12:11 13:12");
  });

  it("an editor's note added to the English: a target sentence alone", () => {
    expectBeads(side(a4, "zh"), insertAfter(side(a4, "en"), 9, NOTE_EN), "0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 :10 10:11 11:12 12:13 13:14");
  });

  it("a Chinese sentence dropped: its English sentence alone", () => {
    expectBeads(drop(side(a4, "zh"), 5), side(a4, "en"), "0:0 1:1 2:2 3:3 4:4 :5 5:6 6:7 7:8 8:9 9:10 10:11 11:12 12:13");
  });

  it("an editor's note added to the Chinese: a source sentence alone", () => {
    expectBeads(insertAfter(side(a4, "zh"), 6, NOTE_ZH), side(a4, "en"), "0:0 1:1 2:2 3:3 4:4 5:5 6:6 7: 8:7 9:8 10:9 11:10 12:11 13:12 14:13");
  });

  it("the first or the last English sentence dropped", () => {
    expectBeads(side(a4, "zh"), drop(side(a4, "en"), 0), "0: 1:0 2:1 3:2 4:3 5:4 6:5 7:6 8:7 9:8 10:9 11:10 12:11 13:12");
    expectBeads(side(a4, "zh"), drop(side(a4, "en"), 13), "0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10 11:11 12:12 13:");
  });

  it("a sentence dropped in an article with merges keeps the merges (article 000: 12 ↔ 12-13)", () => {
    const a0 = articles[0];
    expectBeads(side(a0, "zh"), drop(side(a0, "en"), 8), "0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8: 9:8 10:9 11:10 12:11,12 13:13");
  });

  it("an English sentence dropped next to a 1-3 bead (article 003: 1 ↔ 1-3)", () => {
    const a3 = articles[3];
    // English 8 is the translation of Chinese 5.
    expectBeads(side(a3, "zh"), drop(side(a3, "en"), 8), "0:0 1:1,2,3 2:4 3:5 4:6,7 5: 6:8 7:9 8:10 9:11,12,13 10:14 11:15 12:16 13:17 14:18");
  });
});
