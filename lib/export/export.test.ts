import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { siteConfig } from "@/site.config";
import { parseSource } from "@/lib/site/source";
import type { SiteArticle } from "@/lib/site/article";
import { exportBeads, parseTsv, toBilingualText, toTmx, toTsv, TSV_COLUMNS, tsvField } from "./index";

const XML_NS = "http://www.w3.org/XML/1998/namespace";
// The TMX is written with fast-xml-parser; it is read back here with a different parser (@xmldom/xmldom).

// English paragraph: "Tab\there, a \"quote\" & <tag>." then "Second ]]> line." — markup characters,
// a tab and quotes on purpose. Offsets written by hand.
const enText = 'Tab\there, a "quote" & <tag>. Second ]]> line.';
const zhText = "甲，“引号”。乙\n丙。";

const article: SiteArticle = {
  slug: "1958-08-04-a-title",
  file: "x.txt",
  en: { title: "A Title", author: "", date: "1958-08-04", page: "6" },
  zh: { title: "标题", date: "1958-08-04", page: "第6版", column: "" },
  source: parseSource(siteConfig.defaultSource),
  translator: null,
  note: null,
  alignerVersion: "v1",
  mode: "paragraphs",
  rows: [
    {
      id: "p1",
      en: [{ index: 0, text: enText, sentences: [{ id: "e1", start: 0, end: 28, bead: 0 }, { id: "e2", start: 29, end: 46, bead: 1 }] }],
      zh: [{ index: 0, text: zhText, sentences: [{ id: "z1", start: 0, end: 7, bead: 0 }, { id: "z2", start: 7, end: 10, bead: 0 }, { id: "z3", start: 10, end: 11, bead: 2 }] }],
      confidence: 1,
    },
  ],
  beads: [
    { id: "s1", en: ["e1"], zh: ["z1", "z2"], confidence: 1, hash: "aaaaaa", checked: true },
    { id: "s2", en: ["e2"], zh: [], confidence: 0.42, hash: "bbbbbb" },
    { id: "s3", en: [], zh: ["z3"], confidence: 1, hash: "cccccc" },
  ],
};

describe("exportBeads", () => {
  it("joins a multi-sentence side (English with a space, Chinese with nothing) and keeps ids and flags", () => {
    const beads = exportBeads(article);
    expect(beads.map((b) => [b.id, b.en, b.zh, b.checked])).toEqual([
      ["s1", 'Tab\there, a "quote" & <tag>.', "甲，“引号”。乙\n丙", true],
      ["s2", "Second ]]> line.", "", false],
      ["s3", "", "。", false],
    ]);
    expect(beads[0]).toMatchObject({ article: article.slug, date: "1958-08-04", page: "6", enIds: ["e1"], zhIds: ["z1", "z2"] });
  });
});

function parseXml(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(xml, "text/xml");
  expect(errors).toEqual([]);
  return doc;
}

const children = (el: Element, name: string) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && n.nodeName === name);

describe("toTmx", () => {
  const xml = toTmx([exportBeads(article)], { toolVersion: "v1" });
  const doc = parseXml(xml);
  const tmx = doc.documentElement!;

  it("is a TMX 1.4 document with every attribute the 1.4b header requires", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(tmx.nodeName).toBe("tmx");
    expect(tmx.getAttribute("version")).toBe("1.4");
    expect(children(tmx, "header")).toHaveLength(1);
    expect(children(tmx, "body")).toHaveLength(1);
    const header = children(tmx, "header")[0];
    for (const name of ["creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"]) {
      expect(header.getAttribute(name), name).toBeTruthy();
    }
    // The original's language (issue 19, item 19): the English is the translation.
    expect(header.getAttribute("srclang")).toBe("zh-Hans");
    expect(header.getAttribute("segtype")).toBe("sentence");
    expect(header.getAttribute("creationtoolversion")).toBe("v1");
  });

  it("has one <tu> per bead, props first, then a <tuv> per non-empty side with the exact text in one <seg>", () => {
    const tus = children(children(tmx, "body")[0], "tu");
    expect(tus).toHaveLength(3);
    const read = (tu: Element) => ({
      tuid: tu.getAttribute("tuid"),
      props: Object.fromEntries(children(tu, "prop").map((p) => [p.getAttribute("type"), p.textContent])),
      tuvs: children(tu, "tuv").map((tuv) => {
        const segs = children(tuv, "seg");
        expect(segs).toHaveLength(1);
        return [tuv.getAttributeNS(XML_NS, "lang"), segs[0].textContent];
      }),
      order: Array.from(tu.childNodes).filter((n) => n.nodeType === 1).map((n) => n.nodeName),
    });
    const [s1, s2, s3] = tus.map(read);
    expect(s1.tuid).toBe("1958-08-04-a-title#s1");
    expect(s1.props).toEqual({
      "x-article": "1958-08-04-a-title",
      "x-date": "1958-08-04",
      "x-page": "6",
      "x-bead": "s1",
      "x-sentences": "e1 z1 z2",
      "x-confidence": "1",
      "x-checked": "yes",
    });
    expect(s1.tuvs).toEqual([
      ["en", 'Tab\there, a "quote" & <tag>.'],
      ["zh-Hans", "甲，“引号”。乙\n丙"],
    ]);
    // TMX: <note>/<prop> before <tuv>.
    expect(s1.order.lastIndexOf("prop")).toBeLessThan(s1.order.indexOf("tuv"));
    expect(s2.props["x-confidence"]).toBe("0.42");
    expect(s2.props["x-checked"]).toBe("no");
    expect(s2.tuvs).toEqual([["en", "Second ]]> line."]]);
    expect(s3.tuvs).toEqual([["zh-Hans", "。"]]);
  });

  it("refuses a character XML cannot carry instead of writing a broken file", () => {
    const bad = { ...exportBeads(article)[0], en: "bell \u0007" };
    expect(() => toTmx([[bad]], { toolVersion: "v1" })).toThrow("1958-08-04-a-title s1: character U+0007 cannot be written in XML");
    const surrogate = { ...exportBeads(article)[0], zh: "半\uD800" };
    expect(() => toTmx([[surrogate]], { toolVersion: "v1" })).toThrow(/U\+D800/);
    // A whole astral character is fine.
    const astral = { ...exportBeads(article)[0], zh: "𠀀" };
    expect(parseXml(toTmx([[astral]], { toolVersion: "v1" })).getElementsByTagName("seg")[1].textContent).toBe("𠀀");
  });

  it("streams several articles into one body", () => {
    const two = toTmx([exportBeads(article), exportBeads({ ...article, slug: "other" })], { toolVersion: "v1" });
    const tus = children(children(parseXml(two).documentElement!, "body")[0], "tu");
    expect(tus.map((tu) => tu.getAttribute("tuid"))).toEqual([
      "1958-08-04-a-title#s1", "1958-08-04-a-title#s2", "1958-08-04-a-title#s3", "other#s1", "other#s2", "other#s3",
    ]);
  });
});

describe("toTsv", () => {
  it("writes a header and one row per bead that read back field for field (tabs, quotes, newlines)", () => {
    const beads = exportBeads(article);
    const rows = parseTsv(toTsv(beads));
    expect(rows[0]).toEqual([...TSV_COLUMNS]);
    expect(rows.slice(1)).toEqual([
      ['Tab\there, a "quote" & <tag>.', "甲，“引号”。乙\n丙", "1", "yes", "e1", "z1 z2", "1958-08-04-a-title", "s1"],
      ["Second ]]> line.", "", "0.42", "no", "e2", "", "1958-08-04-a-title", "s2"],
      ["", "。", "1", "no", "", "z3", "1958-08-04-a-title", "s3"],
    ]);
  });

  it("quotes only fields that need it, RFC 4180 style", () => {
    expect(tsvField("plain, text")).toBe("plain, text");
    expect(tsvField('say "hi"')).toBe('"say ""hi"""');
    expect(tsvField("a\tb")).toBe('"a\tb"');
    expect(tsvField("a\r\nb")).toBe('"a\r\nb"');
  });

  it("round-trips awkward fields", () => {
    const fields = ["", '"', '""', "\t", "\n", "\r\n", 'x"\ty\nz', "trailing\t", "中文\t“引”"];
    expect(parseTsv(fields.map(tsvField).join("\t") + "\n")).toEqual([fields]);
  });

  it("rejects an unterminated quote with its line number", () => {
    expect(() => parseTsv('a\tb\n"open\tc\n')).toThrow(/line 2/);
  });
});

describe("toBilingualText", () => {
  it("lists each link's English then Chinese under the article's titles, marking checked links", () => {
    expect(toBilingualText(article, exportBeads(article))).toBe(
      [
        "A Title",
        "标题",
        "1958-08-04 · page 6 · 1958-08-04-a-title",
        "",
        "[s1 ✓]",
        'Tab\there, a "quote" & <tag>.',
        "甲，“引号”。乙\n丙",
        "",
        "[s2]",
        "Second ]]> line.",
        "",
        "[s3]",
        "。",
        "",
        "",
      ].join("\n"),
    );
  });
});
