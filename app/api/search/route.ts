import type { NextRequest } from "next/server";
import { MAX_QUERY_CHARS } from "@/lib/search/query";
import { PAGE_SIZE, parseSearchRequest, storeFilters } from "@/lib/search/request";
import { archive } from "@/lib/site/data";
import { searchHit, type SearchResponse } from "@/lib/serve/search-response";
import { countPairs, renderingSummary, searchPairs } from "@/lib/store/reader";

// Search and concordance, answered from the database's full-text index (lib/store/reader.ts): one
// page of sentence pairs in date order, and where the next page starts. The browser downloads
// results, never the index. The first page also says how many pairs the index holds, counted up
// to COUNT_CAP so that a term found a million times answers as fast as a rare one; a concordance's
// first page brings the first term's renderings with their counts and years, over the whole
// archive within the filters (term_renderings, made at build time).
export const dynamic = "force-dynamic";

const COUNT_CAP = 10_000;

export function GET(request: NextRequest) {
  const started = performance.now();
  const wanted = parseSearchRequest(request.nextUrl.search.slice(1));
  const db = archive();
  const filters = storeFilters(wanted);
  const { hits, next } = searchPairs(db, wanted.terms, {
    order: wanted.sort,
    after: wanted.after,
    limit: PAGE_SIZE[wanted.mode],
    exact: wanted.mode === "concordance",
    ...filters,
  });
  const first = wanted.after === null;
  const body: SearchResponse = {
    terms: wanted.terms,
    ...(wanted.clipped ? { clipped: MAX_QUERY_CHARS } : {}),
    hits: hits.map(searchHit),
    next: next === null ? null : String(next),
    ...(first ? { count: countPairs(db, wanted.terms, COUNT_CAP) } : {}),
    ...(first && wanted.mode === "concordance" ? { renderings: renderingSummary(db, wanted.terms, filters) } : {}),
  };
  return Response.json(body, { headers: { "Server-Timing": `db;dur=${(performance.now() - started).toFixed(1)}` } });
}
