import type { Page } from "@playwright/test";
import { parseTsv } from "@/lib/export/tsv";
import { expect, test } from "./fixtures";

/*
 * The concordance's renderings summary counted apart (lib/serve/concordance-summary.ts), run by
 * playwright.summary.config.ts against a server whose caps are 2 matches (so the seed archive's
 * compound queries take the long path a large archive takes) and whose summary worker spins 4 s
 * before each long summary (a test hook standing in for a pass over a huge archive). Each test
 * asks a query of its own: a finished summary is kept by the server.
 */

const hits = (page: Page) => page.locator('[data-results="concordance"] [data-hit]');
const pending = (page: Page) => page.locator('[data-renderings-pending="counting"]');
const groups = (page: Page) => page.locator("[data-renderings] [data-group]");

async function open(page: Page, query: string, extra = "") {
  await page.goto(`/search?q=${encodeURIComponent(query)}&mode=concordance${extra}`);
  await expect(page.locator("[data-search-status]")).toHaveText(/\d+ sentence pairs?/, { timeout: 15_000 });
}

test("a compound query shows the list first, then the renderings and the chart, whose table matches the counts", async ({ page }) => {
  await open(page, '"handicraft cooperatives"');
  // The list is there while the summary is still being counted, and the page says so.
  const listed = await hits(page).count();
  expect(listed).toBeGreaterThan(0);
  await expect(pending(page)).toHaveText("Counting matches over the whole archive…");
  await expect(page.locator("[data-summary-area]")).toHaveAttribute("aria-busy", "true");
  await expect(page.locator("[data-more]")).toHaveCount(0);

  await expect(groups(page).first()).toBeVisible({ timeout: 30_000 });
  await expect(pending(page)).toHaveCount(0);
  await expect(page.locator("[data-summary-area]")).toHaveAttribute("aria-busy", "false");
  const counts = Object.fromEntries(await groups(page).evaluateAll((els) => els.map((el) => [el.getAttribute("data-group")!, Number(el.getAttribute("data-count"))])));
  // Every pair is listed (one page): the long path counted each of them, once.
  expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBe(listed);
  const table = await page.locator("[data-chart-table]").evaluate((el) => {
    const t = el as HTMLTableElement;
    return { head: [...t.tHead!.rows[0].cells].map((c) => c.textContent!), rows: [...t.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent!)) };
  });
  const columnTotal = (i: number) => table.rows.reduce((sum, row) => sum + Number(row[i]), 0);
  const perSeries = Object.fromEntries(table.head.slice(1, -1).map((name, i) => [name, columnTotal(i + 1)]));
  expect(columnTotal(table.head.length - 1)).toBe(listed);
  // The chart's series are the groups (all of them: fewer than its colours), labelled as the groups are.
  expect(Object.values(perSeries).sort()).toEqual(Object.values(counts).sort());
  // The years of the table are the years of the listed pairs, with as many pairs each.
  const years = await hits(page).evaluateAll((els) => els.map((el) => el.getAttribute("data-date")!.slice(0, 4)));
  expect(Object.fromEntries(table.rows.map((row) => [row[0], Number(row.at(-1))]))).toEqual(
    years.reduce<Record<string, number>>((out, y) => ({ ...out, [y]: (out[y] ?? 0) + 1 }), {}),
  );
  // Kept by the server: the same view asked again brings its summary in the first response.
  const again = await (await page.request.get(`/api/search?q=${encodeURIComponent('"handicraft cooperatives"')}&mode=concordance`)).json();
  expect(again.renderingsPending).toBeUndefined();
  expect(again.renderings.total).toBe(listed);
});

test("other requests are answered while a long summary is being counted", async ({ page }) => {
  // Warm: an article's address and the search route answered once before.
  const slug = (await (await page.request.get(`/api/search?q=${encodeURIComponent("合作社")}`)).json()).hits[0].url as string;
  await page.request.get(slug.split("#")[0]);
  await open(page, "合作社 cooperative");
  await expect(pending(page)).toBeVisible();
  const started = Date.now();
  const answer = await page.request.get(slug.split("#")[0]);
  const search = await page.request.get(`/api/search?q=${encodeURIComponent("整顿")}`);
  const took = Date.now() - started;
  expect(answer.ok()).toBe(true);
  expect(((await search.json()) as { hits: unknown[] }).hits).toHaveLength(4);
  // Both answered while the summary was still counting (the worker spins 4 s), in well under its time.
  await expect(pending(page)).toBeVisible();
  expect(took).toBeLessThan(2500);
  await expect(groups(page).first()).toBeVisible({ timeout: 30_000 });
});

test("export and the view link work while counting; a group filters once counted; reload keeps the summary", async ({ page }) => {
  await open(page, '"handicraft cooperatives"', "&from=1950");
  await expect(pending(page)).toBeVisible();
  const listed = await hits(page).count();
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-export-tsv]").click()]);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(parseTsv(text).slice(1)).toHaveLength(listed);
  await expect(page.locator("[data-copy-link]")).toBeVisible();

  await expect(groups(page).first()).toBeVisible({ timeout: 30_000 });
  const first = groups(page).first();
  const [name, count] = [await first.getAttribute("data-group"), Number(await first.getAttribute("data-count"))];
  await first.click();
  await expect(page).toHaveURL(new RegExp(`[?&]r=${encodeURIComponent(name!)}`));
  await expect(hits(page)).toHaveCount(count);
  await expect(first).toHaveAttribute("aria-pressed", "true");
  // The filtered view's summary is the same one (a rendering filter does not change it): kept, at once.
  await expect(pending(page)).toHaveCount(0);

  await page.reload();
  await expect(hits(page)).toHaveCount(count);
  await expect(groups(page).first()).toBeVisible();
  await expect(pending(page)).toHaveCount(0);
});

test("a summary stopped at its deadline says how far it counted", async ({ page }) => {
  // A pass that runs past the server's deadline (20 s) cannot be waited for here: the real summary
  // is fetched and marked as the worker marks a stopped pass (lib/store/reader.ts, unit-tested).
  await page.route("**/api/search/summary?**", async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    body.renderings.stopped = { through: "1956-03-31", seconds: 20 };
    await route.fulfill({ response, json: body });
  });
  await open(page, '"supply and marketing"');
  await expect(pending(page)).toBeVisible();
  await expect(groups(page).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator("[data-summary-stopped]")).toHaveText(
    "Counting stopped after 20 s, the limit: the counts and the chart cover the matches up to March 31, 1956 only, not the later ones. The list below is complete.",
  );
});
