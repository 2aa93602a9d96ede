// Draws the site's Open Graph image (app/opengraph-image.png, 1200 × 630, the size link previews
// use) from the site icon and name in Chromium, as the tests launch it. Run again after changing
// the icon or the name: npx tsx scripts/make-og-image.ts
import { readFileSync } from "node:fs";
import { chromium } from "playwright";
import { chromiumLaunchOptions } from "../e2e/chromium";
import { siteConfig } from "../site.config";

const icon = readFileSync("app/icon.svg", "utf8");
const html = `<!doctype html><html><body style="margin:0;width:1200px;height:630px;display:flex;align-items:center;justify-content:center;gap:64px;background:#faf8f3;color:#1d1b18;font-family:'Noto Serif CJK SC',serif">
<div style="width:240px;height:240px">${icon.replace("<svg ", '<svg width="240" height="240" ')}</div>
<div><div style="font-size:76px;font-weight:700">${siteConfig.name}</div><div lang="zh-Hans" style="font-size:68px;font-weight:700;color:#9b2f1f;margin-top:12px">${siteConfig.nameZh}</div>
<div style="font-size:30px;margin-top:28px;color:#5b554c">English and Chinese, sentence by sentence</div></div></body></html>`;

const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: "app/opengraph-image.png" });
await browser.close();
console.log("app/opengraph-image.png written");
