import { describe, expect, it } from "vitest";
import type { SiteBead, SiteRow } from "./article";
import { rowsHtml } from "./rows-html";

const bead = (id: string, en: string[], zh: string[], confidence = 0.9): SiteBead => ({ id, en, zh, confidence, hash: "000000" });

// The article page renders paragraph text through rowsHtml; raw HTML in a file must come out as text.
describe("rowsHtml", () => {
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
    const html = rowsHtml(rows, [bead("s1", ["e1"], ["z1"])]);
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
    const html = rowsHtml(rows, beads);
    // Only the first sentence is in the tab order; the bead id sits on an anchor in its first sentence.
    // Each bead's sentences are a segment on its line of the row (lib/site/layout.ts); the text
    // between sentences goes with the next segment, so the paragraph's text is unchanged.
    expect(html).toContain(
      '<p style="--p-at:1;--p-span:2"><span style="--at:1">' +
        '<span id="e1" data-b="0" tabindex="0" data-unmatched="">' +
        '<span id="s1"></span>One.</span></span><span style="--at:2">  ' +
        '<span id="e2" data-b="1" data-uncertain="" data-confidence="0.30">' +
        '<span id="s2"></span>Two.</span> </span></p>',
    );
    expect(html).toContain('<span id="z1" data-b="1" data-uncertain="" data-confidence="0.30">');
    expect(html).toContain('<p style="--p-at:2;--p-span:1"><span style="--at:1"><span id="z1"');
    expect(html).toContain('<span id="note-unmatched" hidden="">No counterpart</span>');
    expect(html).toContain('<div id="p1" class="pair row" style="--lines:2">');
    // The ¶ mark and the paragraph number are CSS-generated content, never text a copy picks up.
    expect(html).toContain('<a href="#p1" class="para-link" aria-label="Link to paragraph 1"></a>');
  });

  it("marks a pinned link checked and never uncertain", () => {
    const rows: SiteRow[] = [
      { id: "p1", en: [{ index: 0, text: "A.", sentences: [{ id: "e1", start: 0, end: 2, bead: 0 }] }], zh: [{ index: 0, text: "甲。", sentences: [{ id: "z1", start: 0, end: 2, bead: 0 }] }], confidence: 1 },
    ];
    const html = rowsHtml(rows, [{ ...bead("s1", ["e1"], ["z1"], 0.2), checked: true }]);
    expect(html).toContain('<span id="z1" data-b="0" data-checked="">');
    expect(html).not.toContain("data-uncertain");
  });

  it("keeps an empty cell in place when a side has no paragraph", () => {
    const rows: SiteRow[] = [
      { id: "p1", en: [{ index: 0, text: "Only English.", sentences: [{ id: "e1", start: 0, end: 13, bead: 0 }] }], zh: [], confidence: 0.3 },
    ];
    const html = rowsHtml(rows, [bead("s1", ["e1"], [])]);
    expect(html).toMatch(/<div lang="en" data-cell="en"[^>]*><p[^>]*><span[^>]*><span id="e1"[^>]*>.*Only English\.<\/span><\/span><\/p><\/div><div lang="zh-Hans" data-cell="zh"[^>]*><\/div>/);
  });
});
