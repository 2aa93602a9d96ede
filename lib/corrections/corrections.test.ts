import { describe, expect, it } from "vitest";
import { alignDocument } from "@/lib/align";
import { formatProblem, loadContent } from "@/lib/content/load";
import { alignWithPins, articleCorrections, formatPinLine, parseLinks, resolvePins, segmentArticle, sideHash, type ResolvedPin } from "./index";

const F = "content/a.links";

describe("parseLinks", () => {
  it("reads links, no-counterpart links, comments, hashes and CRLF lines", () => {
    const text = "# pinned by hand\r\ne12 e13 = z11\r\n\r\ne20 = -   # no translation\n- = z7\ne5 = z5 | 3k9x0a 0p2m7q\ne6 = - | abc123 -\n";
    const { pins, problems } = parseLinks(F, text);
    expect(problems).toEqual([]);
    expect(pins).toEqual([
      { line: 2, en: [11, 12], zh: [10] },
      { line: 4, en: [19], zh: [] },
      { line: 5, en: [], zh: [6] },
      { line: 6, en: [4], zh: [4], hash: { en: "3k9x0a", zh: "0p2m7q" } },
      { line: 7, en: [5], zh: [], hash: { en: "abc123", zh: "-" } },
    ]);
  });

  it("reports every malformed line with its line number and drops none silently", () => {
    const text = ["e1 = z1", "e2 z2", "z3 = e3", "e4 e6 = z4", "- = -", " = z5", "e0 = z1", "e7 = z7 | nothash", "e8 = z8 junk"].join("\n");
    const { pins, problems } = parseLinks(F, text);
    expect(pins.map((p) => p.line)).toEqual([1]);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [2, expect.stringMatching(/cannot read "e2 z2"/)],
      [3, expect.stringMatching(/z3 is on the English side/)],
      [3, expect.stringMatching(/e3 is on the Chinese side/)],
      [4, expect.stringMatching(/e4 e6: a link joins neighbouring sentences/)],
      [5, expect.stringMatching(/links nothing/)],
      [6, expect.stringMatching(/English side is empty/)],
      [7, expect.stringMatching(/"e0" is not an English sentence id/)],
      [8, expect.stringMatching(/two text hashes/)],
      [9, expect.stringMatching(/"junk" is not a Chinese sentence id/)],
    ]);
    for (const p of problems) expect(p.file).toBe(F);
  });
});

describe("resolvePins", () => {
  const en = ["One.", "Two.", "Three.", "Four.", "Five."];
  const zh = ["一。", "二。", "三。", "四。", "五。"];
  const pins = (text: string) => parseLinks(F, text).pins;

  it("accepts pins in document order and gives them as positions", () => {
    const result = resolvePins(F, pins("e1 = z1\ne2 e3 = z2\n- = z3\ne4 = -\ne5 = z4 z5"), en, zh);
    expect(result.problems).toEqual([]);
    expect(result.pins.map((p) => [p.en, p.zh])).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
      [[], [2]],
      [[3], []],
      [[4], [3, 4]],
    ]);
  });

  it("reports unknown ids, overlapping, out-of-order and crossing pins at their lines", () => {
    const result = resolvePins(F, pins("e1 = z1\ne6 = z2\ne1 = z2\ne3 = z3\ne2 = z2\ne4 = z2\n- = z9"), en, zh);
    expect(result.problems.map((p) => [p.line, p.message])).toEqual([
      [2, "e6 is not a sentence of this article: it has 5 English sentences (e1–e5)"],
      [3, expect.stringMatching(/^English sentence e1 is already pinned by the pin on line 1 \(e1 = z1\)/)],
      [5, expect.stringMatching(/^out of order: it comes before the pin on line 4 \(e3 = z3\)/)],
      [6, expect.stringMatching(/^crosses the pin on line 4 \(e3 = z3\).*monotone/)],
      [7, "z9 is not a sentence of this article: it has 5 Chinese sentences (z1–z5)"],
    ]);
    expect(result.pins.map((p) => p.line)).toEqual([1, 4]);
  });

  it("keeps a pin whose hashes match, follows its text when ids shifted, and reports text that changed", () => {
    const line = formatPinLine({ en: [1], zh: [1] }, en, zh);
    expect(line).toBe(`e2 = z2 | ${sideHash(["Two."], "en")} ${sideHash(["二。"], "zh")}`);
    expect(resolvePins(F, pins(line), en, zh)).toMatchObject({ pins: [{ en: [1], zh: [1] }], problems: [], warnings: [] });

    // A sentence inserted before "Two.": the pin moves with its text, with a warning.
    const inserted = resolvePins(F, pins(line), ["One.", "New.", "Two.", "Three."], zh);
    expect(inserted.problems).toEqual([]);
    expect(inserted.pins).toEqual([{ line: 1, en: [2], zh: [1] }]);
    expect(inserted.warnings.map((w) => formatProblem(w))).toEqual(["content/a.links:1: warning: e2 moved to e3 (same text, new position); update the line"]);

    // Whitespace changes do not count as a change.
    expect(resolvePins(F, pins(line), ["One.", "  Two. "], zh).problems).toEqual([]);

    // The pinned text itself was edited: an error that quotes the new text.
    const edited = resolvePins(F, pins(line), en, ["一。", "二二。", "三。"]);
    expect(edited.pins).toEqual([]);
    expect(edited.problems.map((p) => [p.line, p.message])).toEqual([
      [1, expect.stringMatching(/^the Chinese text of this pin changed since it was pinned.*z2 now reads "二二。"/)],
    ]);
  });
});

// The seed article of 1958-08-04, segmented as the build does. Its rows (counted from the data):
// p1 e1–e5 / z1–z5, p2 e6–e7 / z6–z7, p3 e8–e12 / z8–z12, p4 e13–e15 / z13–z14.
const seed = (() => {
  const { articles } = loadContent("content");
  const article = articles.find((a) => a.file === "000_ac9c60c6ebd492a6.txt")!;
  const spans = segmentArticle(article);
  return { article, spans, en: spans.en.map((p) => p.map((s) => s.text)), zh: spans.zh.map((p) => p.map((s) => s.text)) };
})();

function expectCoversInOrder(beads: { src: number[]; tgt: number[] }[], enCount: number, zhCount: number) {
  expect(beads.flatMap((b) => b.src)).toEqual([...Array(enCount).keys()]);
  expect(beads.flatMap((b) => b.tgt)).toEqual([...Array(zhCount).keys()]);
}

const pin = (line: number, en: number[], zh: number[]): ResolvedPin => ({ line, en, zh });

describe("alignWithPins", () => {
  const enCount = seed.en.flat().length;
  const zhCount = seed.zh.flat().length;

  it("is alignDocument itself when there are no pins", () => {
    expect(alignWithPins(seed.en, seed.zh, [])).toEqual(alignDocument(seed.en, seed.zh));
  });

  it("keeps pinned beads exactly, checked with confidence 1, and aligns the rest around them", () => {
    // Against the aligner (which links e13 e14 = z13): split it, e13 = z13 and e14 unmatched.
    const pins = [pin(1, [0, 1], [0, 1]), pin(2, [12], [12]), pin(3, [13], [])];
    const result = alignWithPins(seed.en, seed.zh, pins);
    expectCoversInOrder(result.sentences, enCount, zhCount);
    const checked = result.sentences.filter((b) => b.checked);
    expect(checked).toEqual([
      { src: [0, 1], tgt: [0, 1], confidence: 1, checked: true },
      { src: [12], tgt: [12], confidence: 1, checked: true },
      { src: [13], tgt: [], confidence: 1, checked: true },
    ]);
    // Unpinned links in between keep what the aligner finds there: e3 = z3 … e12 = z12, e15 = z14.
    const free = result.sentences.filter((b) => !b.checked).map((b) => [b.src, b.tgt]);
    expect(free).toEqual([...Array(10).keys()].map((k) => [[k + 2], [k + 2]]).concat([[[14], [13]]]));
    expect(result.paragraphs).toEqual(alignDocument(seed.en, seed.zh).paragraphs);
    expect(result.mode).toBe("paragraphs");
  });

  it("moves the other links when a pin forces a shift, and marks a pin across rows as document mode", () => {
    // e5 (last of row 1) pinned to z6 (first of row 2): z5 is left without e5.
    const result = alignWithPins(seed.en, seed.zh, [pin(1, [4], [5])]);
    expectCoversInOrder(result.sentences, enCount, zhCount);
    expect(result.sentences).toContainEqual({ src: [4], tgt: [5], confidence: 1, checked: true });
    expect(result.sentences.some((b) => b.tgt.includes(4) && b.src.includes(4))).toBe(false);
    expect(result.mode).toBe("document");
  });

  it("places a Chinese-only pin and keeps the order", () => {
    const result = alignWithPins(seed.en, seed.zh, [pin(1, [], [2]), pin(2, [], [9])]);
    expectCoversInOrder(result.sentences, enCount, zhCount);
    expect(result.sentences.filter((b) => b.checked)).toEqual([
      { src: [], tgt: [2], confidence: 1, checked: true },
      { src: [], tgt: [9], confidence: 1, checked: true },
    ]);
    for (const b of result.sentences) {
      expect(b.confidence).toBeGreaterThanOrEqual(0);
      expect(b.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe("articleCorrections", () => {
  it("parses and checks a corrections file against the article's sentences, problems sorted by line", () => {
    const text = `e99 = z1\ne1 = z1 | ${sideHash([seed.en[0][0]], "en")} ${sideHash([seed.zh[0][0]], "zh")}\nbad line\n`;
    const result = articleCorrections({ file: F, text }, seed.spans);
    expect(result.pins).toEqual([{ line: 2, en: [0], zh: [0] }]);
    expect(result.problems.map((p) => p.line)).toEqual([1, 3]);
  });
});
