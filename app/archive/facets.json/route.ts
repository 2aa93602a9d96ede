import { monthFacets } from "@/lib/site/archive";
import { getArticleIndex } from "@/lib/site/data";

// A static file written by `next build`: per month, articles by page and column, for the home
// page's timeline filters (TimelineFilters.tsx), fetched only when a filter is used.
export const dynamic = "force-static";

export function GET() {
  return Response.json(monthFacets(getArticleIndex()));
}
