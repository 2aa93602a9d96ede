import { readFileSync } from "node:fs";
import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";

/**
 * Expected values, written by hand from the files in content/ (not from the app's data):
 * titles and dates from each header, paragraph counts by reading each body (a headline repeated
 * at the top of a body is not a paragraph; a closing attribution line is).
 */
export const ARTICLES = [
  {
    file: "000_ac9c60c6ebd492a6.txt",
    date: "1958-08-04",
    enDate: "August 4, 1958",
    page: "第6版",
    en: "Handicraft Industry Achieves Leap Forward in the First Half of the Year; Output Value Increases by 40% Compared to the Same Period Last Year",
    zh: "上半年手工业飞跃发展 产值比去年同期增加四成",
    enParagraphs: 4,
    zhParagraphs: 4,
  },
  {
    file: "001_33999ee4fb8daa75.txt",
    date: "1957-08-20",
    enDate: "August 20, 1957",
    page: "第5版",
    en: "Organize, Increase Production and Practice Economy: Handicraft Industry Output Value Increases by Over 30%",
    zh: "组织起来 增产节约 手工业产值增长三成多",
    enParagraphs: 4,
    zhParagraphs: 4,
  },
  {
    file: "004_41011bc0f67b91ba.txt",
    date: "1956-03-29",
    enDate: "March 29, 1956",
    page: "第1版",
    en: "National Urban Handicraft Transformation Work Symposium Studies the Organization and Production Issues of Handicraft Cooperatives",
    zh: "全国城市手工业改造工作座谈会 研究手工业合作社的组织和生产问题",
    enParagraphs: 5,
    zhParagraphs: 5,
  },
  {
    file: "002_0d9c85501e071dff.txt",
    date: "1954-06-30",
    enDate: "June 30, 1954",
    page: "第2版",
    en: "The CCP Central Committee South Central Bureau Convenes the First Regional Handicraft Work Conference",
    zh: "中共中央中南局 召开全区第一次手工业工作会议",
    enParagraphs: 4,
    zhParagraphs: 4,
  },
  {
    file: "003_c4c809410bd4e801.txt",
    date: "1954-06-22",
    enDate: "June 22, 1954",
    page: "第2版",
    en: "Southwest Regions Strengthen Education and Leadership for Handicraft Workers",
    zh: "西南各地加强对手工业者的教育和领导",
    enParagraphs: 6,
    zhParagraphs: 6,
  },
] as const;

/** Collapses every run of whitespace (ideographic space included) so layout does not matter. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The raw body lines of a content file, read with nothing but line splitting: English lines
 * between the header and `<hr />`, Chinese lines after the `专栏：` line. Every one of them must
 * appear on the article page (as a paragraph, or in the title when it repeats the headline).
 */
export function bodyLines(file: string): { en: string[]; zh: string[] } {
  const lines = readFileSync(path.join("content", file), "utf8").split(/\r?\n/);
  const hr = lines.findIndex((line) => line.trim() === "<hr />");
  const page = lines.findIndex((line) => line.startsWith("Page:"));
  const column = lines.findIndex((line) => line.startsWith("专栏"));
  const keep = (part: string[]) => part.map(squash).filter((line) => line !== "");
  return { en: keep(lines.slice(page + 1, hr)), zh: keep(lines.slice(column + 1)) };
}

/** Fails any test whose pages log a console error or throw, unless the test expects that message. */
export const test = base.extend<{ consoleErrors: { allow: RegExp[] } }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
      const expected = { allow: [] as RegExp[] };
      await use(expected);
      expect(errors.filter((text) => !expected.allow.some((pattern) => pattern.test(text)))).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Sum of layout-shift scores Chromium recorded since navigation. */
export async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
}
