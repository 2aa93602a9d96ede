import type { NextRequest } from "next/server";
import { parseSearchRequest, storeFilters } from "@/lib/search/request";
import { archive, summaries } from "@/lib/site/data";
import type { SummaryResponse } from "@/lib/serve/search-response";

// A concordance's renderings summary (same parameters as /api/search), asked for by the page when
// the first response said `renderingsPending`: counted over every match on a worker thread, so the
// server answers other requests meanwhile; stopped at the deadline and then said so (`stopped`).
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const started = performance.now();
  const wanted = parseSearchRequest(request.nextUrl.search.slice(1));
  const { years, page, column } = storeFilters(wanted);
  try {
    const body: SummaryResponse = { renderings: await summaries.full(archive(), wanted.terms, { years, page, column }) };
    return Response.json(body, { headers: { "Server-Timing": `summary;dur=${(performance.now() - started).toFixed(1)}` } });
  } catch (error) {
    console.error(`summary: ${(error as Error).message}`);
    return Response.json({ error: "The renderings could not be counted now." }, { status: 503, headers: { "Retry-After": "10" } });
  }
}
