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

  it("reads the filters, swapping a reversed year range and ignoring a malformed year", () => {
    expect(parseSearchRequest("q=x&mode=concordance&from=1956&to=1954&page=2&r=rectification").filters).toEqual({ from: "1954", to: "1956", page: "2", column: null, rendering: "rectification" });
    expect(parseSearchRequest("q=x&from=56&to=abcd").filters).toMatchObject({ from: null, to: null });
    const query = "q=x&mode=concordance&from=1954&to=1956&page=2&column=%E7%BB%8F%E6%B5%8E&r=-";
    expect(formatSearchRequest(parseSearchRequest(query))).toBe(query);
  });

  it("reads a long query whole and cuts it between characters, saying so", () => {
    const long = "整".repeat(150) + "顿".repeat(150);
    const request = parseSearchRequest(`q=${encodeURIComponent(long)}&mode=concordance`);
    expect(request.mode).toBe("concordance");
    expect(request.clipped).toBe(true);
    expect(request.q).toBe("整".repeat(150) + "顿".repeat(50));
    expect(parseSearchRequest("q=short").clipped).toBe(false);
  });
});

