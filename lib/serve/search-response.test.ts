import { describe, expect, it } from "vitest";
import { searchHit } from "./search-response";

describe("searchHit", () => {
  it("sends the pair with the address it opens at, without the store's id and anchor", () => {
    const hit = searchHit({
      id: 41,
      slug: "1958-08-04-handicraft",
      title: "Handicraft",
      titleZh: "手工业",
      date: "1958-08-04",
      en: "The nation's cooperatives grew.",
      zh: "全国合作社发展了。",
      anchor: "z4",
      enId: "e5",
      zhId: "z4",
      rendering: "cooperatives",
    });
    expect(hit.url).toBe("/articles/1958-08-04-handicraft#z4");
    expect(hit).not.toHaveProperty("id");
    expect(hit).not.toHaveProperty("anchor");
    expect(hit).toMatchObject({ enId: "e5", zhId: "z4", rendering: "cooperatives", titleZh: "手工业" });
  });
});
