/**
 * npm run snapshot -- DIR: a copy of the built archive for other machines to serve: DIR/archive.db
 * (SQLite's online backup, so it is consistent even while a build or a server has the database
 * open, then set to a rollback journal, so a replica can open it read-only on a read-only disk)
 * and DIR/downloads/ (the year downloads). A replica runs the same build of the app (.next) with
 * ARCHIVE_DB=DIR/archive.db `npm start`; the database is never written while served, so any number
 * of replicas can serve copies of one snapshot (docs/archive.md, "Beyond one machine").
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { downloadsDirOf } from "@/lib/build/update";
import { archiveFile } from "@/lib/store/database";

async function main(): Promise<number> {
  const out = process.argv[2];
  if (!out) {
    console.error("usage: npm run snapshot -- DIR");
    return 2;
  }
  const source = archiveFile();
  if (!existsSync(source)) {
    console.error(`snapshot: no database at ${source}; run \`npm run build\` first`);
    return 1;
  }
  mkdirSync(out, { recursive: true });
  const target = path.join(out, "archive.db");
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(partial);
  } finally {
    db.close();
  }
  const copy = new Database(partial);
  copy.pragma("journal_mode = DELETE");
  const check = copy.pragma("quick_check", { simple: true });
  const articles = copy.prepare("SELECT count(*) FROM articles").pluck().get() as number;
  copy.close();
  if (check !== "ok") throw new Error(`the copy failed SQLite's check: ${check}`);
  renameSync(partial, target);
  rmSync(downloadsDirOf(target), { recursive: true, force: true });
  if (existsSync(downloadsDirOf(source))) cpSync(downloadsDirOf(source), downloadsDirOf(target), { recursive: true });
  console.log(`snapshot: ${articles} article(s) → ${target} and ${downloadsDirOf(target)}/`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`snapshot: ${(error as Error).message}`);
  process.exitCode = 1;
}
