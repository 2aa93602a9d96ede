import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { groupByParagraph } from "@/lib/align/document";
import type { GoldArticle } from "@/lib/align-eval/evaluate";
import type { Lang } from "@/lib/align/types";
import { segmentationScores } from "./score";
import { segmentSentences } from "./segment";

// Regression test of the segmenter against the hand-made gold sentence split of the seeds.

const gold: { articles: GoldArticle[] } = JSON.parse(
  readFileSync(new URL("../align/fixtures/seeds-gold.json", import.meta.url), "utf8"),
);
const noSpace = (s: string) => s.replace(/\s+/g, "");

const goldParagraphs = (article: GoldArticle, lang: Lang) => groupByParagraph(article[lang], article[`${lang}Paragraph`]);

/** The body line of the seed file holding this paragraph, with its original spacing. */
function sourceLine(article: GoldArticle, paragraph: string[]): string {
  const lines = readFileSync(new URL(`../../content/${article.file}`, import.meta.url), "utf8").split("\n");
  const line = lines.find((l) => noSpace(l) === noSpace(paragraph.join("")));
  if (line === undefined) throw new Error(`${article.file}: no line holds gold paragraph "${paragraph[0]}"`);
  return line;
}

describe("segmentation of the seed articles against gold", () => {
  for (const lang of ["en", "zh"] as const) {
    it(`reaches boundary F1 1 on ${lang} (original lines and rejoined gold)`, () => {
      const goldSplit = gold.articles.flatMap((a) => goldParagraphs(a, lang));
      const fromLines = gold.articles.flatMap((a) =>
        goldParagraphs(a, lang).map((p) => segmentSentences(sourceLine(a, p), lang)),
      );
      const fromJoined = goldSplit.map((p) => segmentSentences(p.join(lang === "en" ? " " : ""), lang));
      expect(goldSplit.length).toBeGreaterThan(0);
      expect(segmentationScores(goldSplit, fromLines).f1).toBe(1);
      expect(segmentationScores(goldSplit, fromJoined).f1).toBe(1);
    });
  }
});
