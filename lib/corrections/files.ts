// Edge module: the file system side of corrections, shared by `npm run pin` and edit mode's
// development route. Everything it decides is in the pure modules beside it.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { decodeUtf8 } from "@/lib/content/decode";
import { parseArticle } from "@/lib/content/parse";
import type { ContentProblem } from "@/lib/content/types";
import { segmentArticle } from "./article";

/** `content/x.txt` → `content/x.links`: the corrections file beside an article file. */
export const linksFileOf = (articleFile: string) => `${articleFile.replace(/\.[^./]*$/, "")}.links`;

/**
 * The article's sentences as the build numbers and hashes them (flattened, document order), read
 * from its file; or the file's problems (`file:line`), e.g. when it no longer parses.
 */
export function readArticleSentences(articleFile: string): { ok: true; en: string[]; zh: string[] } | { ok: false; problems: ContentProblem[] } {
  const decoded = decodeUtf8(articleFile, readFileSync(articleFile));
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const parsed = parseArticle(articleFile, decoded.text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const spans = segmentArticle(parsed.article);
  return { ok: true, en: spans.en.flat().map((s) => s.text), zh: spans.zh.flat().map((s) => s.text) };
}

/** The corrections file's text; "" when there is none. */
export const readLinks = (linksFile: string) => (existsSync(linksFile) ? readFileSync(linksFile, "utf8") : "");

/** Writes the corrections file; an empty text removes it, so an article without pins has none. */
function writeLinks(linksFile: string, text: string): void {
  if (text === "") rmSync(linksFile, { force: true });
  else writeFileSync(linksFile, text);
}

/** A lock older than this is left by a writer that died between its read and its write. */
const STALE_LOCK_MS = 10_000;
const LOCK_WAIT_MS = 5_000;

/**
 * Holds `.<name>.links.lock` (created exclusively; hidden, so the build never reads it as content)
 * while `work` runs; waits for another writer's short hold.
 */
function withLock<T>(linksFile: string, work: () => T, waitMs: number): T {
  const lock = path.join(path.dirname(linksFile), `.${path.basename(linksFile)}.lock`);
  const until = Date.now() + waitMs;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue;
      }
      if (age > STALE_LOCK_MS) rmSync(lock, { force: true });
      else if (Date.now() > until) throw new Error(`${lock} is held by another writer of ${linksFile}; try again, or delete the lock if no pin or edit is running`);
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}

/**
 * Compare-and-swap on the corrections file: writes `next` only if the file still holds `expected`
 * (what this writer read), under a lock, so that `npm run pin` and edit mode never undo each
 * other's change. Returns what the file held when it did not match.
 */
export function replaceLinks(linksFile: string, expected: string, next: string, waitMs = LOCK_WAIT_MS): { ok: true } | { ok: false; found: string } {
  const swap = (): { ok: true } | { ok: false; found: string } => {
    const found = readLinks(linksFile);
    if (found !== expected) return { ok: false, found };
    if (next !== found) writeLinks(linksFile, next);
    return { ok: true };
  };
  return withLock(linksFile, swap, waitMs);
}
