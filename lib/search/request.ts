import { NONE } from "./chart";
import { clipQuery, parseQuery, type Term } from "./query";

/**
 * A search as the address and the search API ask for it, read defensively. Pure.
 *   ?q=…                           pairs holding every term, newest first, 20 a page
 *   &mode=concordance              only pairs where each term stands as typed (not its variants), oldest first, 100 a page
 *   &sort=oldest|newest            the order, by date
 *   &after=<pair id>               the page after the one that ended there (the API's `next`)
 *   &from=1954&to=1956             only these years (inclusive)
 *   &page=2&column=…               only articles of this newspaper page, this column
 *   &r=rectification               concordance: only pairs where the first term has this rendering; r=- those with none found
 */
export type SearchMode = "search" | "concordance";

export interface SearchRequest {
  q: string;
  /** Whether the query was longer than MAX_QUERY_CHARS and cut (between characters). */
  clipped: boolean;
  terms: Term[];
  mode: SearchMode;
  sort: "oldest" | "newest";
  after: number | null;
  filters: SearchFilters;
}

export interface SearchFilters {
  from: string | null;
  to: string | null;
  page: string | null;
  column: string | null;
  /** A rendering of the first term; NO_RENDERING for the pairs where none was found. */
  rendering: string | null;
}

export const NO_RENDERING = NONE;
export const NO_FILTERS: SearchFilters = { from: null, to: null, page: null, column: null, rendering: null };

const year = (value: string | null) => (value && /^\d{4}$/.test(value) ? value : null);
const text = (value: string | null, max: number) => (value ? [...value.trim()].slice(0, max).join("") || null : null);

function parseFilters(params: URLSearchParams): SearchFilters {
  let from = year(params.get("from"));
  let to = year(params.get("to"));
  if (from && to && from > to) [from, to] = [to, from];
  return { from, to, page: text(params.get("page"), 20), column: text(params.get("column"), 40), rendering: text(params.get("r"), 100) };
}

export const PAGE_SIZE: Record<SearchMode, number> = { search: 20, concordance: 100 };

export function parseSearchRequest(search: string): SearchRequest {
  let params: URLSearchParams;
  try {
    // Read whole, then clipped by characters: cutting the encoded string could split a character's escape (整%E).
    params = new URLSearchParams(typeof search === "string" ? search.slice(0, 100_000) : "");
  } catch {
    params = new URLSearchParams();
  }
  const asked = params.get("q") ?? "";
  const q = clipQuery(asked);
  const mode: SearchMode = params.get("mode") === "concordance" ? "concordance" : "search";
  const sort = params.get("sort") === "oldest" || params.get("sort") === "newest" ? (params.get("sort") as "oldest" | "newest") : mode === "concordance" ? "oldest" : "newest";
  const after = Number(params.get("after"));
  return {
    q,
    clipped: q.length < asked.length,
    terms: parseQuery(q),
    mode,
    sort,
    after: params.has("after") && Number.isSafeInteger(after) && after >= 0 ? after : null,
    filters: parseFilters(params),
  };
}

/** The address of a search (defaults left out); `after` only for the API. */
export function formatSearchRequest(request: Pick<SearchRequest, "q" | "mode" | "sort"> & { after?: number | null; filters?: SearchFilters }): string {
  const params = new URLSearchParams();
  if (request.q) params.set("q", request.q);
  if (request.mode === "concordance") params.set("mode", "concordance");
  if (request.sort !== (request.mode === "concordance" ? "oldest" : "newest")) params.set("sort", request.sort);
  const f = request.filters ?? NO_FILTERS;
  for (const [name, value] of [["from", f.from], ["to", f.to], ["page", f.page], ["column", f.column], ["r", f.rendering]] as const) if (value) params.set(name, value);
  if (request.after !== undefined && request.after !== null) params.set("after", String(request.after));
  return params.toString();
}

/** The filters as the store's search options (lib/store/reader.ts): years as a span, the rendering only in the concordance. */
export function storeFilters(wanted: Pick<SearchRequest, "mode" | "filters">) {
  const { from, to, page, column, rendering } = wanted.filters;
  const years = from || to ? { from: from ?? "0000", to: to ?? "9999" } : undefined;
  return { years, page, column, rendering: wanted.mode === "concordance" ? rendering : null };
}
