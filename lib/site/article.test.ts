import { describe, expect, it } from "vitest";
import type { Article } from "@/lib/content/types";
import { shortHash } from "@/lib/content/slug";
import { beadHash, toAlignmentFile, toSiteArticle, type AlignedText } from "./article";

function article(overrides: Partial<Article> = {}): Article {
  return {
    file: "x.txt",
    slug: "1958-08-04-a-title",
    en: { title: "A Title", author: "", date: "1958-08-04", page: "6" },
    zh: { title: "标题", date: "1958-08-04", page: "第6版", column: "" },
    provenance: { source: null, translator: null, note: null },
    enParagraphs: [
      { text: "Alpha one.  Alpha two.", line: 6 },
      { text: "Beta.", line: 8 },
    ],
    zhParagraphs: [
      { text: "甲。", line: 20 },
      { text: "乙。", line: 21 },
    ],
    ...overrides,
  };
}

// Spans written by hand from the texts above ("Alpha one." is 0..10, two spaces, "Alpha two." 12..22).
const spans: Pick<AlignedText, "en" | "zh"> = {
  en: [
    [
      { start: 0, end: 10, text: "Alpha one." },
      { start: 12, end: 22, text: "Alpha two." },
    ],
    [{ start: 0, end: 5, text: "Beta." }],
  ],
  zh: [[{ start: 0, end: 2, text: "甲。" }], [{ start: 0, end: 2, text: "乙。" }]],
};

const oneRowEach = [
  { src: [0], tgt: [0], confidence: 0.9 },
  { src: [1], tgt: [1], confidence: 0.7 },
];

describe("toSiteArticle", () => {
  it("numbers sentences and beads in document order and links a 2-1 bead", () => {
    const site = toSiteArticle(
      article(),
      {
        ...spans,
        sentences: [
          { src: [0, 1], tgt: [0], confidence: 0.8 },
          { src: [2], tgt: [1], confidence: 0.456789 },
        ],
        paragraphs: oneRowEach,
        mode: "paragraphs",
      },
      "v1",
    );
    expect(site.beads).toEqual([
      { id: "s1", en: ["e1", "e2"], zh: ["z1"], confidence: 0.8, hash: shortHash("Alpha one. Alpha two.\n甲。") },
      { id: "s2", en: ["e3"], zh: ["z2"], confidence: 0.4568, hash: shortHash("Beta.\n乙。") },
    ]);
    expect(site.rows).toEqual([
      {
        id: "p1",
        en: [
          {
            index: 0,
            text: "Alpha one.  Alpha two.",
            sentences: [
              { id: "e1", start: 0, end: 10, bead: 0 },
              { id: "e2", start: 12, end: 22, bead: 0 },
            ],
          },
        ],
        zh: [{ index: 0, text: "甲。", sentences: [{ id: "z1", start: 0, end: 2, bead: 0 }] }],
        confidence: 0.9,
      },
      {
        id: "p2",
        en: [{ index: 1, text: "Beta.", sentences: [{ id: "e3", start: 0, end: 5, bead: 1 }] }],
        zh: [{ index: 1, text: "乙。", sentences: [{ id: "z2", start: 0, end: 2, bead: 1 }] }],
        confidence: 0.7,
      },
    ]);
    expect(site).toMatchObject({ slug: "1958-08-04-a-title", alignerVersion: "v1", mode: "paragraphs" });
    expect(site.zh).toEqual({ title: "标题", date: "1958-08-04", page: "第6版", column: "" });
  });

  it("lets a sentence bead span two rows (document mode) and keeps a one-sided bead", () => {
    const site = toSiteArticle(
      article(),
      {
        ...spans,
        sentences: [
          { src: [0], tgt: [], confidence: 1 },
          { src: [1, 2], tgt: [0], confidence: 0.6 },
          { src: [], tgt: [1], confidence: 1 },
        ],
        paragraphs: oneRowEach,
        mode: "document",
      },
      "v1",
    );
    expect(site.beads.map((b) => [b.id, b.en, b.zh])).toEqual([
      ["s1", ["e1"], []],
      ["s2", ["e2", "e3"], ["z1"]],
      ["s3", [], ["z2"]],
    ]);
    // e2 is in row p1, e3 in row p2: both belong to bead index 1.
    expect(site.rows[0].en[0].sentences.map((s) => s.bead)).toEqual([0, 1]);
    expect(site.rows[1].en[0].sentences.map((s) => s.bead)).toEqual([1]);
    expect(site.rows[1].zh[0].sentences.map((s) => s.bead)).toEqual([2]);
  });

  it("keeps several paragraphs in one row when a paragraph bead merges them", () => {
    const site = toSiteArticle(
      article(),
      {
        ...spans,
        sentences: [
          { src: [0, 1], tgt: [0], confidence: 0.8 },
          { src: [2], tgt: [1], confidence: 0.8 },
        ],
        paragraphs: [{ src: [0, 1], tgt: [0, 1], confidence: 0.5 }],
        mode: "paragraphs",
      },
      "v1",
    );
    expect(site.rows).toHaveLength(1);
    expect(site.rows[0].en.map((p) => p.index)).toEqual([0, 1]);
    expect(site.rows[0].zh.map((p) => p.index)).toEqual([0, 1]);
  });

  it("keeps raw HTML as literal text; escaping is React's job at render time", () => {
    const raw = '<script>alert("x")</script>';
    const site = toSiteArticle(
      article({ enParagraphs: [{ text: raw, line: 6 }], zhParagraphs: [{ text: "<b>x</b>", line: 20 }] }),
      {
        en: [[{ start: 0, end: raw.length, text: raw }]],
        zh: [[{ start: 0, end: 8, text: "<b>x</b>" }]],
        sentences: [{ src: [0], tgt: [0], confidence: 1 }],
        paragraphs: [{ src: [0], tgt: [0], confidence: 1 }],
        mode: "paragraphs",
      },
      "v1",
    );
    expect(site.rows[0].en[0].text).toBe(raw);
    expect(toAlignmentFile(site).sentences.map((s) => s.text)).toEqual([raw, "<b>x</b>"]);
  });

  it("refuses beads that drop, repeat or reorder a sentence or paragraph, and spans outside the text", () => {
    const base: AlignedText = {
      ...spans,
      sentences: [
        { src: [0, 1], tgt: [0], confidence: 1 },
        { src: [2], tgt: [1], confidence: 1 },
      ],
      paragraphs: oneRowEach,
      mode: "paragraphs",
    };
    const broken: [Partial<AlignedText>, RegExp][] = [
      [{ sentences: [{ src: [0], tgt: [0], confidence: 1 }, { src: [2], tgt: [1], confidence: 1 }] }, /English sentences/],
      [{ sentences: [{ src: [0, 1], tgt: [0, 1], confidence: 1 }, { src: [2], tgt: [1], confidence: 1 }] }, /Chinese sentences/],
      [{ sentences: [{ src: [1], tgt: [0], confidence: 1 }, { src: [0, 2], tgt: [1], confidence: 1 }] }, /English sentences/],
      [{ paragraphs: [{ src: [0], tgt: [0], confidence: 1 }] }, /English paragraphs/],
      [{ en: [[{ start: 0, end: 10, text: "" }, { start: 5, end: 22, text: "" }], [{ start: 0, end: 5, text: "" }]] }, /out of order/],
      [{ zh: [[{ start: 0, end: 3, text: "" }], [{ start: 0, end: 2, text: "" }]] }, /outside the text/],
      [{ zh: [[{ start: 0, end: 2, text: "" }]] }, /1 segmented paragraphs for 2/],
    ];
    for (const [change, message] of broken) {
      expect(() => toSiteArticle(article(), { ...base, ...change }, "v1")).toThrow(message);
    }
  });
});

describe("beadHash", () => {
  it("ignores how the text is wrapped but not what it says", () => {
    expect(beadHash("Alpha one.\n  Alpha two.", "甲。")).toBe(beadHash("Alpha one. Alpha two.", "甲。"));
    expect(beadHash("Alpha one.", "甲。")).not.toBe(beadHash("Alpha one.", "乙。"));
    expect(beadHash("Alpha one.", "甲。")).toMatch(/^[0-9a-z]{6}$/);
  });
});

describe("toAlignmentFile", () => {
  it("lists English then Chinese sentences with 1-based paragraph numbers and their rows, and every bead", () => {
    const site = toSiteArticle(
      article(),
      {
        ...spans,
        sentences: [
          { src: [0, 1], tgt: [0], confidence: 0.8 },
          { src: [2], tgt: [1], confidence: 0.3 },
        ],
        paragraphs: oneRowEach,
        mode: "paragraphs",
      },
      "abc123",
    );
    expect(toAlignmentFile(site)).toEqual({
      slug: "1958-08-04-a-title",
      alignerVersion: "abc123",
      mode: "paragraphs",
      sentences: [
        { id: "e1", lang: "en", paragraph: 1, row: "p1", text: "Alpha one." },
        { id: "e2", lang: "en", paragraph: 1, row: "p1", text: "Alpha two." },
        { id: "e3", lang: "en", paragraph: 2, row: "p2", text: "Beta." },
        { id: "z1", lang: "zh", paragraph: 1, row: "p1", text: "甲。" },
        { id: "z2", lang: "zh", paragraph: 2, row: "p2", text: "乙。" },
      ],
      beads: [
        { id: "s1", en: ["e1", "e2"], zh: ["z1"], confidence: 0.8, hash: shortHash("Alpha one. Alpha two.\n甲。") },
        { id: "s2", en: ["e3"], zh: ["z2"], confidence: 0.3, hash: shortHash("Beta.\n乙。") },
      ],
    });
  });
});


describe("toSiteArticle source", () => {
  const aligned: AlignedText = {
    ...spans,
    sentences: [
      { src: [0, 1], tgt: [0], confidence: 1 },
      { src: [2], tgt: [1], confidence: 1 },
    ],
    paragraphs: oneRowEach,
    mode: "paragraphs",
  };

  it("uses the site's default source when the header names none", () => {
    const site = toSiteArticle(article(), aligned, "v1");
    expect([site.source, site.translator, site.note]).toEqual([{ en: "People's Daily", zh: "人民日报" }, null, null]);
  });

  it("takes Source:, Translator: and Note: from the header", () => {
    const provenance = { source: "Guangming Daily / 光明日报", translator: "Jane Doe", note: "machine translation" };
    const site = toSiteArticle(article({ provenance }), aligned, "v1");
    expect([site.source, site.translator, site.note]).toEqual([{ en: "Guangming Daily", zh: "光明日报" }, "Jane Doe", "machine translation"]);
  });
});
