import { describe, expect, it } from "vitest";
import type { SiteArticleSummary } from "./article";
import {
  adjacentMonths,
  articlesOfMonth,
  facets,
  filteredMonthCounts,
  formatListView,
  isMonth,
  matchesListView,
  monthLabelEn,
  monthFacets,
  monthLabelZh,
  monthsWithArticles,
  neighbourLookup,
  parseListView,
  timeline,
} from "./archive";

const summary = (slug: string, date: string, page: string | null = "1", column = ""): SiteArticleSummary => ({
  slug,
  en: { title: slug, date, page },
  zh: { title: slug, page: page ? `第${page}版` : null, column },
});

// Newest first, as toSiteIndex writes it.
const index = [
  summary("d", "1958-08-04", "6"),
  summary("c2", "1958-08-01", "10", "经济"),
  summary("c1", "1958-08-01", "2"),
  summary("b", "1957-01-20", "5", "读者来信"),
  summary("a", "1954-06-22", null),
];

describe("timeline", () => {
  it("counts articles per year and per month, newest year first, all twelve months listed", () => {
    const years = timeline(index);
    expect(years.map((y) => [y.year, y.count])).toEqual([
      ["1958", 3],
      ["1957", 1],
      ["1954", 1],
    ]);
    expect(years[0].months).toHaveLength(12);
    expect(years[0].months.filter((m) => m.count > 0)).toEqual([{ month: "1958-08", count: 3 }]);
    expect(years[1].months[0]).toEqual({ month: "1957-01", count: 1 });
  });
});

describe("months", () => {
  it("lists a month's articles newest first and the months that have any", () => {
    expect(articlesOfMonth(index, "1958-08").map((a) => a.slug)).toEqual(["d", "c2", "c1"]);
    expect(adjacentMonths(monthsWithArticles(index), "1957-01")).toEqual({ older: "1954-06", newer: "1958-08" });
    expect(adjacentMonths(monthsWithArticles(index), "1958-08")).toEqual({ older: "1957-01", newer: null });
    expect(adjacentMonths(monthsWithArticles(index), "1999-01")).toEqual({ older: null, newer: null });
    expect(articlesOfMonth(index, "1958-07")).toEqual([]);
    expect(monthsWithArticles(index)).toEqual(["1958-08", "1957-01", "1954-06"]);
  });

  it("labels months and validates them", () => {
    expect([monthLabelEn("1958-08"), monthLabelZh("1958-08")]).toEqual(["August 1958", "1958年8月"]);
    for (const ok of ["1958-01", "1958-12"]) expect(isMonth(ok)).toBe(true);
    for (const bad of ["1958-13", "1958-00", "1958-8", "58-08", "1958-08-01", ""]) expect(isMonth(bad)).toBe(false);
  });
});

describe("neighbourLookup", () => {
  it("gives the next older article as previous and the next newer as next", () => {
    const around = neighbourLookup(index);
    expect(around("c1")).toEqual({ previous: index[3], next: index[1] });
    expect(around("d").next).toBeNull();
    expect(around("a").previous).toBeNull();
    expect(around("missing")).toEqual({ previous: null, next: null });
  });
});

describe("facets", () => {
  it("lists pages numerically and columns by name, skipping empty ones", () => {
    expect(facets(index)).toEqual({ pages: ["2", "5", "6", "10"], columns: ["经济", "读者来信"] });
  });
});

describe("list views", () => {
  const available = { pages: ["1", "6"], columns: ["经济"] };

  it("reads page, column and order from the address, and writes them back without defaults", () => {
    const view = parseListView("?page=6&column=%E7%BB%8F%E6%B5%8E&sort=oldest", available);
    expect(view).toEqual({ page: "6", column: "经济", sort: "oldest" });
    expect(formatListView(view)).toBe("?page=6&column=%E7%BB%8F%E6%B5%8E&sort=oldest");
    expect(formatListView({ page: null, column: null, sort: "newest" })).toBe("");
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
  const more = [...index, summary("e", "1958-08-03", "6"), summary("f", "1957-01-02", "10", "经济")];

  it("counts each month's articles by page and column", () => {
    expect(monthFacets(more)).toEqual({
      "1958-08": [["6", "", 2], ["10", "经济", 1], ["2", "", 1]],
      "1957-01": [["5", "读者来信", 1], ["10", "经济", 1]],
      "1954-06": [[null, "", 1]],
    });
  });

  it("gives the months that have articles passing the filters, with how many", () => {
    const facetsOf = monthFacets(more);
    expect([...filteredMonthCounts(facetsOf, { page: "6", column: null })]).toEqual([["1958-08", 2]]);
    expect([...filteredMonthCounts(facetsOf, { page: "10", column: null })]).toEqual([["1958-08", 1], ["1957-01", 1]]);
    expect([...filteredMonthCounts(facetsOf, { page: "10", column: "经济" })]).toEqual([["1958-08", 1], ["1957-01", 1]]);
    expect([...filteredMonthCounts(facetsOf, { page: "5", column: "经济" })]).toEqual([]);
    expect([...filteredMonthCounts(facetsOf, { page: null, column: null })]).toEqual([["1958-08", 4], ["1957-01", 2], ["1954-06", 1]]);
  });
});
