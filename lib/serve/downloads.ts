// Edge module: the year download files build-data writes (lib/build/exports.ts), read back for the
// download routes: one year framed as a document, or every year joined into one, streamed.
import { createReadStream, existsSync } from "node:fs";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { downloadFrame } from "@/lib/export/archive";
import type { DownloadFormat } from "@/lib/export/paths";
import { readManifest, yearFile } from "@/lib/build/exports";

export const CONTENT_TYPES: Record<DownloadFormat, string> = {
  tmx: "application/x-tmx+xml; charset=utf-8",
  tsv: "text/tab-separated-values; charset=utf-8",
  txt: "text/plain; charset=utf-8",
};

/**
 * A download of the given years (newest first) as a stream, and its length; null when a year's
 * file is missing (a build is writing it), so nothing half-made is sent.
 */
export function yearsDownload(dir: string, years: readonly string[], format: DownloadFormat, toolVersion: string): { stream: ReadableStream; bytes: number } | null {
  const manifest = readManifest(dir);
  const files = years.map((year) => ({ file: yearFile(dir, year, format), bytes: manifest.years[year]?.bytes[format] }));
  if (!files.every(({ file, bytes }) => bytes !== undefined && existsSync(file))) return null;
  const { head, between, tail } = downloadFrame(format, toolVersion);
  const parts = files.filter(({ bytes }) => bytes! > 0);
  const bytes = Buffer.byteLength(head) + Buffer.byteLength(tail) + Math.max(0, parts.length - 1) * Buffer.byteLength(between) + parts.reduce((sum, part) => sum + part.bytes!, 0);
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

/** The years the downloads hold, newest first. */
export function downloadYears(dir: string): string[] {
  return Object.keys(readManifest(dir).years).sort().reverse();
}
