import { archive } from "@/lib/site/data";
import { articleWords } from "@/lib/store/reader";

// The article's word data (lib/words), fetched by the page only when a reader turns on pinyin or
// word lookup; rendered on first request and kept like alignment.json.
export const dynamic = "force-static";

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const words = articleWords(archive(), (await params).slug);
  if (!words) return new Response("Not found", { status: 404 });
  return Response.json(words);
}
