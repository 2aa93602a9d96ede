import type { NextRequest } from "next/server";
import { PAGE_SIZE, parseSearchRequest } from "@/lib/search/request";
import { archive } from "@/lib/site/data";
import { countPairs, searchPairs } from "@/lib/store/reader";

// Search and concordance, answered from the database's full-text index (lib/store/reader.ts): one
// page of sentence pairs in date order, and where the next page starts. The browser downloads
// results, never the index. The first page also says how many pairs the index holds, counted up
// to COUNT_CAP so that a term found a million times answers as fast as a rare one.
export const dynamic = "force-dynamic";

const COUNT_CAP = 10_000;

export function GET(request: NextRequest) {
  const wanted = parseSearchRequest(request.nextUrl.search.slice(1));
  const db = archive();
  const { hits, next } = searchPairs(db, wanted.terms, {
    order: wanted.sort,
    after: wanted.after,
    limit: PAGE_SIZE[wanted.mode],
    exact: wanted.mode === "concordance",
  });
  return Response.json({
    terms: wanted.terms,
    hits: hits.map(({ slug, anchor, title, titleZh, date, en, zh }) => ({ url: `/articles/${slug}#${anchor}`, title, titleZh, date, en, zh })),
    next: next === null ? null : String(next),
    ...(wanted.after === null ? { count: countPairs(db, wanted.terms, COUNT_CAP) } : {}),
  });
}
