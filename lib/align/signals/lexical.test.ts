import { describe, expect, it } from "vitest";
import { learnTranslations } from "./learned";
import { lexicalSignal } from "./lexical";

describe("lexicalSignal", () => {
  const zh = ["工人们在工厂里制造新的机器。", "农民在田里种植水稻。", "孩子们在学校学习数学。", "老人在公园里散步。"];
  const en = [
    "The workers make new machines in the factory.",
    "Farmers grow rice in the fields.",
    "The children study mathematics at school.",
    "Old people take walks in the park.",
  ];
  const score = lexicalSignal.prepare({ lang: "zh", sentences: zh }, { lang: "en", sentences: en }).evidence;

  it("gives each true translation positive evidence, above every shuffled pairing", () => {
    for (let i = 0; i < zh.length; i++) {
      expect(score(i, i + 1, i, i + 1)).toBeGreaterThan(0);
      for (let j = 0; j < en.length; j++) if (i !== j) expect(score(i, i + 1, i, i + 1)).toBeGreaterThan(score(i, i + 1, j, j + 1));
    }
  });

  it("scores a merged translation as one unit: the whole beats either part", () => {
    const merged = lexicalSignal.prepare(
      { lang: "zh", sentences: ["工人们在工厂里制造机器，农民在田里种植水稻。", "孩子们在学校学习数学。"] },
      { lang: "en", sentences: en.slice(0, 3) },
    ).evidence;
    expect(merged(0, 1, 0, 2)).toBeGreaterThan(merged(0, 1, 0, 1));
    expect(merged(0, 1, 0, 2)).toBeGreaterThan(merged(0, 1, 1, 2));
    // An unrelated third sentence costs evidence.
    expect(merged(0, 1, 0, 3)).toBeLessThan(merged(0, 1, 0, 2));
  });

  it("gives the same evidence when English is the source", () => {
    const reversed = lexicalSignal.prepare({ lang: "en", sentences: en }, { lang: "zh", sentences: zh }).evidence;
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(reversed(j, j + 1, i, i + 1)).toBeCloseTo(score(i, i + 1, j, j + 1), 12);
  });

  it("says nothing (0) about same-language sides", () => {
    expect(lexicalSignal.prepare({ lang: "en", sentences: en }, { lang: "en", sentences: en }).evidence(0, 1, 0, 1)).toBe(0);
  });

  it("learns a rendering the dictionary lacks from the document's own alignment", () => {
    // A nickname the dictionary cannot know: 小宝 rendered as "Trinket" throughout.
    const zhDoc = ["小宝走进厨房。", "小宝拿起一块点心。", "男孩在打沙袋。", "小宝笑了起来。", "天色渐渐黑了。", "小宝回到住所。"];
    const enDoc = [
      "Trinket walked into the kitchen.",
      "Trinket picked up a cake.",
      "The boy was hitting a sandbag.",
      "Trinket burst out laughing.",
      "It was slowly getting dark.",
      "Trinket went back to his lodgings.",
    ];
    const prepared = lexicalSignal.prepare({ lang: "zh", sentences: zhDoc }, { lang: "en", sentences: enDoc });
    const before = prepared.evidence(0, 1, 0, 1);
    prepared.refit!(zhDoc.map((_, k) => ({ src: [k], tgt: [k], confidence: 1 })));
    expect(prepared.evidence(0, 1, 0, 1)).toBeGreaterThan(before);
  });
});

describe("learnTranslations", () => {
  const zhTokens = [["小宝", "厨房"], ["小宝", "点心"], ["男孩", "沙袋"], ["小宝", "笑"]];
  const enStems = [["trinket", "kitchen"], ["trinket", "cake"], ["boi", "sandbag"], ["trinket", "laugh"]];
  const beads = zhTokens.map((_, k) => ({ src: [k], tgt: [k], confidence: 1 }));

  it("pairs tokens and stems that share beads more often than chance, at least twice", () => {
    const table = learnTranslations(beads, (k) => zhTokens[k], (k) => enStems[k]);
    expect(table.get("小宝")).toEqual(["trinket"]);
    // Seen together once only: not learned.
    expect(table.has("厨房")).toBe(false);
  });

  it("learns nothing from unmatched beads", () => {
    const table = learnTranslations(
      beads.map((b) => ({ ...b, tgt: [] })),
      (k) => zhTokens[k],
      (k) => enStems[k],
    );
    expect(table.size).toBe(0);
  });
});
