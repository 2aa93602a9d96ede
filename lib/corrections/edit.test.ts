import { describe, expect, it } from "vitest";
import { addPins, checkLinks, editLinks, removePins, sentenceIndex, type EditAction } from "./edit";
import { sideHash } from "./resolve";

const F = "content/a.links";
const en = ["One.", "Two.", "Three.", "Four."];
const zh = ["一。", "二。", "三。", "四。"];
const line = (e: number[], z: number[]) =>
  `${e.map((k) => `e${k + 1}`).join(" ") || "-"} = ${z.map((k) => `z${k + 1}`).join(" ") || "-"} | ${sideHash(e.map((k) => en[k]), "en")} ${sideHash(z.map((k) => zh[k]), "zh")}`;

describe("addPins / removePins", () => {
  it("inserts pins in document order with their hashes, keeping comments", () => {
    const first = addPins(F, "# mine\n", [{ en: [3], zh: [3] }], en, zh);
    expect(first).toEqual({ ok: true, text: `# mine\n${line([3], [3])}\n` });
    if (!first.ok) return;
    const second = addPins(F, first.text, [{ en: [0, 1], zh: [0] }, { en: [], zh: [1] }], en, zh);
    expect(second).toEqual({ ok: true, text: `# mine\n${line([0, 1], [0])}\n${line([], [1])}\n${line([3], [3])}\n` });
  });

  it("replaces a pin over the same sentences", () => {
    const text = `${line([0], [0])}\n${line([1], [1])}\n`;
    expect(addPins(F, text, [{ en: [0, 1], zh: [0] }], en, zh)).toEqual({ ok: true, text: `${line([0, 1], [0])}\n` });
  });

  it("refuses an edit that would make the file invalid, with the problem", () => {
    const result = addPins(F, `${line([2], [2])}\n`, [{ en: [3], zh: [1] }], en, zh);
    expect(result).toEqual({ ok: false, problems: [{ file: F, line: 2, message: expect.stringMatching(/^crosses the pin on line 1/) }] });
    expect(addPins(F, "", [{ en: [9], zh: [] }], en, zh)).toMatchObject({ ok: false, problems: [{ line: 1, message: expect.stringMatching(/^e10 is not a sentence/) }] });
  });

  it("removes exactly the pins named, and says when one is not there", () => {
    const text = `# mine\n${line([0], [0])}\n${line([1], [1])}\n`;
    expect(removePins(F, text, [{ en: [0], zh: [0] }], en, zh)).toEqual({ ok: true, text: `# mine\n${line([1], [1])}\n` });
    expect(removePins(F, text, [{ en: [2], zh: [2] }], en, zh)).toEqual({ ok: false, problems: [{ file: F, line: 1, message: 'no pin "e3 = z3" in this file' }] });
  });
});

describe("edit mode's operations (planEdit, editLinks)", () => {
  // The page's links for en/zh above: e1 e2 = z1, e3 = z2 z3, e4 = z4.
  const beads = [
    { en: [0, 1], zh: [0] },
    { en: [2], zh: [1, 2] },
    { en: [3], zh: [3] },
  ];
  const edit = (text: string, action: EditAction, selection: { en: number[]; zh: number[] }) => editLinks(F, text, action, selection, beads, en, zh);

  it("link pins the selected sentences of both sides as one link", () => {
    expect(edit("", "link", { en: [1], zh: [0] })).toEqual({ ok: true, text: `${line([1], [0])}\n` });
    // A whole link selected: linking confirms it as it stands.
    expect(edit("# c\n", "link", { en: [0, 1], zh: [0] })).toEqual({ ok: true, text: `# c\n${line([0, 1], [0])}\n` });
    expect(edit("", "link", { en: [1], zh: [] })).toEqual({ ok: false, refused: expect.stringMatching(/^select sentences on both sides/) });
  });

  it("unlink gives every selected sentence no counterpart", () => {
    expect(edit("", "unlink", { en: [2], zh: [2] })).toEqual({ ok: true, text: `${line([2], [])}\n${line([], [2])}\n` });
  });

  it("merge joins the links holding the selection, and those between", () => {
    expect(edit("", "merge", { en: [0], zh: [3] })).toEqual({ ok: true, text: `${line([0, 1, 2, 3], [0, 1, 2, 3])}\n` });
    expect(edit("", "merge", { en: [2], zh: [2] })).toEqual({ ok: false, refused: "select sentences of at least two links to merge them" });
  });

  it("split cuts one link before and after the selection, each part pinned, each side in order", () => {
    expect(edit("", "split", { en: [2], zh: [1] })).toEqual({ ok: true, text: `${line([2], [1])}\n${line([], [2])}\n` });
    expect(edit("", "split", { en: [1], zh: [] })).toEqual({ ok: true, text: `${line([0], [0])}\n${line([1], [])}\n` });
    expect(edit("", "split", { en: [0, 1], zh: [0] })).toEqual({ ok: false, refused: expect.stringMatching(/whole link is selected/) });
    expect(edit("", "split", { en: [1, 2], zh: [] })).toEqual({ ok: false, refused: "select sentences of one link to split it" });
  });

  it("unpin removes the pins holding a selected sentence, comments stay", () => {
    const text = `# c\n${line([0, 1], [0])}\n${line([3], [3])}\n`;
    expect(edit(text, "unpin", { en: [1], zh: [] })).toEqual({ ok: true, text: `# c\n${line([3], [3])}\n` });
    expect(edit(`${line([3], [3])}\n`, "unpin", { en: [3], zh: [] })).toEqual({ ok: true, text: "" });
    expect(edit(text, "unpin", { en: [2], zh: [] })).toEqual({ ok: false, refused: "no pinned link holds the selected sentences" });
  });

  it("refuses a selection that is not a run of neighbours, and an edit that would cross a pin", () => {
    expect(edit("", "link", { en: [0, 2], zh: [0] })).toEqual({ ok: false, refused: expect.stringMatching(/English sentences are not neighbours/) });
    expect(edit("", "link", { en: [], zh: [] })).toEqual({ ok: false, refused: expect.stringMatching(/^select sentences first/) });
    expect(edit(`${line([3], [0])}\n`, "link", { en: [0], zh: [3] })).toMatchObject({ ok: false, problems: [{ file: F, message: expect.stringMatching(/crosses the pin/) }] });
  });
});

describe("checkLinks and sentenceIndex", () => {
  it("accepts a valid text as it is and reports a bad one by file and line", () => {
    const text = `# c\n${line([0], [0])}\n`;
    expect(checkLinks(F, text, en, zh)).toEqual({ ok: true, text });
    expect(checkLinks(F, "", en, zh)).toEqual({ ok: true, text: "" });
    expect(checkLinks(F, "# c\ne9 = z1\n", en, zh)).toMatchObject({ ok: false, problems: [{ file: F, line: 2 }] });
  });

  it("reads page ids", () => {
    expect([sentenceIndex("e12"), sentenceIndex("z1")]).toEqual([11, 0]);
    expect(() => sentenceIndex("s3")).toThrow(/not a sentence id/);
  });
});
