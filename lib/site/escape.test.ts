import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Rows } from "@/app/_components/Rows";
import type { SiteBead, SiteRow } from "./article";

const bead = (id: string, en: string[], zh: string[], confidence = 0.9): SiteBead => ({ id, en, zh, confidence, hash: "000000" });

// The article page renders paragraph text through <Rows>; raw HTML in a file must come out as text.
describe("paragraph rendering", () => {
  it("escapes raw HTML instead of rendering it", () => {
    const en = 'Members wrote <script>alert(1)</script> and <img src=x onerror="alert(2)">.';
    const rows: SiteRow[] = [
      {
        id: "p1",
        en: [{ index: 0, text: en, sentences: [{ id: "e1", start: 0, end: en.length, bead: 0 }] }],
        zh: [{ index: 0, text: "社员写了<b>x</b>。", sentences: [{ id: "z1", start: 0, end: 13, bead: 0 }] }],
        confidence: 1,
      },
    ];
    const html = renderToStaticMarkup(createElement(Rows, { rows, beads: [bead("s1", ["e1"], ["z1"])] }));
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain("Members wrote &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=&quot;alert(2)&quot;&gt;.");
    expect(html).toContain("社员写了&lt;b&gt;x&lt;/b&gt;。");
  });

  it("wraps each sentence with its ids in its bead's segment, keeps the whitespace, and marks uncertain and unmatched links", () => {
    const text = "One.  Two. ";
    const rows: SiteRow[] = [
      {
        id: "p1",
        en: [{ index: 0, text, sentences: [{ id: "e1", start: 0, end: 4, bead: 0 }, { id: "e2", start: 6, end: 10, bead: 1 }] }],
        zh: [{ index: 0, text: "一。", sentences: [{ id: "z1", start: 0, end: 2, bead: 1 }] }],
        confidence: 1,
      },
    ];
    const beads = [bead("s1", ["e1"], []), bead("s2", ["e2"], ["z1"], 0.3)];
    const html = renderToStaticMarkup(createElement(Rows, { rows, beads }));
    // Only the first sentence is in the tab order; the bead id sits on an anchor in its first sentence.
    // Each bead's sentences are a segment on its line of the row (lib/site/layout.ts); the text
    // between sentences goes with the next segment, so the paragraph's text is unchanged.
    expect(html).toContain(
      '<p data-paragraph="0" style="--p-at:1;--p-span:2"><span class="seg" style="--at:1">' +
        '<span id="e1" class="s" data-b="0" tabindex="0" aria-describedby="note-unmatched" data-unmatched="">' +
        '<span id="s1" class="bead-anchor"></span>One.</span></span><span class="seg" style="--at:2">  ' +
        '<span id="e2" class="s" data-b="1" tabindex="-1" aria-describedby="z1 note-uncertain" data-uncertain="" data-confidence="0.30">' +
        '<span id="s2" class="bead-anchor"></span>Two.</span> </span></p>',
    );
    expect(html).toContain('<span id="z1" class="s" data-b="1" tabindex="-1" aria-describedby="e2 note-uncertain" data-uncertain=""');
    expect(html).toContain('<p data-paragraph="0" style="--p-at:2;--p-span:1"><span class="seg" style="--at:1"><span id="z1"');
    expect(html).toContain('<span id="note-unmatched" hidden="">No counterpart</span>');
    expect(html).toContain('<div id="p1" data-row="0" class="pair row" style="--lines:2">');
    expect(html).toContain('<a href="#p1" class="para-link" aria-label="Link to paragraph 1"');
  });

  it("keeps an empty cell in place when a side has no paragraph", () => {
    const rows: SiteRow[] = [
      { id: "p1", en: [{ index: 0, text: "Only English.", sentences: [{ id: "e1", start: 0, end: 13, bead: 0 }] }], zh: [], confidence: 0.3 },
    ];
    const html = renderToStaticMarkup(createElement(Rows, { rows, beads: [bead("s1", ["e1"], [])] }));
    expect(html).toMatch(/<div lang="en" data-cell="en"[^>]*><p data-paragraph="0"[^>]*><span class="seg"[^>]*><span id="e1"[^>]*>.*Only English\.<\/span><\/span><\/p><\/div><div lang="zh-Hans" data-cell="zh"[^>]*><\/div>/);
  });
});
