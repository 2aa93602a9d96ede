import { toAlignmentFile } from "@/lib/site/article";
import { archive } from "@/lib/site/data";
import { articleBySlug } from "@/lib/store/reader";
import { slugJson } from "@/app/_shared/slug-json";

// Rendered from the database on first request and kept by the page cache while the article is
// unchanged (see the article page); the schema is documented in the README. Unknown slugs get the
// handler's own 404, never kept.
export const dynamic = "force-static";

export function generateStaticParams() {
  return [];
}

export const GET = slugJson((slug) => {
  const article = articleBySlug(archive(), slug);
  return article && toAlignmentFile(article);
});
