/**
 * First-load JavaScript of an article page as `next start` serves it: the scripts its HTML loads
 * (without the noModule fallback), gzip at zlib's default level. scripts/measure-js.ts reads
 * prerendered HTML, which the database-backed pages no longer have; this asks a running server.
 *
 *   npm run build && npx next start -p 3710 &   BASE=http://127.0.0.1:3710 npx tsx scripts/measure-article-js.ts
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
const base = process.env.BASE ?? "http://127.0.0.1:3710";
const html = await (await fetch(`${base}/articles/1956-03-29-national-urban-handicraft-transformation-work`)).text();
const srcs = [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="(\/_next\/[^"]+\.js)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0])).map((m) => m[1]))];
let raw = 0, gz = 0;
for (const src of srcs) {
  const buf = readFileSync(`.next/${decodeURIComponent(src.replace(/^\/_next\//, ""))}`);
  raw += buf.length; gz += gzipSync(buf).length;
}
console.log(`${srcs.length} scripts, ${(raw / 1024).toFixed(1)} kB raw, ${(gz / 1024).toFixed(1)} kB gzip`);
