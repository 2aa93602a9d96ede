import { describe, expect, it } from "vitest";
import { cosine, type Bag } from "./bags";

const bag = (ids: number[], weights: number[]): Bag => ({
  ids: Int32Array.from(ids),
  weights: Float64Array.from(weights),
  norm: Math.hypot(...weights),
});

describe("bag cosine", () => {
  it("is the dot product of the shared ids over the norms", () => {
    // Shared id 3: 1 · 2 = 2; norms √2 and 2.
    expect(cosine(bag([1, 3], [1, 1]), bag([3, 4], [2, 0]))).toBeCloseTo(2 / (Math.SQRT2 * 2), 12);
    expect(cosine(bag([1, 2], [1, 1]), bag([1, 2], [3, 3]))).toBeCloseTo(1, 12);
    expect(cosine(bag([1], [1]), bag([2], [1]))).toBe(0);
    expect(cosine(bag([], []), bag([2], [1]))).toBe(0);
  });
});
