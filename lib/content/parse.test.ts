import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse";
import type { ParsedArticle } from "./types";

function seed(file: string): { article: ParsedArticle; source: string[] } {
  const text = readFileSync(`content/${file}`, "utf8");
  const result = parseArticle(file, text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { article: result.article, source: text.split("\n") };
}

/** The source line as a paragraph: indentation and trailing spaces trimmed, nothing else touched. */
const sourceLine = (source: string[], line: number) => source[line - 1].trim();

describe("parseArticle on the seed articles", () => {
  it("000: metadata, four paragraph pairs, two-line Chinese headline removed", () => {
    const { article, source } = seed("000_ac9c60c6ebd492a6.txt");
    expect(article.en).toEqual({
      title:
        "Handicraft Industry Achieves Leap Forward in the First Half of the Year; Output Value Increases by 40% Compared to the Same Period Last Year",
      author: "",
      date: "1958-08-04",
      page: "6",
    });
    expect(article.zh).toEqual({ title: "上半年手工业飞跃发展 产值比去年同期增加四成", date: "1958-08-04", page: "第6版", column: "" });
    expect(article.enParagraphs.map((p) => p.line)).toEqual([6, 8, 10, 12]);
    // Lines 27 and 28 are the headline 上半年手工业飞跃发展 / 产值比去年同期增加四成.
    expect(article.zhParagraphs.map((p) => p.line)).toEqual([29, 30, 31, 32]);
    const [enFirst, enLast] = [article.enParagraphs[0], article.enParagraphs[3]];
    expect(enFirst.text).toMatch(/^Xinhua News Agency, August 3rd: The nation's more than 100,000 handicraft/);
    expect(enFirst.text).toMatch(/exceeded advanced international standards\.$/);
    expect(enLast.text).toMatch(/^These great achievements in production by handicraft cooperatives/);
    expect(enLast.text).toMatch(/from 40,000 to 50,000 in 1957 to 70,000 to 80,000\.$/);
    const [zhFirst, zhLast] = [article.zhParagraphs[0], article.zhParagraphs[3]];
    expect(zhFirst.text).toMatch(/^据新华社3日讯　全国十万多个手工业合作社（组）和合作工厂/);
    expect(zhFirst.text).toMatch(/天津市第三冶炼社最近炼制的精锡，超过国际先进水平。$/);
    expect(zhLast.text).toMatch(/^各地手工业合作社生产上的这些巨大成就/);
    expect(zhLast.text).toMatch(/已由1957年的四五万台增加到七、八万台。$/);
    for (const p of [...article.enParagraphs, ...article.zhParagraphs]) expect(p.text).toBe(sourceLine(source, p.line));
  });

  it("001: metadata, four paragraph pairs, headline with an ideographic space removed", () => {
    const { article, source } = seed("001_33999ee4fb8daa75.txt");
    expect(article.en).toEqual({
      title: "Organize, Increase Production and Practice Economy: Handicraft Industry Output Value Increases by Over 30%",
      author: "",
      date: "1957-08-20",
      page: "5",
    });
    // The ### line reads 组织起来<U+3000>增产节约<two spaces>手工业产值增长三成多.
    expect(article.zh).toEqual({ title: "组织起来 增产节约 手工业产值增长三成多", date: "1957-08-20", page: "第5版", column: "" });
    expect(article.enParagraphs.map((p) => p.line)).toEqual([6, 8, 10, 12]);
    expect(article.zhParagraphs.map((p) => p.line)).toEqual([29, 30, 31, 32]);
    expect(article.enParagraphs[0].text).toMatch(/^Xinhua News Agency report: A production increase and economy drive/);
    expect(article.enParagraphs[3].text).toMatch(/need to be conscientiously corrected by local handicraft leadership departments\.$/);
    // The two spaces after 讯 are inside the line and stay.
    expect(article.zhParagraphs[0].text).toBe(
      "据新华社讯  增产节约运动已经在大部分手工业合作组织中蓬勃开展。开展得比较普遍的如辽宁省已经有90％的社、组投入增产节约运动。",
    );
    expect(article.zhParagraphs[3].text).toMatch(/^据中央手工业管理局有关负责人谈.*这些缺点需要各地手工业领导部门认真纠正。$/);
    for (const p of [...article.enParagraphs, ...article.zhParagraphs]) expect(p.text).toBe(sourceLine(source, p.line));
  });

  it("002: indented bodies; the English title repeated over two lines is removed as well", () => {
    const { article, source } = seed("002_0d9c85501e071dff.txt");
    expect(article.en).toEqual({
      title: "The CCP Central Committee South Central Bureau Convenes the First Regional Handicraft Work Conference",
      author: "",
      date: "1954-06-30",
      page: "2",
    });
    expect(article.zh).toEqual({ title: "中共中央中南局 召开全区第一次手工业工作会议", date: "1954-06-30", page: "第2版", column: "" });
    // English lines 6-7 and Chinese lines 26-27 repeat the titles.
    expect(article.enParagraphs.map((p) => p.line)).toEqual([8, 9, 10, 11]);
    expect(article.zhParagraphs.map((p) => p.line)).toEqual([28, 29, 30, 31]);
    expect(article.enParagraphs[0].text).toMatch(
      /^The CCP Central Committee South Central Bureau convened the first regional handicraft work conference from June 10th to 24th\./,
    );
    expect(article.enParagraphs[3].text).toMatch(/^The conference studied the experience.*\(Xinhua News Agency\)$/);
    expect(article.zhParagraphs[0].text).toMatch(/^中共中央中南局在六月十日到二十四日召开了全区第一次手工业工作会议。.*全盘计划。$/);
    expect(article.zhParagraphs[3].text).toMatch(/^会议研究了中南区各地组织手工业生产合作社的经验.*提出了具体方案。　（新华社）$/);
    expect(article.enParagraphs.map((p) => p.text)).not.toContain("The CCP Central Committee South Central Bureau");
    for (const p of [...article.enParagraphs, ...article.zhParagraphs]) expect(p.text).toBe(sourceLine(source, p.line));
  });

  it("003: tab-indented English, one-line headlines removed, bylines kept as the last paragraphs", () => {
    const { article, source } = seed("003_c4c809410bd4e801.txt");
    expect(article.en).toEqual({
      title: "Southwest Regions Strengthen Education and Leadership for Handicraft Workers",
      author: "",
      date: "1954-06-22",
      page: "2",
    });
    expect(article.zh).toEqual({ title: "西南各地加强对手工业者的教育和领导", date: "1954-06-22", page: "第2版", column: "" });
    expect(article.enParagraphs.map((p) => p.line)).toEqual([7, 8, 9, 10, 11, 12]);
    expect(article.zhParagraphs.map((p) => p.line)).toEqual([28, 29, 30, 31, 32, 33]);
    expect(article.enParagraphs[0].text).toBe(
      "Southwest regions are actively strengthening education and leadership for handicraft workers, and the socialist transformation of handicrafts in the entire region has made new progress.",
    );
    expect(article.enParagraphs[5].text).toBe("(Communication Group of the All-China Federation of Cooperatives Southwest District Office)");
    expect(article.zhParagraphs[0].text).toBe("西南各地积极加强对手工业者的教育和领导，全区对手工业实行社会主义改造的工作有新的进展。");
    expect(article.zhParagraphs[5].text).toBe("（全国合作总社西南区办事处通讯组）");
    for (const p of [...article.enParagraphs, ...article.zhParagraphs]) expect(p.text).toBe(sourceLine(source, p.line));
  });

  it("004: no blank line after Page:, five paragraph pairs, English title not repeated", () => {
    const { article, source } = seed("004_41011bc0f67b91ba.txt");
    expect(article.en).toEqual({
      title:
        "National Urban Handicraft Transformation Work Symposium Studies the Organization and Production Issues of Handicraft Cooperatives",
      author: "",
      date: "1956-03-29",
      page: "1",
    });
    expect(article.zh).toEqual({
      title: "全国城市手工业改造工作座谈会 研究手工业合作社的组织和生产问题",
      date: "1956-03-29",
      page: "第1版",
      column: "",
    });
    expect(article.enParagraphs.map((p) => p.line)).toEqual([5, 7, 9, 11, 13]);
    expect(article.zhParagraphs.map((p) => p.line)).toEqual([30, 31, 32, 33, 34]);
    expect(article.enParagraphs[0].text).toMatch(
      /^Xinhua News Agency, March 28th: The National Urban Handicraft Transformation Work Symposium.*urban handicrafts and proposed solutions\.$/,
    );
    expect(article.enParagraphs[4].text).toMatch(/the organizational task of handicraft cooperation\.$/);
    expect(article.zhParagraphs[0].text).toMatch(/^据新华社28日讯　中央手工业管理局.*一些主要问题和解决的意见。$/);
    expect(article.zhParagraphs[4].text).toMatch(/^座谈会还研究了.*其他地区则要继续积极完成手工业合作化的组织任务。$/);
    for (const p of [...article.enParagraphs, ...article.zhParagraphs]) expect(p.text).toBe(sourceLine(source, p.line));
  });
});

const article = (english: string, chinese: string) =>
  [
    "Title: Cooperatives Expand",
    "Author: A. Writer",
    "Date: 1956-03-29",
    "Page:",
    "",
    english,
    "<hr />",
    "Original:",
    "### 合作社扩大",
    "1956-03-29",
    "第1版(要闻)",
    "专栏：经济",
    "",
    chinese,
  ].join("\n");

function parsed(text: string): ParsedArticle {
  const result = parseArticle("x.txt", text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.article;
}

describe("parseArticle details", () => {
  it("keeps a printed page qualifier and the column, and an empty Page: is null", () => {
    const a = parsed(article("Body.", "    正文。"));
    expect(a.en.page).toBeNull();
    expect(a.en.author).toBe("A. Writer");
    expect(a.zh.page).toBe("第1版(要闻)");
    expect(a.zh.column).toBe("经济");
  });

  it("does not remove a first line that only starts like the title, nor a partial title", () => {
    const a = parsed(article("Cooperatives Expand their workshops.\nSecond.", "    合作社\n    正文。"));
    expect(a.enParagraphs.map((p) => p.text)).toEqual(["Cooperatives Expand their workshops.", "Second."]);
    // 合作社 is only the start of the title 合作社扩大: it is a paragraph, not a headline.
    expect(a.zhParagraphs.map((p) => p.text)).toEqual(["合作社", "正文。"]);
  });

  it("removes a headline that differs from the title only in case, spacing and punctuation", () => {
    const a = parsed(article("COOPERATIVES —\nexpand!\nBody.", "    合作社　扩大\n    正文。"));
    expect(a.enParagraphs.map((p) => p.text)).toEqual(["Body."]);
    expect(a.zhParagraphs.map((p) => p.text)).toEqual(["正文。"]);
  });

  it("keeps markdown-looking and HTML lines of the Chinese body as literal text", () => {
    const zh = ["# 不是标题", "- 不是列表", "1. 不是编号", "> 不是引用", "[a]: http://example.com", "<script>alert(1)</script>", "*强调*"];
    const a = parsed(article(zh.map((_, i) => `Line ${i}.`).join("\n\n"), zh.join("\n")));
    expect(a.zhParagraphs.map((p) => p.text)).toEqual(zh);
    expect(a.zhParagraphs.map((p) => p.line)).toEqual([26, 27, 28, 29, 30, 31, 32]);
    expect(a.enParagraphs).toHaveLength(7);
  });

  it("takes body lines that follow 专栏： without a blank line as paragraphs", () => {
    const text = article("Body.", "").replace("专栏：经济\n\n", "专栏：经济\n正文一。\n正文二。");
    expect(parsed(text).zhParagraphs).toEqual([
      { text: "正文一。", line: 13 },
      { text: "正文二。", line: 14 },
    ]);
  });

  it("reads CRLF files with the same lines as LF files", () => {
    const lf = article("Body one.\nBody two.", "    正文一。\n    正文二。");
    expect(parsed(lf.replace(/\n/g, "\r\n"))).toEqual(parsed(lf));
  });

  it("collects every problem of a file, in line order", () => {
    const text = ["Title:", "Date: 1956-13-01", "", "<hr />", "Original:", "### 标题", "1956/13/01", "专栏："].join("\n");
    const result = parseArticle("y.txt", text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '1: "Title:" is empty; write the English title after it',
      '2: the English date "1956-13-01" is not a real date written YYYY-MM-DD, e.g. 1958-08-04',
      '4: the English side is empty: there is no text between the English header and "<hr />"',
      '7: the Chinese date "1956/13/01" is not a real date written YYYY-MM-DD, e.g. 1958-08-04',
      "8: the Chinese side is empty: there is no text after the Chinese header (### title, date, 第N版(), 专栏：)",
    ]);
  });

  it("reports a body that only repeats the title as an empty side", () => {
    const result = parseArticle("z.txt", article("Cooperatives Expand", "    合作社扩大"));
    expect(result.ok ? [] : result.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      "7: the English side has no paragraphs: its only text repeats the title",
      "12: the Chinese side has no paragraphs: its only text repeats the ### title",
    ]);
  });

  it("reports an empty file once", () => {
    expect(parseArticle("e.txt", "\n  \n")).toEqual({ ok: false, problems: [{ file: "e.txt", line: 1, message: "the file is empty" }] });
  });
});

describe("parseArticle source fields", () => {
  const header = (...extra: string[]) =>
    ["Title: Cooperatives Expand", "Author:", "Date: 1956-03-29", "Page: 1", ...extra, "", "Body.", "<hr />", "Original:", "### 合作社扩大", "1956-03-29", "第1版()", "专栏：", "", "    正文。"].join("\n");

  it("reads Source:, Translator: and Note: after the four fields, even after a blank line", () => {
    const result = parseArticle("s.txt", header("Source: Guangming Daily / 光明日报", "Translator: Jane Doe", "", "Note: machine translation"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.article.provenance).toEqual({ source: "Guangming Daily / 光明日报", translator: "Jane Doe", note: "machine translation" });
    expect(result.article.enParagraphs.map((p) => p.text)).toEqual(["Body."]);
  });

  it("leaves them null when absent or empty, as in every seed article", () => {
    const result = parseArticle("s.txt", header("Note:"));
    expect(result.ok && result.article.provenance).toEqual({ source: null, translator: null, note: null });
    const seedResult = parseArticle("004.txt", readFileSync("content/004_41011bc0f67b91ba.txt", "utf8"));
    expect(seedResult.ok && [seedResult.article.provenance, seedResult.warnings]).toEqual([{ source: null, translator: null, note: null }, []]);
  });

  it("reports an unknown field as a warning with its line and still publishes the article", () => {
    const result = parseArticle("s.txt", header("Sourse: People's Daily", "Translater: X"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => [w.line, w.severity, w.message])).toEqual([
      [5, "warning", 'unknown header field "Sourse:" is ignored; the English header knows only Title:, Author:, Date:, Page:, Source:, Translator: and Note:'],
      [6, "warning", 'unknown header field "Translater:" is ignored; the English header knows only Title:, Author:, Date:, Page:, Source:, Translator: and Note:'],
    ]);
    // Neither line became a paragraph.
    expect(result.article.enParagraphs.map((p) => p.text)).toEqual(["Body."]);
  });

  it("keeps a body line that merely starts with a word and a colon after a blank line", () => {
    const result = parseArticle("s.txt", header().replace("\nBody.", "\nBeijing: body."));
    expect(result.ok && result.article.enParagraphs.map((p) => p.text)).toEqual(["Beijing: body."]);
  });

  it("reports a field given twice as an error", () => {
    const result = parseArticle("s.txt", header("Translator: A", "Translator: B"));
    expect(result.ok ? [] : result.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '6: "Translator:" appears twice in the English header (first on line 5)',
    ]);
  });
});

describe("parseArticle: what the build would refuse or misalign, said first (issue 19, items 12 and 14)", () => {
  const seedText = readFileSync("content/000_ac9c60c6ebd492a6.txt", "utf8");

  it("refuses a control character XML cannot hold, naming its line and column", () => {
    const lines = seedText.split("\n");
    lines[7] = lines[7].slice(0, 4) + "\u0007" + lines[7].slice(4);
    lines[29] = "\u000B" + lines[29];
    const result = parseArticle("x.txt", lines.join("\n"));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      { file: "x.txt", line: 8, message: "control character U+0007 at column 5: no export format can hold it; delete it (an editor that shows invisible characters finds it)" },
      { file: "x.txt", line: 30, message: "control character U+000B at column 1: no export format can hold it; delete it (an editor that shows invisible characters finds it)" },
    ]);
  });

  it("warns about each bidi control by line and column, and removes it from the title and the sentences (issue 19, item 10)", () => {
    const lines = seedText.split("\n");
    // A right-to-left override planted in the title and at "Xinhua", a mark and an isolate in the Chinese body.
    lines[0] = lines[0].replace("Handicraft", "\u202EHandicraft");
    lines[5] = "\u202E" + lines[5];
    const zhLine = lines.findIndex((line) => line.includes("手工业"), 20);
    lines[zhLine] = lines[zhLine].replace("手工业", "手\u200F工\u2066业\u2069");
    const result = parseArticle("x.txt", lines.join("\n"));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const message = (code: string, name: string) =>
      `bidi control ${code} (${name}): removed from the text shown, searched, downloaded and cited (no printed page holds one, and it reorders the words around it); delete it from the file`;
    const zhColumn = lines[zhLine].indexOf("\u200F") + 1;
    expect(result.warnings).toEqual([
      { file: "x.txt", line: 1, column: 8, severity: "warning", message: message("U+202E", "right-to-left override") },
      { file: "x.txt", line: 6, column: 1, severity: "warning", message: message("U+202E", "right-to-left override") },
      { file: "x.txt", line: zhLine + 1, column: zhColumn, severity: "warning", message: message("U+200F", "right-to-left mark") },
      { file: "x.txt", line: zhLine + 1, column: zhColumn + 2, severity: "warning", message: message("U+2066", "left-to-right isolate") },
      { file: "x.txt", line: zhLine + 1, column: zhColumn + 4, severity: "warning", message: message("U+2069", "pop directional isolate") },
    ]);
    // The parsed text is the text without them: the same article as the clean file.
    const clean = parseArticle("x.txt", seedText);
    if (!clean.ok) throw new Error(JSON.stringify(clean.problems));
    expect(result.article).toEqual(clean.article);
    expect(JSON.stringify(result.article)).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
  });

  it("keeps tabs, which XML holds", () => {
    expect(parseArticle("x.txt", seedText.replace("Xinhua News Agency", "Xinhua\tNews Agency")).ok).toBe(true);
  });

  it("warns when the Chinese side is written in English, at its first paragraph", () => {
    const lines = seedText.split("\n");
    const english = [6, 8, 10, 12].map((line) => lines[line - 1]);
    [29, 30, 31, 32].forEach((line, k) => (lines[line - 1] = english[k]));
    const result = parseArticle("x.txt", lines.join("\n"));
    expect(result.ok && result.warnings).toEqual([
      { file: "x.txt", line: 29, severity: "warning", message: "the Chinese side reads as English (few Chinese characters): is the original pasted here, or the translation twice?" },
    ]);
  });

  it("warns when the English side is written in Chinese", () => {
    const lines = seedText.split("\n");
    const chinese = [29, 30, 31, 32].map((line) => lines[line - 1]);
    [6, 8, 10, 12].forEach((line, k) => (lines[line - 1] = chinese[k]));
    const result = parseArticle("x.txt", lines.join("\n"));
    expect(result.ok && result.warnings.map((w) => [w.line, w.message])).toEqual([
      [6, "the English side reads as Chinese (many Chinese characters): are the two sides swapped, or the original pasted twice?"],
    ]);
  });

  it("says nothing about the seed article's languages", () => {
    const result = parseArticle("x.txt", seedText);
    expect(result.ok && result.warnings).toEqual([]);
  });
});

