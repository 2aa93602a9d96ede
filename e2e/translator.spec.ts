import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { parseTsv } from "../lib/export/tsv";
import { ARTICLES, expect, test } from "./fixtures";

/*
 * Translator tools on the built site: the Download menus and their static files, and the checked
 * mark of links pinned in content/000_ac9c60c6ebd492a6.links (e13 e14 = z13, the last paragraph's
 * two English sentences and their one Chinese sentence, by text).
 */

const LEAP = "/articles/1958-08-04-handicraft-industry-achieves-leap-forward";
const XML_NS = "http://www.w3.org/XML/1998/namespace";

function tusOf(xml: string): Element[] {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(xml, "text/xml");
  expect(errors).toEqual([]);
  const root = doc.documentElement!;
  expect(root.nodeName).toBe("tmx");
  expect(root.getAttribute("version")).toBe("1.4");
  return Array.from(root.getElementsByTagName("tu"));
}

type Alignment = { beads: { id: string; en: string[]; zh: string[]; confidence: number; checked?: true }[] };

test("the article's Download menu links its TMX, TSV and text, one link (bead) each, checked links marked", async ({ page }) => {
  await page.goto(LEAP);
  const menu = page.locator('details[data-downloads="article"]');
  await menu.locator("summary").click();
  const links = menu.locator("a");
  await expect(links).toHaveText(["TMX 1.4b", "TSV", "Text"]);
  const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute("href")!));
  expect(hrefs).toEqual(["tmx", "tsv", "txt"].map((ext) => `/downloads/articles/1958-08-04-handicraft-industry-achieves-leap-forward.${ext}`));

  const alignment: Alignment = await (await page.request.get(`${LEAP}/alignment.json`)).json();
  const [tmx, tsv, txt] = await Promise.all(hrefs.map(async (href) => {
    const response = await page.request.get(href);
    expect(response.status()).toBe(200);
    return response.text();
  }));

  const tus = tusOf(tmx);
  expect(tus).toHaveLength(alignment.beads.length);
  const last = tus.find((tu) => tu.getAttribute("tuid")!.endsWith("#s13"))!;
  const props = Object.fromEntries(Array.from(last.getElementsByTagName("prop")).map((p) => [p.getAttribute("type"), p.textContent]));
  expect(props).toMatchObject({ "x-sentences": "e13 e14 z13", "x-confidence": "1", "x-checked": "yes" });
  const segs = Array.from(last.getElementsByTagName("tuv")).map((tuv) => [tuv.getAttributeNS(XML_NS, "lang"), tuv.getElementsByTagName("seg")[0].textContent]);
  expect(segs[0][0]).toBe("en");
  expect(segs[0][1]).toMatch(/^These great achievements in production .* greatly improved\.$/);
  expect(segs[1]).toEqual(["zh-Hans", expect.stringMatching(/^各地手工业合作社生产上的这些巨大成就/)]);

  const rows = parseTsv(tsv);
  expect(rows[0]).toEqual(["english", "chinese", "confidence", "checked", "english_ids", "chinese_ids", "article", "bead"]);
  expect(rows).toHaveLength(alignment.beads.length + 1);
  expect(rows.filter((r) => r[3] === "yes").map((r) => [r[4], r[5]])).toEqual([["e13 e14", "z13"]]);
  expect(txt).toContain(ARTICLES[0].en);
  expect(txt).toContain("[s13 ✓]");

  // On the page: the pinned link's three sentences carry the mark, nothing else does, and it is not "uncertain".
  const checked = await page.locator("[data-b][data-checked]").evaluateAll((all) => all.map((el) => el.id));
  expect(checked.sort()).toEqual(["e13", "e14", "z13"]);
  await expect(page.locator("[data-b][data-checked][data-uncertain]")).toHaveCount(0);
  const tick = await page.locator("#z13").evaluate((el) => getComputedStyle(el, "::after").content);
  expect(tick).toMatch(/^"✓"/);
  // Decoration only: the Chinese sentence's description (read with the English) is its text alone.
  await expect(page.locator("#e13")).toHaveAccessibleDescription((await page.locator("#z13").innerText()).trim());
  await expect(page.locator("article > p.article-footer")).toContainText("a ✓ a link a person has checked");
  await page.screenshot({ path: "e2e/screenshots/translator-download-menu.png", fullPage: false });
});

test("the index's Download menu links the whole archive, every article's links in one TMX", async ({ page }) => {
  await page.goto("/");
  const menu = page.locator('details[data-downloads="archive"]');
  await expect(menu.locator("summary")).toHaveText("Download all articles");
  await menu.locator("summary").click();
  const hrefs = await menu.locator("a").evaluateAll((all) => all.map((a) => a.getAttribute("href")!));
  expect(hrefs).toEqual(["/downloads/archive.tmx", "/downloads/archive.tsv", "/downloads/archive.txt"]);

  const slugs = await page.locator("li[data-slug]").evaluateAll((all) => all.map((li) => li.getAttribute("data-slug")!));
  expect(slugs).toHaveLength(ARTICLES.length);
  let beads = 0;
  for (const slug of slugs) beads += ((await (await page.request.get(`/articles/${slug}/alignment.json`)).json()) as Alignment).beads.length;

  const tus = tusOf(await (await page.request.get(hrefs[0])).text());
  expect(tus).toHaveLength(beads);
  // In index order, newest first.
  const order = [...new Set(tus.map((tu) => tu.getAttribute("tuid")!.split("#")[0]))];
  expect(order).toEqual(slugs);
  const tsv = parseTsv(await (await page.request.get(hrefs[1])).text());
  expect(tsv).toHaveLength(beads + 1);
  const txt = await (await page.request.get(hrefs[2])).text();
  for (const article of ARTICLES) expect(txt).toContain(article.zh);
});

test("Copy text copies the selected passage link by link, English then Chinese, with its citation", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(LEAP);
  await expect(page.locator("[data-reader-ready]")).toHaveCount(1);
  // From the last sentence of the third paragraph to the end: three links, the middle one the
  // pinned 2-1 link (e13 e14 = z13).
  await page.locator("#e12").click();
  await page.locator("#e15").click({ modifiers: ["Shift"] });
  await expect(page).toHaveURL(/#e12-e15$/);
  await page.locator('[data-cite="passage-text"]').click();
  // Written by hand from content/000_ac9c60c6ebd492a6.txt and the README's format.
  const expected = [
    "Various small machines and equipment produced by handicraft cooperatives have also provided a material basis for the development of local industry, making up for the shortcomings in the supply of national industrial equipment.",
    "手工业社生产的各种小型机器设备也为地方工业的发展提供了物质基础，弥补了国家工业设备供应方面的不足。",
    "",
    'These great achievements in production by handicraft cooperatives in various places are the result of the mass technical innovation movement of "everyone offering ideas and everyone contributing suggestions" by the vast number of cooperative members after the rectification campaign and studying the general line. The level of mechanization in many cooperatives has been greatly improved.',
    "各地手工业合作社生产上的这些巨大成就，是广大社员经过整风运动和学习总路线以后，经过几个月的“人人出主意，个个献计策”的群众性技术革新运动，许多合作社的机械化水平已大大提高。",
    "",
    "At present, the number of machines and equipment in handicraft cooperatives across the country has increased from 40,000 to 50,000 in 1957 to 70,000 to 80,000.",
    "目前全国手工业社的机器设备，已由1957年的四五万台增加到七、八万台。",
    "",
    "“上半年手工业飞跃发展 产值比去年同期增加四成” [Handicraft Industry Achieves Leap Forward in the First Half of the Year; " +
      "Output Value Increases by 40% Compared to the Same Period Last Year]. 人民日报 [People's Daily], August 4, 1958, page 6. " +
      `English translation, Parallel Reader, sentences e12–e15. ${new URL(page.url()).origin}${LEAP}#e12-e15.`,
  ].join("\n");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  await expect(page.locator("[data-citation]")).toContainText("Passage copied with its citation:");
  await expect(page.locator("[data-citation-text]")).toHaveText(expected);
});

test("the production build has no edit mode: no route, none of its code or styles", async ({ page }) => {
  // Strings that only edit mode's files hold; they are in its sources, so the search is for something real.
  const markers = ["data-edit-mode", "/api/corrections", "edit-toolbar"];
  const sources = ["EditMode.tsx", "protocol.ts", "edit-mode.css"].map((name) => readFileSync(path.join("app/_features/edit", name), "utf8")).join("\n");
  for (const marker of markers) expect(sources).toContain(marker);
  // Everything `next build` wrote that the site serves or runs (.next/dev is the development server's).
  const built = ["static", "server"].flatMap((dir) =>
    readdirSync(path.join(".next", dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name)),
  );
  expect(built.length).toBeGreaterThan(50);
  const found = built.flatMap((file) => {
    const text = readFileSync(file, "utf8");
    return markers.filter((marker) => text.includes(marker)).map((marker) => `${file}: ${marker}`);
  });
  expect(found).toEqual([]);

  expect((await page.request.get(`/api/corrections?slug=${LEAP.split("/").pop()}`)).status()).toBe(404);
  expect((await page.request.post("/api/corrections", { data: { slug: LEAP.split("/").pop(), action: "link", en: ["e1"], zh: ["z1"], expect: "" } })).status()).toBe(404);
  await page.goto(LEAP);
  await expect(page.locator("[data-reader-ready]")).toHaveCount(1);
  await page.keyboard.press("e");
  await expect(page.locator("[data-edit-toggle], [data-edit-mode]")).toHaveCount(0);
});
