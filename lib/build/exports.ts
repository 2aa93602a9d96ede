// Edge module: the archive-wide downloads, one gzip file per year and format, written from the
// articles in the database. A year is rewritten only when its articles changed.
import { createHash } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import Database from "better-sqlite3";
import writeFileAtomic from "write-file-atomic";
import type { Db } from "@/lib/store/database";
import { yearContent, yearExports, yearsWithArticles } from "@/lib/store/reader";
import { TEXT_SEPARATOR, type YearExportsManifest } from "@/lib/export/archive";
import { DOWNLOAD_FORMATS, type DownloadFormat } from "@/lib/export/paths";

const FORMATS = DOWNLOAD_FORMATS.map((f) => f.ext);

export const MANIFEST = "manifest.json";

export function readManifest(dir: string): YearExportsManifest {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST), "utf8")) as YearExportsManifest;
    if (manifest && typeof manifest.years === "object") return manifest;
  } catch {
    // None yet, or unreadable: every year is written again.
  }
  return { years: {} };
}

function yearHash(db: Db, year: string, exportVersion: string): string {
  const hash = createHash("sha256").update(`${exportVersion}\0`);
  for (const [slug, content] of yearContent(db, year)) hash.update(`${slug}\0${content}\n`);
  return hash.digest("hex").slice(0, 32);
}

/** The file of a year's download in a format, gzip-compressed: `1958.tsv.gz`. */
export const yearFile = (dir: string, year: string, format: DownloadFormat) => path.join(dir, `${year}.${format}.gz`);

export interface YearFileTask {
  dbFile: string;
  dir: string;
  year: string;
  format: DownloadFormat;
}

/**
 * Writes one year's file of one format, reading the database on a connection of its own (so that
 * the build's worker threads can write several at once): to a temporary name, renamed into place
 * when complete. Returns its uncompressed size.
 */
export async function writeYearFile({ dbFile, dir, year, format }: YearFileTask): Promise<number> {
  const file = yearFile(dir, year, format);
  const temporary = `${file}.${process.pid}.tmp`;
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  let bytes = 0;
  const chunks = function* () {
    let first = true;
    for (const fragment of yearExports(db, year, format)) {
      const chunk = Buffer.from(format === "txt" && !first ? TEXT_SEPARATOR + fragment : fragment);
      bytes += chunk.length;
      first = false;
      yield chunk;
    }
  };
  try {
    await pipeline(Readable.from(chunks()), createGzip(), createWriteStream(temporary));
  } finally {
    db.close();
  }
  renameSync(temporary, file);
  return bytes;
}

/**
 * The years whose files are not up to date with the database: a year whose articles (slugs and
 * data hashes, in order) and export code are what its manifest entry says, and whose files have
 * the sizes recorded there, is up to date; any other is stale.
 */
export function staleYears(db: Db, dir: string, exportVersion: string): { year: string; hash: string }[] {
  const manifest = readManifest(dir);
  return yearsWithArticles(db)
    .map((year) => ({ year, hash: yearHash(db, year, exportVersion) }))
    .filter(({ year, hash }) => {
      const entry = manifest.years[year];
      const intact = (format: DownloadFormat) => existsSync(yearFile(dir, year, format)) && statSync(yearFile(dir, year, format)).size === entry?.stored[format];
      return !(entry?.hash === hash && FORMATS.every(intact));
    });
}

/**
 * Writes the stale years' files, side by side (`write` may hand them to worker threads), each year
 * entering the manifest once its three files are in place; then removes the files of years no
 * longer in the archive, and any other file. Returns the years written.
 */
export async function writeYearExports(
  db: Db,
  dbFile: string,
  dir: string,
  stale: { year: string; hash: string }[],
  write: (task: YearFileTask) => Promise<number> = writeYearFile,
): Promise<{ written: string[]; years: number }> {
  mkdirSync(dir, { recursive: true });
  const manifest = readManifest(dir);
  const years = yearsWithArticles(db);
  await Promise.all(
    stale.map(async ({ year, hash }) => {
      const sizes = await Promise.all(FORMATS.map((format) => write({ dbFile, dir, year, format })));
      const bytes = Object.fromEntries(FORMATS.map((format, i) => [format, sizes[i]])) as Record<DownloadFormat, number>;
      const stored = Object.fromEntries(FORMATS.map((format) => [format, statSync(yearFile(dir, year, format)).size])) as Record<DownloadFormat, number>;
      manifest.years[year] = { hash, bytes, stored };
      writeFileAtomic.sync(path.join(dir, MANIFEST), JSON.stringify(manifest), { fsync: false });
    }),
  );
  const keep = new Set(years);
  for (const year of Object.keys(manifest.years)) if (!keep.has(year)) delete manifest.years[year];
  writeFileAtomic.sync(path.join(dir, MANIFEST), JSON.stringify(manifest), { fsync: false });
  // Files of years no longer in the archive, and anything else that is not a year's file.
  const expected = new Set([MANIFEST, ...years.flatMap((year) => FORMATS.map((format) => path.basename(yearFile(dir, year, format))))]);
  for (const name of readdirSync(dir)) if (!expected.has(name)) rmSync(path.join(dir, name), { force: true });
  return { written: stale.map(({ year }) => year), years: years.length };
}
