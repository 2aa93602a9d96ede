import type { NextRequest } from "next/server";
import { MAX_QUERY_CHARS } from "@/lib/search/query";
import { PAGE_SIZE, parseSearchRequest, storeFilters } from "@/lib/search/request";
import { archive } from "@/lib/site/data";
import { searchHit, type SearchResponse } from "@/lib/serve/search-response";
import { COUNT_CAP, countPairs, Matches, renderingSummary, searchPairs } from "@/lib/store/reader";

// Search and concordance, answered from the database's full-text index (lib/store/reader.ts): one
// page of sentence pairs in date order, and where the next page starts. The browser downloads
// results, never the index. The first page also says how many pairs the index holds, counted up
// to COUNT_CAP so that a term found a million times answers as fast as a rare one; a concordance's
// first page brings the first term's renderings with their counts and years, over the whole
// archive within the filters (the pairs' links and term_counts, made at build time). The first
// page, its count and its summary share one reading of the index's matches (Matches).
export const dynamic = "force-dynamic";

export function GET(request: NextRequest) {
  const started = performance.now();
  const wanted = parseSearchRequest(request.nextUrl.search.slice(1));
  const db = archive();
  const filters = storeFilters(wanted);
  const first = wanted.after === null;
  const matches = first ? new Matches(db, wanted.terms) : undefined;
  // The summary first: when it reads every match, the page and the count are answered from its pass.
  const renderings = first && wanted.mode === "concordance" ? renderingSummary(db, wanted.terms, filters, matches) : undefined;
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
    ...(first ? { count: countPairs(db, wanted.terms, COUNT_CAP, matches) } : {}),
    ...(renderings ? { renderings } : {}),
  };
  return Response.json(body, { headers: { "Server-Timing": `db;dur=${(performance.now() - started).toFixed(1)}` } });
}
