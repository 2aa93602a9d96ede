import { archive } from "@/lib/site/data";
import { monthFacets } from "@/lib/store/reader";

// Per month, articles by page and column, for the home page's timeline filters (TimelineFilters.tsx),
// fetched only when a filter is used; read from the database's month counts on each request.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(monthFacets(archive()));
}
