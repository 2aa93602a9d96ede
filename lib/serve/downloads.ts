// Edge module: the year download files build-data writes (lib/build/exports.ts), read back for the
// download routes: one year framed as a document, or every year joined into one, streamed. Which
// files make a year is read from the database, so a download always matches the build it serves.
import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { downloadFrame } from "@/lib/export/archive";
import type { DownloadFormat } from "@/lib/export/paths";
import { recordedDownloads, type DownloadFile } from "@/lib/build/exports";
import type { Db } from "@/lib/store/database";

export const CONTENT_TYPES: Record<DownloadFormat, string> = {
  tmx: "application/x-tmx+xml; charset=utf-8",
  tsv: "text/tab-separated-values; charset=utf-8",
  txt: "text/plain; charset=utf-8",
};

/** The files of a format the database names, newest year first. */
export function downloadFiles(db: Db, format: DownloadFormat): DownloadFile[] {
  return recordedDownloads(db).filter((entry) => entry.format === format);
}

/**
 * A download of the given years' files (newest first) as a stream, and its length; null when a
 * file is missing (a newer build has just replaced it), so nothing half-made is sent.
 */
export function yearsDownload(dir: string, files: readonly DownloadFile[], format: DownloadFormat, toolVersion: string): { stream: ReadableStream; bytes: number } | null {
  const paths = files.map((entry) => ({ file: path.join(dir, entry.file), bytes: entry.bytes }));
  if (!paths.every(({ file }) => existsSync(file))) return null;
  const { head, between, tail } = downloadFrame(format, toolVersion);
  const parts = paths.filter(({ bytes }) => bytes > 0);
  const bytes = Buffer.byteLength(head) + Buffer.byteLength(tail) + Math.max(0, parts.length - 1) * Buffer.byteLength(between) + parts.reduce((sum, part) => sum + part.bytes, 0);
  async function* chunks() {
    yield Buffer.from(head);
    for (const [i, { file }] of parts.entries()) {
      if (i > 0 && between) yield Buffer.from(between);
      for await (const chunk of createReadStream(file).pipe(createGunzip())) yield chunk as Buffer;
    }
    yield Buffer.from(tail);
  }
  return { stream: Readable.toWeb(Readable.from(chunks())) as ReadableStream, bytes };
}
