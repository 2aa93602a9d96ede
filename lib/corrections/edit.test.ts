import { describe, expect, it } from "vitest";
import { addPins, removePins } from "./edit";
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
