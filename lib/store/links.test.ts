import { describe, expect, it } from "vitest";
import { forEachLink, packLinks, renderingIn, unpackLinks } from "./links";

describe("packed rendering links", () => {
  it("round-trips ids of every size, in order", () => {
    const links: [number, number][] = [
      [1, 0],
      [127, 128],
      [16_383, 16_384],
      [2 ** 28 + 5, 2 ** 35 + 7],
      [3, 3],
    ];
    expect(unpackLinks(packLinks(links))).toEqual(links);
    expect(packLinks([[1, 0]])).toEqual(Uint8Array.from([1, 0]));
    expect(packLinks([[300, 2]])).toEqual(Uint8Array.from([0xac, 0x02, 2]));
    expect(unpackLinks(null)).toEqual([]);
  });

  it("finds a term's first rendering, 0 when it has none, undefined when it is not linked", () => {
    const packed = packLinks([
      [5, 9],
      [7, 0],
      [5, 11],
    ]);
    expect(renderingIn(packed, 5)).toBe(9);
    expect(renderingIn(packed, 7)).toBe(0);
    expect(renderingIn(packed, 6)).toBeUndefined();
  });

  it("refuses what is not a list of ids", () => {
    expect(() => packLinks([[-1, 0]])).toThrow();
    expect(() => packLinks([[1.5, 0]])).toThrow();
    expect(() => forEachLink(Uint8Array.from([0x80]), () => undefined)).toThrow(/truncated/);
  });
});
