import { describe, expect, it } from "vitest";
import type { SiteParagraph } from "./article";
import { layoutRow } from "./layout";

/** A paragraph of sentences "A. B. C." where sentence k belongs to beads[k]. */
function paragraph(index: number, lang: "e" | "z", ids: number[], beads: number[]): SiteParagraph {
  let text = "";
  const sentences = ids.map((id, k) => {
    if (k > 0) text += " ";
    const start = text.length;
    text += `${lang}${id}.`;
    return { id: `${lang}${id}`, start, end: text.length, bead: beads[k] };
  });
  return { index, text, sentences };
}

const lines = (layout: ReturnType<typeof layoutRow>, lang: "en" | "zh") =>
  layout[lang].flatMap((p) => p.segments.map((s) => ({ bead: s.bead, line: p.start + s.line - 1, ids: s.sentences.map((x) => x.id) })));

describe("layoutRow", () => {
  it("puts each bead's English and Chinese on the same line, one line per bead", () => {
    const layout = layoutRow({ en: [paragraph(0, "e", [1, 2, 3], [0, 0, 1])], zh: [paragraph(0, "z", [1, 2], [0, 1])] });
    expect(layout.lines).toBe(2);
    expect(lines(layout, "en")).toEqual([
      { bead: 0, line: 1, ids: ["e1", "e2"] },
      { bead: 1, line: 2, ids: ["e3"] },
    ]);
    expect(lines(layout, "zh")).toEqual([
      { bead: 0, line: 1, ids: ["z1"] },
      { bead: 1, line: 2, ids: ["z2"] },
    ]);
  });

  it("gives a line to a bead with no counterpart and leaves the other side empty there", () => {
    const layout = layoutRow({ en: [paragraph(0, "e", [1, 2, 3], [0, 1, 2])], zh: [paragraph(0, "z", [1, 2], [0, 2])] });
    expect(layout.lines).toBe(3);
    expect(lines(layout, "zh").map((s) => s.line)).toEqual([1, 3]);
    expect(layout.zh[0]).toMatchObject({ start: 1, span: 3 });
  });

  it("covers the paragraph text exactly, whitespace between sentences going with the next piece", () => {
    const p = paragraph(0, "e", [1, 2, 3], [0, 1, 1]);
    const layout = layoutRow({ en: [p], zh: [] });
    const segments = layout.en[0].segments;
    expect(segments.map((s) => p.text.slice(s.start, s.end))).toEqual(["e1.", " e2. e3."]);
    expect(segments.map((s) => s.start)).toEqual([0, 3]);
    expect(segments[segments.length - 1].end).toBe(p.text.length);
  });

  it("splits a bead at a paragraph break into a line per piece and marks the break on both sides", () => {
    // English: two paragraphs, bead 1 runs across the break; Chinese: one paragraph.
    const layout = layoutRow({
      en: [paragraph(0, "e", [1, 2], [0, 1]), paragraph(1, "e", [3, 4], [1, 2])],
      zh: [paragraph(0, "z", [1, 2, 3], [0, 1, 2])],
    });
    expect(lines(layout, "en").map((s) => [s.bead, s.line])).toEqual([
      [0, 1],
      [1, 2],
      [1, 3],
      [2, 4],
    ]);
    expect(lines(layout, "zh").map((s) => [s.bead, s.line])).toEqual([
      [0, 1],
      [1, 2],
      [2, 4],
    ]);
    expect(layout.en.map((p) => [p.start, p.span])).toEqual([
      [1, 2],
      [3, 2],
    ]);
    expect(layout.en[1].segments[0]).toMatchObject({ line: 1, breakBefore: true });
    expect(layout.zh[0].segments.map((s) => s.breakBefore)).toEqual([false, false, false]);
    expect(layout.lines).toBe(4);
  });

  it("lays out a row with one side empty", () => {
    const layout = layoutRow({ en: [], zh: [paragraph(0, "z", [1, 2], [4, 5])] });
    expect(layout.lines).toBe(2);
    expect(layout.en).toEqual([]);
    expect(lines(layout, "zh").map((s) => s.line)).toEqual([1, 2]);
  });
});
