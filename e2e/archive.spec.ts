import type { Page } from "@playwright/test";
import { ARTICLES, expect, test } from "./fixtures";

/*
 * Issue 9: source and citation, sentence links, browsing by date. Expected values are written
 * by hand from the files in content/ and the README's citation format.
 */

const DESKTOP = { width: 1280, height: 900 };
const LEAP = "/articles/1958-08-04-handicraft-industry-achieves-leap-forward";
const CANONICAL = "http://localhost:3000"; // site.config.ts; SITE_URL is not set in the tests
const EN_B = "The level of mechanization in many cooperatives has been greatly improved.";
const shot = (name: string) => `e2e/screenshots/${name}.png`;

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("[data-reader-ready]")).toHaveCount(1);
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe("source and citation", () => {
  test("the article names its paper, date and page, and marks the English as a translation", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await open(page, LEAP);
    await expect(page.locator("[data-source]")).toHaveText("人民日报 (People's Daily), August 4, 1958, 第6版. English translation.");
  });

  test("Cite copies the article's citation, Chicago style", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.setViewportSize(DESKTOP);
    await open(page, LEAP);
    await page.locator('[data-cite="article"]').click();
    const expected =
      "“上半年手工业飞跃发展 产值比去年同期增加四成” [Handicraft Industry Achieves Leap Forward in the First Half of the Year; " +
      "Output Value Increases by 40% Compared to the Same Period Last Year]. 人民日报 [People's Daily], August 4, 1958, page 6. " +
      `English translation, Parallel Reader. ${new URL(page.url()).origin}${LEAP}.`;
    await expect(page.locator("[data-citation-text]")).toHaveText(expected);
    expect(await clipboard(page)).toBe(expected);
    await expect(page.locator("[data-citation]")).toContainText("Citation copied");
    await page.screenshot({ path: shot("cite-article") });
    await page.keyboard.press("Escape");
    await expect(page.locator("[data-citation]")).toHaveCount(0);
  });

  test("Cite in the passage bar copies the passage in both languages with its sentence link", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.setViewportSize(DESKTOP);
    await open(page, LEAP);
    await page.locator('[data-cell="en"] [data-b]', { hasText: EN_B }).click();
    await expect(page).toHaveURL(/#e\d+-e\d+$/);
    const fragment = new URL(page.url()).hash.slice(1);
    await page.locator('[data-cite="passage"]').click();
    const text = await clipboard(page);
    const [quotes, citation] = text.split("\n\n");
    expect(quotes.split("\n")).toEqual([
      expect.stringMatching(/^“These great achievements in production by handicraft cooperatives .* The level of mechanization in many cooperatives has been greatly improved\.”$/),
      expect.stringMatching(/^“各地手工业合作社生产上的这些巨大成就.*。”$/),
    ]);
    expect(citation).toBe(
      "“上半年手工业飞跃发展 产值比去年同期增加四成” [Handicraft Industry Achieves Leap Forward in the First Half of the Year; " +
        "Output Value Increases by 40% Compared to the Same Period Last Year]. 人民日报 [People's Daily], August 4, 1958, page 6. " +
        `English translation, Parallel Reader, sentences ${fragment.replace("-", "–")}. ${new URL(page.url()).origin}${LEAP}#${fragment}.`,
    );
    await page.screenshot({ path: shot("cite-passage") });
  });

  test("reference managers and link previews find Highwire, JSON-LD and Open Graph metadata", async ({ page }) => {
    await page.goto(LEAP);
    const meta = (name: string) => page.locator(`meta[name="${name}"], meta[property="${name}"]`).first().getAttribute("content");
    expect(await meta("citation_title")).toBe(ARTICLES[0].en);
    expect(await meta("citation_publication_date")).toBe("1958/08/04");
    // A newspaper article to Zotero (issue 19, item 17): DC.type and PRISM, no citation_journal_title.
    expect(await meta("DC.type")).toBe("newsItem");
    expect(await meta("prism.publicationName")).toBe("People's Daily (人民日报)");
    expect(await meta("prism.startingPage")).toBe("6");
    expect(await page.locator('meta[name="citation_journal_title"]').count()).toBe(0);
    expect(await meta("citation_firstpage")).toBe("6");
    expect(await meta("citation_public_url")).toBe(`${CANONICAL}${LEAP}`);
    // Item 19: the site's image, one of the four properties Open Graph requires, served as a PNG.
    const image = await meta("og:image");
    expect(image).toMatch(new RegExp(`^${CANONICAL}/opengraph-image\\.png`));
    const png = await page.request.get(new URL(image!).pathname + new URL(image!).search);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    expect(await meta("og:image:width")).toBe("1200");
    expect(await meta("og:type")).toBe("article");
    expect(await meta("og:title")).toBe(ARTICLES[0].en);
    expect(await meta("article:published_time")).toBe("1958-08-04");
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "null");
    expect(ld).toMatchObject({
      "@type": "NewsArticle",
      headline: ARTICLES[0].en,
      datePublished: "1958-08-04",
      translationOfWork: {
        "@type": "NewsArticle",
        headline: ARTICLES[0].zh,
        inLanguage: "zh-Hans",
        isPartOf: { name: "人民日报", alternateName: "People's Daily" },
        publisher: { name: "人民日报" },
        pagination: "第6版",
      },
    });
  });
});

test.describe("sentence links", () => {
  test("a link naming sentences selects the beads that hold them; the bar shows the sentence range", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    const alignment = (await (await page.request.get(`${LEAP}/alignment.json`)).json()) as { beads: { en: string[]; zh: string[] }[] };
    // English sentences 2 to 5, wherever the aligner put them.
    const holding = alignment.beads.filter((b) => b.en.some((id) => ["e2", "e3", "e4", "e5"].includes(id)));
    await open(page, `${LEAP}#e2-e5`);
    const selected = await page.locator("[data-b][data-sel]").evaluateAll((all) => all.map((el) => el.id));
    expect(selected.sort()).toEqual(holding.flatMap((b) => [...b.en, ...b.zh]).sort());
    await expect(page.getByRole("group", { name: "Selected passage" })).toContainText("e2–e5");
    await expect(page.locator("#e2")).toBeInViewport();
  });
});

test.describe("browsing", () => {
  test("the index shows a timeline with counts per month; a month page lists its articles, filters and sorts", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto("/");
    const cell = (month: string) => page.locator(`[data-timeline] a[data-month="${month}"]`);
    await expect(page.locator("[data-timeline] tbody tr")).toHaveCount(4); // 1958, 1957, 1956, 1954
    await expect(cell("1954-06")).toHaveText("2");
    await expect(cell("1958-08")).toHaveText("1");
    await expect(page.locator('[data-timeline] tr[data-year="1954"] td').last()).toHaveText("2");
    await page.screenshot({ path: shot("index-timeline"), fullPage: true });

    await cell("1954-06").click();
    await expect(page).toHaveURL(/\/archive\/1954\/06$/);
    await expect(page.locator("h1")).toContainText("June 1954");
    const items = page.locator("[data-article-list] > li");
    const order = () => items.locator("time").evaluateAll((all) => all.map((el) => el.getAttribute("datetime")));
    expect(await order()).toEqual(["1954-06-30", "1954-06-22"]);

    // A choice loads the list the server filters and orders, from the address.
    await page.locator("[data-sort]").selectOption("oldest");
    await expect(page).toHaveURL(/\/archive\/1954\/06\?sort=oldest$/);
    await expect.poll(order).toEqual(["1954-06-22", "1954-06-30"]);
    await page.reload();
    await expect.poll(order).toEqual(["1954-06-22", "1954-06-30"]);

    // Both June 1954 articles are on page 2.
    await page.locator('[data-filter="page"]').selectOption("2");
    await expect(page).toHaveURL(/\?page=2&sort=oldest$/);
    await expect(page.locator("[data-shown]")).toHaveText("2 shown");
    await page.screenshot({ path: shot("month-page"), fullPage: true });

    // Previous and next keep the filter (issue 21): no newer month has page-2 articles.
    await expect(page.locator('nav[aria-label="Months"] a[rel="next"]')).toHaveCount(0);
    await page.locator('[data-filter="page"]').selectOption("");
    await expect(page).toHaveURL(/\/archive\/1954\/06\?sort=oldest$/);
    await page.locator('nav[aria-label="Months"] a[rel="next"]').click();
    await expect(page).toHaveURL(/\/archive\/1956\/03$/);
    await expect(items).toHaveCount(1);
  });

  test("the index filters the timeline by page across the archive, and a month keeps the filter", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto("/");
    const cell = (month: string) => page.locator(`[data-timeline] a[data-month="${month}"]`);
    const facets = page.waitForResponse((response) => response.url().endsWith("/archive/counts.json?page=2"));

    // Both June 1954 articles are on page 2, no other article is.
    await page.locator('[data-timeline-filters] [data-filter="page"]').selectOption("2");
    expect((await facets).ok()).toBe(true);
    await expect(page.locator("[data-filter-summary]")).toHaveText("2 articles");
    await expect(page).toHaveURL(/\/\?page=2$/);
    await expect(cell("1954-06")).toHaveText("2");
    await expect(cell("1954-06")).toHaveAttribute("href", "/archive/1954/06?page=2");
    await expect(cell("1958-08")).toHaveText("·");
    await expect(cell("1958-08")).not.toHaveAttribute("href");
    await expect(page.locator('[data-timeline] tr[data-year="1958"] td').last()).toHaveText("0");

    // Page 6: only the August 1958 article.
    await page.locator('[data-timeline-filters] [data-filter="page"]').selectOption("6");
    await expect(cell("1958-08")).toHaveText("1");
    await expect(cell("1954-06")).toHaveText("·");

    // A linked filter is applied on load; clearing it restores the plain timeline.
    await page.goto("/?page=2");
    await expect(cell("1956-03")).toHaveText("·");
    await page.locator('[data-timeline-filters] [data-filter="page"]').selectOption("");
    await expect(cell("1956-03")).toHaveText("1");
    await expect(cell("1956-03")).toHaveAttribute("href", "/archive/1956/03");
    await expect(page).toHaveURL(/\/$/);

    // The month page opens with the same filter.
    await page.locator('[data-timeline-filters] [data-filter="page"]').selectOption("2");
    await cell("1954-06").click();
    await expect(page).toHaveURL(/\/archive\/1954\/06\?page=2$/);
    await expect(page.locator("[data-shown]")).toHaveText("2 shown");
  });

  test("a filter in the address that matches nothing it knows is ignored", async ({ page }) => {
    await page.goto("/archive/1954/06?page=9&column=%3Cscript%3E&sort=sideways");
    await expect(page.locator("[data-shown]")).toHaveText("2 shown");
    await expect(page.locator("[data-article-list] > li:visible")).toHaveCount(2);
  });

  test("months and years without articles, malformed ones and parts past the end are 404 pages", async ({ page, consoleErrors }) => {
    consoleErrors.allow.push(/status of 404/);
    for (const path of ["/archive/1954/07", "/archive/1954/13", "/archive/54/06", "/archive/1955", "/archive/54", "/archive/1954/06?p=2"]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
  });

  test("an article links the previous and next article by date", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await open(page, LEAP);
    await expect(page.locator('[data-nav="next"]')).toHaveCount(0);
    await page.locator('[data-nav="prev"]').click();
    await expect(page.locator('h1 [lang="en"]')).toHaveText(ARTICLES[1].en);
    await expect(page.locator('[data-nav="next"]')).toHaveAttribute("href", LEAP);
  });
});
