import { describe, expect, it } from "vitest";
import { timelineHtml } from "./timeline-html";

const year = (y: string, counts: Record<number, number>) => {
  const months = Array.from({ length: 12 }, (_, m) => ({ month: `${y}-${String(m + 1).padStart(2, "0")}`, count: counts[m + 1] ?? 0 }));
  return { year: y, count: months.reduce((sum, m) => sum + m.count, 0), months };
};

describe("timelineHtml", () => {
  it("links each year to its page and each month with articles to its page, with its count; empty months are a dot", () => {
    const html = timelineHtml([year("1958", { 8: 3 }), year("1954", { 6: 1 })], { id: "timeline", current: "1954-06" });
    expect(html).toMatch(/^<table [^>]*id="timeline" data-timeline="">/);
    expect(html).toContain('<a href="/archive/1958" class="hover:text-accent" data-year-link="">1958</a>');
    expect(html).toContain('<a href="/archive/1958/08" aria-label="August 1958: 3 articles" data-month="1958-08" class="tl-month">3</a>');
    expect(html).toContain('<a href="/archive/1954/06" aria-label="June 1954: 1 article" aria-current="page" data-month="1954-06" class="tl-month">1</a>');
    expect(html.match(/tl-empty/g)).toHaveLength(22);
    expect(html.match(/<tr id="y\d{4}"[^>]*data-year="(\d{4})"/g)).toHaveLength(2);
    expect(html).toContain('<td class="py-1 pl-3 text-right text-muted">3</td></tr>');
  });

  it("keeps a list filter on every month link, escaped, so a filter survives a move along the strip", () => {
    const html = timelineHtml([year("1954", { 6: 2 })], { query: "?page=2&column=社论" });
    expect(html).toContain('<a href="/archive/1954/06?page=2&amp;column=社论" aria-label="June 1954: 2 articles" data-month="1954-06"');
  });
});
