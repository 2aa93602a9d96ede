/**
 * Hover latency in Chromium: from the pointer entering a sentence to its counterpart carrying the
 * highlight, on the longest article. A benchmark that prints figures, not a test.
 *
 *   npm run build && npm run bench:hover [-- --hovers 200]
 *
 * Serves the existing build with `next start` on a free port, opens the page in the same
 * Chromium the e2e tests use, moves the real (CDP) mouse onto sentences one after another, and
 * measures in the page with performance.now():
 *   attribute  capture-phase pointerover on window → MutationObserver sees data-hl on the counterpart
 *   frame      the same start → the next animation frame after that (the highlight can be painted)
 */
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "@/e2e/chromium";
import { ArchiveReader, archiveFile } from "@/lib/store/database";
import { allArticles } from "@/lib/store/reader";
import { numberOption, readOptions } from "./options";
import { serveBuild } from "./testing/serve-build";

const root = process.cwd();
const HOVERS = numberOption("hovers", readOptions({ hovers: { type: "string", default: "200" } }).values.hovers);

/** The article with the most text, both languages together. */
function longestArticle(): { slug: string; sentences: number; chars: number } {
  let longest = { slug: "", sentences: 0, chars: 0 };
  for (const article of allArticles(new ArchiveReader(archiveFile(root)).get())) {
    const paragraphs = article.rows.flatMap((row) => [...row.en, ...row.zh]);
    const chars = paragraphs.reduce((n, p) => n + p.text.length, 0);
    if (chars > longest.chars) longest = { slug: article.slug, sentences: paragraphs.reduce((n, p) => n + p.sentences.length, 0), chars };
  }
  return longest;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const f = (x: number) => `${x.toFixed(2)} ms`;
  return `median ${f(quantile(sorted, 0.5))}, p95 ${f(quantile(sorted, 0.95))}, max ${f(sorted[sorted.length - 1])}`;
};

async function main() {
  const served = await serveBuild(root);
  const { base } = served;
  const article = longestArticle();
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/articles/${article.slug}`);
    await page.locator("[data-reader-ready]").waitFor();
    const ids = await page.locator("[data-b]").evaluateAll((all) => all.map((el) => el.id));

    await page.evaluate(() => {
      const w = window as unknown as { benchStart: number };
      window.addEventListener("pointerover", () => (w.benchStart = performance.now()), { capture: true });
    });

    const attribute: number[] = [];
    const frame: number[] = [];
    for (let i = 0; i < HOVERS; i++) {
      const id = ids[i % ids.length];
      // Park the pointer off the text, bring the sentence on screen, then arm the observer.
      await page.mouse.move(2, 2);
      const box = await page.evaluate((id) => {
        const el = document.getElementById(id)!;
        el.scrollIntoView({ block: "center", behavior: "instant" });
        const rect = el.getClientRects()[0];
        return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
      }, id);
      // Arm first and wait for it: an evaluate sent together with the mouse move may run after it.
      await page.evaluate((id) => {
        const el = document.getElementById(id)!;
        const lang = id[0];
        const same = [...document.querySelectorAll<HTMLElement>(`[data-b="${el.dataset.b}"]`)];
        const target = same.find((other) => other.id[0] !== lang) ?? el;
        const w = window as unknown as { benchStart: number; benchResult: Promise<{ attribute: number; frame: number }> };
        if (target.hasAttribute("data-hl")) throw new Error(`${target.id} already highlighted before hovering ${id}`);
        w.benchStart = -1;
        w.benchResult = new Promise((resolve, reject) => {
          const timeout = setTimeout(() => reject(new Error(`no highlight on ${target.id} after hovering ${id}`)), 2000);
          new MutationObserver((_, observer) => {
            if (!target.hasAttribute("data-hl")) return;
            const attributeAt = performance.now();
            observer.disconnect();
            requestAnimationFrame(() => {
              clearTimeout(timeout);
              resolve({ attribute: attributeAt - w.benchStart, frame: performance.now() - w.benchStart });
            });
          }).observe(target, { attributes: true, attributeFilter: ["data-hl"] });
        });
      }, id);
      await page.mouse.move(box.x, box.y);
      const result = await page.evaluate(() => (window as unknown as { benchResult: Promise<{ attribute: number; frame: number }> }).benchResult);
      attribute.push(result.attribute);
      frame.push(result.frame);
    }

    console.log(`bench-hover: ${HOVERS} hovers over ${ids.length} sentences of ${article.slug} (${article.chars} characters), Chromium ${browser.version()}`);
    console.log(`  pointer → counterpart highlighted (attribute): ${summary(attribute)}`);
    console.log(`  pointer → next animation frame:                ${summary(frame)}`);
    return 0;
  } finally {
    await browser.close();
    served.stop();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`bench-hover: ${(error as Error).message}`);
  process.exitCode = 1;
}
