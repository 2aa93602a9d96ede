// Edge module, plain JavaScript so that the page cache (lib/serve/page-cache.mjs), which Next.js
// loads without compiling it, shares it with the app: the archive database as the site reads it.
import { statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** Where the build writes the database and the server reads it; ARCHIVE_DB overrides it. */
export function archiveFile(root = process.cwd()) {
  return path.resolve(root, process.env.ARCHIVE_DB || path.join(".generated", "archive.db"));
}

/** Written to `PRAGMA user_version` (lib/store/schema.ts); a database of another version is rebuilt, never read. */
export const SCHEMA_VERSION = 5;

function openForReading(file) {
  let db;
  try {
    db = new Database(file, { fileMustExist: true });
    db.pragma("query_only = 1");
  } catch {
    // A copy on a read-only disk (a replica): nothing to recover, nothing to write.
    db = new Database(file, { readonly: true, fileMustExist: true });
  }
  db.pragma("busy_timeout = 5000");
  if (db.pragma("user_version", { simple: true }) !== SCHEMA_VERSION) {
    db.close();
    throw new Error(`the archive database ${file} was made by another version of the site: run \`npm run build\``);
  }
  return db;
}

/**
 * The database read-only in effect (query_only), reopened when a build has renamed a new file into
 * its place, so the server reads the newest complete build and never a half-written one.
 */
export class ArchiveReader {
  #db = null;
  #identity = "";

  constructor(file) {
    this.file = file;
  }

  get() {
    let stat;
    try {
      stat = statSync(this.file);
    } catch {
      throw new Error(`the archive database ${this.file} does not exist: run \`npm run build\`, which makes it`);
    }
    const identity = `${stat.dev}:${stat.ino}`;
    if (!this.#db || identity !== this.#identity) {
      this.#db?.close();
      this.#db = openForReading(this.file);
      this.#identity = identity;
    }
    return this.#db;
  }
}
