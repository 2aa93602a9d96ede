import type { Page } from "@playwright/test";
import { parseTsv } from "@/lib/export/tsv";
import { expect, test } from "./fixtures";

/*
 * The translator's concordance (issue 18). Expected sentences and renderings are read by hand from
 * the files in content/: 整顿 stands in four Chinese sentences, rendered "rectifying" once (1954-06-22,
 * "consolidating and rectifying them") and "rectification" three times.
 */

const DESKTOP = { width: 1280, height: 900 };

async function concordance(page: Page, query: string, extra = "") {
  await page.goto(`/search?q=${encodeURIComponent(query)}&mode=concordance${extra}`);
  await expect(page.locator("[data-search-status]")).toHaveText(/\d+ sentence pairs?/, { timeout: 15_000 });
}

const hits = (page: Page) => page.locator('[data-results="concordance"] [data-hit]');

test("a phrase in quotes lists only the pairs holding the phrase", async ({ page }) => {
  await concordance(page, '"handicraft cooperatives"');
  const phrase = await hits(page).locator('[data-side="en"]').allInnerTexts();
  expect(phrase.length).toBeGreaterThan(0);
  for (const text of phrase) expect(text).toMatch(/handicraft cooperatives?\b/i);
  await concordance(page, "cooperatives");
  expect(await hits(page).count()).toBeGreaterThan(phrase.length);
});

test("the rendering is marked in the counterpart, the groups add up to the total, and a group filters", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await concordance(page, "整顿");
  const all = hits(page);
  await expect(all).toHaveCount(4);
  await expect(all.first().locator("[data-rendering-mark]")).toHaveText(["rectifying"]);
  await expect(all.nth(1).locator("[data-rendering-mark]")).toHaveText(["rectification"]);
  // The term itself is marked on its own side.
  await expect(all.first().locator('[data-side="zh"] mark')).toHaveText("整顿");

  const groups = page.locator("[data-renderings] [data-group]");
  const counts = await groups.evaluateAll((els) => els.map((el) => [el.getAttribute("data-group"), Number(el.getAttribute("data-count"))] as const));
  expect(Object.fromEntries(counts)).toEqual({ rectification: 3, rectify: 1 });
  expect(counts.reduce((sum, [, n]) => sum + n, 0)).toBe(await all.count());

  await groups.filter({ hasText: "rectification" }).click();
  await expect(page).toHaveURL(/[?&]r=rectification/);
  await expect(all).toHaveCount(3);
  for (const hit of await all.all()) await expect(hit.locator("[data-rendering-mark]").first()).toHaveText(/^rectification$/i);
  await expect(groups.filter({ hasText: "rectification" })).toHaveAttribute("aria-pressed", "true");
  await groups.filter({ hasText: "rectification" }).click();
  await expect(all).toHaveCount(4);
});

test("the chart's table matches the counts, per year and per rendering", async ({ page }) => {
  await concordance(page, "整顿");
  await expect(page.locator("[data-chart] svg[role=img]")).toHaveAttribute("aria-label", /4 matches/);
  const table = await page.locator("[data-chart-table]").evaluate((el) => {
    const t = el as HTMLTableElement;
    const head = [...t.tHead!.rows[0].cells].map((c) => c.textContent);
    const rows = [...t.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent));
    return { head, rows };
  });
  expect(table.head).toEqual(["Year", "rectification", "rectify", "Total"]);
  // By hand from content/: three in 1954 (two "rectification", one "rectifying"), one in 1956.
  expect(table.rows).toEqual([
    ["1954", "2", "1", "3"],
    ["1956", "1", "0", "1"],
  ]);
  const dates = await hits(page).evaluateAll((els) => els.map((el) => el.getAttribute("data-date")!.slice(0, 4)));
  expect(dates.filter((y) => y === "1954")).toHaveLength(3);
  // The bars: one rect per non-zero cell.
  await expect(page.locator("[data-chart] rect")).toHaveCount(3);
});

test("the chart's year labels stay readable on a phone, and its bars stand over their years", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await concordance(page, "整顿");
  const labels = page.locator("[data-chart] svg text");
  await expect(labels.first()).toHaveText("1954");
  for (const label of await labels.all()) expect((await label.boundingBox())!.height).toBeGreaterThanOrEqual(10);
  // 1954's bar is centred over the 1954 label.
  const bar = (await page.locator('[data-chart] rect[data-year="1954"]').first().boundingBox())!;
  const label = (await labels.first().boundingBox())!;
  expect(Math.abs(bar.x + bar.width / 2 - (label.x + label.width / 2))).toBeLessThan(2);
});

test("over eighty years the chart's first and last year labels stay whole on a phone", async ({ page }) => {
  // The seed articles span three years; the summary of an archive since 1946 is made from the real
  // response, its one year repeated over 1946–2025.
  await page.route("**/api/search?*", async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    const counts = body.renderings.years[0].counts;
    body.renderings.years = Array.from({ length: 80 }, (_, i) => ({ year: 1946 + i, counts }));
    await route.fulfill({ response, json: body });
  });
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await concordance(page, "整顿");
    const svg = (await page.locator("[data-chart] svg").boundingBox())!;
    const labels = page.locator("[data-chart] svg text");
    await expect(labels.first()).toHaveText("1946");
    for (const label of await labels.all()) {
      const box = (await label.boundingBox())!;
      expect(box.x, `${await label.textContent()} at ${width} px`).toBeGreaterThanOrEqual(svg.x - 0.5);
      expect(box.x + box.width, `${await label.textContent()} at ${width} px`).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
    }
  }
});

test("an English word lists its Chinese renderings", async ({ page }) => {
  await concordance(page, "leadership");
  const all = hits(page);
  expect(await all.count()).toBeGreaterThanOrEqual(5);
  for (const hit of await all.all()) await expect(hit.locator('[data-side="zh"] [data-rendering-mark]').first()).toHaveText("领导");
  await expect(page.locator('[data-renderings] [data-group="领导"]')).toBeVisible();
});

test("year, page and column filters narrow the concordance and the address reproduces the view", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await concordance(page, "整顿");
  await page.locator('[data-filter="from"]').selectOption("1956");
  await expect(page).toHaveURL(/from=1956/);
  await expect(hits(page)).toHaveCount(1);
  await expect(hits(page).first()).toHaveAttribute("data-date", "1956-03-29");
  const address = page.url();
  await page.locator("[data-copy-link]").click();
  await expect(page.locator("[data-copy-link]")).toHaveText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
  await page.goto("/");
  await page.goto(address);
  await expect(hits(page)).toHaveCount(1);
  await expect(page.locator('[data-filter="from"]')).toHaveValue("1956");
  // 1954-06-22's article is on page 2 (content/003), 1956-03-29's on page 1 (content/004).
  await concordance(page, "整顿", "&page=2");
  await expect(hits(page)).toHaveCount(3);
});

test("Back from a result restores the loaded pages and the scroll position", async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  // 合作社 is in 29 pairs of content/: two pages of 20 in All matches.
  await page.goto(`/search?q=${encodeURIComponent("合作社")}`);
  const list = page.locator("[data-hit]");
  await expect(list).toHaveCount(20, { timeout: 15_000 });
  await page.locator("[data-more]").click();
  await expect(list).toHaveCount(29);
  const target = list.nth(25);
  await target.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(1000);
  await target.locator("a").click();
  await expect(page).toHaveURL(/\/articles\//);
  await page.goBack();
  await expect(list).toHaveCount(29);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 50);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(before + 50);
  // A reload keeps them too.
  await page.reload();
  await expect(list).toHaveCount(29);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 50);
});

test("a 300-character query is cut between characters, keeps the concordance, and says so", async ({ page }) => {
  const query = `整顿${"合作社".repeat(99)}and`;
  expect([...query]).toHaveLength(302);
  await page.goto("/search?mode=concordance");
  await page.locator("[data-search-input]").fill(query);
  await page.locator("[data-search-input]").press("Enter");
  await expect(page.locator("[data-clipped]")).toContainText("200 characters");
  await expect(page.locator('[data-mode="concordance"]')).toBeChecked();
  expect(new URL(page.url()).searchParams.get("mode")).toBe("concordance");
  // The address holds the query whole, decodable: no character cut in its escapes.
  expect(new URL(page.url()).searchParams.get("q")).toBe(query);
  await expect(page.locator("[data-no-results]")).toBeVisible();
  const response = await page.request.get(`/api/search?q=${encodeURIComponent(query)}&mode=concordance`);
  const body = (await response.json()) as { terms: { text: string }[]; clipped: number };
  expect(body.clipped).toBe(200);
  expect([...body.terms[0].text]).toHaveLength(200);
  expect(body.terms[0].text.startsWith("整顿合作社")).toBe(true);
});

test("HTML in a query is shown as text, and no results suggests what to try", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent('<img src=x onerror="window.__x=1"><b>zzqx</b>')}&mode=concordance`);
  await expect(page.locator("[data-no-results]")).toBeVisible({ timeout: 15_000 });
  await expect(page.locator("[data-no-results] li").first()).toBeVisible();
  expect(await page.locator("main img, main b").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
  await expect(page.locator("[data-search-input]")).toHaveValue('<img src=x onerror="window.__x=1"><b>zzqx</b>');
});

test("the TSV export opens with 8 columns, one row per pair, the rendering marked", async ({ page }) => {
  await concordance(page, "整顿");
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-export-tsv]").click()]);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  const rows = parseTsv(text);
  expect(rows[0]).toEqual(["date", "article", "english_id", "chinese_id", "english", "chinese", "rendering", "marked"]);
  expect(rows.slice(1)).toHaveLength(4);
  for (const row of rows) expect(row).toHaveLength(8);
  expect(rows[1]).toEqual([
    "1954-06-22",
    "1954-06-22-southwest-regions-strengthen-education",
    "e11",
    "z8",
    "For the existing handicraft production cooperatives, various places are actively consolidating and rectifying them.",
    "对于原有的手工业生产合作社，各地正积极进行巩固和整顿。",
    "rectify",
    "rectifying",
  ]);
});

test("on a phone a hit shows both sentences of the pair together", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await concordance(page, "整顿");
  for (const hit of await hits(page).all()) {
    const en = (await hit.locator('[data-side="en"]').boundingBox())!;
    const zh = (await hit.locator('[data-side="zh"]').boundingBox())!;
    expect(zh.y - (en.y + en.height)).toBeLessThan(40);
    expect(zh.y).toBeGreaterThan(en.y);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.screenshot({ path: "e2e/screenshots/concordance-320.png", fullPage: true });
});
