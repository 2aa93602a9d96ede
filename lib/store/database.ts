// Edge module: opening the archive database (better-sqlite3), for the build and for the server.
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { SCHEMA, SCHEMA_VERSION } from "./schema";

export type Db = Database.Database;

/** A build's page cache: the indexes it inserts into stay in memory (negative: KiB, as SQLite reads it). */
const BUILD_CACHE_KB = -256 * 1024;

/** A new database with the schema, tuned for loading: its file is not served until the build renames it into place. */
export function createArchive(file: string): Db {
  const db = new Database(file);
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma(`cache_size = ${BUILD_CACHE_KB}`);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
  db.exec(SCHEMA);
  return db;
}

/** The database as a build updates it in place, or null when there is none of this schema (the build then makes a new one). */
export function openArchiveForUpdate(file: string): Db | null {
  if (!existsSync(file)) return null;
  const db = new Database(file, { fileMustExist: true });
  if (db.pragma("user_version", { simple: true }) !== SCHEMA_VERSION) {
    db.close();
    return null;
  }
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 10000");
  db.pragma(`cache_size = ${BUILD_CACHE_KB}`);
  return db;
}

/** Makes a freshly loaded database ready to serve: write-ahead log, so later builds update it while it is read. */
export function finishArchive(db: Db): void {
  db.pragma("optimize");
  db.pragma("journal_mode = WAL");
  db.close();
}

export { ArchiveReader, archiveFile } from "./open-archive.mjs";
