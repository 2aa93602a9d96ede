import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { expect, layoutShift, test } from "./fixtures";

/*
 * Issue 21: every control reachable at 320–430 px and every text size, the keyboard paths, the
 * view switch keeping the reader's place, timeline filters that list what they count, and the
 * learners' saved words. The article is the longest seed article (content/004_…).
 */

const ARTICLE = "/articles/1956-03-29-national-urban-handicraft-transformation-work";
const PHONES = [320, 360, 375, 390, 414, 430];
const SIZES = ["s", "m", "l", "xl"];
const HEIGHT = 800;

async function open(page: Page, width: number, settings: Record<string, string> = {}, query = "") {
  await page.setViewportSize({ width, height: width < 600 ? HEIGHT : 900 });
  await page.goto("/");
  await page.evaluate((s) => localStorage.setItem("parallel-reader:settings", JSON.stringify(s)), settings);
  await page.goto(`${ARTICLE}${query}`);
  await expect(page.locator("[data-reader-ready]")).toHaveCount(1);
}

async function expectInside(page: Page, selector: string, label: string) {
  const box = await page.locator(selector).boundingBox();
  const { width, height } = page.viewportSize()!;
  expect(box, label).not.toBeNull();
  expect(box!.x, `${label} left`).toBeGreaterThanOrEqual(0);
  expect(box!.y, `${label} top`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${label} right`).toBeLessThanOrEqual(width + 0.5);
  expect(box!.y + box!.height, `${label} bottom`).toBeLessThanOrEqual(height + 0.5);
}

for (const width of PHONES) {
  test(`at ${width} px the settings, word card, Cite and translation are inside the screen at every text size`, async ({ page }) => {
    test.setTimeout(60_000);
    for (const size of SIZES) {
      for (const theme of size === "xl" ? ["light", "dark"] : ["light"]) {
        await open(page, width, { size, theme });
        await page.locator(".reader-settings > summary").click();
        await expectInside(page, ".reader-settings-panel", `settings ${size} ${theme}`);
        // Every control of the panel can be reached: the last one is on screen after scrolling the sheet.
        await page.getByRole("checkbox", { name: "Word lookup" }).check();
        await expect(page.locator(".w").first()).toBeAttached();
        await page.keyboard.press("Escape");
        await expect(page.locator(".reader-settings[open]")).toHaveCount(0);
        const word = page.locator("#z3 .w").nth(2);
        await word.scrollIntoViewIfNeeded();
        await word.click();
        await expect(page.locator("[data-word-card]")).toBeVisible();
        await expectInside(page, "[data-word-card]", `word card ${size}`);
      }
    }
    // Cite (article) and the translation of a tapped sentence in the English-only view.
    await open(page, width, { size: "xl" }, "?view=en");
    await page.locator(".cite-article button").click();
    await expectInside(page, "[data-citation]", "article citation");
    await page.keyboard.press("Escape");
    const sentence = page.locator("#e4");
    await sentence.scrollIntoViewIfNeeded();
    await sentence.click();
    await expect(page.locator(".popover")).toBeVisible();
    await expectInside(page, ".popover", "translation");
    await expectInside(page, ".passage-bar", "passage bar");
    // The sheet sits above the bar, never over it.
    await expect
      .poll(async () => {
        const [sheet, bar] = await Promise.all([page.locator(".popover").boundingBox(), page.locator(".passage-bar").boundingBox()]);
        return Math.round(sheet!.y + sheet!.height) <= Math.round(bar!.y) || Math.round(sheet!.y) >= Math.round(bar!.y + bar!.height);
      })
      .toBe(true);
  });
}

test("tap targets on a phone are at least 44 × 44 px; side by side is not offered where it cannot apply", async ({ page }) => {
  for (const width of PHONES) {
    await open(page, width, {}, "?view=side-by-side");
    await page.locator("#z6").scrollIntoViewIfNeeded();
    await page.locator("#z6").click();
    await expect(page.locator(".passage-bar")).toBeVisible();
    const small = await page.evaluate(() => {
      const selectors = [
        ".cite-article button",
        "[data-search-box]",
        ".downloads > summary",
        "[data-view-option]",
        ".reader-settings > summary",
        ".passage-bar button",
        ".passage-bar a",
        "[data-nav]",
      ];
      return selectors.flatMap((selector) =>
        [...document.querySelectorAll<HTMLElement>(selector)]
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => ({ selector, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 44 || box.height < 44)
          .map(({ selector, box }) => `${selector} ${Math.round(box.width)}x${Math.round(box.height)}`),
      );
    });
    expect(small, `${width} px`).toEqual([]);
    const bar = (await page.locator(".passage-bar").boundingBox())!;
    expect(bar.x).toBeGreaterThanOrEqual(0);
    expect(bar.x + bar.width).toBeLessThanOrEqual(width);
    await expect(page.locator('[data-view-option="side-by-side"]')).toBeHidden();
    // The page is stacked, and the control says so.
    await expect(page.locator('[data-view-option="interleaved"]')).toHaveAttribute("aria-current", "true");
  }
});

test("tapping a sentence whose counterpart the passage bar would cover shows the counterpart above the bar", async ({ page }) => {
  await open(page, 390);
  // The Chinese sentence near the bottom of the screen, its English above it off screen.
  await page.locator("#z9").evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - window.innerHeight + 60));
  await page.locator("#z9").click();
  await expect(page.locator(".passage-bar")).toBeVisible();
  const seen = await page.evaluate(() => {
    const bar = document.querySelector(".passage-bar")!.getBoundingClientRect();
    const english = [...document.querySelectorAll<HTMLElement>("[data-sel]")].filter((el) => el.id.startsWith("e"));
    const onScreen = english.flatMap((el) => [...el.getClientRects()]).some((r) => r.bottom > 0 && r.top < bar.top);
    const popover = document.querySelector(".popover:not([hidden]) [data-popover-text]:not([hidden])");
    return onScreen || !!popover;
  });
  expect(seen).toBe(true);
});

/** The first sentence that starts below the sticky header: the one the reader reads next. */
const topSentence = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector<HTMLElement>("[data-sticky-header]:not([hidden])")?.getBoundingClientRect().bottom ?? 0;
    const shown = [...document.querySelectorAll<HTMLElement>("#reader [data-b]")].filter((el) => el.getClientRects().length > 0);
    return shown.find((el) => el.getBoundingClientRect().top >= header - 1)?.dataset.b;
  });

for (const width of [1440, 1024]) {
  test(`at ${width} px six view switches keep the top sentence`, async ({ page }) => {
    await open(page, width, {}, "?view=side-by-side");
    await page.locator("#e9").evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 120));
    await page.waitForTimeout(100);
    const before = await topSentence(page);
    expect(before).toBeDefined();
    for (const view of ["interleaved", "en", "zh", "side-by-side", "interleaved", "side-by-side"]) {
      await page.locator(`[data-sticky-view="${view}"]`).click();
      await expect(page.locator("html")).toHaveAttribute("data-view", view);
      expect(await topSentence(page), `after ${view}`).toBe(before);
    }
  });
}

test("keyboard: skip link, Escape closes Settings and Cite and returns focus, Tab reaches the passage bar, × returns focus", async ({ page }) => {
  await open(page, 1024);
  await page.keyboard.press("Tab");
  await expect(page.locator(".skip-link")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  const summary = page.locator(".reader-settings > summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".reader-settings[open]")).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(page.locator(".reader-settings[open]")).toHaveCount(0);
  await expect(summary).toBeFocused();

  await page.locator("#e3").focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".passage-bar")).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.locator("[data-copy-link]")).toBeFocused();
  const cite = page.locator('.passage-bar [data-cite="passage"]');
  await cite.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("[data-citation]")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator("[data-citation]")).toHaveCount(0);
  await expect(page.locator(".passage-bar")).toBeVisible();
  await expect(cite).toBeFocused();

  await page.locator('.passage-bar button[aria-label^="Clear selection"]').click();
  await expect(page.locator(".passage-bar")).toHaveCount(0);
  await expect(page.locator("#e3")).toBeFocused();
});

test("double-clicking an English word selects the word, not the sentence: the address stays", async ({ page }) => {
  await open(page, 1024);
  const url = page.url();
  await page.locator("#e5").dblclick({ position: { x: 30, y: 8 } });
  await page.waitForTimeout(400);
  expect(page.url()).toBe(url);
  await expect(page.locator(".passage-bar")).toHaveCount(0);
  // A single click on another sentence still selects (after the double-click time, or it would
  // count as a third click; a click on the selected word is the browser's, to drag it).
  await page.waitForTimeout(600);
  await page.locator("#e6").click({ position: { x: 30, y: 8 } });
  await expect(page.locator(".passage-bar")).toBeVisible();
  expect(await layoutShift(page)).toBe(0);
});

test("timeline filters list exactly the articles they count, and month pages keep the filter", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/");
  const select = page.locator("[data-timeline-filters] select").first();
  const value = await select.locator("option").nth(1).getAttribute("value");
  await select.selectOption(value!);
  await page.waitForURL(/\?page=/);
  await expect(page.locator("[data-filter-summary]")).toHaveText(/\d+ articles?/);
  const counted = Number((await page.locator("[data-filter-summary]").textContent())!.match(/\d+/)![0]);
  await expect(page.locator("#filtered-list > li")).toHaveCount(counted);
  const cells = await page.locator("#timeline a[data-month]").allTextContents();
  expect(cells.filter((n) => /^\d+$/.test(n)).reduce((sum, n) => sum + Number(n), 0)).toBe(counted);
  for (const li of await page.locator("#filtered-list > li").all()) await expect(li).toHaveAttribute("data-page", value!);

  // A month page from the filtered timeline keeps the filter on its strip and its neighbours.
  const month = page.locator("#timeline a[data-month]:not([data-filtered-out])").first();
  await month.click();
  await expect(page).toHaveURL(new RegExp(`\\?page=${value}$`));
  for (const link of await page.locator("[data-timeline] a[data-month], nav[aria-label='Months'] a").all()) {
    await expect(link).toHaveAttribute("href", new RegExp(`\\?page=${value}$`));
  }
});

test("pinyin is read in context: 了 le, 地 de after an adverb, tone marks in the card", async ({ page }) => {
  await open(page, 1024);
  await page.locator(".reader-settings > summary").click();
  await page.getByRole("checkbox", { name: "Pinyin" }).check();
  await expect(page.locator("#z2 .w").first()).toBeAttached();
  const readings = await page.locator("#reader .w").evaluateAll((spans) => spans.map((s) => [s.getAttribute("data-w"), s.getAttribute("data-py")]));
  const of = (word: string) => readings.filter(([w]) => w === word).map(([, py]) => py);
  expect(of("了").length).toBeGreaterThanOrEqual(4);
  expect(new Set(of("了"))).toEqual(new Set(["le"]));
  expect(of("地")).toContain("de");
  expect(readings.filter(([, py]) => /\d/.test(py ?? ""))).toEqual([]);
});

test("saved words: saved from the card, exported as Anki TSV, re-imported after the list is cleared", async ({ page }) => {
  await open(page, 390);
  await page.locator(".reader-settings > summary").click();
  await page.getByRole("checkbox", { name: "Word lookup" }).check();
  await page.keyboard.press("Escape");
  const word = page.locator('#z2 .w[data-w="研究"]');
  await word.scrollIntoViewIfNeeded();
  await word.click();
  await page.locator("[data-save-word]").click();
  await expect(page.locator("[data-save-word]")).toHaveText("Saved ✓");
  // Speech: the control exists only where the browser has a Chinese voice.
  const voices = await page.evaluate(() => speechSynthesis.getVoices().filter((v) => /^zh|^cmn/i.test(v.lang)).length);
  await expect(page.locator("[data-read-aloud]")).toHaveCount(voices > 0 ? 1 : 0);

  await page.locator(".reader-settings > summary").click();
  await expect(page.locator("[data-saved-words]")).toContainText("Saved words: 1");
  const download = page.waitForEvent("download");
  await page.locator("[data-export-saved]").click();
  const file = await (await download).path();
  const tsv = readFileSync(file, "utf8");
  const rows = tsv.split("\n").filter((line) => line && !line.startsWith("#"));
  expect(rows).toHaveLength(1);
  const [w, py, senses, sentence, translation] = rows[0].split("\t");
  expect([w, py]).toEqual(["研究", "yán jiū"]);
  expect(senses).toContain("research");
  expect(sentence).toBe((await page.locator("#z2").textContent())!.trim());
  expect(translation).toBe((await page.locator("#e2").textContent())!.trim());

  await page.evaluate(() => localStorage.removeItem("parallel-reader:saved-words"));
  await page.reload();
  await expect(page.locator("[data-reader-ready]")).toHaveCount(1);
  await page.locator(".reader-settings > summary").click();
  await expect(page.locator("[data-saved-words]")).toContainText("Saved words: 0");
  await page.locator("[data-import-saved]").setInputFiles({ name: "saved-words.tsv", mimeType: "text/tab-separated-values", buffer: Buffer.from(tsv) });
  await expect(page.locator("[data-saved-message]")).toHaveText("1 word imported");
  await expect(page.locator("[data-saved-words]")).toContainText("Saved words: 1");
  // A broken file is named with its line.
  await page.locator("[data-import-saved]").setInputFiles({ name: "bad.tsv", mimeType: "text/plain", buffer: Buffer.from("研究\tyán jiū\n") });
  await expect(page.locator("[data-saved-message]")).toHaveText(/bad\.tsv, line 1: expected 5 tab-separated fields/);
});

test("the article's first-load JavaScript is at most 120 kB gzip", async ({ request }) => {
  // The scripts the article's HTML loads (the noModule fallback aside), each gzipped at zlib's
  // default level: what scripts/measure-article-js.ts reports.
  const html = await (await request.get(ARTICLE)).text();
  const srcs = [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="(\/_next\/[^"]+\.js)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0])).map((m) => m[1]))];
  expect(srcs.length).toBeGreaterThan(2);
  let gzip = 0;
  for (const src of srcs) gzip += gzipSync(await (await request.get(src)).body()).length;
  console.log(`article first-load JS: ${srcs.length} scripts, ${(gzip / 1024).toFixed(1)} kB gzip`);
  expect(gzip / 1024).toBeLessThanOrEqual(120);
});

for (const width of PHONES) {
  test(`at ${width} px the article loads without shifting or console errors, and the learners' code comes only on first use`, async ({ page }) => {
    const scripts: { url: string; body: Promise<string> }[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push({ url: response.url(), body: response.text() });
    });
    await open(page, width, { size: "xl" });
    expect(await layoutShift(page)).toBe(0);
    // words-dom.ts (its card's HSK badge class is in no other module) is not among the page's scripts...
    const hasWordsLayer = async () => (await Promise.all(scripts.map((s) => s.body.catch(() => "")))).some((body) => body.includes("word-card-hsk"));
    expect(scripts.length).toBeGreaterThan(0);
    expect(await hasWordsLayer()).toBe(false);
    // ...until the reader asks for word lookup.
    await page.locator(".reader-settings > summary").click();
    await page.getByRole("checkbox", { name: "Word lookup" }).check();
    await expect(page.locator("#reader .w").first()).toBeAttached();
    await expect.poll(hasWordsLayer).toBe(true);
    // Console errors fail the test (fixtures.ts).
  });
}
