import { toAlignmentFile } from "@/lib/site/article";
import { archive } from "@/lib/site/data";
import { articleBySlug } from "@/lib/store/reader";

// Rendered from the database on first request and kept by the page cache while the article is
// unchanged (see the article page); the schema is documented in the README. Unknown slugs get the
// handler's own 404, never kept.
export const dynamic = "force-static";

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = articleBySlug(archive(), (await params).slug);
  if (!article) return new Response("Not found", { status: 404 });
  return Response.json(toAlignmentFile(article));
}
