// Edge module: the archive-wide downloads, one gzip file per year and format, written from the
// articles in the database. A year is rewritten only when its articles changed.
//
// A year's files are named after what they hold (`1958.<hash>.tmx.gz`) and recorded in the
// database's `downloads` table by the build's own transaction (lib/build/update.ts), so the
// database a server reads always names files that are complete and match it: a file is written
// whole under its new name before the database names it, never rewritten in place, and removed
// only once a committed database no longer names it. A failed or killed build leaves the served
// downloads as they were; its half-written or unrecorded files are removed by the next build.
import { createHash } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import Database from "better-sqlite3";
import type { Db } from "@/lib/store/database";
import { yearContent, yearExports, yearsWithArticles } from "@/lib/store/reader";
import { TEXT_SEPARATOR } from "@/lib/export/archive";
import { DOWNLOAD_FORMATS, type DownloadFormat } from "@/lib/export/paths";

const FORMATS = DOWNLOAD_FORMATS.map((f) => f.ext);

function yearHash(db: Db, year: string, exportVersion: string): string {
  const hash = createHash("sha256").update(`${exportVersion}\0`);
  for (const [slug, content] of yearContent(db, year)) hash.update(`${slug}\0${content}\n`);
  return hash.digest("hex").slice(0, 16);
}

/** The name of a year's file in a format, after what it holds: `1958.0123456789abcdef.tsv.gz`. */
export const yearFileName = (year: string, hash: string, format: DownloadFormat) => `${year}.${hash}.${format}.gz`;

export interface YearFileTask {
  /** The database to read, when the task opens a connection of its own (a worker thread). */
  dbFile: string;
  dir: string;
  year: string;
  hash: string;
  format: DownloadFormat;
}

/** A year's file as the `downloads` table records it. */
export interface DownloadFile {
  year: string;
  format: DownloadFormat;
  file: string;
  hash: string;
  /** Size as downloaded (uncompressed). */
  bytes: number;
  /** Size on disk (gzip). */
  stored: number;
}

/**
 * Writes one year's file of one format to a temporary name, renamed into place when complete.
 * It reads `db` when given (the build's own connection, inside its transaction), or the database
 * file on a connection of its own (so that the build's worker threads can write several at once).
 */
export async function writeYearFile(task: YearFileTask, db?: Db): Promise<DownloadFile> {
  const name = yearFileName(task.year, task.hash, task.format);
  const file = path.join(task.dir, name);
  const temporary = `${file}.${process.pid}.tmp`;
  const reader = db ?? new Database(task.dbFile, { readonly: true, fileMustExist: true });
  let bytes = 0;
  const chunks = function* () {
    let first = true;
    for (const fragment of yearExports(reader, task.year, task.format)) {
      const chunk = Buffer.from(task.format === "txt" && !first ? TEXT_SEPARATOR + fragment : fragment);
      bytes += chunk.length;
      first = false;
      yield chunk;
    }
  };
  try {
    await pipeline(Readable.from(chunks()), createGzip(), createWriteStream(temporary));
  } finally {
    if (!db) reader.close();
  }
  renameSync(temporary, file);
  return { year: task.year, format: task.format, file: name, hash: task.hash, bytes, stored: statSync(file).size };
}

/** The files the database names, by year. */
export function recordedDownloads(db: Db): DownloadFile[] {
  return db.prepare("SELECT year, format, file, hash, bytes, stored FROM downloads ORDER BY year DESC, format").all() as DownloadFile[];
}

/**
 * The years whose files are not up to date with the database: a year whose recorded files were
 * made from its current articles and export code, and are on disk with their recorded sizes, is
 * up to date; any other is stale.
 */
export function staleYears(db: Db, dir: string, exportVersion: string): { year: string; hash: string }[] {
  const recorded = new Map<string, DownloadFile[]>();
  for (const entry of recordedDownloads(db)) recorded.set(entry.year, [...(recorded.get(entry.year) ?? []), entry]);
  const intact = (entry: DownloadFile) => existsSync(path.join(dir, entry.file)) && statSync(path.join(dir, entry.file)).size === entry.stored;
  return yearsWithArticles(db)
    .map((year) => ({ year, hash: yearHash(db, year, exportVersion) }))
    .filter(({ year, hash }) => {
      const files = recorded.get(year) ?? [];
      return !(files.length === FORMATS.length && files.every((entry) => entry.hash === hash && intact(entry)));
    });
}

/**
 * Writes the stale years' files. With `db` (the build's connection, inside its transaction) one at
 * a time, as a connection reads one query at a time; otherwise side by side, `write` perhaps
 * handing them to worker threads that read `dbFile`. Nothing is recorded: see recordDownloads.
 */
export async function writeYearExports(
  stale: { year: string; hash: string }[],
  where: { dbFile: string; dir: string },
  options: { db?: Db; write?: (task: YearFileTask) => Promise<DownloadFile> } = {},
): Promise<DownloadFile[]> {
  mkdirSync(where.dir, { recursive: true });
  const tasks = stale.flatMap(({ year, hash }) => FORMATS.map((format) => ({ ...where, year, hash, format })));
  if (options.db) {
    const written: DownloadFile[] = [];
    for (const task of tasks) written.push(await writeYearFile(task, options.db));
    return written;
  }
  return Promise.all(tasks.map((task) => (options.write ?? writeYearFile)(task)));
}

/** Records the written files, and forgets years no longer in the archive; inside the build's transaction. */
export function recordDownloads(db: Db, written: readonly DownloadFile[]): void {
  const years = new Set(yearsWithArticles(db));
  const put = db.prepare("INSERT OR REPLACE INTO downloads (year, format, file, hash, bytes, stored) VALUES (@year, @format, @file, @hash, @bytes, @stored)");
  for (const entry of written) put.run(entry);
  for (const year of db.prepare("SELECT DISTINCT year FROM downloads").pluck().all() as string[]) {
    if (!years.has(year)) db.prepare("DELETE FROM downloads WHERE year = ?").run(year);
  }
}

/**
 * Removes every file in `dir` the committed database does not name: files of earlier builds, of
 * years gone, and what a failed or killed build left. Run after the commit, under the build lock.
 */
export function pruneDownloads(db: Db, dir: string): number {
  const named = new Set(recordedDownloads(db).map((entry) => entry.file));
  let removed = 0;
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    if (named.has(name)) continue;
    rmSync(path.join(dir, name), { force: true });
    removed++;
  }
  return removed;
}
