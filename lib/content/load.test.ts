import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { expectedBadFolderProblems } from "./fixtures/expected-problems";
import { formatProblem, loadContent } from "./load";

describe("loadContent", () => {
  it("loads the five seed articles newest first, without problems", () => {
    const { articles, problems } = loadContent("content");
    expect(problems).toEqual([]);
    expect(articles.map((a) => [a.en.date, a.file])).toEqual([
      ["1958-08-04", "000_ac9c60c6ebd492a6.txt"],
      ["1957-08-20", "001_33999ee4fb8daa75.txt"],
      ["1956-03-29", "004_41011bc0f67b91ba.txt"],
      ["1954-06-30", "002_0d9c85501e071dff.txt"],
      ["1954-06-22", "003_c4c809410bd4e801.txt"],
    ]);
    expect(articles.map((a) => a.slug)).toEqual([
      "1958-08-04-handicraft-industry-achieves-leap-forward",
      "1957-08-20-organize-increase-production-and-practice-economy",
      "1956-03-29-national-urban-handicraft-transformation-work",
      "1954-06-30-the-ccp-central-committee-south-central-bureau",
      "1954-06-22-southwest-regions-strengthen-education",
    ]);
    expect(articles.map((a) => [a.enParagraphs.length, a.zhParagraphs.length])).toEqual([
      [4, 4],
      [4, 4],
      [5, 5],
      [4, 4],
      [6, 6],
    ]);
  });

  it("reports every malformed fixture precisely, and still parses the good files among them", () => {
    const { articles, problems } = loadContent("lib/content/fixtures/bad");
    expect(problems.map(formatProblem)).toEqual(expectedBadFolderProblems);
    // The first of the two duplicates is still published; every other file failed.
    expect(articles.map((a) => a.file)).toEqual(["duplicate-a.txt"]);
  });

  it("keeps raw HTML as literal paragraph text and skips hidden files", () => {
    const { articles, problems } = loadContent("lib/content/fixtures/good");
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    const [article] = articles;
    expect(article.enParagraphs.map((p) => [p.line, p.text])).toEqual([
      [6, "Xinhua News Agency, March 28th: Cooperatives published notices."],
      [8, "Members wrote <script>alert(1)</script> and <b>x</b> on the board."],
      [10, '<img src=x onerror="alert(2)">'],
    ]);
    expect(article.zhParagraphs.map((p) => [p.line, p.text])).toEqual([
      [25, "据新华社28日讯　合作社发布了通知。"],
      [26, "社员写了<script>alert(1)</script>和<b>x</b>。"],
      [27, '<img src=x onerror="alert(2)">'],
    ]);
  });

  describe("in a scratch folder", () => {
    let dir = "";
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it("reports folders and files of any extension while parsing the rest", () => {
      dir = mkdtempSync(path.join(tmpdir(), "content-"));
      copyFileSync("content/003_c4c809410bd4e801.txt", path.join(dir, "a.txt"));
      writeFileSync(path.join(dir, "notes.md"), "just a note\n");
      mkdirSync(path.join(dir, "images"));
      const { articles, problems } = loadContent(dir);
      expect(articles.map((a) => a.file)).toEqual(["a.txt"]);
      expect(problems.map(formatProblem)).toEqual([
        `${path.join(dir, "images")}:1: this is a folder, not an article file; articles must sit directly in the content folder`,
        `${path.join(dir, "notes.md")}:1: no "<hr />" line followed by "Original:" was found; the English translation and the Chinese original must be separated by a line "<hr />" and then a line "Original:"`,
        `${path.join(dir, "notes.md")}:1: the English header has no "Title:" line`,
        `${path.join(dir, "notes.md")}:1: the English header has no "Date:" line; add one such as "Date: 1958-08-04"`,
      ]);
    });
  });
});
