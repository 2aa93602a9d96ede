import { describe, expect, it } from "vitest";
import { aaMinimum, contrastRatio, flatten, over, parseHex, type Rgb } from "./contrast";

const rgb = (hex: string) => parseHex(hex).slice(0, 3) as Rgb;

describe("WCAG contrast", () => {
  it("gives the published ratios of known pairs", () => {
    // #777 on white is the well-known near miss for AA (4.48:1); #767676 is the lightest grey that passes.
    expect(contrastRatio(rgb("#777"), rgb("#fff"))).toBeCloseTo(4.48, 2);
    expect(contrastRatio(rgb("#767676"), rgb("#ffffff"))).toBeCloseTo(4.54, 2);
    expect(contrastRatio(rgb("#000"), rgb("#fff"))).toBeCloseTo(21, 5);
    expect(contrastRatio(rgb("#fff"), rgb("#fff"))).toBe(1);
    // WebAIM's checker: #0000ff on white 8.59:1, #ff0000 on white 4.00:1.
    expect(contrastRatio(rgb("#00f"), rgb("#fff"))).toBeCloseTo(8.59, 2);
    expect(contrastRatio(rgb("#f00"), rgb("#fff"))).toBeCloseTo(4.0, 2);
  });

  it("is symmetric", () => {
    expect(contrastRatio(rgb("#fff"), rgb("#777"))).toBe(contrastRatio(rgb("#777"), rgb("#fff")));
  });

  it("composites translucent colours over what is below them", () => {
    expect(over(parseHex("#00000080"), [255, 255, 255]).map(Math.round)).toEqual([127, 127, 127]);
    expect(over([10, 20, 30, 1], [255, 255, 255])).toEqual([10, 20, 30]);
    expect(over([10, 20, 30, 0], [255, 255, 255])).toEqual([255, 255, 255]);
    // Nearest layer first: an opaque layer hides everything under it.
    expect(flatten([[0, 0, 0, 0], [200, 0, 0, 1], [0, 0, 255, 1]], [255, 255, 255])).toEqual([200, 0, 0]);
    expect(flatten([], [1, 2, 3])).toEqual([1, 2, 3]);
  });

  it("asks 4.5:1 of normal text and 3:1 of large text", () => {
    expect(aaMinimum(16, 400)).toBe(4.5);
    expect(aaMinimum(24, 400)).toBe(3);
    expect(aaMinimum(19, 700)).toBe(3);
    expect(aaMinimum(19, 400)).toBe(4.5);
  });

  it("rejects what is not a hex colour", () => {
    expect(() => parseHex("red")).toThrow(/not a hex colour/);
  });
});
