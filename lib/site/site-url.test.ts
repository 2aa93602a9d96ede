import { describe, expect, it } from "vitest";
import { siteUrlWarning } from "./site-url";

describe("siteUrlWarning (issue 19, item 18)", () => {
  it("names SITE_URL when it is missing or blank", () => {
    for (const env of [{}, { SITE_URL: "" }, { SITE_URL: "  " }]) expect(siteUrlWarning(env)).toMatch(/^SITE_URL is not set: pages will name http:\/\/localhost:3000/);
  });

  it("refuses an address that is not absolute http(s)", () => {
    expect(siteUrlWarning({ SITE_URL: "example.org" })).toBe("SITE_URL=example.org is not an absolute address such as https://your.site");
    expect(siteUrlWarning({ SITE_URL: "ftp://example.org" })).toBe("SITE_URL=ftp://example.org is not an http(s) address");
  });

  it("is silent for a real address", () => {
    expect(siteUrlWarning({ SITE_URL: "https://reader.example.org" })).toBeNull();
  });
});
