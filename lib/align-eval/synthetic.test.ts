import { describe, expect, it } from "vitest";
import { isCompleteMonotone } from "./evaluate";
import { seededRandom } from "../seeded-random";
import { joinChinese, joinEnglish, synthesize } from "./synthetic";
import { CALIBRATION_PASSAGES, HELD_OUT_PASSAGES } from "./synthetic-corpus";

describe("synthetic documents", () => {
  it("join sentences the way translators do", () => {
    expect(joinEnglish(["The cat sat.", "The dog ran."])).toBe("The cat sat; the dog ran.");
    expect(joinEnglish(["He left.", "Zhang stayed."])).toBe("He left; Zhang stayed.");
    expect(joinChinese(["猫坐着。", "狗跑了。"])).toBe("猫坐着，狗跑了。");
    expect(joinChinese(["甲。", "乙。", "丙。"])).toBe("甲；乙；丙。");
  });

  it("merge every pair when merging is certain", () => {
    const passage = [
      ["A.", "甲。"],
      ["B.", "乙。"],
      ["C.", "丙。"],
      ["D.", "丁。"],
    ] as const;
    const doc = synthesize([passage], seededRandom(1), { mergeZh: 1, mergeEn: 0, dropZh: 0, dropEn: 0, maxMerge: 2 });
    expect(doc.zh).toEqual(["甲，乙。", "丙，丁。"]);
    expect(doc.beads).toEqual([
      { en: [0, 1], zh: [0] },
      { en: [2, 3], zh: [1] },
    ]);
  });

  it("are deterministic per seed and their gold covers both sides in order", () => {
    const p = { mergeZh: 0.3, mergeEn: 0.2, dropZh: 0.1, dropEn: 0.1, maxMerge: 4, reparagraph: true };
    const a = synthesize(CALIBRATION_PASSAGES, seededRandom(42), p);
    const b = synthesize(CALIBRATION_PASSAGES, seededRandom(42), p);
    expect(a).toEqual(b);
    const gold = a.beads.map((x) => ({ src: x.en, tgt: x.zh }));
    expect(isCompleteMonotone(gold, a.en.length, a.zh.length)).toBe(true);
    expect(a.zhParagraph.every((v, k) => k === 0 || v >= a.zhParagraph[k - 1])).toBe(true);
  });

  it("keep calibration and held-out passages apart", () => {
    const calibration = new Set(CALIBRATION_PASSAGES.flat().map(([en]) => en));
    expect(HELD_OUT_PASSAGES.flat().some(([en]) => calibration.has(en))).toBe(false);
  });
});
