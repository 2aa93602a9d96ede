import { describe, expect, it } from "vitest";
import { divHtml, flightBytes, sentenceTextBytes } from "./page-size";

describe("sentenceTextBytes", () => {
  it("counts the UTF-8 bytes of the sentences only, not the whitespace between them", () => {
    const row = {
      en: [{ index: 0, text: "Ab.  Cd.", sentences: [{ id: "e1", start: 0, end: 3, bead: 0 }, { id: "e2", start: 5, end: 8, bead: 1 }] }],
      zh: [{ index: 0, text: "中文。", sentences: [{ id: "z1", start: 0, end: 3, bead: 0 }] }],
    };
    expect(sentenceTextBytes({ rows: [{ id: "p1", confidence: 1, ...row }] })).toBe(3 + 3 + 9);
  });
});

describe("flightBytes", () => {
  it("counts the flight-data scripts and nothing else", () => {
    const flight = '<script>self.__next_f.push([1,"a"])</script>';
    const html = `<p>text</p><script src="/_next/x.js"></script>${flight}<script>other()</script>${flight}`;
    expect(flightBytes(html)).toBe(2 * flight.length);
    expect(flightBytes("<p>no flight</p>")).toBe(0);
  });
});

describe("divHtml", () => {
  it("measures the element from its start tag through its matching end tag, nested divs included", () => {
    const body = '<div class="rows"><div id="p1">中</div><div id="p2">b</div></div>';
    expect(divHtml(`<main>${body}<div>after</div></main>`, '<div class="rows"')).toBe(body);
    expect(divHtml("<main></main>", '<div class="rows"')).toBe("");
  });
});
