import { describe, expect, it } from "vitest";
import { alignWithEstimation, type PreparedPair } from "./sentences";
import type { Bead } from "./types";

/**
 * A pair whose passes return the given paths in turn, recording each pass (whether it was the last)
 * and each re-estimation; every re-estimation reports a large shape change, so only a path the
 * model was estimated from can end the estimation early.
 */
function scripted(paths: Bead[][]) {
  const refits: Bead[][] = [];
  const passes: boolean[] = [];
  const pair: PreparedPair = {
    srcLang: "zh",
    tgtLang: "en",
    srcCount: 2,
    tgtCount: 2,
    alignRange: () => [],
    alignGroups: () => [],
    refit(beads) {
      refits.push([...beads]);
      return 1;
    },
  };
  const pass = (last: boolean) => {
    passes.push(last);
    return paths[passes.length - 1];
  };
  return { result: alignWithEstimation(pair, pass), refits, passes };
}

const oneToOne: Bead[] = [
  { src: [0], tgt: [0], confidence: 1 },
  { src: [1], tgt: [1], confidence: 1 },
];
const merged: Bead[] = [{ src: [0, 1], tgt: [0, 1], confidence: 1 }];

describe("alignWithEstimation", () => {
  it("stops without re-estimating when a pass finds the path the model was estimated from", () => {
    // The second pass finds the first pass's path, with posteriors for confidences.
    const second = oneToOne.map((b) => ({ ...b, confidence: 0.7 }));
    const { result, refits, passes } = scripted([oneToOne, second, merged]);
    expect(refits).toEqual([oneToOne]);
    expect(passes).toEqual([false, true]);
    expect(result).toBe(second);
  });

  it("re-estimates from a path that moved and aligns again", () => {
    const last = oneToOne.map((b) => ({ ...b, confidence: 0.9 }));
    const { result, refits, passes } = scripted([oneToOne, merged, last]);
    expect(refits).toEqual([oneToOne, merged]);
    expect(passes).toEqual([false, true, true]);
    expect(result).toBe(last);
  });
});
