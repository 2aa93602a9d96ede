/**
 * First-load JavaScript of the built pages: the scripts each prerendered page's HTML loads
 * (`<script src>`, without the `noModule` fallback modern browsers skip), raw and gzip-compressed
 * as `next start` serves them (zlib's default level). Next 16 no longer prints this figure.
 *
 *   npx tsx scripts/measure-js.ts [--budget 120]     after `npm run build`
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { numberOption, readOptions } from "./options";

const nextDir = path.join(process.cwd(), ".next");
const budgetKb = numberOption("budget", readOptions({ budget: { type: "string", default: "120" } }).values.budget);

/** Script paths under /_next/ that a page's HTML loads on first load. */
export function firstLoadScripts(html: string): string[] {
  const scripts = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = /\bsrc="(\/_next\/[^"]+\.js)"/.exec(tag)?.[1];
    if (src && !/\bnoModule\b/i.test(tag)) scripts.add(src);
  }
  return [...scripts];
}

function pages(): { route: string; file: string }[] {
  const app = path.join(nextDir, "server", "app");
  const out = [{ route: "/", file: path.join(app, "index.html") }];
  const articles = path.join(app, "articles");
  for (const name of readdirSync(articles).filter((n) => n.endsWith(".html")).sort()) {
    out.push({ route: `/articles/${name.slice(0, -5)}`, file: path.join(articles, name) });
  }
  return out;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

let worst = 0;
const seen = new Map<string, { raw: number; gzip: number }>();
for (const { route, file } of pages()) {
  const scripts = firstLoadScripts(readFileSync(file, "utf8"));
  let raw = 0;
  let gzip = 0;
  for (const src of scripts) {
    let size = seen.get(src);
    if (!size) {
      const bytes = readFileSync(path.join(nextDir, decodeURIComponent(src.replace(/^\/_next\//, ""))));
      size = { raw: bytes.length, gzip: gzipSync(bytes).length };
      seen.set(src, size);
    }
    raw += size.raw;
    gzip += size.gzip;
  }
  worst = Math.max(worst, gzip);
  console.log(`${route}\n  ${scripts.length} scripts, ${raw} B raw, ${gzip} B gzip (${kB(gzip)})`);
}
console.log("\nscripts:");
for (const [src, size] of [...seen].sort((a, b) => b[1].gzip - a[1].gzip)) {
  console.log(`  ${String(size.gzip).padStart(7)} B gzip  ${String(size.raw).padStart(7)} B raw  ${src}`);
}
const verdict = worst <= budgetKb * 1000 ? "within" : `over by ${kB(worst - budgetKb * 1000)}`;
console.log(`\nlargest first load: ${worst} B gzip (${kB(worst)}); budget ${budgetKb} kB: ${verdict}`);
