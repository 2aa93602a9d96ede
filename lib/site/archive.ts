import type { SiteArticleSummary } from "./article";

/**
 * Browsing the archive: the timeline of years and months, the articles of one month, and an
 * article's neighbours by date. Pure functions over the index (newest first, as toSiteIndex
 * sorts it), so pages stay small however large the archive grows: no page lists it all.
 */

export interface MonthCount {
  /** "1958-08" */
  month: string;
  count: number;
}

export interface YearCount {
  /** "1958" */
  year: string;
  count: number;
  /** All twelve months, January first; months without articles have count 0. */
  months: MonthCount[];
}

/** Years with articles, newest first, each with its twelve monthly counts. */
export function timeline(index: SiteArticleSummary[]): YearCount[] {
  const counts = new Map<string, number>();
  for (const article of index) {
    const month = article.en.date.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const years = [...new Set([...counts.keys()].map((month) => month.slice(0, 4)))].sort().reverse();
  return years.map((year) => {
    const months = Array.from({ length: 12 }, (_, m) => {
      const month = `${year}-${String(m + 1).padStart(2, "0")}`;
      return { month, count: counts.get(month) ?? 0 };
    });
    return { year, count: months.reduce((sum, m) => sum + m.count, 0), months };
  });
}

/** The articles of one month ("1958-08"), newest first like the index. */
export function articlesOfMonth(index: SiteArticleSummary[], month: string): SiteArticleSummary[] {
  return index.filter((article) => article.en.date.startsWith(`${month}-`));
}

/** The months before and after this one that have articles (null at either end of the archive). */
export function adjacentMonths(months: string[], month: string): { older: string | null; newer: string | null } {
  const sorted = [...months].sort();
  const i = sorted.indexOf(month);
  if (i < 0) return { older: null, newer: null };
  return { older: sorted[i - 1] ?? null, newer: sorted[i + 1] ?? null };
}

/** How a list of articles is shown: filters and order, as read from the address (`?page=6&column=…&sort=oldest`). */
export interface ListView {
  page: string | null;
  column: string | null;
  sort: "newest" | "oldest";
}

/**
 * Reads the list parameters defensively: anything unknown or malformed is ignored. Values are
 * checked against what the list has (`facets`), so a stale or made-up filter shows everything
 * rather than an empty page.
 */
export function parseListView(search: string, available: { pages: string[]; columns: string[] }): ListView {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(typeof search === "string" ? search.slice(0, 500) : "");
  } catch {
    params = new URLSearchParams();
  }
  const page = params.get("page");
  const column = params.get("column");
  return {
    page: page !== null && available.pages.includes(page) ? page : null,
    column: column !== null && available.columns.includes(column) ? column : null,
    sort: params.get("sort") === "oldest" ? "oldest" : "newest",
  };
}

/** The address query for a list view; defaults are left out, so the plain address is the default view. */
export function formatListView(view: ListView): string {
  const params = new URLSearchParams();
  if (view.page) params.set("page", view.page);
  if (view.column) params.set("column", view.column);
  if (view.sort === "oldest") params.set("sort", "oldest");
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Whether an article (its page number and column) passes the view's filters. */
export function matchesListView(item: { page: string | null; column: string }, view: ListView): boolean {
  return (view.page === null || item.page === view.page) && (view.column === null || item.column === view.column);
}

/** Every month that has articles, newest first: the static params of the month pages. */
export function monthsWithArticles(index: SiteArticleSummary[]): string[] {
  return [...new Set(index.map((article) => article.en.date.slice(0, 7)))];
}

export interface Neighbours {
  /** The next older article, or null for the oldest. */
  previous: SiteArticleSummary | null;
  /** The next newer article, or null for the newest. */
  next: SiteArticleSummary | null;
}

/** A lookup from slug to its older and newer neighbours in the index; built once for all pages. */
export function neighbourLookup(index: SiteArticleSummary[]): (slug: string) => Neighbours {
  const position = new Map(index.map((article, i) => [article.slug, i]));
  return (slug) => {
    const i = position.get(slug);
    if (i === undefined) return { previous: null, next: null };
    return { previous: index[i + 1] ?? null, next: index[i - 1] ?? null };
  };
}

/** "1958-08" → "August 1958"; "1958-08" → "1958年8月". */
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export function monthLabelEn(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}
export function monthLabelZh(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

/** True for "YYYY-MM" with a real month: route params are parsed defensively. */
export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** The page numbers and columns found in a list, for its filters: pages in numeric order, columns by name. */
export function facets(articles: SiteArticleSummary[]): { pages: string[]; columns: string[] } {
  const pages = [...new Set(articles.map((a) => a.en.page).filter((p): p is string => Boolean(p)))];
  pages.sort((a, b) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0));
  const columns = [...new Set(articles.map((a) => a.zh.column).filter(Boolean))].sort();
  return { pages, columns };
}

/**
 * Per month, how many articles each (page, column) pair has: what the home page's timeline
 * filters read (`/archive/facets.json`, fetched on first use), so a filter by page or column
 * covers the whole archive while no page lists it. Months newest first, pairs in index order.
 */
export type MonthFacets = Record<string, [page: string | null, column: string, count: number][]>;

export function monthFacets(index: SiteArticleSummary[]): MonthFacets {
  const out: MonthFacets = {};
  for (const article of index) {
    const pairs = (out[article.en.date.slice(0, 7)] ??= []);
    const pair = pairs.find(([page, column]) => page === article.en.page && column === article.zh.column);
    if (pair) pair[2]++;
    else pairs.push([article.en.page, article.zh.column, 1]);
  }
  return out;
}

/** Articles per month that pass the view's page and column filters; months without any are left out. */
export function filteredMonthCounts(facets: MonthFacets, view: Pick<ListView, "page" | "column">): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [month, pairs] of Object.entries(facets)) {
    const count = pairs.reduce((sum, [page, column, n]) => sum + (matchesListView({ page, column }, { ...view, sort: "newest" }) ? n : 0), 0);
    if (count > 0) counts.set(month, count);
  }
  return counts;
}
