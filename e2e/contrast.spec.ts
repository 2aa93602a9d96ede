import type { Page } from "@playwright/test";
import { aaMinimum, contrastRatio, flatten, over, type Rgb, type Rgba } from "@/lib/site/contrast";
import { expect, test } from "./fixtures";

/*
 * Issue 21, AA contrast: the learners' and phone controls, light and dark, at a phone width and on
 * a desktop. Each text's colour and the backgrounds under it (its own and its ancestors', down to
 * the first opaque one) come from Chromium, read through a 1×1 canvas so any CSS colour syntax
 * (color-mix, transparent) arrives as sRGB; lib/site/contrast.ts does the arithmetic.
 */

const ARTICLE = "/articles/1956-03-29-national-urban-handicraft-transformation-work";

interface Sample {
  label: string;
  text: string;
  fg: Rgba;
  layers: Rgba[];
  size: number;
  weight: number;
  /** A line or mark, not text: WCAG 1.4.11 asks 3:1. */
  graphic?: boolean;
}

/** Every visible text under the elements of each selector, with its colour and backgrounds. */
function sample(page: Page, selectors: Record<string, string>): Promise<Sample[]> {
  return page.evaluate((selectors) => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
    const rgba = (css: string): Rgba => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = "#000";
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility === "visible";
    };
    const layersOf = (el: Element | null): Rgba[] => {
      const layers: Rgba[] = [];
      for (let at = el; at; at = at.parentElement) {
        const layer = rgba(getComputedStyle(at).backgroundColor);
        if (layer[3] > 0) layers.push(layer);
        if (layer[3] >= 1) break;
      }
      return layers;
    };
    const opacityOf = (el: Element | null) => {
      let opacity = 1;
      for (let at = el; at; at = at.parentElement) opacity *= Number(getComputedStyle(at).opacity);
      return opacity;
    };
    const out: Sample[] = [];
    for (const [label, selector] of Object.entries(selectors)) {
      for (const root of document.querySelectorAll(selector)) {
        if (!visible(root)) continue;
        const texts = [root, ...root.querySelectorAll("*")].filter(
          (el) => visible(el) && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim()),
        );
        for (const el of texts) {
          const style = getComputedStyle(el);
          const fg = rgba(style.color);
          fg[3] *= opacityOf(el);
          out.push({ label, text: (el.textContent ?? "").trim().slice(0, 30), fg, layers: layersOf(el), size: parseFloat(style.fontSize), weight: Number(style.fontWeight) });
        }
      }
    }
    // The pinyin over the words (a ::before), and the wavy line under words above the HSK level.
    const word = document.querySelector("html[data-pinyin] #reader .w");
    if (word) {
      const before = getComputedStyle(word, "::before");
      out.push({ label: "pinyin line", text: before.content, fg: rgba(before.color), layers: layersOf(word), size: parseFloat(before.fontSize), weight: Number(before.fontWeight) });
    }
    const above = document.querySelector("html[data-hsk-marks] #reader .w[data-above]");
    if (above) {
      const style = getComputedStyle(above);
      out.push({ label: "HSK mark", text: above.textContent ?? "", fg: rgba(style.color), layers: layersOf(above), size: parseFloat(style.fontSize), weight: Number(style.fontWeight) });
      out.push({ label: "HSK mark line", text: above.textContent ?? "", fg: rgba(style.textDecorationColor), layers: layersOf(above), size: 0, weight: 0, graphic: true });
    }
    return out;
  }, selectors);
}

/** Each sample's ratio against its flattened background (none opaque: the canvas, white) and AA's minimum for it. */
function ratios(samples: Sample[]) {
  const white: Rgb = [255, 255, 255];
  return samples.map((s) => {
    const background = flatten(s.layers, white);
    return { ...s, ratio: contrastRatio(over(s.fg, background), background), minimum: s.graphic ? 3 : aaMinimum(s.size, s.weight) };
  });
}

for (const theme of ["light", "dark"] as const) {
  for (const width of [390, 1280]) {
    test(`AA contrast of the learners' and phone controls, ${theme}, ${width} px`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width, height: width < 600 ? 800 : 900 });
      await page.goto("/");
      await page.evaluate((t) => localStorage.setItem("parallel-reader:settings", JSON.stringify({ theme: t })), theme);
      await page.goto(ARTICLE);
      await expect(page.locator("[data-reader-ready]")).toHaveCount(1);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      const samples: Sample[] = [];

      samples.push(...(await sample(page, { Cite: ".cite-article button", Download: ".downloads > summary" })));
      await page.locator(".downloads > summary").first().click();
      samples.push(...(await sample(page, { "download links": ".downloads[open] ul" })));
      await page.locator(".downloads > summary").first().click();

      // Learners: pinyin, lookup, marks above HSK 3; a word with a level saved from its card.
      const summary = page.locator(".reader-settings > summary");
      await summary.click();
      await page.getByRole("checkbox", { name: "Pinyin" }).check();
      await page.getByRole("checkbox", { name: "Word lookup" }).check();
      await page.locator("[data-hsk-above]").selectOption("3");
      await expect(page.locator("html")).toHaveAttribute("data-hsk-marks", "");
      await page.keyboard.press("Escape");
      samples.push(...(await sample(page, {})));
      const word = page.locator('#z2 .w[data-w="问题"]').first();
      await word.scrollIntoViewIfNeeded();
      await word.click();
      await expect(page.locator(".word-card-hsk")).toBeVisible();
      await page.locator("[data-save-word]").click();
      await expect(page.locator("[data-save-word]")).toHaveText("Saved ✓");
      samples.push(...(await sample(page, { "word card": "[data-word-card]" })));
      await page.keyboard.press("Escape");

      await summary.click();
      await expect(page.locator("[data-export-saved]")).toBeEnabled();
      samples.push(...(await sample(page, { "settings summary": ".reader-settings > summary", "settings panel": ".reader-settings-panel" })));
      await page.keyboard.press("Escape");

      // The passage bar (and on a phone the translation sheet) after a tap on an English sentence.
      await page.locator("#e4").scrollIntoViewIfNeeded();
      await page.locator("#e4").click();
      await expect(page.locator(".passage-bar")).toBeVisible();
      samples.push(...(await sample(page, { "passage bar": ".passage-bar", translation: ".popover:not([hidden])" })));

      const labels = new Set(samples.map((s) => s.label));
      for (const label of ["Cite", "Download", "download links", "pinyin line", "HSK mark", "word card", "settings panel", "passage bar"]) {
        expect(labels, label).toContain(label);
      }
      expect(samples.some((s) => s.label === "word card" && /^HSK \d$/.test(s.text))).toBe(true);
      const measured = ratios(samples);
      const lowest = measured.reduce((a, b) => (b.ratio / b.minimum < a.ratio / a.minimum ? b : a));
      console.log(`AA contrast ${theme} ${width} px: ${measured.length} texts, lowest ${lowest.ratio.toFixed(2)}:1 (${lowest.label} "${lowest.text}", needs ${lowest.minimum})`);
      expect(measured.filter((s) => s.ratio + 1e-9 < s.minimum).map((s) => `${s.label} "${s.text}" ${s.ratio.toFixed(2)} < ${s.minimum}`)).toEqual([]);
    });
  }
}
