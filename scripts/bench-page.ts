/**
 * Article page size against its text, per article of the last build (at most the 20 newest):
 *
 *   npm run build && npm run bench:page
 *
 * text   UTF-8 bytes of the English and Chinese sentences (lib/site/page-size.ts)
 * html   bytes of the page as `next start` serves it (started here on a free port), raw and gzip
 *        (zlib's default level, as `next start` serves it); the ratio is html / text
 * flight the share of the HTML that is React's inline flight data (self.__next_f.push scripts)
 * body   bytes of the article body element (<div class="rows">: the sentences with their markup)
 *        in the HTML, and its ratio to the text (b-ratio) and of its gzip to the gzip of the
 *        article's paragraphs (bg-ratio); the rest of the page is the same for every article
 *        (head, layout, controls, metadata, Next's runtime and flight data)
 */
import { gzipSync } from "node:zlib";
import { divHtml, flightBytes, sentenceTextBytes } from "@/lib/site/page-size";
import { ArchiveReader, archiveFile } from "@/lib/store/database";
import { articleBySlug, latestArticles } from "@/lib/store/reader";
import { serveBuild } from "./testing/serve-build";

const root = process.cwd();
const db = new ArchiveReader(archiveFile(root)).get();
const served = await serveBuild(root);

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const pad = (s: string, n: number) => s.padStart(n);
console.log(`${"article".padEnd(44)} ${pad("text", 9)} ${pad("html", 9)} ${pad("ratio", 6)} ${pad("gzip", 8)} ${pad("g-ratio", 7)} ${pad("flight", 7)} ${pad("body", 8)} ${pad("b-ratio", 7)} ${pad("bg-ratio", 8)}`);
let worst = 0;
for (const { slug } of latestArticles(db, 20)) {
  const article = articleBySlug(db, slug)!;
  const html = Buffer.from(await (await fetch(`${served.base}/articles/${slug}`)).arrayBuffer());
  const text = sentenceTextBytes(article);
  const gzip = gzipSync(html).length;
  const textGzip = gzipSync(Buffer.from(article.rows.flatMap((r) => [...r.en, ...r.zh]).map((p) => p.text).join("\n"))).length;
  const flight = flightBytes(html.toString("utf8"));
  const bodyHtml = Buffer.from(divHtml(html.toString("utf8"), '<div class="rows"'));
  const body = bodyHtml.length;
  worst = Math.max(worst, html.length / text);
  console.log(
    `${slug.slice(0, 44).padEnd(44)} ${pad(kB(text), 9)} ${pad(kB(html.length), 9)} ${pad((html.length / text).toFixed(2), 6)} ${pad(kB(gzip), 8)} ${pad((gzip / textGzip).toFixed(2), 7)} ${pad(`${Math.round((100 * flight) / html.length)} %`, 7)} ${pad(kB(body), 8)} ${pad((body / text).toFixed(2), 7)} ${pad((gzipSync(bodyHtml).length / textGzip).toFixed(2), 8)}`,
  );
}
served.stop();
console.log(`\ng-ratio: gzip of the page / gzip of the article's paragraphs; worst raw ratio ${worst.toFixed(2)}`);
