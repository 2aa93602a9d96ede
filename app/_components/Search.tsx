"use client";

import { useEffect, useRef, useState } from "react";
import { formatDateEn } from "@/lib/site/format";
import { highlight } from "@/lib/search/highlight";
import type { Term } from "@/lib/search/query";
import { formatSearchRequest, parseSearchRequest, type SearchMode, type SearchRequest } from "@/lib/search/request";

/**
 * Search and concordance, answered by the server (app/api/search, from the archive database):
 * the browser fetches a page of results at a time, never an index. Results are sentence pairs in
 * date order, each linking to its sentence. The address holds the search (lib/search/request.ts).
 */

interface Hit {
  url: string;
  title: string;
  titleZh: string;
  date: string;
  en: string;
  zh: string;
}

interface Page {
  terms: Term[];
  hits: Hit[];
  next: string | null;
  count?: { count: number; capped: boolean };
}

type Query = Pick<SearchRequest, "q" | "mode" | "sort">;

const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

function statusText(mode: SearchMode, shown: number, count: Page["count"], more: boolean): string {
  if (mode === "search") return count ? `${count.count.toLocaleString("en")}${count.capped ? "+" : ""} result${count.count === 1 && !count.capped ? "" : "s"}` : "";
  return `${plural(shown, "sentence pair")}${more ? " so far" : ""}`;
}

async function fetchPage(query: Query, after: string | null): Promise<Page> {
  const response = await fetch(`/api/search?${formatSearchRequest({ ...query, after: after === null ? null : Number(after) })}`);
  if (!response.ok) throw new Error(`search: ${response.status}`);
  return (await response.json()) as Page;
}

function Marked({ text, terms, lang }: { text: string; terms: Term[]; lang: Term["lang"] }) {
  return (
    <>
      {highlight(text, terms, lang).map((piece, i) => (piece.mark ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
    </>
  );
}

export function Search() {
  const [query, setQuery] = useState<Query>({ q: "", mode: "search", sort: "newest" });
  const [draft, setDraft] = useState("");
  const [terms, setTerms] = useState<Term[]>([]);
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [count, setCount] = useState<Page["count"]>(undefined);
  // A message while searching or on failure; null once results are shown, whose counts the status derives.
  const [message, setMessage] = useState<string | null>("");
  const [reading, setReading] = useState(false);
  // Which query the shown hits belong to: a page read for an earlier one is dropped, not appended.
  const generation = useRef(0);

  useEffect(() => {
    const initial = parseSearchRequest(window.location.search.slice(1));
    setQuery(initial);
    setDraft(initial.q);
  }, []);

  useEffect(() => {
    const asked = ++generation.current;
    if (!query.q.trim()) {
      setHits(null);
      setMessage("");
      return;
    }
    setMessage("Searching…");
    fetchPage(query, null).then(
      (page) => {
        if (generation.current !== asked) return;
        setTerms(page.terms);
        setHits(page.hits);
        setNext(page.next);
        setCount(page.count);
        setMessage(null);
      },
      (error: Error) => {
        if (generation.current !== asked) return;
        setHits([]);
        setMessage(`The search failed (${error.message}).`);
      },
    );
  }, [query]);

  const more = async () => {
    if (reading || next === null) return;
    setReading(true);
    const asked = generation.current;
    try {
      const page = await fetchPage(query, next);
      if (generation.current !== asked) return;
      setHits((current) => [...(current ?? []), ...page.hits]);
      setNext(page.next);
    } catch (error) {
      if (generation.current === asked) setMessage(`The search failed (${(error as Error).message}).`);
    } finally {
      setReading(false);
    }
  };

  const go = (wanted: Query) => {
    setQuery(wanted);
    const search = formatSearchRequest(wanted);
    window.history.replaceState(window.history.state, "", `/search${search ? `?${search}` : ""}`);
  };
  const defaultSort = (mode: SearchMode) => (mode === "concordance" ? "oldest" : "newest");

  const field = "rounded border border-rule bg-paper px-2 py-1 text-ink";
  const first = terms[0]?.lang ?? "en";
  return (
    <div>
      <form
        role="search"
        className="flex flex-wrap items-center gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          go({ ...query, q: draft.trim() });
        }}
      >
        <input
          type="search"
          name="q"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          aria-label="Search term, English or Chinese"
          placeholder="e.g. cooperatives, 手工业, 整顿"
          className="min-w-0 flex-1 rounded-full border border-rule bg-transparent px-4 py-2 text-[1.0625rem] text-ink focus:border-muted focus:outline-none"
          data-search-input
          autoFocus
        />
        <button type="submit" className="rounded-full border border-rule px-4 py-2 font-[family-name:var(--font-ui)] text-[0.875rem] hover:border-muted">
          Search
        </button>
      </form>
      <div className="meta mt-3 flex flex-wrap items-center gap-x-5 gap-y-2">
        <label>
          <input type="radio" name="mode" checked={query.mode === "search"} onChange={() => go({ q: draft.trim(), mode: "search", sort: defaultSort("search") })} data-mode="search" /> All
          matches
        </label>
        <label>
          <input type="radio" name="mode" checked={query.mode === "concordance"} onChange={() => go({ q: draft.trim(), mode: "concordance", sort: defaultSort("concordance") })} data-mode="concordance" />{" "}
          Concordance (each term exactly as typed)
        </label>
        <label>
          Order{" "}
          <select className={field} value={query.sort} onChange={(e) => go({ ...query, sort: e.target.value === "newest" ? "newest" : "oldest" })} data-concordance-sort>
            <option value="oldest">oldest first</option>
            <option value="newest">newest first</option>
          </select>
        </label>
        <span aria-live="polite" data-search-status>
          {message ?? statusText(query.mode, hits?.length ?? 0, count, next !== null)}
        </span>
      </div>
      {hits && hits.length > 0 && (
        <ol className="mt-6 divide-y divide-rule border-y border-rule" data-results={query.mode}>
          {hits.map((hit) => (
            <li key={hit.url} className="py-4" data-hit data-lang={first} data-date={hit.date}>
              <a href={hit.url} className="group block">
                <span className="meta block">
                  <time dateTime={hit.date}>{hit.date && formatDateEn(hit.date)}</time> · <span className="group-hover:text-accent">{hit.title}</span>{" "}
                  <span lang="zh-Hans">{hit.titleZh}</span>
                </span>
                <span className="mt-2 grid gap-x-8 gap-y-1 wide:grid-cols-2">
                  <span lang="en" className="block leading-relaxed" data-side="en">
                    <Marked text={hit.en} terms={terms} lang="en" />
                  </span>
                  <span lang="zh-Hans" className="block leading-relaxed" data-side="zh">
                    <Marked text={hit.zh} terms={terms} lang="zh" />
                  </span>
                </span>
              </a>
            </li>
          ))}
        </ol>
      )}
      {next !== null && hits && (
        <button type="button" onClick={more} disabled={reading} className="meta mt-4 rounded-full border border-rule px-4 py-1.5 hover:border-muted" data-more>
          More results
        </button>
      )}
    </div>
  );
}
