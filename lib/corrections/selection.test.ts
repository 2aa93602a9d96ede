import { describe, expect, it } from "vitest";
import { NO_SELECTION, chooseSentence, selectionOf, stepStop } from "./selection";

describe("edit mode's selection", () => {
  it("chooses one sentence per click on its side, the other side kept", () => {
    const a = chooseSentence(NO_SELECTION, "en", 4, false);
    const b = chooseSentence(a, "zh", 2, false);
    expect([b.en, b.zh]).toEqual([[4], [2]]);
    const c = chooseSentence(b, "en", 7, false);
    expect([c.en, c.zh]).toEqual([[7], [2]]);
  });

  it("extends a side's run from where it started with shift, in either direction", () => {
    const start = chooseSentence(NO_SELECTION, "en", 4, false);
    expect(chooseSentence(start, "en", 6, true).en).toEqual([4, 5, 6]);
    expect(chooseSentence(chooseSentence(start, "en", 6, true), "en", 2, true).en).toEqual([2, 3, 4]);
    // Shift with nothing started on that side is a plain click.
    expect(chooseSentence(start, "zh", 3, true).zh).toEqual([3]);
  });

  it("drops a side when its only sentence is clicked again", () => {
    const one = chooseSentence(NO_SELECTION, "zh", 1, false);
    expect(chooseSentence(one, "zh", 1, false)).toEqual(NO_SELECTION);
  });

  it("selects a link as a whole", () => {
    const link = selectionOf({ en: [2, 3], zh: [2] });
    expect(chooseSentence(link, "en", 5, true).en).toEqual([2, 3, 4, 5]);
  });
});

describe("stepStop", () => {
  it("walks forward from the start and back from the end, and stops past either end", () => {
    expect([stepStop(-1, 3, 1), stepStop(0, 3, 1), stepStop(2, 3, 1)]).toEqual([0, 1, null]);
    expect([stepStop(-1, 3, -1), stepStop(1, 3, -1), stepStop(0, 3, -1)]).toEqual([2, 0, null]);
    expect(stepStop(-1, 0, 1)).toBeNull();
  });
});
