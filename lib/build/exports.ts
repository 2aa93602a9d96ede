// Edge module: the archive-wide downloads, one file per year and format, written from the export
// fragments the database keeps per article. A year is rewritten only when its articles changed.
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
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

/** Writes one year's file of one format: to a temporary name, renamed into place when complete. */
function writeYear(db: Db, dir: string, year: string, format: DownloadFormat): number {
  const file = path.join(dir, `${year}.${format}`);
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, "w");
  let bytes = 0;
  let first = true;
  try {
    for (const fragment of yearExports(db, year, format)) {
      const chunk = format === "txt" && !first ? TEXT_SEPARATOR + fragment : fragment;
      bytes += writeSync(fd, chunk);
      first = false;
    }
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
  return bytes;
}

/**
 * Brings the year files up to date with the database: a year whose articles (slugs and data
 * hashes, in order) and export code are what its manifest entry says, and whose files have the
 * sizes recorded there, is kept; any other is written again. Files of years no longer in the
 * archive are removed. Returns the years written.
 */
export function writeYearExports(db: Db, dir: string, exportVersion: string): { written: string[]; years: number } {
  mkdirSync(dir, { recursive: true });
  const manifest = readManifest(dir);
  const years = yearsWithArticles(db);
  const written: string[] = [];
  for (const year of years) {
    const hash = yearHash(db, year, exportVersion);
    const entry = manifest.years[year];
    const intact = (format: DownloadFormat) => existsSync(path.join(dir, `${year}.${format}`)) && statSync(path.join(dir, `${year}.${format}`)).size === entry?.bytes[format];
    if (entry?.hash === hash && FORMATS.every(intact)) continue;
    const bytes = Object.fromEntries(FORMATS.map((format) => [format, writeYear(db, dir, year, format)])) as Record<DownloadFormat, number>;
    manifest.years[year] = { hash, bytes };
    writeFileAtomic.sync(path.join(dir, MANIFEST), JSON.stringify(manifest), { fsync: false });
    written.push(year);
  }
  const keep = new Set(years);
  for (const year of Object.keys(manifest.years)) if (!keep.has(year)) delete manifest.years[year];
  writeFileAtomic.sync(path.join(dir, MANIFEST), JSON.stringify(manifest), { fsync: false });
  for (const name of readdirSync(dir)) {
    const year = /^(\d{4})\./.exec(name)?.[1];
    if (year && !keep.has(year)) rmSync(path.join(dir, name), { force: true });
  }
  return { written, years: years.length };
}
