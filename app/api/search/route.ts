import type { NextRequest } from "next/server";
import { MAX_QUERY_CHARS } from "@/lib/search/query";
import { PAGE_SIZE, parseSearchRequest, storeFilters } from "@/lib/search/request";
import { archive, summaries } from "@/lib/site/data";
import { searchHit, type SearchResponse } from "@/lib/serve/search-response";
import { COUNT_CAP, countPairs, searchPairs } from "@/lib/store/reader";

// Search and concordance, answered from the database's full-text index (lib/store/reader.ts): one
// page of sentence pairs in date order, and where the next page starts. The browser downloads
// results, never the index. The first page also says how many pairs the index holds, counted up
// to COUNT_CAP so that a term found a million times answers as fast as a rare one. A concordance's
// first page brings the first term's renderings with their counts and years, over the whole
// archive within the filters, when they are cheap (term_counts, or the matches the page and the
// count read anyway); otherwise it says `renderingsPending` and the page asks
// /api/search/summary, whose long pass runs off the event loop (lib/serve/concordance-summary.ts).
export const dynamic = "force-dynamic";

export function GET(request: NextRequest) {
  const started = performance.now();
  const wanted = parseSearchRequest(request.nextUrl.search.slice(1));
  const db = archive();
  const filters = storeFilters(wanted);
  const first = wanted.after === null;
  const matches = first ? summaries.matches(db, wanted.terms) : undefined;
  // The count first: its list of at most COUNT_CAP ids is what the page and a cheap summary read.
  const count = first ? countPairs(db, wanted.terms, COUNT_CAP, matches) : undefined;
  const renderings = first && wanted.mode === "concordance" ? summaries.first(db, wanted.terms, filters, matches) : undefined;
  const { hits, next } = searchPairs(db, wanted.terms, {
    order: wanted.sort,
    after: wanted.after,
    limit: PAGE_SIZE[wanted.mode],
    exact: wanted.mode === "concordance",
    ...filters,
  }, matches);
  const body: SearchResponse = {
    terms: wanted.terms,
    ...(wanted.clipped ? { clipped: MAX_QUERY_CHARS } : {}),
    hits: hits.map(searchHit),
    next: next === null ? null : String(next),
    ...(count ? { count } : {}),
    ...(renderings ? { renderings } : renderings === null ? { renderingsPending: true } : {}),
  };
  return Response.json(body, { headers: { "Server-Timing": `db;dur=${(performance.now() - started).toFixed(1)}` } });
}
