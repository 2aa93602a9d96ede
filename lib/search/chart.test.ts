import { describe, expect, it } from "vitest";
import { chartModel, NONE, OTHER } from "./chart";

describe("chartModel", () => {
  const groups = [
    { rendering: "rectification", count: 5 },
    { rendering: "consolidation", count: 3 },
    { rendering: "reorganize", count: 1 },
    { rendering: NONE, count: 2 },
  ];
  const years = [
    { year: 1954, counts: [{ rendering: "rectification", count: 4 }, { rendering: "reorganize", count: 1 }, { rendering: NONE, count: 2 }] },
    { year: 1956, counts: [{ rendering: "rectification", count: 1 }, { rendering: "consolidation", count: 3 }] },
  ];

  it("stacks the most frequent renderings, sums the rest as other, none last", () => {
    const model = chartModel(groups, years, 2);
    expect(model.series).toEqual(["rectification", "consolidation", OTHER, NONE]);
    expect(model.years).toEqual([
      { year: 1954, values: [4, 0, 1, 2], total: 7 },
      { year: 1955, values: [0, 0, 0, 0], total: 0 },
      { year: 1956, values: [1, 3, 0, 0], total: 4 },
    ]);
    expect(model.max).toBe(7);
  });

  it("keeps every count: the bars add up to the groups", () => {
    const model = chartModel(groups, years);
    const sum = model.years.reduce((a, y) => a + y.total, 0);
    expect(sum).toBe(11);
    expect(model.series).not.toContain(OTHER);
  });

  it("draws nothing for no matches", () => {
    expect(chartModel([], [])).toEqual({ series: [], years: [], max: 0 });
  });
});
