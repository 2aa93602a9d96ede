import { getArticle, getArticleIndex } from "@/lib/site/data";
import { toAlignmentFile } from "@/lib/site/article";

// A static file per article, written by `next build`; the schema is documented in the README.
// Unknown slugs get the handler's own 404 (see the page for why not `dynamicParams = false`).
export const dynamic = "force-static";

export function generateStaticParams() {
  return getArticleIndex().map(({ slug }) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  if (!article) return new Response("Not found", { status: 404 });
  return Response.json(toAlignmentFile(article));
}
