import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import { formatSearchRequest, type SearchRequest } from "@/lib/search/request";
import type { SearchResponse, SummaryResponse } from "@/lib/serve/search-response";
import { loadView, returning, saveView } from "./search-state";

/** A search as the page holds it: the query, its mode, order and filters. */
export type Query = Pick<SearchRequest, "q" | "mode" | "sort" | "filters">;

export const addressOf = (query: Query) => formatSearchRequest(query);

async function fetchPage(query: Query, after: string | null): Promise<SearchResponse> {
  const response = await fetch(`/api/search?${formatSearchRequest({ ...query, after: after === null ? null : Number(after) })}`);
  if (!response.ok) throw new Error(`search: ${response.status}`);
  return (await response.json()) as SearchResponse;
}

/** A concordance's renderings that the first page left to a request of their own (renderingsPending): their pass over every match runs apart. */
async function fetchSummary(query: Query): Promise<SummaryResponse> {
  const response = await fetch(`/api/search/summary?${formatSearchRequest(query)}`);
  if (!response.ok) throw new Error(`renderings: ${response.status}`);
  return (await response.json()) as SummaryResponse;
}

export interface SearchResults {
  /** Every page read so far, merged; null before the first arrives or for an empty query. */
  results: SearchResponse | null;
  /** A message while searching or on failure; null once results are shown. */
  message: string | null;
  /** True while the next page is being read. */
  reading: boolean;
  /** Why the renderings the first page left pending could not be counted, else null. */
  summaryError: string | null;
  /** Reads the next page and appends it. */
  more(): Promise<void>;
}

/**
 * The results of `query`, page by page, from the server. A page read for an earlier query is
 * dropped, not appended. Back and reload return to the kept view (the pages read and the place
 * on the page) rather than searching again.
 */
export function useSearchResults(query: Query | null): SearchResults {
  const [results, setResults] = useState<SearchResponse | null>(null);
  const [message, setMessage] = useState<string | null>("");
  const [reading, setReading] = useState(false);
  const [summaryError, setSummaryError] = useState<string | null>(null);
  const generation = useRef(0);
  const restoreScroll = useRef<number | null>(null);
  // Only the page's first search may be a return to a kept view.
  const firstSearch = useRef(true);

  useEffect(() => {
    if (!query) return;
    const asked = ++generation.current;
    if (!query.q.trim()) {
      setResults(null);
      setMessage("");
      return;
    }
    setSummaryError(null);
    // Renderings the first page left pending are counted apart, then merged into what is shown.
    const countRenderings = () =>
      fetchSummary(query).then(
        ({ renderings }) => {
          if (generation.current !== asked) return;
          setResults((current) => {
            if (!current) return current;
            const { renderingsPending: _pending, ...rest } = current;
            return { ...rest, renderings };
          });
        },
        (error: Error) => {
          if (generation.current === asked) setSummaryError(error.message);
        },
      );
    const restore = firstSearch.current && returning();
    firstSearch.current = false;
    const saved = restore ? loadView<SearchResponse>(addressOf(query)) : null;
    if (saved) {
      restoreScroll.current = saved.scrollY;
      setResults(saved.data);
      setMessage(null);
      // Left before the renderings came: count them again (kept by the server once finished).
      if (saved.data.renderingsPending) void countRenderings();
      return;
    }
    setMessage("Searching…");
    fetchPage(query, null).then(
      (page) => {
        if (generation.current !== asked) return;
        setResults(page);
        setMessage(null);
        if (page.renderingsPending) void countRenderings();
      },
      (error: Error) => {
        if (generation.current !== asked) return;
        setResults(null);
        setMessage(`The search failed (${error.message}).`);
      },
    );
  }, [query]);

  useKeptPlace(query, results, restoreScroll);

  const more = async () => {
    if (reading || !query || !results || results.next === null) return;
    setReading(true);
    const asked = generation.current;
    try {
      const page = await fetchPage(query, results.next);
      if (generation.current !== asked) return;
      setResults((current) => (current ? { ...current, hits: [...current.hits, ...page.hits], next: page.next } : current));
    } catch (error) {
      if (generation.current === asked) setMessage(`The search failed (${(error as Error).message}).`);
    } finally {
      setReading(false);
    }
  };

  return { results, message, reading, summaryError, more };
}

/** Back and reload: the pages read are kept as the reader scrolls and leaves, then the place on the page is restored. */
function useKeptPlace(query: Query | null, results: SearchResponse | null, restoreScroll: RefObject<number | null>) {
  useLayoutEffect(() => {
    if (restoreScroll.current === null || !results) return;
    window.scrollTo(0, restoreScroll.current);
    restoreScroll.current = null;
  }, [results, restoreScroll]);

  useEffect(() => {
    if (!query || !results) return;
    const save = () => saveView(addressOf(query), { data: results, scrollY: window.scrollY });
    save();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(save, 150);
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("pagehide", save);
    document.addEventListener("click", save, true);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("pagehide", save);
      document.removeEventListener("click", save, true);
    };
  }, [query, results]);
}
