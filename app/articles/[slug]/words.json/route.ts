import { archive } from "@/lib/site/data";
import { articleWords } from "@/lib/store/reader";
import { slugJson } from "@/app/_shared/slug-json";

// The article's word data (lib/words), fetched by the page only when a reader turns on pinyin or
// word lookup; rendered on first request and kept like alignment.json.
export const dynamic = "force-static";

export function generateStaticParams() {
  return [];
}

export const GET = slugJson((slug) => articleWords(archive(), slug));
