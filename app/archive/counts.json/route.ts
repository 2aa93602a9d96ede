import type { NextRequest } from "next/server";
import { parseListView } from "@/lib/site/archive";
import { archive } from "@/lib/site/data";
import { facetsOf, monthCounts } from "@/lib/store/reader";

// Articles per month that pass a page and column filter (`?page=6&column=社论`), the whole archive,
// for the home page's timeline filters (TimelineFilters.tsx): one small answer per filter, however
// many pages and columns the archive has. Unknown filter values are ignored, as on the pages.
export const dynamic = "force-dynamic";

export function GET(request: NextRequest) {
  const db = archive();
  const { page, column } = parseListView(request.nextUrl.search, facetsOf(db));
  return Response.json(Object.fromEntries(monthCounts(db, { page, column })));
}
