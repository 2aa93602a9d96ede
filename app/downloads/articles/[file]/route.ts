import { downloadFrame } from "@/lib/export/archive";
import { parseArticleDownload } from "@/lib/export/paths";
import { archive } from "@/lib/site/data";
import { articleExport } from "@/lib/store/reader";
import { CONTENT_TYPES } from "@/lib/serve/downloads";

// One article's links as TMX, TSV or text, framed from the export fragment the database keeps.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = (await params).file;
  const wanted = parseArticleDownload(name);
  const found = wanted && articleExport(archive(), wanted.slug, wanted.format);
  if (!wanted || !found) return new Response("Not found", { status: 404 });
  const { head, tail } = downloadFrame(wanted.format, found.alignerVersion);
  return new Response(head + found.fragment + tail, {
    headers: { "Content-Type": CONTENT_TYPES[wanted.format], "Content-Disposition": `attachment; filename="${name}"` },
  });
}
