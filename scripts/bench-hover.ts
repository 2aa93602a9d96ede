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
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "@/e2e/chromium";
import type { SiteArticle, SiteArticleSummary } from "@/lib/site/article";
import { GENERATED_DIR } from "@/lib/site/data";

const root = process.cwd();
const hoversArg = process.argv.indexOf("--hovers");
const HOVERS = hoversArg > 0 ? Number(process.argv[hoversArg + 1]) : 200;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from ${url}`);
}

/** The article with the most text, both languages together. */
function longestArticle(): { slug: string; sentences: number; chars: number } {
  const index = JSON.parse(readFileSync(path.join(root, GENERATED_DIR, "articles.json"), "utf8")) as SiteArticleSummary[];
  const sizes = index.map(({ slug }) => {
    const article = JSON.parse(readFileSync(path.join(root, GENERATED_DIR, "articles", `${slug}.json`), "utf8")) as SiteArticle;
    const paragraphs = article.rows.flatMap((row) => [...row.en, ...row.zh]);
    return {
      slug,
      sentences: paragraphs.reduce((n, p) => n + p.sentences.length, 0),
      chars: paragraphs.reduce((n, p) => n + p.text.length, 0),
    };
  });
  return sizes.sort((a, b) => b.chars - a.chars)[0];
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
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(path.join(root, GENERATED_DIR, "articles.json"))) {
    console.error("bench-hover: no build found; run `npm run build` first.");
    return 1;
  }
  const article = longestArticle();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await waitForServer(base, server);
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
    server.kill();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`bench-hover: ${(error as Error).message}`);
  process.exitCode = 1;
}
