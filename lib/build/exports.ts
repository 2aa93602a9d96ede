// Edge module: the archive-wide downloads, one gzip file per year and format, written from the
// articles in the database. A year is rewritten only when its articles changed.
import { createHash } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
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

/** Writes one year's file of one format: to a temporary name, renamed into place when complete. Returns its uncompressed size. */
async function writeYear(db: Db, dir: string, year: string, format: DownloadFormat): Promise<number> {
  const file = yearFile(dir, year, format);
  const temporary = `${file}.${process.pid}.tmp`;
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
  await pipeline(Readable.from(chunks()), createGzip(), createWriteStream(temporary));
  renameSync(temporary, file);
  return bytes;
}

/**
 * Brings the year files up to date with the database: a year whose articles (slugs and data
 * hashes, in order) and export code are what its manifest entry says, and whose files have the
 * sizes recorded there, is kept; any other is written again. Files of years no longer in the
 * archive, and any other file, are removed. Returns the years written.
 */
export async function writeYearExports(db: Db, dir: string, exportVersion: string): Promise<{ written: string[]; years: number }> {
  mkdirSync(dir, { recursive: true });
  const manifest = readManifest(dir);
  const years = yearsWithArticles(db);
  const written: string[] = [];
  for (const year of years) {
    const hash = yearHash(db, year, exportVersion);
    const entry = manifest.years[year];
    const intact = (format: DownloadFormat) => existsSync(yearFile(dir, year, format)) && statSync(yearFile(dir, year, format)).size === entry?.stored[format];
    if (entry?.hash === hash && FORMATS.every(intact)) continue;
    const bytes = {} as Record<DownloadFormat, number>;
    const stored = {} as Record<DownloadFormat, number>;
    for (const format of FORMATS) {
      bytes[format] = await writeYear(db, dir, year, format);
      stored[format] = statSync(yearFile(dir, year, format)).size;
    }
    manifest.years[year] = { hash, bytes, stored };
    writeFileAtomic.sync(path.join(dir, MANIFEST), JSON.stringify(manifest), { fsync: false });
    written.push(year);
  }
  const keep = new Set(years);
  for (const year of Object.keys(manifest.years)) if (!keep.has(year)) delete manifest.years[year];
  writeFileAtomic.sync(path.join(dir, MANIFEST), JSON.stringify(manifest), { fsync: false });
  // Files of years no longer in the archive, and anything else that is not a year's file.
  const expected = new Set([MANIFEST, ...years.flatMap((year) => FORMATS.map((format) => path.basename(yearFile(dir, year, format))))]);
  for (const name of readdirSync(dir)) if (!expected.has(name)) rmSync(path.join(dir, name), { force: true });
  return { written, years: years.length };
}
