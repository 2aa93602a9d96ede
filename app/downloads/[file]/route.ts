import path from "node:path";
import { parseArchiveDownload } from "@/lib/export/paths";
import { archive } from "@/lib/site/data";
import { archiveFile } from "@/lib/store/database";
import { CONTENT_TYPES, downloadFiles, yearsDownload } from "@/lib/serve/downloads";

// The archive's downloads: `archive.tmx` (every year, streamed, never held in memory) and
// `archive-1958.tmx` (one year), from the year files build-data writes beside the database.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = (await params).file;
  const wanted = parseArchiveDownload(name);
  if (!wanted) return new Response("Not found", { status: 404 });
  const dir = path.join(path.dirname(archiveFile()), "downloads");
  // The file names and the version from one read of the database: they belong to one build.
  const db = archive();
  const { files, version } = db.transaction(() => ({
    files: downloadFiles(db, wanted.format),
    version: db.prepare("SELECT value FROM meta WHERE key = 'aligner_version'").pluck().get() as string,
  }))();
  const chosen = wanted.year === null ? files : files.filter((entry) => entry.year === wanted.year);
  if (chosen.length === 0 && wanted.year !== null) return new Response("Not found", { status: 404 });
  const download = yearsDownload(dir, chosen, wanted.format, version);
  if (!download) return new Response("The downloads are being written by a build; try again in a moment.", { status: 503, headers: { "Retry-After": "30" } });
  return new Response(download.stream, {
    headers: {
      "Content-Type": CONTENT_TYPES[wanted.format],
      "Content-Length": String(download.bytes),
      "Content-Disposition": `attachment; filename="${name}"`,
    },
  });
}
