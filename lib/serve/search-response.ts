import type { Term } from "@/lib/search/query";
import type { PairHit, RenderingSummary } from "@/lib/store/reader";

/** One sentence pair as /api/search sends it: the store's pair with the address it opens at. */
export interface SearchHit extends Omit<PairHit, "id" | "anchor"> {
  url: string;
}

/** What /api/search answers: one page of pairs; the first page also brings the count and, in a concordance, the renderings. */
export interface SearchResponse {
  terms: Term[];
  /** Set when the query was cut: the limit it was cut at, in characters. */
  clipped?: number;
  hits: SearchHit[];
  /** Where the next page starts, null on the last. */
  next: string | null;
  count?: { count: number; capped: boolean };
  renderings?: RenderingSummary;
  /** A concordance's first page whose renderings need a pass over every match: ask /api/search/summary. */
  renderingsPending?: true;
}

/** What /api/search/summary answers. */
export interface SummaryResponse {
  renderings: RenderingSummary;
}

export type { RenderingSummary } from "@/lib/store/reader";

export function searchHit({ id: _id, anchor, ...pair }: PairHit): SearchHit {
  return { url: `/articles/${pair.slug}#${anchor}`, ...pair };
}
