import { describe, expect, it } from "vitest";
import { formatSearchRequest, parseSearchRequest } from "./request";

describe("parseSearchRequest", () => {
  it("reads the query, mode, order and cursor, with each mode's default order", () => {
    expect(parseSearchRequest("q=%E6%95%B4%E9%A1%BF&mode=concordance")).toMatchObject({ q: "整顿", mode: "concordance", sort: "oldest", after: null });
    expect(parseSearchRequest("q=x&after=12345")).toMatchObject({ mode: "search", sort: "newest", after: 12345 });
    expect(parseSearchRequest("q=x&sort=oldest").sort).toBe("oldest");
  });

  it("ignores what it does not know", () => {
    expect(parseSearchRequest("q=x&mode=everything&sort=sideways&after=-3")).toMatchObject({ mode: "search", sort: "newest", after: null });
    expect(parseSearchRequest("after=1e99").after).toBeNull();
    expect(parseSearchRequest(undefined as unknown as string).terms).toEqual([]);
  });

  it("writes back what it read", () => {
    for (const query of ["q=%E6%95%B4%E9%A1%BF&mode=concordance", "q=x&sort=oldest", "q=x&mode=concordance&sort=newest"]) {
      expect(formatSearchRequest(parseSearchRequest(query))).toBe(query);
    }
  });
});
