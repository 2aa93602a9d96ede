import { expect, test } from "./fixtures";

/*
 * The README's screenshots: the longest article at four widths, light and dark, with a sentence
 * hovered (wide) or tapped (phone). Saved to e2e/screenshots/; with UPDATE_DOCS=1 to docs/ too:
 *
 *   UPDATE_DOCS=1 npx playwright test e2e/screenshots.spec.ts
 */

const ARTICLE = "/articles/1956-03-29-national-urban-handicraft-transformation-work";
const WIDTHS = [1440, 1024, 768, 390];
const dirs = process.env.UPDATE_DOCS ? ["e2e/screenshots", "docs"] : ["e2e/screenshots"];

for (const scheme of ["light", "dark"] as const) {
  test(`screenshots at ${WIDTHS.join(", ")} px (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    for (const width of WIDTHS) {
      const phone = width < 600;
      await page.setViewportSize({ width, height: phone ? 844 : 900 });
      await page.goto(ARTICLE);
      await expect(page.locator("[data-reader-ready]")).toHaveCount(1);
      // Into the article: the second paragraph row at the top, a sentence of it hovered.
      await page.locator("#p2").evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 24));
      const sentence = page.locator("#p2 [data-cell='en'] [data-b]").nth(1);
      // A mouse click selects once the double-click time is over (reader/dom/selection.ts): wait for the bar.
      if (phone) {
        await sentence.click();
        await expect(page.locator(".passage-bar")).toBeVisible();
      } else await sentence.hover();
      await page.waitForTimeout(100);
      for (const dir of dirs) await page.screenshot({ path: `${dir}/article-${width}-${scheme}.png` });
    }
  });
}
