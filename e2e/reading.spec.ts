import type { Page } from "@playwright/test";
import { UNCERTAIN_BELOW } from "../lib/site/article";
import { expect, layoutShift, test } from "./fixtures";

/*
 * Sentence-linked reading. Sentences are found by their text, as a reader sees them, so these
 * tests check the aligner's real output on the articles in content/ rather than our ids.
 */

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const LEAP = "/articles/1958-08-04-handicraft-industry-achieves-leap-forward";
const shot = (name: string) => `e2e/screenshots/${name}.png`;

// The last paragraph of the 1958-08-04 article: two English sentences translate one Chinese one.
const EN_A = "These great achievements in production by handicraft cooperatives";
const EN_B = "The level of mechanization in many cooperatives has been greatly improved.";
const EN_LAST = "At present, the number of machines and equipment in handicraft cooperatives";
const ZH_AB = "各地手工业合作社生产上的这些巨大成就";
const ZH_LAST = "目前全国手工业社的机器设备";

const en = (page: Page, text: string) => page.locator('[data-cell="en"] [data-b]', { hasText: text });
const zh = (page: Page, text: string) => page.locator('[data-cell="zh"] [data-b]', { hasText: text });
const highlighted = (page: Page, side: "en" | "zh") => page.locator(`[data-cell="${side}"] [data-b][data-hl]`);
const selected = (page: Page) => page.locator("[data-b][data-sel]");

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("[data-reader-ready]")).toHaveCount(1);
}

interface AlignmentFile {
  slug: string;
  alignerVersion: string;
  mode: string;
  sentences: { id: string; lang: "en" | "zh"; paragraph: number; row: string; text: string }[];
  beads: { id: string; en: string[]; zh: string[]; confidence: number; hash: string }[];
}

async function alignmentOf(page: Page, path: string): Promise<AlignmentFile> {
  const response = await page.request.get(`${path}/alignment.json`);
  expect(response.ok()).toBe(true);
  expect(response.headers()["content-type"]).toContain("application/json");
  return response.json();
}

/** The bead holding the sentence that starts with `text`, from the published alignment. */
function beadWith(alignment: AlignmentFile, text: string) {
  const sentence = alignment.sentences.find((s) => s.text.startsWith(text));
  expect(sentence, text).toBeDefined();
  return alignment.beads.find((b) => [...b.en, ...b.zh].includes(sentence!.id))!;
}

test.describe("hover links a sentence to its translation", () => {
  test("2-to-1: each English sentence lights the one Chinese sentence, and it lights both", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await open(page, LEAP);

    for (const text of [EN_A, EN_B]) {
      await en(page, text).hover();
      await expect(zh(page, ZH_AB)).toHaveAttribute("data-hl", "");
      await expect(highlighted(page, "zh")).toHaveCount(1);
      await expect(highlighted(page, "en")).toHaveCount(2);
      await expect(en(page, EN_LAST)).not.toHaveAttribute("data-hl");
    }

    await zh(page, ZH_AB).hover();
    await expect(en(page, EN_A)).toHaveAttribute("data-hl", "");
    await expect(en(page, EN_B)).toHaveAttribute("data-hl", "");
    await expect(highlighted(page, "en")).toHaveCount(2);
    await expect(highlighted(page, "zh")).toHaveCount(1);

    await zh(page, ZH_LAST).hover();
    await expect(en(page, EN_A)).not.toHaveAttribute("data-hl");
    await expect(en(page, EN_LAST)).toHaveAttribute("data-hl", "");

    // Leaving the text clears the highlight.
    await page.mouse.move(5, 5);
    await expect(page.locator("[data-b][data-hl]")).toHaveCount(0);
    await page.screenshot({ path: shot("article-hover") });
  });

  test("hovering changes no layout and never scrolls", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await open(page, LEAP);
    await en(page, EN_A).scrollIntoViewIfNeeded();
    const boxes = () => page.locator("[data-b]").evaluateAll((all) => all.map((el) => JSON.stringify(el.getBoundingClientRect())));
    const before = await boxes();
    const scrollY = await page.evaluate(() => window.scrollY);
    await en(page, EN_A).hover();
    await expect(zh(page, ZH_AB)).toHaveAttribute("data-hl", "");
    expect(await boxes()).toEqual(before);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
  });

  test("an off-screen counterpart is pointed at, not scrolled to", async ({ page }) => {
    // Interleaved on a short screen: the Chinese paragraph starts below the English one.
    await page.setViewportSize({ width: 1000, height: 260 });
    await open(page, `${LEAP}?view=interleaved`);
    const first = en(page, "Xinhua News Agency, August 3rd");
    await first.evaluate((el) => el.scrollIntoView({ block: "start" }));
    const scrollY = await page.evaluate(() => window.scrollY);
    // Precondition, so the test cannot pass vacuously: the counterpart is below the screen.
    expect(await zh(page, "据新华社3日讯").evaluate((el) => el.getBoundingClientRect().top > window.innerHeight)).toBe(true);
    await first.hover();
    const hint = page.locator(".counterpart-hint");
    await expect(hint).toBeVisible();
    await expect(hint).toHaveText("↓ Counterpart below");
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);

    // Side by side the counterpart is on screen: no hint.
    await open(page, `${LEAP}?view=side-by-side`);
    await en(page, EN_A).hover();
    await expect(zh(page, ZH_AB)).toHaveAttribute("data-hl", "");
    await expect(hint).toBeHidden();
  });

  // Issue 10: a sentence with no counterpart is marked as such, not as an uncertain link, and the
  // notes are shown by the popover (reading-aids.spec.ts) rather than a mouse-only tooltip.
  test("uncertain links and sentences with no counterpart carry distinct markers; certain ones none", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto("/");
    const hrefs = await page.locator("ol > li a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    for (const href of hrefs) {
      const alignment = await alignmentOf(page, href);
      await page.goto(href);
      const matched = (b: { en: string[]; zh: string[] }) => b.en.length > 0 && b.zh.length > 0;
      const uncertain = alignment.beads.filter((b) => matched(b) && b.confidence < UNCERTAIN_BELOW).flatMap((b) => [...b.en, ...b.zh]);
      const unmatched = alignment.beads.filter((b) => !matched(b)).flatMap((b) => [...b.en, ...b.zh]);
      const marked = await page.locator("[data-b][data-uncertain]").evaluateAll((all) => all.map((el) => el.id));
      expect(marked.sort()).toEqual(uncertain.sort());
      const alone = await page.locator("[data-b][data-unmatched]").evaluateAll((all) => all.map((el) => el.id));
      expect(alone.sort()).toEqual(unmatched.sort());
      for (const id of uncertain) await expect(page.locator(`#${id}`)).toHaveAttribute("aria-describedby", /note-uncertain/);
      for (const id of unmatched) await expect(page.locator(`#${id}`)).toHaveAttribute("aria-describedby", /note-unmatched/);
      await expect(page.locator("[data-b][title]")).toHaveCount(0);
    }
  });
});

test.describe("passage links", () => {
  test("click selects a bead, naming its sentences in the URL, without jumping; shift-click extends; copy link copies it", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.setViewportSize(DESKTOP);
    await open(page, LEAP);
    const alignment = await alignmentOf(page, LEAP);
    const ab = beadWith(alignment, EN_A);
    const last = beadWith(alignment, EN_LAST);

    await en(page, EN_B).scrollIntoViewIfNeeded();
    const scrollY = await page.evaluate(() => window.scrollY);
    await en(page, EN_B).click();
    // The link names the clicked language's sentences, not the bead: #e13-e14.
    await expect(page).toHaveURL(new RegExp(`${LEAP}#${ab.en[0]}-${ab.en.at(-1)}$`));
    await expect(selected(page)).toHaveCount(3);
    await expect(zh(page, ZH_AB)).toHaveAttribute("data-sel", "");
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);

    await en(page, EN_LAST).click({ modifiers: ["Shift"] });
    await expect(page).toHaveURL(new RegExp(`${LEAP}#${ab.en[0]}-${last.en.at(-1)}$`));
    await expect(selected(page)).toHaveCount(5);
    // Shift-click must not have left a text selection behind.
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? "")).toBe("");

    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await expect(page.locator("[data-reader-status]")).toHaveText("Link copied");

    await page.keyboard.press("Escape");
    await expect(selected(page)).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`${LEAP}$`));
    await expect(page.getByRole("button", { name: "Copy link" })).toHaveCount(0);
  });

  test("a deep link in a fresh page scrolls the passage into view and highlights both sides", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    const alignment = await alignmentOf(page, LEAP);
    const ab = beadWith(alignment, EN_A);
    await open(page, `${LEAP}#${ab.id}`);
    for (const sentence of [en(page, EN_A), en(page, EN_B), zh(page, ZH_AB)]) {
      await expect(sentence).toHaveAttribute("data-sel", "");
      await expect(sentence).toBeInViewport();
    }
    await expect(selected(page)).toHaveCount(3);
    await expect(page.getByRole("group", { name: "Selected passage" })).toContainText(ab.id);
  });

  test("a range link highlights the whole range", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    const alignment = await alignmentOf(page, LEAP);
    const [from, to] = [alignment.beads[3], alignment.beads[7]];
    await open(page, `${LEAP}#${to.id}-${from.id}`);
    const ids = alignment.beads.slice(3, 8).flatMap((b) => [...b.en, ...b.zh]);
    const sel = await selected(page).evaluateAll((all) => all.map((el) => el.id));
    expect(sel.sort()).toEqual(ids.sort());
    await expect(page.locator(`#${from.en[0]}`)).toBeInViewport();
    await expect(page).toHaveURL(new RegExp(`#${to.id}-${from.id}$`));
  });

  test("sentence and paragraph links resolve to their beads; junk is ignored", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    const alignment = await alignmentOf(page, LEAP);
    const ab = beadWith(alignment, EN_A);
    const zhId = ab.zh[0];
    await open(page, `${LEAP}#${zhId}`);
    await expect(en(page, EN_A)).toHaveAttribute("data-sel", "");
    await expect(selected(page)).toHaveCount(3);

    const lastRow = alignment.sentences.find((s) => s.text.startsWith(EN_A))!.row;
    const inRow = alignment.sentences.filter((s) => s.row === lastRow).map((s) => s.id);
    await open(page, `${LEAP}#${lastRow}`);
    const sel = await selected(page).evaluateAll((all) => all.map((el) => el.id));
    expect(sel.sort()).toEqual(inRow.sort());

    for (const junk of ["#s0", "#s99999", "#s1-s99999", "#e0", "#p999", "#%E0%A4%A", "#s1-", "#<script>"]) {
      await open(page, `${LEAP}${junk}`);
      await expect(selected(page)).toHaveCount(0);
    }
  });

  test("the fragment scrolls to its passage before any script runs", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: DESKTOP });
    const page = await context.newPage();
    const alignment = await alignmentOf(page, LEAP);
    const ab = beadWith(alignment, EN_A);
    await page.goto(`${LEAP}#${ab.id}`);
    await expect(page.locator(`#${ab.id}`)).toBeInViewport();
    await expect(en(page, EN_A)).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await page.goto(`${LEAP}#${ab.zh[0]}`);
    await expect(zh(page, ZH_AB)).toBeInViewport();
    await context.close();
  });

  test("the paragraph mark links its row", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await open(page, LEAP);
    const row = page.locator(".row").nth(1);
    await row.hover();
    const mark = row.locator(".para-link");
    await expect(mark).toHaveAttribute("href", "#p2");
    await mark.click();
    await expect(page).toHaveURL(new RegExp(`${LEAP}#p2$`));
    const ids = await row.locator("[data-b]").evaluateAll((all) => all.map((el) => el.id));
    const sel = await selected(page).evaluateAll((all) => all.map((el) => el.id));
    expect(sel.sort()).toEqual(ids.sort());
  });
});

test.describe("keyboard and assistive technology", () => {
  test("j/k and arrows move through beads with visible focus; one tab stop; Enter selects; Escape clears", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await open(page, LEAP);
    await expect(page.locator('[data-b][tabindex="0"]')).toHaveCount(1);

    const focusedBead = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.b ?? null);
    await page.keyboard.press("j");
    expect(await focusedBead()).toBe("0");
    await expect(page.locator("[data-b]:focus")).toHaveAttribute("data-hl", "");
    const outline = await page.locator("[data-b]:focus").evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe("solid");

    await page.keyboard.press("j");
    expect(await focusedBead()).toBe("1");
    await page.keyboard.press("ArrowDown");
    expect(await focusedBead()).toBe("2");
    await page.keyboard.press("k");
    await page.keyboard.press("ArrowUp");
    expect(await focusedBead()).toBe("0");
    // Roving tabindex: still one tab stop, now the focused sentence.
    await expect(page.locator('[data-b][tabindex="0"]')).toHaveCount(1);
    await expect(page.locator('[data-b][tabindex="0"]')).toBeFocused();

    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#e1(-e\d+)?$/);
    await expect(page.locator("[data-b][data-sel]").first()).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(selected(page)).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`${LEAP}$`));

    // Tab leaves the article text after one stop instead of walking every sentence.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("s"))).toBe(false);
  });

  test("a sentence's accessible description is its translation", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await open(page, LEAP);
    const zhText = (await zh(page, ZH_AB).innerText()).trim();
    await expect(en(page, EN_A)).toHaveAccessibleDescription(zhText);
    const enText = `${(await en(page, EN_A).innerText()).trim()} ${(await en(page, EN_B).innerText()).trim()}`;
    await expect(zh(page, ZH_AB)).toHaveAccessibleDescription(enText);
  });

  test("with reduced motion, keyboard moves do not animate the scroll", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.setViewportSize({ width: 1280, height: 360 });
    await open(page, LEAP);
    await page.keyboard.press("j");
    for (let i = 0; i < 20; i++) {
      const before = await page.evaluate(() => window.scrollY);
      await page.keyboard.press("j");
      const right = await page.evaluate(() => window.scrollY);
      await page.waitForTimeout(250);
      const later = await page.evaluate(() => window.scrollY);
      expect(later).toBe(right);
      if (right !== before) return;
    }
    throw new Error("j never scrolled the page");
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`highlighted text keeps AA contrast (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(DESKTOP);
      await open(page, `${LEAP}#s1`);
      await en(page, EN_A).hover();
      const pairs = await page.evaluate(async () => {
        await Promise.all(document.getAnimations().map((a) => a.finished));
        const rgb = (c: string) => {
          const [r, g, b, a = 1] = c.match(/[\d.]+/g)!.map(Number);
          // A see-through highlight would be judged against black; none is expected.
          if (a !== 1) throw new Error(`translucent colour ${c}`);
          return [r, g, b];
        };
        const pick = (selector: string) => {
          const el = document.querySelector(selector)!;
          return { fg: rgb(getComputedStyle(el).color), bg: rgb(getComputedStyle(el).backgroundColor) };
        };
        return [pick("[data-b][data-hl]"), pick("[data-b][data-sel]")];
      });
      const luminance = ([r, g, b]: number[]) => {
        const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      };
      for (const { fg, bg } of pairs) {
        const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
        expect((hi + 0.05) / (lo + 0.05)).toBeGreaterThanOrEqual(4.5);
      }
      await page.screenshot({ path: shot(`article-linked-${scheme}`) });
    });
  }
});

test.describe("view modes", () => {
  /** Left edge and vertical position of the first row's two cells, or null for a hidden cell. */
  async function firstRow(page: Page) {
    return page.locator(".row").first().evaluate((row) => {
      const box = (cell: Element) => {
        if (cell.getClientRects().length === 0) return null;
        const r = cell.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      };
      return { en: box(row.children[0]), zh: box(row.children[1]) };
    });
  }

  async function expectLayout(page: Page, view: string) {
    const { en, zh } = await firstRow(page);
    switch (view) {
      case "side-by-side":
        expect(en!.right).toBeLessThan(zh!.left);
        expect(Math.abs(en!.top - zh!.top)).toBeLessThan(20);
        break;
      case "interleaved":
        expect(zh!.top).toBeGreaterThanOrEqual(en!.bottom);
        expect(Math.abs(en!.left - zh!.left)).toBeLessThanOrEqual(1);
        break;
      case "en":
        expect(en).not.toBeNull();
        expect(zh).toBeNull();
        break;
      case "zh":
        expect(en).toBeNull();
        expect(zh).not.toBeNull();
        break;
    }
  }

  const pressed = (page: Page) => page.locator('[data-view-option][aria-current="true"]');

  test("each mode from the URL, applied before first paint with no layout shift", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    for (const view of ["side-by-side", "interleaved", "en", "zh"]) {
      await open(page, `${LEAP}?view=${view}`);
      await expect(page.locator("html")).toHaveAttribute("data-view", view);
      await expectLayout(page, view);
      await expect(pressed(page)).toHaveAttribute("data-view-option", view);
      expect(await layoutShift(page)).toBe(0);
    }
    await open(page, `${LEAP}?view=interleaved`);
    await page.screenshot({ path: shot("article-interleaved") });
  });

  test("the control switches in place, remembers the choice, and the URL wins over it", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await open(page, LEAP);
    await expect(page.locator("html")).not.toHaveAttribute("data-view");
    await expectLayout(page, "side-by-side");

    await page.getByRole("navigation", { name: "View" }).getByRole("link", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-view", "en");
    await expect(page).toHaveURL(new RegExp(`${LEAP}\\?view=en$`));
    await expectLayout(page, "en");

    await page.getByRole("link", { name: "Interleaved" }).click();
    await expectLayout(page, "interleaved");

    // Remembered: a plain address opens in the last chosen mode.
    await open(page, LEAP);
    await expect(page.locator("html")).toHaveAttribute("data-view", "interleaved");
    await expectLayout(page, "interleaved");
    // The URL wins over the stored choice; an invalid value is ignored.
    await open(page, `${LEAP}?view=zh`);
    await expectLayout(page, "zh");
    await open(page, `${LEAP}?view=sideways`);
    await expect(page.locator("html")).toHaveAttribute("data-view", "interleaved");
    // Opening a shared link does not change the reader's own choice.
    await open(page, LEAP);
    await expect(page.locator("html")).toHaveAttribute("data-view", "interleaved");
  });

  test("Chinese only: a link to a bead anchored in English still reaches its Chinese sentence", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    const alignment = await alignmentOf(page, LEAP);
    const ab = beadWith(alignment, EN_A);
    await open(page, `${LEAP}?view=zh#${ab.id}`);
    await expect(zh(page, ZH_AB)).toBeInViewport();
    await expect(zh(page, ZH_AB)).toHaveAttribute("data-sel", "");
  });

  test("phone: stacked by default, hover and links work", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await open(page, LEAP);
    await expectLayout(page, "interleaved");
    await expect(pressed(page)).toHaveCount(0);
    await page.locator('[data-view-option="interleaved"]').evaluate((el) => getComputedStyle(el).backgroundColor).then((bg) => {
      expect(bg).not.toBe("rgba(0, 0, 0, 0)");
    });
    await en(page, EN_A).click();
    await expect(zh(page, ZH_AB)).toHaveAttribute("data-sel", "");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: shot("article-phone-linked") });
  });
});

test("alignment.json: every sentence once, text as on the page", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const alignment = await alignmentOf(page, LEAP);
  expect(alignment.slug).toBe(LEAP.split("/").pop());
  expect(alignment.alignerVersion).toMatch(/^[0-9a-f]{12}$/);
  expect(["paragraphs", "document"]).toContain(alignment.mode);
  const linked = alignment.beads.flatMap((b) => [...b.en, ...b.zh]).sort();
  expect(linked).toEqual(alignment.sentences.map((s) => s.id).sort());
  expect(alignment.beads.map((b) => b.id)).toEqual(alignment.beads.map((_, n) => `s${n + 1}`));
  for (const bead of alignment.beads) {
    expect(bead.confidence).toBeGreaterThanOrEqual(0);
    expect(bead.confidence).toBeLessThanOrEqual(1);
    expect(bead.hash).toMatch(/^[0-9a-z]{6}$/);
  }
  await open(page, LEAP);
  const onPage = await page.locator("[data-b]").evaluateAll((all) => Object.fromEntries(all.map((el) => [el.id, el.textContent])));
  for (const s of alignment.sentences) expect(onPage[s.id]).toBe(s.text);
});

