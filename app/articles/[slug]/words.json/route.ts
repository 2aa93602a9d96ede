import { getArticleIndex } from "@/lib/site/data";
import { readArticleWords } from "@/lib/words/data";

// A static file per article (lib/words): fetched by the page only when a reader turns on pinyin or word lookup.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticleIndex().map(({ slug }) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!getArticleIndex().some((a) => a.slug === slug)) return new Response("Not found", { status: 404 });
  return Response.json(readArticleWords(slug));
}
