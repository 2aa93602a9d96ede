import { clipQuery, parseQuery, type Term } from "./query";

/**
 * A search as the address and the search API ask for it, read defensively. Pure.
 *   ?q=…                           pairs holding every term, newest first, 20 a page
 *   &mode=concordance              only pairs where each term stands as typed (not its variants), oldest first, 100 a page
 *   &sort=oldest|newest            the order, by date
 *   &after=<pair id>               the page after the one that ended there (the API's `next`)
 */
export type SearchMode = "search" | "concordance";

export interface SearchRequest {
  q: string;
  terms: Term[];
  mode: SearchMode;
  sort: "oldest" | "newest";
  after: number | null;
}

export const PAGE_SIZE: Record<SearchMode, number> = { search: 20, concordance: 100 };

export function parseSearchRequest(search: string): SearchRequest {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(typeof search === "string" ? search.slice(0, 2000) : "");
  } catch {
    params = new URLSearchParams();
  }
  const q = clipQuery(params.get("q") ?? "");
  const mode: SearchMode = params.get("mode") === "concordance" ? "concordance" : "search";
  const sort = params.get("sort") === "oldest" || params.get("sort") === "newest" ? (params.get("sort") as "oldest" | "newest") : mode === "concordance" ? "oldest" : "newest";
  const after = Number(params.get("after"));
  return { q, terms: parseQuery(q), mode, sort, after: params.has("after") && Number.isSafeInteger(after) && after >= 0 ? after : null };
}

/** The address of a search (defaults left out); `after` only for the API. */
export function formatSearchRequest(request: Pick<SearchRequest, "q" | "mode" | "sort"> & { after?: number | null }): string {
  const params = new URLSearchParams();
  if (request.q) params.set("q", request.q);
  if (request.mode === "concordance") params.set("mode", "concordance");
  if (request.sort !== (request.mode === "concordance" ? "oldest" : "newest")) params.set("sort", request.sort);
  if (request.after !== undefined && request.after !== null) params.set("after", String(request.after));
  return params.toString();
}
