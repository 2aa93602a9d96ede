import { describe, expect, it } from "vitest";
import { makeBeadCost } from "./bead-cost";
import { beadShapes, shapeLogPriors, STARTING_SHAPES } from "./shapes";
import type { PreparedEvidence } from "../signals/evidence";

const shapes = beadShapes(6);
const logPrior = shapeLogPriors(shapes, STARTING_SHAPES);
const side = (count: number, lang: "zh" | "en") => ({ lang, sentences: Array.from({ length: count }, (_, k) => `sentence ${k}`) });
// A signal that sees nothing anywhere: every block pair looks as likely as any other.
const silent: PreparedEvidence = { evidence: () => 0, coarse: () => 0 };

describe("coarse block costs", () => {
  // 1,000 source sentences against 1,100 target sentences: the document's ratio is 10 : 11.
  const cost = makeBeadCost(side(1000, "zh"), side(1100, "en"), shapes, logPrior, [silent]);

  it("price a block pair by how far its sentence counts stray from the document's ratio", () => {
    const atRatio = cost.coarseCost(0, 100, 0, 110, 0);
    const twoToOne = cost.coarseCost(0, 200, 0, 110, 4);
    const oneToTwo = cost.coarseCost(0, 100, 0, 220, 3);
    expect(atRatio).toBeCloseTo(0, 9);
    // 100 source sentences too many: each merges into a bead (−log of the merge rate 0.15 less
    // than a 1-1's prior) unless leaving it unmatched is cheaper.
    const merge = logPrior[0] - logPrior[shapes.findIndex((s) => s.src === 2 && s.tgt === 1)];
    expect(merge).toBeGreaterThan(1.5);
    expect(twoToOne).toBeCloseTo(100 * merge, 6);
    expect(oneToTwo).toBeGreaterThan(90 * merge);
  });

  it("never charge a stray sentence more than leaving it unmatched", () => {
    const skip = cost.cost(0, 1, 0, 0, 1);
    expect(cost.coarseCost(0, 400, 0, 110, 4)).toBeLessThanOrEqual(300 * skip + 1e-9);
  });
});
