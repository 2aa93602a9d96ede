import { describe, expect, it } from "vitest";
import { formatListView, isMonth, isYear, monthLabelEn, monthLabelZh, parseListPart, parseListView } from "./archive";

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


});
