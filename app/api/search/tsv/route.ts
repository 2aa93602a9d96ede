import type { NextRequest } from "next/server";
import { concordanceTsv, type ConcordanceRow } from "@/lib/search/concordance-tsv";
import { parseSearchRequest, storeFilters } from "@/lib/search/request";
import { archive } from "@/lib/site/data";
import { searchPairs } from "@/lib/store/reader";

// The concordance of a search (same address parameters as /api/search) as a TSV file, every page
// up to EXPORT_CAP pairs, in the view's order and filters.
export const dynamic = "force-dynamic";

const EXPORT_CAP = 20_000;
const PAGE = 1000;

export function GET(request: NextRequest) {
  const wanted = parseSearchRequest(request.nextUrl.search.slice(1));
  const db = archive();
  const rows: ConcordanceRow[] = [];
  let after: number | null = null;
  do {
    const { hits, next } = searchPairs(db, wanted.terms, { order: wanted.sort, after, limit: PAGE, exact: true, ...storeFilters({ ...wanted, mode: "concordance" }) });
    rows.push(...hits);
    after = next;
  } while (after !== null && rows.length < EXPORT_CAP);
  const name = `concordance-${wanted.terms.map((t) => t.text).join("-").replace(/[^\p{L}\p{N}-]+/gu, "_").slice(0, 60) || "empty"}.tsv`;
  return new Response(concordanceTsv(rows.slice(0, EXPORT_CAP), wanted.terms[0]?.lang ?? "en"), {
    headers: {
      "Content-Type": "text/tab-separated-values; charset=utf-8",
      "Content-Disposition": `attachment; filename="concordance.tsv"; filename*=UTF-8''${encodeURIComponent(name)}`,
    },
  });
}
