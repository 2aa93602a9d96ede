import { describe, expect, it } from "vitest";
import { alignDocument } from "./document";
import { isCompleteMonotone } from "../align-eval/evaluate";
import { alignSentences } from "./sentences";
import { seededRandom } from "../align-eval/synthetic";

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
