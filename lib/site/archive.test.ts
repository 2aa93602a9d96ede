import { describe, expect, it } from "vitest";
import type { SiteArticleSummary } from "./article";
import { articlesOfMonth, facets, isMonth, monthLabelEn, monthLabelZh, monthsWithArticles, neighbourLookup, timeline } from "./archive";

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
  it("lists a month's articles oldest first and the months that have any", () => {
    expect(articlesOfMonth(index, "1958-08").map((a) => a.slug)).toEqual(["c1", "c2", "d"]);
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
