"use client";

import { useEffect, useState } from "react";
import { formatDateEn } from "@/lib/site/format";
import { NONE, renderingLabel } from "@/lib/search/chart";
import { highlightPair } from "@/lib/search/highlight";
import { MAX_QUERY_CHARS, type Term } from "@/lib/search/query";
import { formatSearchRequest, parseSearchRequest, type SearchFilters, type SearchMode } from "@/lib/search/request";
import type { RenderingSummary, SearchHit, SearchResponse } from "@/lib/serve/search-response";
import { ConcordanceChart } from "./ConcordanceChart";
import { copyText } from "@/app/_shared/clipboard";
import { FacetSelects, FilterSelect, facetField } from "@/app/_shared/FacetSelects";
import { addressOf, useSearchResults, type Query } from "./use-search-results";

/**
 * Search and concordance, answered by the server (app/api/search, from the archive database):
 * the browser fetches a page of results at a time, never an index. Results are sentence pairs in
 * date order, each linking to its sentence. The address holds the search and its filters
 * (lib/search/request.ts); the results, page by page, and the place kept for Back and reload
 * come from use-search-results.ts. A concordance marks the first term's rendering in the counterpart sentence
 * and groups the pairs by it, with a chart of the years.
 */

const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

function statusText(mode: SearchMode, results: SearchResponse): string {
  const { count, hits, next, renderings } = results;
  if (mode === "search") return count ? `${count.count.toLocaleString("en")}${count.capped ? "+" : ""} result${count.count === 1 && !count.capped ? "" : "s"}` : "";
  // A summary stopped at its deadline counted part of the archive: its total is no total.
  const total = renderings && !renderings.stopped ? ` of ${renderings.approximate ? "about " : ""}${plural(renderings.total, "sentence pair")}` : "";
  return `${plural(hits.length, "sentence pair")}${next !== null ? " so far" : ""}${total && next !== null ? total : ""}`;
}

function Marked({ text, terms, lang, rendering, exact }: { text: string; terms: Term[]; lang: Term["lang"]; rendering: string | null; exact: boolean }) {
  return (
    <>
      {highlightPair(text, terms, lang, rendering, exact).map((piece, i) =>
        piece.mark === "term" ? (
          <mark key={i}>{piece.text}</mark>
        ) : piece.mark === "rendering" ? (
          <mark key={i} className="rendering" data-rendering-mark>
            {piece.text}
          </mark>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </>
  );
}

function Syntax() {
  return (
    <details className="meta mt-2" data-syntax>
      <summary className="cursor-pointer">Query syntax</summary>
      <ul className="mt-1 list-disc pl-5">
        <li>
          English words are matched with their endings (<code>cooperative</code> finds “cooperatives”); every word must occur.
        </li>
        <li>
          <code>&quot;handicraft cooperatives&quot;</code> in quotes: the words together, in that order.
        </li>
        <li>
          Chinese is a phrase as typed: <code lang="zh-Hans">手工业合作社</code> finds that string, not <span lang="zh-Hans">手工业生产合作社</span>.
        </li>
        <li>
          Both languages: <code lang="zh-Hans">合作社 cooperative</code> finds pairs where the Chinese holds one and the English the other.
        </li>
        <li>At most {MAX_QUERY_CHARS} characters and 10 terms.</li>
      </ul>
    </details>
  );
}

function NoResults({ query }: { query: Query }) {
  const filtered = Object.values(query.filters).some(Boolean);
  return (
    <div className="mt-6" data-no-results>
      <p>No sentence pair holds this query.</p>
      <ul className="meta mt-1 list-disc pl-5">
        {filtered && <li>Clear the filters (years, page, column, rendering).</li>}
        {query.q.includes('"') && <li>Leave out the quotes, so the words need not stand together.</li>}
        {query.mode === "concordance" && <li>Try “All matches”: it also finds other forms of the words.</li>}
        <li>Use fewer words, or a shorter Chinese term (合作 rather than 手工业合作社).</li>
        <li>Try the other language: a Chinese term for an English word, or the reverse.</li>
      </ul>
    </div>
  );
}

function Renderings({ summary, active, onPick }: { summary: RenderingSummary; active: string | null; onPick(rendering: string | null): void }) {
  return (
    <div className="mt-4" data-renderings>
      <p className="meta">
        Renderings of <span lang={/\p{Script=Han}/u.test(summary.term ?? "") ? "zh-Hans" : "en"}>{summary.term ?? "the term"}</span> in{" "}
        {summary.approximate ? "about " : ""}
        {plural(summary.total, "sentence pair")} (the words CC-CEDICT and the learned table link to it; click to filter):
      </p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {summary.groups.map(({ rendering, count }) => (
          <li key={rendering}>
            <button
              type="button"
              aria-pressed={active === rendering}
              onClick={() => onPick(active === rendering ? null : rendering)}
              className="rounded-full border border-rule px-3 py-0.5 text-[0.9375rem] hover:border-muted aria-pressed:border-accent aria-pressed:text-accent"
              data-group={rendering}
              data-count={count}
            >
              {renderingLabel(rendering)} <span className="text-muted">{count.toLocaleString("en")}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Filters({ query, years, pages, columns, onChange }: { query: Query; years: string[]; pages: string[]; columns: string[]; onChange(filters: SearchFilters): void }) {
  const f = query.filters;
  const yearSelect = (name: "from" | "to", label: string) => (
    <FilterSelect label={label} none="any" values={years} value={f[name]} onChange={(year) => onChange({ ...f, [name]: year, rendering: null })} filter={name} />
  );
  return (
    <div className="meta mt-3 flex flex-wrap items-center gap-x-5 gap-y-2" data-filters>
      {yearSelect("from", "From")}
      {yearSelect("to", "to")}
      <FacetSelects pages={pages} columns={columns} value={{ page: f.page, column: f.column }} onChange={(v) => onChange({ ...f, ...v, rendering: null })} />
    </div>
  );
}

function Hits({ hits, terms, mode }: { hits: SearchHit[]; terms: Term[]; mode: SearchMode }) {
  const first = terms[0]?.lang ?? "en";
  const concordance = mode === "concordance";
  return (
    <ol className="mt-6 divide-y divide-rule border-y border-rule" data-results={mode}>
      {hits.map((hit) => (
        <li key={hit.url} className="py-4" data-hit data-lang={first} data-date={hit.date} data-rendering={hit.rendering ?? NONE}>
          <a href={hit.url} className="group block">
            <span className="meta block">
              <time dateTime={hit.date}>{hit.date && formatDateEn(hit.date)}</time> · <span className="group-hover:text-accent">{hit.title}</span>{" "}
              <span lang="zh-Hans">{hit.titleZh}</span>
            </span>
            {/* Both sentences of the pair together, on a phone too: one above the other, never a column apart. */}
            <span className="mt-2 grid gap-x-8 gap-y-1 wide:grid-cols-2">
              <span lang="en" className="block leading-relaxed" data-side="en">
                <Marked text={hit.en} terms={terms} lang="en" rendering={concordance ? hit.rendering : null} exact={concordance} />
              </span>
              <span lang="zh-Hans" className="block leading-relaxed" data-side="zh">
                <Marked text={hit.zh} terms={terms} lang="zh" rendering={concordance ? hit.rendering : null} exact={concordance} />
              </span>
            </span>
            {concordance && hit.rendering === null && terms.length > 0 && (
              <span className="meta mt-1 block" data-no-rendering>
                No dictionary or learned rendering found in the {first === "zh" ? "English" : "Chinese"}.
              </span>
            )}
          </a>
        </li>
      ))}
    </ol>
  );
}

export function Search({ years = [], pages = [], columns = [] }: { years?: string[]; pages?: string[]; columns?: string[] }) {
  const [query, setQuery] = useState<Query | null>(null);
  const [draft, setDraft] = useState("");
  const { results, message, reading, summaryError, more } = useSearchResults(query);

  useEffect(() => {
    const initial = parseSearchRequest(window.location.search.slice(1));
    setQuery(initial);
    setDraft(initial.q);
  }, []);

  if (!query) return <SearchForm draft={draft} setDraft={setDraft} onSubmit={() => undefined} />;

  const go = (wanted: Query) => {
    setQuery(wanted);
    const search = addressOf(wanted);
    window.history.replaceState(window.history.state, "", `/search${search ? `?${search}` : ""}`);
  };
  const switchMode = (mode: SearchMode) => go({ q: draft.trim(), mode, sort: mode === "concordance" ? "oldest" : "newest", filters: { ...query.filters, rendering: null } });
  const pickRendering = (rendering: string | null) => go({ ...query, filters: { ...query.filters, rendering } });
  const terms = results?.terms ?? [];
  return (
    <div>
      <SearchForm draft={draft} setDraft={setDraft} onSubmit={() => go({ ...query, q: draft.trim(), filters: { ...query.filters, rendering: null } })} />
      <Syntax />
      {results?.clipped && (
        <p className="meta mt-2 text-accent" role="alert" data-clipped>
          Queries are limited to {results.clipped} characters: only the first {results.clipped} were searched.
        </p>
      )}
      <ModeAndOrder query={query} status={message ?? (results ? statusText(query.mode, results) : "")} onMode={switchMode} onSort={(sort) => go({ ...query, sort })} />
      <Filters query={query} years={years} pages={pages} columns={columns} onChange={(filters) => go({ ...query, filters })} />
      {query.mode === "concordance" && results && (results.renderingsPending || (results.renderings && results.renderings.total > 0)) && (
        <ConcordanceTools query={query} summary={results.renderings ?? null} error={summaryError} term={terms[0]?.text ?? ""} onPick={pickRendering} />
      )}
      {results && results.hits.length === 0 && message === null && <NoResults query={query} />}
      {results && results.hits.length > 0 && <Hits hits={results.hits} terms={terms} mode={query.mode} />}
      {results && results.next !== null && (
        <button type="button" onClick={more} disabled={reading} className="meta mt-4 rounded-full border border-rule px-4 py-1.5 hover:border-muted" data-more>
          More results
        </button>
      )}
    </div>
  );
}

function ModeAndOrder({ query, status, onMode, onSort }: { query: Query; status: string; onMode(mode: SearchMode): void; onSort(sort: Query["sort"]): void }) {
  return (
    <div className="meta mt-3 flex flex-wrap items-center gap-x-5 gap-y-2">
      <label>
        <input type="radio" name="mode" checked={query.mode === "search"} onChange={() => onMode("search")} data-mode="search" /> All matches
      </label>
      <label>
        <input type="radio" name="mode" checked={query.mode === "concordance"} onChange={() => onMode("concordance")} data-mode="concordance" /> Concordance (each term exactly as typed, renderings marked)
      </label>
      <label>
        Order{" "}
        <select className={facetField} value={query.sort} onChange={(e) => onSort(e.target.value === "newest" ? "newest" : "oldest")} data-concordance-sort>
          <option value="oldest">oldest first</option>
          <option value="newest">newest first</option>
        </select>
      </label>
      <span aria-live="polite" data-search-status>
        {status}
      </span>
    </div>
  );
}

/**
 * A concordance's renderings with their counts (a click filters), the chart of the years, the TSV
 * export and a link to the view. `summary` null: still being counted over the whole archive (the
 * first page came without it), said in a busy region that the result then replaces.
 */
function ConcordanceTools({ query, summary, error, term, onPick }: { query: Query; summary: RenderingSummary | null; error: string | null; term: string; onPick(rendering: string | null): void }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <div aria-busy={summary === null && error === null} data-summary-area>
        {summary ? (
          <>
            <Renderings summary={summary} active={query.filters.rendering} onPick={onPick} />
            {summary.stopped && <StoppedNotice stopped={summary.stopped} />}
            <ConcordanceChart summary={summary} term={term} />
          </>
        ) : (
          <p className="meta mt-4" role="status" data-renderings-pending={error ? "failed" : "counting"}>
            {error ? `The renderings could not be counted (${error}); reload the page to try again.` : "Counting matches over the whole archive…"}
          </p>
        )}
      </div>
      <p className="meta mt-3 flex flex-wrap gap-x-5">
        <a href={`/api/search/tsv?${formatSearchRequest(query)}`} download className="underline" data-export-tsv>
          Export TSV
        </a>
        <button type="button" className="underline" data-copy-link onClick={() => void copyText(window.location.href).then(setCopied)}>
          {copied ? "Link copied" : "Copy link to this view"}
        </button>
      </p>
    </>
  );
}

/** A summary whose pass ran past its deadline: what it counted, so a short chart is never taken for the whole archive. */
function StoppedNotice({ stopped }: { stopped: NonNullable<RenderingSummary["stopped"]> }) {
  return (
    <p className="meta mt-2 text-accent" role="note" data-summary-stopped>
      Counting stopped after {stopped.seconds} s, the limit:{" "}
      {stopped.through ? <>the counts and the chart cover the matches up to {formatDateEn(stopped.through)} only, not the later ones.</> : <>no match was counted.</>} The list below
      is complete.
    </p>
  );
}

function SearchForm({ draft, setDraft, onSubmit }: { draft: string; setDraft(value: string): void; onSubmit(): void }) {
  return (
    <form
      role="search"
      className="flex flex-wrap items-center gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <input
        type="search"
        name="q"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        aria-label="Search term, English or Chinese"
        placeholder='e.g. cooperatives, "handicraft cooperatives", 整顿'
        className="min-w-0 flex-1 rounded-full border border-rule bg-transparent px-4 py-2 text-[1.0625rem] text-ink focus:border-muted focus:outline-none"
        data-search-input
        autoFocus
      />
      <button type="submit" className="rounded-full border border-rule px-4 py-2 font-[family-name:var(--font-ui)] text-[0.875rem] hover:border-muted">
        Search
      </button>
    </form>
  );
}

