/**
 * Measures issue 21's defects in real Chromium against a running server (BASE, default
 * http://127.0.0.1:3210): the settings panel's box at each phone width and text size, the passage
 * bar's width and whether it hides the counterpart, the smallest tap targets, the view switch's
 * top sentence, and the keyboard paths. Prints one JSON line per measurement, for before/after.
 *
 *   BASE=http://127.0.0.1:3710 npx tsx scripts/measure-phones.ts
 */
import { chromium, type Page } from "playwright";
import { chromiumLaunchOptions } from "../e2e/chromium";

const BASE = process.env.BASE ?? "http://127.0.0.1:3210";
const SLUG = process.env.SLUG ?? "1956-03-29-national-urban-handicraft-transformation-work";
const PHONES = [320, 360, 375, 390, 414, 430];
const SIZES = ["m", "l", "xl"] as const;

const out = (record: Record<string, unknown>) => console.log(JSON.stringify(record));

async function open(page: Page, width: number, size: string, query = "") {
  await page.setViewportSize({ width, height: width < 600 ? 800 : 900 });
  await page.goto(`${BASE}/`);
  await page.evaluate((s) => localStorage.setItem("parallel-reader:settings", JSON.stringify({ size: s })), size);
  await page.goto(`${BASE}/articles/${SLUG}${query}`);
  await page.waitForSelector("[data-reader-ready]");
}

async function settings(page: Page) {
  for (const width of PHONES) {
    for (const size of SIZES) {
      await open(page, width, size);
      await page.locator(".reader-settings > summary").click();
      const box = await page.locator(".reader-settings-panel").boundingBox();
      const inside = !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= width + 0.5 && box.y + box.height <= 800.5;
      out({ what: "settings", width, size, x: box && Math.round(box.x), right: box && Math.round(box.x + box.width), bottom: box && Math.round(box.y + box.height), inside });
    }
  }
}

/** Smallest side of each visible control that a finger must hit on the article page. */
async function targets(page: Page) {
  for (const width of PHONES) {
    await open(page, width, "m");
    const sizes = await page.evaluate(() => {
      const picks = [".cite-article button", "[data-search-box]", ".downloads > summary", "[data-view-option]", ".reader-settings > summary", "a.skip-link"];
      const result: Record<string, string> = {};
      for (const selector of picks) {
        const shown = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.getClientRects().length > 0);
        result[selector] = shown.map((el) => `${Math.round(el.getBoundingClientRect().width)}x${Math.round(el.getBoundingClientRect().height)}`).join(" ");
      }
      return result;
    });
    out({ what: "targets", width, ...sizes });
  }
}

async function passageBar(page: Page) {
  for (const width of PHONES) {
    await open(page, width, "m");
    const sentence = page.locator("#z9");
    await sentence.scrollIntoViewIfNeeded();
    await sentence.click();
    await page.waitForSelector(".passage-bar");
    await page.waitForTimeout(200);
    const result = await page.evaluate(() => {
      const bar = document.querySelector(".passage-bar")!.getBoundingClientRect();
      // The counterpart is seen when some of it is on screen and not under the bar, or the popover shows it.
      const counterpart = [...document.querySelectorAll<HTMLElement>("[data-sel]")].filter((el) => el.id.startsWith("e"));
      const rects = counterpart.flatMap((el) => [...el.getClientRects()]);
      const visible = rects.some((r) => r.bottom > 0 && r.top < window.innerHeight && (r.bottom <= bar.top || r.top >= bar.bottom));
      const popover = document.querySelector<HTMLElement>(".popover:not([hidden]) [data-popover-text]:not([hidden])");
      const buttons = [...document.querySelectorAll<HTMLElement>(".passage-bar button, .passage-bar a")].map((el) => {
        const r = el.getBoundingClientRect();
        return `${Math.round(r.width)}x${Math.round(r.height)}`;
      });
      const sideBySide = document.querySelector<HTMLElement>('[data-view-option="side-by-side"]');
      return {
        barLeft: Math.round(bar.left),
        barRight: Math.round(bar.right),
        fits: bar.left >= 0 && bar.right <= window.innerWidth,
        counterpartSeen: visible || !!popover,
        buttons: buttons.join(" "),
        sideBySideOffered: !!sideBySide && sideBySide.getClientRects().length > 0,
        sideBySideCurrent: sideBySide ? getComputedStyle(sideBySide).backgroundColor !== "rgba(0, 0, 0, 0)" : false,
      };
    });
    out({ what: "passage-bar", width, ...result });
  }
}

/** The first sentence that starts below the sticky header, and its bead (data-b). */
const topSentence = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector<HTMLElement>("[data-sticky-header]:not([hidden])")?.getBoundingClientRect().bottom ?? 0;
    const shown = [...document.querySelectorAll<HTMLElement>("#reader [data-b]")].filter((el) => el.getClientRects().length > 0);
    const top = shown.find((el) => el.getBoundingClientRect().top >= header - 1);
    return top ? `${top.id}/b${top.dataset.b}` : null;
  });

async function viewSwitch(page: Page) {
  for (const width of [1440, 1024]) {
    await open(page, width, "m", "?view=side-by-side");
    await page.locator("#e9").evaluate((el) => el.scrollIntoView({ block: "start", behavior: "instant" }));
    await page.waitForTimeout(100);
    const before = await topSentence(page);
    const path: string[] = [];
    for (const view of ["interleaved", "en", "zh", "side-by-side", "interleaved", "side-by-side"]) {
      await page.locator(`[data-sticky-view="${view}"]`).click();
      await page.waitForTimeout(150);
      path.push(`${view}:${await topSentence(page)}`);
    }
    out({ what: "view-switch", width, before, path: path.join(" ") });
  }
}

async function keyboard(page: Page) {
  await open(page, 1024, "m");
  await page.keyboard.press("Tab");
  const firstTab = await page.evaluate(() => `${document.activeElement?.tagName}.${document.activeElement?.className} ${document.activeElement?.textContent?.slice(0, 30)}`);
  await page.locator(".reader-settings > summary").click();
  await page.keyboard.press("Escape");
  const settingsOpen = await page.locator(".reader-settings").evaluate((el) => (el as HTMLDetailsElement).open);
  const settingsFocus = await page.evaluate(() => document.activeElement?.matches(".reader-settings > summary") ?? false);
  // Select a sentence, open the passage's Cite, press Escape.
  await page.locator("#e3").click();
  await page.locator('.passage-bar [data-cite="passage"]').click();
  await page.keyboard.press("Escape");
  const selectionKept = await page.locator(".passage-bar").count();
  const citeFocus = await page.evaluate(() => document.activeElement?.getAttribute("data-cite") ?? document.activeElement?.tagName ?? null);
  // Tabs from the selected sentence to Copy link.
  await page.locator("#e3").focus();
  let tabs = 0;
  for (; tabs < 30; tabs++) {
    if (await page.evaluate(() => document.activeElement?.hasAttribute("data-copy-link") ?? false)) break;
    await page.keyboard.press("Tab");
  }
  // Double-click an English word.
  await page.keyboard.press("Escape");
  const url = page.url();
  await page.locator("#e5").dblclick({ position: { x: 20, y: 8 } });
  await page.waitForTimeout(150);
  out({
    what: "keyboard",
    firstTab,
    escapeClosesSettings: !settingsOpen,
    settingsFocusReturned: settingsFocus,
    escapeInCiteKeepsSelection: selectionKept > 0,
    focusAfterCiteEscape: citeFocus,
    tabsToCopyLink: tabs,
    dblclickChangedUrl: page.url() !== url,
    dblclickOpenedBar: (await page.locator(".passage-bar").count()) > 0,
  });
}

async function main() {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const page = await browser.newPage();
  const only = process.argv[2];
  const steps: Record<string, (page: Page) => Promise<void>> = { settings, targets, passageBar, viewSwitch, keyboard };
  for (const [name, step] of Object.entries(steps)) if (!only || only === name) await step(page);
  await browser.close();
}

await main();
