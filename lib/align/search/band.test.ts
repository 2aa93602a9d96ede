import { describe, expect, it } from "vitest";
import { bandAroundPath, identityGrid, search, widenWhereHeld } from "./band";
import { runDp, type DpBead } from "./dp";

const bead = (u0: number, u1: number, v0: number, v1: number): DpBead => ({ u0, u1, v0, v1, cost: 0, posterior: 1 });

describe("bandAroundPath", () => {
  it("expands each coarse block into its fine rows and columns", () => {
    // Two coarse 1-1 beads of 2×2 blocks on a 4×4 grid.
    const band = bandAroundPath([bead(0, 1, 0, 1), bead(1, 2, 1, 2)], 4, 4, 2, 0);
    expect(Array.from(band.lo)).toEqual([0, 0, 0, 2, 2]);
    expect(Array.from(band.hi)).toEqual([2, 2, 4, 4, 4]);
  });

  it("widens sideways and keeps both edges monotone", () => {
    const band = bandAroundPath([bead(0, 1, 0, 1), bead(1, 2, 1, 2)], 4, 4, 2, 1);
    expect(Array.from(band.lo)).toEqual([0, 0, 0, 1, 1]);
    expect(Array.from(band.hi)).toEqual([3, 3, 4, 4, 4]);
  });
});

describe("runDp", () => {
  const steps = [
    { du: 1, dv: 1 },
    { du: 1, dv: 0 },
    { du: 0, dv: 1 },
  ];
  it("finds the cheapest path and backtraces it in order", () => {
    // Linking costs 1 except sentence 1 with 1, which costs 20; skipping costs 4. Best: 0-0, then
    // 1 and 1 left apart (4 + 4 < 20), then 2-2. The two skips tie in either order.
    const cost = (i0: number, i1: number, j0: number, j1: number) =>
      i1 - i0 === 0 || j1 - j0 === 0 ? 4 : i0 === 1 && j0 === 1 ? 20 : i0 === j0 ? 1 : 10;
    const path = runDp(identityGrid(0, 3, 0, 3), { lo: Int32Array.from([0, 0, 0, 0]), hi: Int32Array.from([3, 3, 3, 3]) }, { steps, cost });
    const range = (a: number, b: number) => Array.from({ length: b - a }, (_, k) => a + k).join(",");
    const beads = path.map((b) => `[${range(b.u0, b.u1)}]:[${range(b.v0, b.v1)}]`);
    expect(beads[0]).toBe("[0]:[0]");
    expect(beads.slice(1, 3).sort()).toEqual(["[1]:[]", "[]:[1]"].sort());
    expect(beads[3]).toBe("[2]:[2]");
    expect(path[3].cost).toBe(1);
  });

  it("gives each of two equally good alignments posterior near 1/2", () => {
    // One source sentence, two targets; linking costs 1, skipping 1.2. Paths: link the first and
    // skip the second (2.2), the reverse (2.2), or three skips in one of three orders (3.6 each),
    // so at T = 1 the link's posterior is e^−2.2 / (2e^−2.2 + 3e^−3.6) = 1 / (2 + 3e^−1.4).
    const cost = (i0: number, i1: number, j0: number, j1: number) => (i1 - i0 === 0 || j1 - j0 === 0 ? 1.2 : 1);
    const path = runDp(identityGrid(0, 1, 0, 2), { lo: Int32Array.from([0, 0]), hi: Int32Array.from([2, 2]) }, { steps, cost, temperature: 1 });
    const link = path.find((b) => b.u1 - b.u0 === 1 && b.v1 - b.v0 === 1)!;
    expect(link.posterior).toBeCloseTo(1 / (2 + 3 * Math.exp(-1.4)), 6);
  });
});

describe("search", () => {
  it("finds the exact path through the coarse-to-fine band on a long diagonal-ish grid", () => {
    // Cost of linking i with j is |i − j'| where j' = round(i · 1.1): a known diagonal of slope 1.1.
    const n = 300;
    const m = 330;
    const steps = [
      { du: 1, dv: 1 },
      { du: 1, dv: 0 },
      { du: 0, dv: 1 },
      { du: 1, dv: 2 },
    ];
    const target = (i: number) => Math.round(i * 1.1);
    const cost = (i0: number, i1: number, j0: number, j1: number) =>
      i1 === i0 || j1 === j0 ? 3 * (i1 - i0 + j1 - j0) : Math.abs(target(i0) - j0) + (j1 - j0 - 1) * 0.5;
    const options = { steps, cost, coarseSteps: steps, coarseCost: cost, width: 4, coarseWidth: 4 };
    const exact = search(identityGrid(0, n, 0, m), { ...options, exactCells: Infinity });
    const banded = search(identityGrid(0, n, 0, m), { ...options, exactCells: 400 });
    expect(banded.map((b) => [b.u0, b.v0])).toEqual(exact.map((b) => [b.u0, b.v0]));
  });

  it("leaves a misleading guide behind: the band widens where the path presses against its edge", () => {
    // The true path is the diagonal shifted by 12 columns (the first 12 targets unmatched); the
    // guide is the plain diagonal, so a band of ±3 around it excludes the truth everywhere.
    const n = 200;
    const m = 212;
    const steps = [
      { du: 1, dv: 1 },
      { du: 1, dv: 0 },
      { du: 0, dv: 1 },
    ];
    const cost = (i0: number, i1: number, j0: number, j1: number) =>
      i1 === i0 || j1 === j0 ? 2 * (i1 - i0 + j1 - j0) : Math.min(6, Math.abs(j0 - i0 - 12));
    const guide = Array.from({ length: n }, (_, k) => bead(k, k + 1, k, k + 1));
    guide.push(bead(n, n, n, m));
    const options = { steps, cost, coarseSteps: steps, coarseCost: cost, width: 3, coarseWidth: 3, exactCells: 400 };
    const path = search(identityGrid(0, n, 0, m), { ...options, guide });
    const links = path.filter((b) => b.u1 > b.u0 && b.v1 > b.v0);
    expect(links).toHaveLength(n);
    expect(links.every((b) => b.v0 === b.u0 + 12)).toBe(true);
  });
});

describe("widenWhereHeld", () => {
  const band = { lo: Int32Array.from([0, 0, 1, 2, 3, 4]), hi: Int32Array.from([2, 3, 4, 5, 6, 6]) };
  it("says nothing when the path keeps off the band's edges", () => {
    expect(widenWhereHeld([bead(0, 1, 0, 1), bead(1, 3, 1, 3), bead(3, 5, 3, 6)], band, 6, 2)).toBeNull();
  });

  it("widens around the rows where the path touches an edge, and only the edge it touches", () => {
    // Row 3 ends at column 2 = lo[3]: widened by 2 on the low side in rows 1 to 5.
    const wider = widenWhereHeld([bead(0, 1, 0, 1), bead(1, 3, 1, 2), bead(3, 5, 2, 6)], band, 6, 2)!;
    expect(Array.from(wider.lo)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(Array.from(wider.hi)).toEqual(Array.from(band.hi));
  });
});
