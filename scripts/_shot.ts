import { chromium } from "playwright";
import { chromiumLaunchOptions } from "../e2e/chromium";
const [url, out, width] = process.argv.slice(2);
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({ viewport: { width: Number(width ?? 1280), height: 900 } });
await page.goto(url);
await page.locator("[data-search-status]").filter({ hasText: /\d/ }).waitFor({ timeout: 20000 });
await page.screenshot({ path: out, fullPage: true });
await browser.close();
