import type { Page } from "@playwright/test";
import { ARTICLES, bodyLines, expect, layoutShift, squash, test } from "./fixtures";

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const shot = (name: string) => `e2e/screenshots/${name}.png`;

/** Opens the index and returns the article pages' paths in the order listed. */
async function articleHrefs(page: Page): Promise<string[]> {
  await page.goto("/");
  return page.locator("ol > li a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}


test.describe("index", () => {
  test("lists all five articles newest first, in both languages", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const items = page.locator("ol > li");
    await expect(items).toHaveCount(ARTICLES.length);

    for (const [i, expected] of ARTICLES.entries()) {
      const item = items.nth(i);
      await expect(item.locator('[lang="en"]')).toHaveText(expected.en);
      const zh = item.locator('a [lang="zh-Hans"]');
      expect(squash(await zh.innerText())).toBe(expected.zh);
      await expect(item.locator("time")).toHaveAttribute("datetime", expected.date);
      await expect(item.locator("time")).toHaveText(expected.enDate);
      await expect(item.locator('p [lang="zh-Hans"]')).toHaveText(expected.page);
    }
    expect(await layoutShift(page)).toBe(0);
    await page.screenshot({ path: shot("index-desktop"), fullPage: true });
  });

  test("links each article to its page", async ({ page }) => {
    // Five article pages, each possibly its first render: 5 s alone, but 36.7 s once in a CI run,
    // and once past 60 s when the listing and its full-page screenshot were in the same test.
    test.setTimeout(60_000);
    await page.setViewportSize(DESKTOP);
    const hrefs = await articleHrefs(page);
    expect(hrefs).toHaveLength(ARTICLES.length);
    for (const [i, href] of hrefs.entries()) {
      expect(href).toMatch(new RegExp(`^/articles/${ARTICLES[i].date}-[a-z0-9-]+$`));
      await page.locator(`ol > li a[href="${href}"]`).click();
      await expect(page).toHaveURL(href);
      await expect(page.locator('h1 [lang="en"]')).toHaveText(ARTICLES[i].en);
      await page.goBack();
    }
  });

  test("reads at phone width and in dark mode", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.setViewportSize(PHONE);
    await page.goto("/");
    await expect(page.locator("ol > li")).toHaveCount(ARTICLES.length);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe("rgb(21, 20, 19)");
    await page.screenshot({ path: shot("index-phone-dark"), fullPage: true });
  });
});

test.describe("article pages", () => {
  for (const [i, expected] of ARTICLES.entries()) {
    test(`${expected.date}: every paragraph of both languages, in rows, with lang attributes`, async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      const href = (await articleHrefs(page))[i];
      await page.goto(href);

      await expect(page.locator('h1 [lang="en"]')).toHaveText(expected.en);
      expect(squash(await page.locator('h1 [lang="zh-Hans"]').innerText())).toBe(expected.zh);
      await expect(page.locator(`article > header time[datetime="${expected.date}"]`)).toHaveCount(2);
      await expect(page.locator("article > header")).toContainText(expected.page);

      const enCells = page.locator('.row > [data-cell="en"]');
      const zhCells = page.locator('.row > [data-cell="zh"]');
      const rowCount = await page.locator(".row").count();
      await expect(enCells).toHaveCount(rowCount);
      await expect(zhCells).toHaveCount(rowCount);
      for (const cell of await enCells.all()) await expect(cell).toHaveAttribute("lang", "en");
      for (const cell of await zhCells.all()) await expect(cell).toHaveAttribute("lang", "zh-Hans");
      await expect(enCells.locator("p")).toHaveCount(expected.enParagraphs);
      await expect(zhCells.locator("p")).toHaveCount(expected.zhParagraphs);

      // Side by side each bead is a line of its own, so the rendered text breaks between Chinese
      // sentences; spaces next to Chinese characters are ignored on both sides of the comparison.
      const hanSpaces = (t: string) => t.replace(/(?<=[\p{Script=Han}\p{P}])\s+(?=[\p{Script=Han}\p{P}\d])/gu, "");
      const text = hanSpaces(squash(await page.locator("article").innerText()));
      const lines = bodyLines(expected.file);
      for (const line of [...lines.en, ...lines.zh]) expect(text).toContain(hanSpaces(line));

      expect(await layoutShift(page)).toBe(0);
    });
  }

  test("desktop: English left of Chinese, first lines on one baseline", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    for (const href of await articleHrefs(page)) {
      await page.goto(href);
      const rows = await page.locator(".row").evaluateAll((rows) =>
        rows.map((row) => {
          const [en, zh] = [row.children[0], row.children[1]] as HTMLElement[];
          // A zero-height inline-block sits on the baseline: its top is the first line's baseline.
          const baseline = (cell: HTMLElement) => {
            const first = cell.querySelector("p");
            if (!first) return null;
            const probe = document.createElement("span");
            probe.style.cssText = "display:inline-block;width:0;height:0;vertical-align:baseline";
            first.prepend(probe);
            const y = probe.getBoundingClientRect().top;
            probe.remove();
            return y;
          };
          const box = (cell: HTMLElement) => cell.getBoundingClientRect();
          return {
            en: { left: box(en).left, right: box(en).right, top: box(en).top, baseline: baseline(en) },
            zh: { left: box(zh).left, right: box(zh).right, top: box(zh).top, baseline: baseline(zh) },
            enSize: parseFloat(getComputedStyle(en).fontSize),
          };
        }),
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.en.right).toBeLessThan(row.zh.left);
        expect(row.zh.left).toBeGreaterThan(DESKTOP.width / 2 - 40);
        if (row.en.baseline !== null && row.zh.baseline !== null) {
          expect(Math.abs(row.en.baseline - row.zh.baseline)).toBeLessThanOrEqual(1);
          // Same row: the two cells start within a fraction of a line of each other.
          expect(Math.abs(row.en.top - row.zh.top)).toBeLessThan(row.enSize * 0.5);
        }
      }
    }
    await page.goto((await articleHrefs(page))[0]);
    await page.screenshot({ path: shot("article-desktop"), fullPage: true });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.screenshot({ path: shot("article-desktop-dark"), fullPage: true });
  });

  test("phone: each row stacks English, then Chinese", async ({ page }) => {
    await page.setViewportSize(PHONE);
    for (const href of await articleHrefs(page)) {
      await page.goto(href);
      const rows = await page.locator(".row").evaluateAll((rows) =>
        rows.map((row) => {
          const [en, zh] = [row.children[0], row.children[1]].map((cell) => cell.getBoundingClientRect());
          return { en: { left: en.left, bottom: en.bottom, width: en.width }, zh: { left: zh.left, top: zh.top, width: zh.width } };
        }),
      );
      for (const row of rows) {
        expect(row.zh.top).toBeGreaterThanOrEqual(row.en.bottom);
        expect(Math.abs(row.en.left - row.zh.left)).toBeLessThanOrEqual(1);
        expect(row.en.width).toBeGreaterThan(PHONE.width * 0.8);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await page.goto((await articleHrefs(page))[0]);
    await page.screenshot({ path: shot("article-phone"), fullPage: true });
  });
});

test("an unknown article is a 404 page", async ({ page, consoleErrors }) => {
  // The browser itself logs the failed document request; that is the expected outcome here.
  consoleErrors.allow.push(/status of 404/);
  const response = await page.goto("/articles/1900-01-01-no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toContainText("Page not found");
  await expect(page.locator('a[href="/"]').last()).toBeVisible();
});
