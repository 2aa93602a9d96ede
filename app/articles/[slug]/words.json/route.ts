import { getArticleIndex } from "@/lib/site/data";
import { readArticleWords } from "@/lib/words/data";

// A static file per article (lib/words): fetched by the page only when a reader turns on pinyin or word lookup.
// Unknown slugs get the handler's own 404 (see the article page for why not `dynamicParams = false`).
export const dynamic = "force-static";

export function generateStaticParams() {
  return getArticleIndex().map(({ slug }) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!getArticleIndex().some((a) => a.slug === slug)) return new Response("Not found", { status: 404 });
  return Response.json(readArticleWords(slug));
}
