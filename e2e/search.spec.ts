import type { Page } from "@playwright/test";
import { ARTICLES, bodyLines, expect, squash, test } from "./fixtures";

/*
 * Search and the concordance, answered by the server from the archive database (/api/search).
 * Expected sentences are read by hand from the files in content/: 整顿 occurs in the articles of
 * 1954-06-22 and 1956-03-29.
 */

const DESKTOP = { width: 1280, height: 900 };
const shot = (name: string) => `e2e/screenshots/${name}.png`;

async function search(page: Page, query: string, extra = "") {
  await page.goto(`/search?q=${encodeURIComponent(query)}${extra}`);
  await expect(page.locator("[data-search-status]")).toHaveText(/\d+ (result|sentence pair)/, { timeout: 15_000 });
}

/** After following a result: the sentence in the fragment is selected, with its translation, and on screen. */
async function expectLandedOnSentence(page: Page) {
  await expect(page.locator("[data-reader-ready]")).toHaveCount(1);
  const id = new URL(page.url()).hash.slice(1);
  expect(id).toMatch(/^[ez]\d+$/);
  await expect(page.locator(`#${id}`)).toHaveAttribute("data-sel", "");
  await expect(page.locator(`#${id}`)).toBeInViewport();
  await expect(page.locator(`[data-cell="${id.startsWith("e") ? "zh" : "en"}"] [data-b][data-sel]`).first()).toBeAttached();
  return id;
}

test("a Chinese term finds its sentences with their translations and lands on the highlighted sentence", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await search(page, "整顿");
  const hits = page.locator("[data-hit]");
  expect(await hits.count()).toBeGreaterThanOrEqual(2);
  for (const hit of await hits.all()) {
    await expect(hit).toHaveAttribute("data-lang", "zh");
    await expect(hit.locator('[data-side="zh"] mark').first()).toHaveText("整顿");
    expect((await hit.locator('[data-side="en"]').innerText()).length).toBeGreaterThan(10);
  }
  const dates = await hits.evaluateAll((all) => all.map((el) => el.getAttribute("data-date")));
  expect(new Set(dates)).toEqual(new Set(["1954-06-22", "1956-03-29"]));
  await page.screenshot({ path: shot("search-zh"), fullPage: true });

  await hits.filter({ hasText: "对于原有的手工业生产合作社，各地正积极进行巩固和整顿。" }).locator("a").click();
  await expect(page).toHaveURL(/\/articles\/1954-06-22-southwest-regions-strengthen-education#z\d+$/);
  const id = await expectLandedOnSentence(page);
  await expect(page.locator(`#${id}`)).toHaveText("对于原有的手工业生产合作社，各地正积极进行巩固和整顿。");
  await expect(page.locator('[data-cell="en"] [data-b][data-sel]').first()).toContainText("consolidating and rectifying");
});

test("a substring of a longer Chinese word is found (合作 in 合作社)", async ({ page }) => {
  await search(page, "合作");
  expect(await page.locator("[data-hit]").count()).toBeGreaterThan(5);
  await expect(page.locator('[data-hit] [data-side="zh"] mark').first()).toHaveText("合作");
});

test("an English word is found case- and stem-insensitively and lands on the sentence", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  // "Rectified" occurs nowhere; "rectifying" (same stem) does, in the 1954-06-22 article.
  await search(page, "Rectified");
  const hits = page.locator("[data-hit]");
  await expect(hits.locator('[data-side="en"] mark')).toHaveText(["rectifying"]);
  // Capitals and plurals: "COOPERATIVE" finds "cooperatives".
  await search(page, "COOPERATIVE");
  expect(await hits.count()).toBeGreaterThan(5);
  const marks = await hits.locator('[data-side="en"] mark').allInnerTexts();
  expect(marks.map((m) => m.toLowerCase())).toContain("cooperatives");
  await hits.first().locator("a").click();
  await expect(page).toHaveURL(/\/articles\/[^#]+#e\d+$/);
  await expectLandedOnSentence(page);
});

test("a compound term's concordance holds exactly the sentences that contain it (手工业合作社)", async ({ page }) => {
  // Expected from the files in content/: every Chinese sentence (split after 。！？) containing the
  // term, but not the lines of a headline repeated at the top of a body (not part of the text).
  const term = "手工业合作社";
  const sentencesWith = (lines: string[]) => lines.flatMap((line) => line.match(/[^。！？]+[。！？]?/g) ?? []).filter((s) => s.includes(term));
  const expected = ARTICLES.flatMap(({ file, zh }) => sentencesWith(bodyLines(file).zh.filter((line) => !zh.includes(line)))).sort();
  expect(expected.length).toBeGreaterThanOrEqual(5);
  await search(page, term, "&mode=concordance");
  const hits = page.locator('[data-results="concordance"] [data-hit]');
  const texts = await hits.locator('[data-side="zh"]').allInnerTexts();
  expect(sentencesWith(texts.map(squash)).sort()).toEqual(expected);
  // Sentences with the same characters apart (手工业生产合作社) are not listed.
  for (const text of texts) expect(text).toContain(term);
});

test("More results reads the next page of matches; a page still loading when the query changes is dropped", async ({ page }) => {
  // 合作社 is in 29 Chinese sentence pairs of content/ (each result holds it whole, see the concordance test).
  await search(page, "合作社");
  const hits = page.locator("[data-hit]");
  await expect(page.locator("[data-search-status]")).toHaveText("29 results");
  await expect(hits).toHaveCount(20);
  await page.locator("[data-more]").click();
  await expect(hits).toHaveCount(29);
  await expect(page.locator("[data-more]")).toHaveCount(0);

  // Hold the next page of the Chinese results, search an English word meanwhile, and only then let
  // the Chinese page arrive: it must not join the English results.
  await search(page, "合作社");
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let holding = 0;
  await page.route(/\/api\/search\?.*after=/, async (route) => {
    holding++;
    await held;
    await route.continue();
  });
  await page.locator("[data-more]").click();
  await expect.poll(() => holding).toBe(1);
  await page.locator("[data-search-input]").fill("cooperatives");
  await page.locator("[data-search-input]").press("Enter");
  await expect(page.locator("[data-search-status]")).toHaveText(/^\d+ results$/);
  await expect(hits).toHaveCount(20);
  release();
  await page.waitForLoadState("networkidle");
  await expect(hits).toHaveCount(20);
  expect(new Set(await hits.evaluateAll((all) => all.map((el) => el.getAttribute("data-lang"))))).toEqual(new Set(["en"]));
});

test("/ focuses the search box on any page, and the box searches", async ({ page }) => {
  await page.goto("/articles/1958-08-04-handicraft-industry-achieves-leap-forward");
  await expect(page.locator("[data-reader-ready]")).toHaveCount(1);
  await page.keyboard.press("/");
  await expect(page.locator("[data-search-box]")).toBeFocused();
  await page.keyboard.type("手工业");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=%E6%89%8B%E5%B7%A5%E4%B8%9A$/);
  await expect(page.locator("[data-search-status]")).toHaveText(/\d+ results?/, { timeout: 15_000 });
});

test("the concordance lists every sentence pair with the term, by date either way", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await search(page, "整顿", "&mode=concordance");
  const hits = page.locator('[data-results="concordance"] [data-hit]');
  // Three Chinese sentences of 1954-06-22 and one of 1956-03-29 contain 整顿 (content/003 and 004).
  const count = await hits.count();
  expect(count).toBeGreaterThanOrEqual(2);
  for (const hit of await hits.all()) await expect(hit.locator('[data-side="zh"] mark').first()).toHaveText("整顿");
  const dates = () => hits.evaluateAll((all) => all.map((el) => el.getAttribute("data-date")));
  const ascending = await dates();
  expect(ascending[0]).toBe("1954-06-22");
  expect(ascending.at(-1)).toBe("1956-03-29");
  await page.screenshot({ path: shot("concordance"), fullPage: true });

  await page.locator("[data-concordance-sort]").selectOption("newest");
  await expect(page).toHaveURL(/mode=concordance&sort=newest$/);
  await expect.poll(dates).toEqual([...ascending].reverse());
});

test("the article route asks nothing of search until search is used", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.goto("/articles/1958-08-04-handicraft-industry-achieves-leap-forward");
  await expect(page.locator("[data-reader-ready]")).toHaveCount(1);
  expect(requested.filter((url) => url.includes("/api/search"))).toEqual([]);
});

test("the browser downloads pages of results, never an index: every match once, in date order", async ({ request }) => {
  // 合作社 is in 29 Chinese sentence pairs of content/ (see More results above).
  const seen: { url: string; date: string }[] = [];
  let next: string | null = null;
  let pages = 0;
  do {
    const response = await request.get(`/api/search?q=${encodeURIComponent("合作社")}&sort=oldest${next ? `&after=${next}` : ""}`);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    const body = (await response.json()) as { hits: { url: string; date: string; zh: string }[]; next: string | null; count?: { count: number } };
    if (pages === 0) expect(body.count).toEqual({ count: 29, capped: false });
    for (const hit of body.hits) expect(hit.zh).toContain("合作社");
    seen.push(...body.hits);
    next = body.next;
    pages++;
  } while (next !== null && pages < 10);
  expect(pages).toBe(2);
  expect(new Set(seen.map((hit) => hit.url)).size).toBe(29);
  const dates = seen.map((hit) => hit.date);
  expect(dates).toEqual([...dates].sort());
});
