import { parseTsv } from "@/lib/export/tsv";
import { ARTICLES, expect, test } from "./fixtures";

/*
 * Issue 16: pages rendered on demand from the archive database and kept by the page cache; the
 * year page; a year's downloads. Expected values are read by hand from content/: two articles
 * of June 1954 (pages 2 and 2), one of March 1956, one of August 1957, one of August 1958.
 */

const shot = (name: string) => `e2e/screenshots/${name}.png`;

test("an article is rendered on its first request and served from the page cache after", async ({ request }) => {
  // The build prerenders no article; this one is asked for only here, with each of its data routes.
  const path = "/articles/1957-08-20-organize-increase-production-and-practice-economy";
  for (const url of [path, `${path}/alignment.json`, `${path}/words.json`]) {
    const first = await request.get(url);
    expect(first.status(), url).toBe(200);
    expect(first.headers()["x-nextjs-cache"], url).toMatch(/^(MISS|HIT)$/);
    const second = await request.get(url);
    expect(second.headers()["x-nextjs-cache"], url).toBe("HIT");
    expect(await second.text()).toBe(await first.text());
  }
});

test("an unknown address is a 404 each time, never kept", async ({ request }) => {
  for (let i = 0; i < 3; i++) {
    const response = await request.get("/articles/1900-01-01-never-written");
    expect(response.status()).toBe(404);
    expect(response.headers()["x-nextjs-cache"]).not.toBe("HIT");
  }
});

test("a year page lists its months with counts, links them and its neighbours, and offers the year's downloads", async ({ page }) => {
  await page.goto("/");
  await page.locator('[data-timeline] a[data-year-link]', { hasText: "1954" }).click();
  await expect(page).toHaveURL(/\/archive\/1954$/);
  await expect(page.locator("h1")).toContainText("1954");
  await expect(page.locator("[data-year-count]")).toHaveText("2 articles");
  await expect(page.locator('[data-timeline] a[data-month="1954-06"]')).toHaveText("2");
  await expect(page.locator("[data-timeline] a[data-month]")).toHaveCount(1);
  await expect(page.locator('nav[aria-label="Years"] a[rel="next"]')).toHaveAttribute("href", "/archive/1956");
  await expect(page.locator('nav[aria-label="Years"] a[rel="prev"]')).toHaveCount(0);
  await page.screenshot({ path: shot("year-page"), fullPage: true });

  const menu = page.locator('details[data-downloads="year"]');
  await menu.locator("summary").click();
  const hrefs = await menu.locator("a").evaluateAll((all) => all.map((a) => a.getAttribute("href")!));
  expect(hrefs).toEqual(["/downloads/archive-1954.tmx", "/downloads/archive-1954.tsv", "/downloads/archive-1954.txt"]);
  const tsv = await page.request.get(hrefs[1]);
  expect(tsv.headers()["content-disposition"]).toBe('attachment; filename="archive-1954.tsv"');
  const rows = parseTsv(await tsv.text());
  // The two June 1954 articles' links, newest article first, and nothing of any other year.
  const june = ARTICLES.filter((a) => a.date.startsWith("1954-06"));
  let beads = 0;
  for (const article of june) {
    const slug = rows.find((row) => row[6]?.startsWith(article.date))![6];
    beads += ((await (await page.request.get(`/articles/${slug}/alignment.json`)).json()) as { beads: unknown[] }).beads.length;
  }
  expect(rows).toHaveLength(beads + 1);
  expect(new Set(rows.slice(1).map((row) => row[6].slice(0, 10)))).toEqual(new Set(["1954-06-30", "1954-06-22"]));
  expect(rows[1][6].startsWith("1954-06-30")).toBe(true);

  await page.locator('[data-timeline] a[data-month="1954-06"]').click();
  await expect(page).toHaveURL(/\/archive\/1954\/06$/);
  await page.locator("header a", { hasText: "1954" }).click();
  await expect(page).toHaveURL(/\/archive\/1954$/);
});

test("downloads of an unknown year or format are 404s", async ({ request }) => {
  for (const path of ["/downloads/archive-1955.tsv", "/downloads/archive.pdf", "/downloads/articles/no-such.tmx", "/downloads/articles/..%2F..%2Fpackage.json"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
