import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/* The slim sticky header of an article, and paragraph numbers in the margin. */

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const LONGEST = "/articles/1956-03-29-national-urban-handicraft-transformation-work";
const TITLE = "National Urban Handicraft Transformation Work Symposium";

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("[data-reader-ready]")).toHaveCount(1);
}

const sticky = (page: Page) => page.locator("[data-sticky-header]");
/** Where a sentence is in the document (not the window): it must not move when the bar appears. */
const documentTop = (page: Page, id: string) => page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

test.describe("sticky header", () => {
  for (const viewport of [DESKTOP, PHONE]) {
    test(`appears once the title has scrolled away, without moving the text, at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await open(page, LONGEST);
      await expect(sticky(page)).not.toBeVisible();
      const before = await documentTop(page, "e10");

      await page.locator("#e10").scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 200));
      await expect(sticky(page)).toBeVisible();
      await expect(sticky(page)).toContainText(TITLE);
      expect(await documentTop(page, "e10")).toBe(before);
      // One slim line across the window, nothing beyond its edges.
      const box = (await sticky(page).boundingBox())!;
      expect(box.y).toBe(0);
      expect(box.height).toBeLessThan(60);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `e2e/screenshots/sticky-header-${viewport.width}.png` });

      // Back at the top the title is in sight and the bar goes.
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(sticky(page)).not.toBeVisible();
    });
  }

  test("its view control switches the view in place", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await open(page, LONGEST);
    await page.locator("#e12").scrollIntoViewIfNeeded();
    await expect(sticky(page)).toBeVisible();
    const views = sticky(page).getByRole("navigation", { name: "Reading mode" });

    await views.getByRole("link", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-view", "en");
    await expect(page).toHaveURL(/\?view=en$/);
    await expect(page.locator('[data-cell="zh"]').first()).toBeHidden();
    await expect(views.locator('[data-sticky-view="en"]')).toHaveCSS("border-top-color", await page.locator('.view-control [data-view-option="en"]').evaluate((el) => getComputedStyle(el).borderTopColor));
    // Still reading, not thrown back to the top.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);

    await views.getByRole("link", { name: "中文" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-view", "zh");
    await expect(page.locator('[data-cell="en"]').first()).toBeHidden();
    // The header's own control agrees.
    await expect(page.locator('.view-control [aria-current="true"]')).toHaveAttribute("data-view-option", "zh");

    // The title goes back to the top.
    await sticky(page).getByRole("button", { name: TITLE }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(sticky(page)).not.toBeVisible();
  });

  test("is not printed", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await open(page, LONGEST);
    await page.locator("#e12").scrollIntoViewIfNeeded();
    await expect(sticky(page)).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(sticky(page)).not.toBeVisible();
  });
});

test.describe("paragraph numbers", () => {
  test("a paragraph's number shows in the margin on hover and focus, and is not copied with the text", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await open(page, LONGEST);
    const row = page.locator(".row").nth(3);
    const mark = row.locator(".para-link");
    await expect(mark).toHaveAttribute("href", "#p4");
    await expect(mark).toHaveAccessibleName("Link to paragraph 4");
    const generated = () => mark.evaluate((el) => getComputedStyle(el, "::before").content);
    const shown = () => mark.evaluate((el) => ({ opacity: getComputedStyle(el).opacity, width: el.getBoundingClientRect().width }));

    await page.mouse.move(5, 5);
    expect(await generated()).not.toContain("counter(");
    const quiet = await shown();
    expect(quiet.opacity).toBe("0");

    await row.locator("[data-b]").first().hover();
    expect(await generated()).toContain("counter(paragraph)");
    const hovered = await shown();
    expect(hovered.opacity).toBe("1");
    // The number takes room beside the ¶: "¶ 4" is wider than "¶".
    expect(hovered.width).toBeGreaterThan(quiet.width + 4);

    // Keyboard: a focused sentence shows its paragraph's number too.
    await page.mouse.move(5, 5);
    await row.locator("[data-b]").first().focus();
    expect(await generated()).toContain("counter(paragraph)");
    expect((await shown()).opacity).toBe("1");

    // Copying the row copies its sentences, never the mark or the number.
    const copied = await row.evaluate((el) => {
      const selection = window.getSelection()!;
      selection.selectAllChildren(el);
      return selection.toString();
    });
    expect(copied).toContain(await row.locator("[data-b]").first().innerText());
    expect(copied).not.toContain("¶");
    expect(copied).not.toMatch(/\b4\s*$/);
  });
});
