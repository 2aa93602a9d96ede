import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { afterEach, describe, expect, it } from "vitest";
import { siteConfig } from "@/site.config";
import { parseSource } from "@/lib/site/source";
import type { SiteArticle } from "@/lib/site/article";
import { writeDownloads } from "./files";
import { parseTsv } from "./tsv";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function article(slug: string, en: string, zh: string): SiteArticle {
  return {
    slug,
    file: `${slug}.txt`,
    en: { title: `T ${slug}`, author: "", date: "1956-01-01", page: null },
    zh: { title: `标题${slug}`, date: "1956-01-01", page: null, column: "" },
    source: parseSource(siteConfig.defaultSource),
    translator: null,
    note: null,
    alignerVersion: "v9",
    mode: "paragraphs",
    rows: [
      {
        id: "p1",
        en: [{ index: 0, text: en, sentences: [{ id: "e1", start: 0, end: en.length, bead: 0 }] }],
        zh: [{ index: 0, text: zh, sentences: [{ id: "z1", start: 0, end: zh.length, bead: 0 }] }],
        confidence: 1,
      },
    ],
    beads: [{ id: "s1", en: ["e1"], zh: ["z1"], confidence: 0.5, hash: "xxxxxx" }],
  };
}

describe("writeDownloads", () => {
  it("writes each article's three files and the archive's, in the order given, and removes stale ones", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "downloads-"));
    made.push(dir);
    const report = writeDownloads(dir, [article("b", "B & b.", "乙。"), article("a", 'A "a".', "甲\t。")], "v9");
    const root = path.join(dir, "downloads");
    expect(readdirSync(path.join(root, "articles")).sort()).toEqual(["a.tmx", "a.tsv", "a.txt", "b.tmx", "b.tsv", "b.txt"]);
    expect(report.articles).toBe(2);
    expect(report.archive.tmx).toBe(readFileSync(path.join(root, "archive.tmx")).length);

    const doc = new DOMParser({ onError: (level, message) => { throw new Error(`${level}: ${message}`); } })
      .parseFromString(readFileSync(path.join(root, "archive.tmx"), "utf8"), "text/xml");
    expect(Array.from(doc.getElementsByTagName("tu")).map((tu) => tu.getAttribute("tuid"))).toEqual(["b#s1", "a#s1"]);
    expect(Array.from(doc.getElementsByTagName("seg")).map((seg) => seg.textContent)).toEqual(["B & b.", "乙。", 'A "a".', "甲\t。"]);
    // No page: no x-page prop.
    expect(Array.from(doc.getElementsByTagName("prop")).some((p) => p.getAttribute("type") === "x-page")).toBe(false);

    const tsv = parseTsv(readFileSync(path.join(root, "archive.tsv"), "utf8"));
    expect(tsv.map((row) => row.slice(0, 2))).toEqual([["english", "chinese"], ["B & b.", "乙。"], ['A "a".', "甲\t。"]]);
    expect(parseTsv(readFileSync(path.join(root, "articles/a.tsv"), "utf8"))).toEqual([tsv[0], tsv[2]]);
    const txt = readFileSync(path.join(root, "archive.txt"), "utf8");
    expect(txt.indexOf("T b")).toBeLessThan(txt.indexOf("T a"));

    writeDownloads(dir, [article("a", "A.", "甲。")], "v9");
    expect(readdirSync(path.join(root, "articles")).sort()).toEqual(["a.tmx", "a.tsv", "a.txt"]);
  });

  it("with a manifest, writes only articles that changed and leaves an unchanged archive alone; the result equals a full write", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "downloads-"));
    const fresh = mkdtempSync(path.join(tmpdir(), "downloads-"));
    made.push(dir, fresh);
    const manifest = path.join(dir, "cache", "downloads.json");
    const list = [article("c", "C.", "丙。"), article("b", "B.", "乙。"), article("a", "A.", "甲。")];
    const archive = (d: string) => ["tmx", "tsv", "txt"].map((ext) => readFileSync(path.join(d, "downloads", `archive.${ext}`), "utf8"));

    expect(writeDownloads(dir, list, "v9", { manifest, version: "x1" })).toMatchObject({ written: 3, archiveWritten: true });
    expect(writeDownloads(dir, list, "v9", { manifest, version: "x1" })).toMatchObject({ written: 0, archiveWritten: false });

    const changed = [list[0], article("b", "B changed.", "乙乙。"), list[2]];
    expect(writeDownloads(dir, changed, "v9", { manifest, version: "x1" })).toMatchObject({ written: 1, archiveWritten: true });
    writeDownloads(fresh, changed, "v9");
    expect(archive(dir)).toEqual(archive(fresh));
    expect(readFileSync(path.join(dir, "downloads/articles/b.tmx"), "utf8")).toBe(readFileSync(path.join(fresh, "downloads/articles/b.tmx"), "utf8"));

    // New order (an article removed): the archive is rewritten from the kept files.
    expect(writeDownloads(dir, [changed[2], changed[0]], "v9", { manifest, version: "x1" })).toMatchObject({ written: 0, archiveWritten: true });
    writeDownloads(fresh, [changed[2], changed[0]], "v9");
    expect(archive(dir)).toEqual(archive(fresh));
    expect(readdirSync(path.join(dir, "downloads/articles")).sort()).toEqual(["a.tmx", "a.tsv", "a.txt", "c.tmx", "c.tsv", "c.txt"]);

    // New export code: everything again.
    expect(writeDownloads(dir, [changed[2], changed[0]], "v9", { manifest, version: "x2" })).toMatchObject({ written: 2, archiveWritten: true });
  });
});
