import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

/*
 * Issue 19 (outputs you can trust), the items a served site shows: security headers on every
 * response, cached pages included (11); no disk growth from unknown addresses (9); bidi controls
 * in article text isolated in Chromium (10).
 */

const LEAP = "/articles/1958-08-04-handicraft-industry-achieves-leap-forward";

test("every response carries the security headers, a page served from the page cache too (item 11)", async ({ request }) => {
  for (const url of ["/", LEAP, LEAP, `${LEAP}/alignment.json`, "/archive/1958", "/search?q=手工业", "/downloads/1958.tmx", "/articles/1900-01-01-never-written"]) {
    const response = await request.get(url);
    const headers = response.headers();
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], url).toBe("DENY");
    expect(headers["content-security-policy"], url).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
    expect(headers["content-security-policy"], url).toMatch(/(^|; )script-src 'self' 'unsafe-inline'(;|$)/);
  }
  expect((await request.get(LEAP)).headers()["x-nextjs-cache"]).toBe("HIT");
});

test("the site works under its Content-Security-Policy: no violation on the pages that run scripts", async ({ page, consoleErrors }) => {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`));
  });
  expect(consoleErrors.allow).toEqual([]);
  for (const url of ["/", LEAP, "/search?q=手工业", "/archive/1958"]) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
  }
  await page.goto(LEAP);
  await expect(page.locator("[data-reader-ready]")).toHaveCount(1);
  expect(violations).toEqual([]);
});

/** Files and bytes under the server's .next (the working directory's, where `next start` runs). */
function nextDirUsage(): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(".next", { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

test("300 requests for unknown addresses write nothing to disk (item 9)", async ({ request }) => {
  // A 404 page takes a few hundred milliseconds on a loaded 2-core machine: ten at a time.
  test.setTimeout(300_000);
  const before = nextDirUsage();
  const url = (i: number) => (i % 3 === 0 ? `/articles/1900-01-01-unknown-${i}` : i % 3 === 1 ? `/articles/unknown-${i}/alignment.json` : `/archive/${1000 + i}`);
  for (let batch = 0; batch < 300; batch += 10) {
    const statuses = await Promise.all(Array.from({ length: 10 }, async (_, k) => (await request.get(url(batch + k))).status()));
    expect(statuses).toEqual(Array(10).fill(404));
  }
  expect(nextDirUsage()).toEqual(before);
});

test("a right-to-left override in a sentence stays inside it: the next sentence reads left to right (item 10)", async ({ page }) => {
  await page.goto(LEAP);
  await expect(page.locator("[data-reader-ready]")).toHaveCount(1);
  const order = await page.evaluate(() => {
    const first = document.getElementById("e1")!;
    const next = document.getElementById("e2")!;
    const text = [...first.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
    text.textContent = `\u202E${text.textContent}`;
    const charX = (node: Node, at: number) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect().left;
    };
    const after = [...next.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? "").length > 2)!;
    const inside = [...first.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE)[0];
    return { sameParagraph: first.closest("p") === next.closest("p"), next: [charX(after, 0), charX(after, 1)], own: [charX(inside, 1), charX(inside, 2)] };
  });
  expect(order.sameParagraph).toBe(true);
  // The sentence after the override reads left to right: its first letter left of its second.
  expect(order.next[0]).toBeLessThan(order.next[1]);
  // The override itself still acts inside its own sentence (contained, not removed, on the page).
  expect(order.own[0]).toBeGreaterThan(order.own[1]);
});
