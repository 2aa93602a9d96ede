import { unified } from "unified";
import remarkParse from "remark-parse";
import type { RootContent } from "mdast";
import { cjkRatio } from "@/lib/align/lang";
import { findBidiControls, stripBidiControls } from "./bidi";
import { isIsoDate } from "./dates";
import { removeHeadline } from "./headline";
import type { ChineseMeta, ContentProblem, EnglishMeta, Paragraph, ParseResult, Provenance } from "./types";

/*
 * An article file looks like this (line breaks and indentation vary between files):
 *
 *   Title: …            English header; Author and Page may be empty
 *   Author:
 *   Date: 1958-08-04
 *   Page: 6
 *   English body        every non-blank line is one paragraph, indented or not
 *   <hr />
 *   Original:
 *   ### 中文标题          Chinese markdown
 *   1958-08-04
 *   第6版()
 *   专栏：
 *       中文正文          every non-blank line is one paragraph (usually indented 4 spaces)
 */

type Report = (line: number, message: string, severity?: "warning", column?: number) => void;

const HR_LINE = /^<hr\s*\/?>$/i;
const ORIGINAL_LINE = /^original\s*:$/i;
const HEADER_LINE = /^([A-Za-z]+):(.*)$/;
const ENGLISH_KEYS = ["title", "author", "date", "page"] as const;
/** Optional fields about where the article comes from (see docs/reading.md, "Source and citation"). */
const SOURCE_KEYS = ["source", "translator", "note"] as const;
const HEADER_KEYS = [...ENGLISH_KEYS, ...SOURCE_KEYS] as const;
type EnglishKey = (typeof HEADER_KEYS)[number];
const KEY_LABEL: Record<EnglishKey, string> = {
  title: "Title:",
  author: "Author:",
  date: "Date:",
  page: "Page:",
  source: "Source:",
  translator: "Translator:",
  note: "Note:",
};
const KNOWN_FIELDS = "Title:, Author:, Date:, Page:, Source:, Translator: and Note:";
const PAGE_LINE = /^第.*版/;
const COLUMN_LINE = /^专栏\s*[:：](.*)$/;
const EMPTY_PARENTHESES = /\s*[(（]\s*[)）]$/;

const isBlank = (line: string) => line.trim() === "";

/** Quotes what was found without flooding the message when a whole paragraph sits where a date belongs. */
function quote(text: string): string {
  const chars = Array.from(text);
  return `"${chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : text}"`;
}

function nonBlankParagraphs(lines: string[], fileLines: Iterable<number>): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const line of fileLines) {
    const text = lines[line - 1].trim();
    if (text) paragraphs.push({ text, line });
  }
  return paragraphs;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

interface Split {
  /** 0-based index of the first line after the English side. */
  englishEnd: number;
  /** 0-based index of the first line of the Chinese markdown. */
  chineseStart: number;
  /** 1-based line of the marker that ends the English side. */
  markerLine: number;
}

function findSplit(lines: string[], report: Report): Split | null {
  const isHr = (i: number) => HR_LINE.test(lines[i].trim());
  const isOriginal = (i: number) => ORIGINAL_LINE.test(lines[i].trim());
  for (let i = 0; i < lines.length; i++) {
    if (!isHr(i)) continue;
    let next = i + 1;
    while (next < lines.length && isBlank(lines[next])) next++;
    if (next < lines.length && isOriginal(next)) return { englishEnd: i, chineseStart: next + 1, markerLine: i + 1 };
  }
  const hr = lines.findIndex((_, i) => isHr(i));
  const original = lines.findIndex((_, i) => isOriginal(i));
  if (hr >= 0) {
    report(hr + 1, 'the line "<hr />" must be followed by the line "Original:" (only blank lines may stand between them)');
    return { englishEnd: hr, chineseStart: (original > hr ? original : hr) + 1, markerLine: hr + 1 };
  }
  if (original >= 0) {
    report(original + 1, 'the line "Original:" must come right after a line "<hr />" that ends the English text');
    return { englishEnd: original, chineseStart: original + 1, markerLine: original + 1 };
  }
  report(
    1,
    'no "<hr />" line followed by "Original:" was found; the English translation and the Chinese original must be separated by a line "<hr />" and then a line "Original:"',
  );
  return null;
}

function checkDate(side: "English" | "Chinese", date: { value: string; line: number }, report: Report): boolean {
  if (isIsoDate(date.value)) return true;
  report(
    date.line,
    date.value
      ? `the ${side} date ${quote(date.value)} is not a real date written YYYY-MM-DD, e.g. 1958-08-04`
      : `the ${side} date is empty; write it as YYYY-MM-DD, e.g. 1958-08-04`,
  );
  return false;
}

interface EnglishSide {
  meta: EnglishMeta;
  provenance: Provenance;
  dateLine: number | null;
  paragraphs: Paragraph[];
}

function parseEnglish(lines: string[], end: number, report: Report): EnglishSide {
  const found: Partial<Record<EnglishKey, { value: string; line: number }>> = {};
  const isKnown = (key: string): key is EnglishKey => (HEADER_KEYS as readonly string[]).includes(key);
  let i = 0;
  // The header runs until Title:, Author:, Date: and Page: are all found (blank lines between them
  // allowed); after that it goes on over header lines that follow directly, and over a known
  // optional field (Source:, Translator:, Note:) even after a blank line. An unknown field is kept
  // out of the body and reported as a warning, so a typo never silently becomes a paragraph.
  let previousWasHeader = false;
  while (i < end) {
    const requiredMissing = ENGLISH_KEYS.some((key) => !found[key]);
    if (isBlank(lines[i])) {
      if (!requiredMissing) {
        let next = i;
        while (next < end && isBlank(lines[next])) next++;
        const match = next < end ? HEADER_LINE.exec(lines[next].trimEnd()) : null;
        if (!match || !(SOURCE_KEYS as readonly string[]).includes(match[1].toLowerCase())) break;
      }
      previousWasHeader = false;
      i++;
      continue;
    }
    const match = HEADER_LINE.exec(lines[i].trimEnd());
    if (!match) break;
    const key = match[1].toLowerCase();
    if (!requiredMissing && !previousWasHeader && !isKnown(key)) break;
    if (isKnown(key)) {
      const earlier = found[key];
      if (earlier) report(i + 1, `"${KEY_LABEL[key]}" appears twice in the English header (first on line ${earlier.line})`);
      else found[key] = { value: match[2].trim(), line: i + 1 };
    } else {
      report(i + 1, `unknown header field "${match[1]}:" is ignored; the English header knows only ${KNOWN_FIELDS}`, "warning");
    }
    previousWasHeader = true;
    i++;
  }

  const { title, author, date, page } = found;
  if (!title) report(1, 'the English header has no "Title:" line');
  else if (!title.value) report(title.line, '"Title:" is empty; write the English title after it');
  let validDate = false;
  if (!date) report(1, 'the English header has no "Date:" line; add one such as "Date: 1958-08-04"');
  else validDate = checkDate("English", date, report);

  const optional = (key: (typeof SOURCE_KEYS)[number]) => found[key]?.value || null;
  return {
    meta: { title: title?.value ?? "", author: author?.value ?? "", date: date?.value ?? "", page: page?.value || null },
    provenance: { source: optional("source"), translator: optional("translator"), note: optional("note") },
    dateLine: validDate && date ? date.line : null,
    paragraphs: nonBlankParagraphs(lines, range(i + 1, end)),
  };
}

interface ChineseSide {
  meta: ChineseMeta;
  dateLine: number | null;
  paragraphs: Paragraph[];
  /** Last line of the Chinese header: where body text was expected to follow. */
  headerEndLine: number;
}

/** 1-based section line span of a markdown node. */
function span(node: RootContent): [number, number] {
  return [node.position?.start.line ?? 1, node.position?.end.line ?? 1];
}

function parseChinese(lines: string[], start: number, report: Report): ChineseSide | null {
  const source = lines.slice(start).join("\n");
  const fileLine = (sectionLine: number) => start + sectionLine;
  const nodes = unified().use(remarkParse).parse(source).children;

  const headingIndex = nodes.findIndex((node) => node.type === "heading");
  if (headingIndex < 0) {
    report(start, 'the Chinese original has no title: after "Original:" there must be a line starting with "### "');
    return null;
  }
  if (headingIndex > 0) {
    report(fileLine(span(nodes[0])[0]), 'unexpected text between "Original:" and the "###" title');
  }
  const heading = nodes[headingIndex];
  const headingLine = fileLine(span(heading)[0]);
  let title = "";
  if (heading.type === "heading" && heading.children.length > 0) {
    // Offsets, not mdast-util-to-string: the title is shown as written, markdown-looking characters included.
    const from = heading.children[0].position?.start.offset ?? 0;
    const to = heading.children[heading.children.length - 1].position?.end.offset ?? 0;
    title = source.slice(from, to).replace(/\s+/g, " ").trim();
  }
  if (!title) report(headingLine, 'the "###" title line is empty; write the Chinese title after "### "');

  let date: { value: string; line: number } | null = null;
  let page: string | null = null;
  let column = "";
  let headerEndLine = headingLine;
  const bodyLines: number[] = [];
  let bodyNodes = nodes.slice(headingIndex + 1);

  // The date, 第N版 and 专栏 lines form the paragraph right under the heading. A body that follows
  // the 专栏 line without a blank line lands in the same paragraph; those lines are body text.
  const metaNode = bodyNodes[0];
  if (metaNode?.type === "paragraph") {
    bodyNodes = bodyNodes.slice(1);
    const [from, to] = span(metaNode);
    let headerDone = false;
    for (let sectionLine = from; sectionLine <= to; sectionLine++) {
      const line = fileLine(sectionLine);
      const text = lines[line - 1].trim();
      if (headerDone) {
        bodyLines.push(line);
        continue;
      }
      headerEndLine = line;
      const columnMatch = COLUMN_LINE.exec(text);
      if (columnMatch) {
        column = columnMatch[1].trim();
        headerDone = true;
      } else if (PAGE_LINE.test(text)) {
        page = text.replace(EMPTY_PARENTHESES, "");
      } else if (!date && (sectionLine === from || /^\d/.test(text))) {
        date = { value: text, line };
      } else {
        report(line, `unexpected line in the Chinese header: ${quote(text)}; under the "###" title come only the date, 第N版() and 专栏：`);
      }
    }
  }
  for (const node of bodyNodes) {
    const [from, to] = span(node);
    for (let sectionLine = from; sectionLine <= to; sectionLine++) bodyLines.push(fileLine(sectionLine));
  }
  // Markdown drops nothing but blank lines, yet a paragraph lost here would silently shift every
  // sentence link after it; so any non-blank line below the header that no node covered is kept too.
  const covered = new Set(bodyLines);
  for (const line of range(headerEndLine + 1, lines.length)) {
    if (!covered.has(line) && !isBlank(lines[line - 1])) bodyLines.push(line);
  }
  bodyLines.sort((a, b) => a - b);

  let validDate = false;
  if (!date) report(headingLine, 'the Chinese original has no date line (YYYY-MM-DD) under the "###" title');
  else validDate = checkDate("Chinese", date, report);

  return {
    meta: { title, date: date?.value ?? "", page, column },
    dateLine: validDate && date ? date.line : null,
    paragraphs: nonBlankParagraphs(lines, new Set(bodyLines)),
    headerEndLine,
  };
}

/** Parses one article file. Pure: the caller reads and decodes the file. All problems are collected. */
export function parseArticle(file: string, text: string): ParseResult {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const report: Report = (line, message, severity, column) => {
    const at = column === undefined ? { file, line } : { file, line, column };
    (severity ? warnings : problems).push(severity ? { ...at, message, severity } : { ...at, message });
  };
  const read = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  reportBidiControls(read, report);
  // Removed before anything else reads the lines: titles, sentences, their hashes and every output hold the text as printed.
  const lines = read.map(stripBidiControls);

  if (lines.every(isBlank)) {
    report(1, "the file is empty");
    return { ok: false, problems };
  }

  reportControlCharacters(lines, report);
  const split = findSplit(lines, report);
  const english = parseEnglish(lines, split ? split.englishEnd : lines.length, report);
  const chinese = split ? parseChinese(lines, split.chineseStart, report) : null;

  let enParagraphs: Paragraph[] = [];
  let zhParagraphs: Paragraph[] = [];
  if (split) {
    const en = removeHeadline(english.paragraphs, english.meta.title);
    enParagraphs = en.body;
    if (enParagraphs.length === 0) {
      report(
        split.markerLine,
        en.headline.length
          ? "the English side has no paragraphs: its only text repeats the title"
          : 'the English side is empty: there is no text between the English header and "<hr />"',
      );
    }
  }
  if (chinese) {
    const zh = removeHeadline(chinese.paragraphs, chinese.meta.title);
    zhParagraphs = zh.body;
    if (zhParagraphs.length === 0) {
      report(
        chinese.headerEndLine,
        zh.headline.length
          ? "the Chinese side has no paragraphs: its only text repeats the ### title"
          : "the Chinese side is empty: there is no text after the Chinese header (### title, date, 第N版(), 专栏：)",
      );
    }
    reportWrongLanguage(enParagraphs, zhParagraphs, report);
    if (english.dateLine && chinese.dateLine && english.meta.date !== chinese.meta.date) {
      report(
        chinese.dateLine,
        `the Chinese date ${chinese.meta.date} differs from the English date ${english.meta.date} (line ${english.dateLine})`,
      );
    }
  }

  if (problems.length > 0 || !chinese) {
    return { ok: false, problems: [...problems, ...warnings].sort((a, b) => a.line - b.line) };
  }
  return {
    ok: true,
    article: { file, en: english.meta, zh: chinese.meta, provenance: english.provenance, enParagraphs, zhParagraphs },
    warnings,
  };
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * Characters XML cannot hold (C0 controls but tab, U+FFFE, U+FFFF): the TMX export would fail on
 * them at build time, so they are refused here, where `npm run check` sees them, by line and column.
 */
function reportControlCharacters(lines: readonly string[], report: Report): void {
  lines.forEach((line, i) => {
    const found = CONTROL.exec(line);
    if (!found) return;
    const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    report(i + 1, `control character U+${code} at column ${found.index + 1}: no export format can hold it; delete it (an editor that shows invisible characters finds it)`);
  });
}

/** Each bidi control (lib/content/bidi.ts), by line and column: a warning, as it is removed from the text. */
function reportBidiControls(lines: readonly string[], report: Report): void {
  lines.forEach((line, i) => {
    for (const found of findBidiControls(line)) {
      report(i + 1, `bidi control ${found.code} (${found.name}): removed from the text shown, searched, downloaded and cited (no printed page holds one, and it reorders the words around it); delete it from the file`, "warning", found.column);
    }
  });
}

/** Below this share of Han characters a side reads as English (lib/align/lang.ts decides the same way). */
const CHINESE_FROM = 0.2;

/** A side in the other language (a translation pasted twice, the sides swapped) aligns into confident nonsense: said, not silently linked. */
function reportWrongLanguage(en: readonly Paragraph[], zh: readonly Paragraph[], report: Report): void {
  const ratio = (paragraphs: readonly Paragraph[]) => cjkRatio(paragraphs.map((p) => p.text).join(""));
  if (zh.length > 0 && ratio(zh) < CHINESE_FROM) {
    report(zh[0].line, "the Chinese side reads as English (few Chinese characters): is the original pasted here, or the translation twice?", "warning");
  }
  if (en.length > 0 && ratio(en) >= CHINESE_FROM) {
    report(en[0].line, "the English side reads as Chinese (many Chinese characters): are the two sides swapped, or the original pasted twice?", "warning");
  }
}
