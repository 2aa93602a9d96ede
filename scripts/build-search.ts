/**
 * Runs after `next build`: builds the static search index with Pagefind (the npm package runs
 * its platform binary from @pagefind/<platform>). One record per sentence pair and language
 * (lib/site/search-records.ts; Chinese arrives as characters and character pairs, han-grams.ts),
 * written to public/pagefind/en and public/pagefind/zh, which `next start` serves as static files.
 * Offline: Pagefind downloads nothing.
 *
 * Pagefind has no incremental build, and indexing is most of a warm archive build (about 340 s at
 * 5,000 articles), so an index whose input has not changed is kept: the records, Pagefind's version
 * and this script are hashed, and the hash is written beside the index once it is complete.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import type { SiteArticle } from "@/lib/site/article";
import { GENERATED_DIR } from "@/lib/site/data";
import { searchRecords } from "@/lib/site/search-records";

const root = process.cwd();
export const SEARCH_DIR = path.join(root, "public", "pagefind");
const KEY_FILE = path.join(SEARCH_DIR, "input.sha256");

function inputKey(records: readonly unknown[]): string {
  const pagefindPackage = path.join(path.dirname(fileURLToPath(import.meta.resolve("pagefind"))), "..", "package.json");
  const pagefindVersion = (JSON.parse(readFileSync(pagefindPackage, "utf8")) as { version: string }).version;
  const hash = createHash("sha256").update(pagefindVersion).update(readFileSync(fileURLToPath(import.meta.url)));
  // Record by record: one JSON string of all 143,000 records at 5,000 articles took 700 MB.
  for (const record of records) hash.update(JSON.stringify(record)).update("\n");
  return hash.digest("hex");
}

async function main(): Promise<number> {
  const started = performance.now();
  const dir = path.join(root, GENERATED_DIR, "articles");
  const files = readdirSync(dir).filter((name) => name.endsWith(".json"));
  const records = files.flatMap((name) => searchRecords(JSON.parse(readFileSync(path.join(dir, name), "utf8")) as SiteArticle));
  const key = inputKey(records);
  const complete = existsSync(KEY_FILE) && (["en", "zh"] as const).every((lang) => existsSync(path.join(SEARCH_DIR, lang, "pagefind.js")));
  if (complete && readFileSync(KEY_FILE, "utf8") === key) {
    console.log(`build-search: ${files.length} article(s), ${records.length} record(s) unchanged: index kept (public/pagefind/)`);
    return 0;
  }
  rmSync(SEARCH_DIR, { recursive: true, force: true });
  const counts = { en: 0, zh: 0 };
  for (const lang of ["en", "zh"] as const) {
    const mine = records.filter((record) => record.lang === lang);
    // Pagefind writes one fragment file per record unless told to bundle them: at 5,000 articles
    // that was 143,000 files (110 MB, most of the 945 s the index took). About 20 records per
    // bundle keeps a result's download small and the file count low.
    const maxFragments = Math.max(50, Math.ceil(mine.length / 20));
    const { index, errors } = await pagefind.createIndex({ forceLanguage: lang, maxFragments });
    if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
    for (const record of mine) {
      const added = await index.addCustomRecord({ url: record.url, content: record.content, language: lang, meta: record.meta, sort: record.sort });
      if (added.errors.length > 0) throw new Error(`pagefind: ${record.url}: ${added.errors.join("; ")}`);
      counts[lang]++;
    }
    const written = await index.writeFiles({ outputPath: path.join(SEARCH_DIR, lang) });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join("; ")}`);
  }
  await pagefind.close();
  writeFileSync(KEY_FILE, key);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`build-search: ${files.length} article(s), ${counts.en} English and ${counts.zh} Chinese sentence record(s) → public/pagefind/ (${seconds} s)`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`build-search: ${(error as Error).message}`);
  await pagefind.close().catch(() => undefined);
  process.exitCode = 1;
}
