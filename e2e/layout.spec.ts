import type { Page } from "@playwright/test";
import { expect, layoutShift, test } from "./fixtures";

/*
 * Side by side at sentence level: within a paragraph row, each bead's English and Chinese start
 * at the same height. Measured on the longest article (by sentence count, from alignment.json):
 * the vertical offset between the first line box of a bead's first English sentence and of its
 * first Chinese sentence must be at most one line (the smaller of the two columns' line heights).
 */

interface AlignmentFile {
  slug: string;
  sentences: { id: string; lang: "en" | "zh"; text: string }[];
  beads: { id: string; en: string[]; zh: string[]; confidence: number }[];
}

/** Every article with its alignment, the longest (by characters of text) first. */
async function articlesByLength(page: Page): Promise<{ href: string; alignment: AlignmentFile }[]> {
  await page.goto("/");
  const hrefs = await page.locator("ol > li a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const all = [];
  for (const href of hrefs) all.push({ href, alignment: (await (await page.request.get(`${href}/alignment.json`)).json()) as AlignmentFile });
  const length = (a: AlignmentFile) => a.sentences.reduce((n, s) => n + s.text.length, 0);
  return all.sort((a, b) => length(b.alignment) - length(a.alignment));
}

export interface BeadOffset {
  bead: string;
  offset: number;
  line: number;
}

/** For every bead with both languages: |top of the first English line − top of the first Chinese line|. */
export async function beadOffsets(page: Page, beads: AlignmentFile["beads"]): Promise<BeadOffset[]> {
  return page.evaluate((beads) => {
    const firstLine = (id: string) => {
      const el = document.getElementById(id)!;
      const rect = el.getClientRects()[0];
      return { top: rect.top + window.scrollY, line: parseFloat(getComputedStyle(el).lineHeight) };
    };
    return beads
      .filter((b) => b.en.length > 0 && b.zh.length > 0)
      .map((b) => {
        const en = firstLine(b.en[0]);
        const zh = firstLine(b.zh[0]);
        return { bead: b.id, offset: Math.abs(en.top - zh.top), line: Math.min(en.line, zh.line) };
      });
  }, beads);
}

for (const width of [1440, 1024]) {
  test(`side by side at ${width} px: every bead's English and Chinese start within one line of each other`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: 900 });
    const articles = await articlesByLength(page);
    for (const [k, { href, alignment }] of articles.entries()) {
      await page.goto(`${href}?view=side-by-side`);
      await expect(page.locator("[data-reader-ready]")).toHaveCount(1);
      const offsets = await beadOffsets(page, alignment.beads);
      expect(offsets.length).toBeGreaterThan(10);
      const worst = offsets.reduce((a, b) => (b.offset > a.offset ? b : a));
      const mean = offsets.reduce((sum, o) => sum + o.offset, 0) / offsets.length;
      const summary =
        `${k === 0 ? "longest " : ""}${alignment.slug.slice(0, 10)} at ${width}px: ${offsets.length} beads, ` +
        `max offset ${worst.offset.toFixed(1)} px (${worst.bead}), mean ${mean.toFixed(1)} px, line ${worst.line.toFixed(1)} px`;
      info.annotations.push({ type: "offsets", description: summary });
      console.log(summary);
      for (const o of offsets) expect.soft(o.offset, `${alignment.slug} ${o.bead}: ${o.offset.toFixed(1)} px apart`).toBeLessThanOrEqual(o.line);
      expect(await layoutShift(page)).toBe(0);
    }
  });
}

test("side by side, hovering any sentence of the longest article never shows the off-screen counterpart label", async ({ page }) => {
  // Issue 10: "Counterpart below" showed although both sentences were in the same row.
  await page.setViewportSize({ width: 1440, height: 900 });
  const [{ href, alignment }] = await articlesByLength(page);
  await page.goto(`${href}?view=side-by-side`);
  await expect(page.locator("[data-reader-ready]")).toHaveCount(1);
  const hint = page.locator(".counterpart-hint");
  for (const bead of alignment.beads.filter((b) => b.en.length > 0 && b.zh.length > 0)) {
    for (const id of [bead.en[0], bead.zh[0]]) {
      const sentence = page.locator(`#${id}`);
      await sentence.evaluate((el) => el.scrollIntoView({ block: "center" }));
      await sentence.hover();
      await expect(sentence).toHaveAttribute("data-hl", "");
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await expect(hint, `${bead.id} from ${id}`).toBeHidden();
    }
  }
});

test("the site's Chinese name never breaks inside itself on a narrow screen", async ({ page }) => {
  for (const width of [320, 360]) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto("/");
    const name = page.locator('header a[href="/"] [lang="zh-Hans"]');
    await expect(name).toHaveText("双语对照");
    // One line box: a name split as 双语对 / 照 has two.
    expect(await name.evaluate((el) => el.getClientRects().length)).toBe(1);
  }
});
