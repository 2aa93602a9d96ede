// Where the build reads and writes, for the scripts: CONTENT_DIR, ALIGNMENT_CACHE_DIR and
// ARCHIVE_DB point it elsewhere (the archive benchmark, the edit-mode test), relative to the
// working directory; the build code's version is read from this repository wherever it runs.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ArchivePaths } from "@/lib/build/update";
import { archiveFile } from "@/lib/store/database";

export const repoRoot = fileURLToPath(new URL("..", import.meta.url));

export function archivePaths(root = process.cwd()): ArchivePaths {
  return {
    repoRoot,
    contentDir: path.resolve(root, process.env.CONTENT_DIR || "content"),
    cacheDir: path.resolve(root, process.env.ALIGNMENT_CACHE_DIR || path.join(".cache", "alignments")),
    dbFile: archiveFile(root),
  };
}
