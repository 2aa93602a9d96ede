import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Rows } from "@/app/_components/Rows";
import type { SiteRow } from "./article";

// The article page renders paragraph text through <Rows>; raw HTML in a file must come out as text.
describe("paragraph rendering", () => {
  it("escapes raw HTML instead of rendering it", () => {
    const rows: SiteRow[] = [
      {
        en: [{ index: 0, text: 'Members wrote <script>alert(1)</script> and <img src=x onerror="alert(2)">.' }],
        zh: [{ index: 0, text: "社员写了<b>x</b>。" }],
        confidence: 1,
      },
    ];
    const html = renderToStaticMarkup(createElement(Rows, { rows }));
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain("Members wrote &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=&quot;alert(2)&quot;&gt;.");
    expect(html).toContain("社员写了&lt;b&gt;x&lt;/b&gt;。");
  });

  it("keeps an empty cell in place when a side has no paragraph", () => {
    const rows: SiteRow[] = [{ en: [{ index: 0, text: "Only English." }], zh: [], confidence: 0.3 }];
    const html = renderToStaticMarkup(createElement(Rows, { rows }));
    expect(html).toMatch(/<div lang="en" data-cell="en"[^>]*><p data-paragraph="0">Only English\.<\/p><\/div><div lang="zh-Hans" data-cell="zh"[^>]*><\/div>/);
  });
});
