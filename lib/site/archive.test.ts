import { describe, expect, it } from "vitest";
import { filteredMonthCounts, formatListView, isMonth, isYear, matchesListView, monthLabelEn, monthLabelZh, parseListPart, parseListView, type MonthFacets } from "./archive";

describe("months and years", () => {
  it("labels months and validates them", () => {
    expect([monthLabelEn("1958-08"), monthLabelZh("1958-08")]).toEqual(["August 1958", "1958年8月"]);
    for (const ok of ["1958-01", "1958-12"]) expect(isMonth(ok)).toBe(true);
    for (const bad of ["1958-13", "1958-00", "1958-8", "58-08", "1958-08-01", ""]) expect(isMonth(bad)).toBe(false);
    expect(isYear("1958")).toBe(true);
    for (const bad of ["58", "1958-08", "x958", ""]) expect(isYear(bad)).toBe(false);
  });
});

describe("list views", () => {
  const available = { pages: ["1", "6"], columns: ["经济"] };

  it("reads page, column and order from the address, and writes them back without defaults", () => {
    const view = parseListView("?page=6&column=%E7%BB%8F%E6%B5%8E&sort=oldest", available);
    expect(view).toEqual({ page: "6", column: "经济", sort: "oldest" });
    expect(formatListView(view)).toBe("?page=6&column=%E7%BB%8F%E6%B5%8E&sort=oldest");
    expect(formatListView({ page: null, column: null, sort: "newest" })).toBe("");
    expect(formatListView({ page: null, column: null, sort: "newest" }, 3)).toBe("?p=3");
  });

  it("reads the part of a long list, 1 for anything that is not a part", () => {
    expect(parseListPart("?page=6&p=3")).toBe(3);
    for (const bad of ["", "?p=0", "?p=-1", "?p=2.5", "?p=x", "?p=1e9", 7 as unknown as string]) expect(parseListPart(bad), String(bad)).toBe(1);
  });

  it("ignores unknown, absent and malformed values", () => {
    for (const search of ["", "?page=99", "?page=%E0%A4%A", "?sort=sideways", "?column=<script>", "?page=6&page=1", 12 as unknown as string]) {
      const view = parseListView(search, available);
      expect(view.sort, String(search)).toBe("newest");
      expect(view.column, String(search)).toBeNull();
    }
    expect(parseListView("?page=6&page=1", available).page).toBe("6");
    expect(parseListView("?page=99", available).page).toBeNull();
  });

  it("filters by page and column", () => {
    const view = { page: "6", column: null, sort: "newest" } as const;
    expect(matchesListView({ page: "6", column: "" }, view)).toBe(true);
    expect(matchesListView({ page: "1", column: "" }, view)).toBe(false);
    expect(matchesListView({ page: "6", column: "社论" }, { ...view, column: "经济" })).toBe(false);
  });
});

describe("timeline filters across the archive", () => {
  // As /archive/facets.json gives them: per month, articles by page and column.
  const facets: MonthFacets = {
    "1958-08": [["6", "", 2], ["10", "经济", 1], ["2", "", 1]],
    "1957-01": [["5", "读者来信", 1], ["10", "经济", 1]],
    "1954-06": [[null, "", 1]],
  };

  it("gives the months that have articles passing the filters, with how many", () => {
    expect([...filteredMonthCounts(facets, { page: "6", column: null })]).toEqual([["1958-08", 2]]);
    expect([...filteredMonthCounts(facets, { page: "10", column: null })]).toEqual([["1958-08", 1], ["1957-01", 1]]);
    expect([...filteredMonthCounts(facets, { page: "10", column: "经济" })]).toEqual([["1958-08", 1], ["1957-01", 1]]);
    expect([...filteredMonthCounts(facets, { page: "5", column: "经济" })]).toEqual([]);
    expect([...filteredMonthCounts(facets, { page: null, column: null })]).toEqual([["1958-08", 4], ["1957-01", 2], ["1954-06", 1]]);
  });
});
