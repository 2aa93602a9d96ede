"use client";

import { useEffect, useRef, useState } from "react";
import { hanQueryTerms } from "@/lib/site/han-grams";
import { containsAll, hasHan, highlight, queryTerms } from "@/lib/site/highlight";
import { formatDateEn } from "@/lib/site/format";

/**
 * Search and concordance over the static Pagefind index (scripts/build-search.ts). The index and
 * Pagefind's own script load only here, on demand: /pagefind/en/ for Latin queries, /pagefind/zh/
 * for queries with Chinese characters. Results are sentence pairs linking to the sentence.
 *   ?q=…                         search, best matches first
 *   ?q=…&mode=concordance        every sentence pair containing the term, by date
 *   &sort=oldest|newest          order of the concordance (default oldest first)
 */

interface PagefindResult {
  data(): Promise<{ url: string; meta: Record<string, string> }>;
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

interface Hit {
  url: string;
  lang: "en" | "zh";
  title: string;
  titleZh: string;
  date: string;
  text: string;
  other: string;
}

const PAGE = 20;
/** The concordance reads Pagefind's matches (by date) this many at a time: each is a fragment to fetch. */
const CONCORDANCE_BATCH = 1000;
const batchSize = (mode: Mode) => (mode === "concordance" ? CONCORDANCE_BATCH : PAGE);

function statusText(mode: Mode, shown: number, unread: number, total: number): string {
  if (mode === "search") return `${total} result${total === 1 ? "" : "s"}`;
  const pairs = `${shown} sentence pair${shown === 1 ? "" : "s"}`;
  return unread > 0 ? `${pairs} (the first ${total - unread} of ${total} matches read)` : pairs;
}
const bundles = new Map<string, Promise<PagefindModule>>();

function pagefindFor(lang: "en" | "zh"): Promise<PagefindModule> {
  let bundle = bundles.get(lang);
  if (!bundle) {
    bundle = (async () => {
      const url = `/pagefind/${lang}/pagefind.js`;
      const module = (await import(/* webpackIgnore: true */ url)) as PagefindModule;
      await module.options({ baseUrl: "/" });
      return module;
    })();
    bundles.set(lang, bundle);
  }
  return bundle;
}

type Mode = "search" | "concordance";
interface Query {
  q: string;
  mode: Mode;
  sort: "oldest" | "newest";
}

function readQuery(): Query {
  const params = new URLSearchParams(window.location.search.slice(0, 500));
  return {
    q: (params.get("q") ?? "").slice(0, 200),
    mode: params.get("mode") === "concordance" ? "concordance" : "search",
    sort: params.get("sort") === "newest" ? "newest" : "oldest",
  };
}

function Marked({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlight(text, query).map((piece, i) => (piece.mark ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
    </>
  );
}

export function Search() {
  const [query, setQuery] = useState<Query>({ q: "", mode: "search", sort: "oldest" });
  const [draft, setDraft] = useState("");
  const [results, setResults] = useState<PagefindResult[]>([]);
  const [hits, setHits] = useState<Hit[] | null>(null);
  // A message while searching or on failure; null once results are shown, whose counts the status derives.
  const [message, setMessage] = useState<string | null>("");
  const [total, setTotal] = useState(0);
  const [reading, setReading] = useState(false);
  // Which query the shown hits belong to: a batch read for an earlier one (the order changed while
  // "Read the next 1,000" was loading) is dropped, not appended.
  const generation = useRef(0);

  useEffect(() => {
    const initial = readQuery();
    setQuery(initial);
    setDraft(initial.q);
  }, []);

  const toHit = async (result: PagefindResult, lang: "en" | "zh"): Promise<Hit> => {
    const { url, meta } = await result.data();
    return { url, lang, title: meta.title ?? "", titleZh: meta.title_zh ?? "", date: meta.date ?? "", text: meta.text ?? "", other: meta.other ?? "" };
  };

  /** Hits of a batch of matches; the concordance keeps the pairs whose sentence really contains each term (Pagefind also finds stems and prefixes). */
  const read = async (batch: PagefindResult[], lang: "en" | "zh"): Promise<Hit[]> => {
    const hits = await Promise.all(batch.map((r) => toHit(r, lang)));
    return query.mode === "concordance" ? hits.filter((hit) => containsAll(hit.text, query.q)) : hits;
  };

  useEffect(() => {
    let cancelled = false;
    generation.current++;
    const terms = queryTerms(query.q);
    if (terms.length === 0) {
      setHits(null);
      setMessage("");
      return;
    }
    const lang = hasHan(query.q) ? "zh" : "en";
    setMessage("Searching…");
    (async () => {
      try {
        const pagefind = await pagefindFor(lang);
        const options = query.mode === "concordance" ? { sort: { date: query.sort === "oldest" ? "asc" : "desc" } } : {};
        // The Chinese index holds characters and character pairs (lib/site/han-grams.ts), so a query is asked for as its pairs.
        const asked = lang === "zh" ? [...new Set(terms.flatMap(hanQueryTerms))] : terms;
        const found = (await pagefind.search(asked.join(" "), options))?.results ?? [];
        if (cancelled) return;
        const size = batchSize(query.mode);
        const list = await read(found.slice(0, size), lang);
        if (cancelled) return;
        setHits(list);
        setResults(found.slice(size));
        setTotal(found.length);
        setMessage(null);
      } catch (error) {
        if (!cancelled) {
          setHits([]);
          setMessage(`The search index could not be loaded (${(error as Error).message}). It is built by npm run build.`);
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [query]);

  const more = async () => {
    if (reading) return;
    setReading(true);
    const asked = generation.current;
    const size = batchSize(query.mode);
    const next = await read(results.slice(0, size), hasHan(query.q) ? "zh" : "en").finally(() => setReading(false));
    if (generation.current !== asked) return;
    setHits((current) => [...(current ?? []), ...next]);
    setResults((current) => current.slice(size));
  };

  const go = (next: Query) => {
    setQuery(next);
    const params = new URLSearchParams();
    if (next.q) params.set("q", next.q);
    if (next.mode === "concordance") {
      params.set("mode", "concordance");
      if (next.sort === "newest") params.set("sort", "newest");
    }
    window.history.replaceState(window.history.state, "", `/search${params.size ? `?${params}` : ""}`);
  };

  const field = "rounded border border-rule bg-paper px-2 py-1 text-ink";
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
          <input type="radio" name="mode" checked={query.mode === "search"} onChange={() => go({ ...query, q: draft.trim(), mode: "search" })} data-mode="search" /> Best
          matches
        </label>
        <label>
          <input type="radio" name="mode" checked={query.mode === "concordance"} onChange={() => go({ ...query, q: draft.trim(), mode: "concordance" })} data-mode="concordance" />{" "}
          Concordance (every pair containing the term)
        </label>
        {query.mode === "concordance" && (
          <label>
            Order{" "}
            <select className={field} value={query.sort} onChange={(e) => go({ ...query, sort: e.target.value === "newest" ? "newest" : "oldest" })} data-concordance-sort>
              <option value="oldest">oldest first</option>
              <option value="newest">newest first</option>
            </select>
          </label>
        )}
        <span aria-live="polite" data-search-status>
          {message ?? statusText(query.mode, hits?.length ?? 0, results.length, total)}
        </span>
      </div>
      {hits && hits.length > 0 && (
        <ol className="mt-6 divide-y divide-rule border-y border-rule" data-results={query.mode}>
          {hits.map((hit) => {
            const en = hit.lang === "en" ? <Marked text={hit.text} query={query.q} /> : hit.other;
            const zh = hit.lang === "zh" ? <Marked text={hit.text} query={query.q} /> : hit.other;
            return (
              <li key={hit.url} className="py-4" data-hit data-lang={hit.lang} data-date={hit.date}>
                <a href={hit.url} className="group block">
                  <span className="meta block">
                    <time dateTime={hit.date}>{hit.date && formatDateEn(hit.date)}</time> · <span className="group-hover:text-accent">{hit.title}</span>{" "}
                    <span lang="zh-Hans">{hit.titleZh}</span>
                  </span>
                  <span className="mt-2 grid gap-x-8 gap-y-1 wide:grid-cols-2">
                    <span lang="en" className="block leading-relaxed" data-side="en">
                      {en}
                    </span>
                    <span lang="zh-Hans" className="block leading-relaxed" data-side="zh">
                      {zh}
                    </span>
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
      )}
      {results.length > 0 && (
        <button type="button" onClick={more} disabled={reading} className="meta mt-4 rounded-full border border-rule px-4 py-1.5 hover:border-muted" data-more>
          {query.mode === "search" ? "More results" : `Read the next ${Math.min(CONCORDANCE_BATCH, results.length).toLocaleString("en")} matches`}
        </button>
      )}
    </div>
  );
}
