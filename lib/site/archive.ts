import type { SiteArticleSummary } from "./article";

/**
 * Browsing the archive: the shapes of the timeline, the list views of a month (filters, order,
 * part) as the address gives them, and labels. Pure. The database answers the queries
 * (lib/store/reader.ts), so pages stay small however large the archive grows: no page lists it all.
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

/** The address query for a list view and part; defaults are left out, so the plain address is the default view. */
export function formatListView(view: ListView, part = 1): string {
  const params = new URLSearchParams();
  if (view.page) params.set("page", view.page);
  if (view.column) params.set("column", view.column);
  if (view.sort === "oldest") params.set("sort", "oldest");
  if (part > 1) params.set("p", String(part));
  const query = params.toString();
  return query ? `?${query}` : "";
}

export interface Neighbours {
  /** The next older article, or null for the oldest. */
  previous: SiteArticleSummary | null;
  /** The next newer article, or null for the newest. */
  next: SiteArticleSummary | null;
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

/** True for a four-digit year. */
export const isYear = (value: string) => /^\d{4}$/.test(value);

/** Articles on one part of a month's list. */
export const LIST_PART_SIZE = 50;

/** The part of a list the address asks for (`?p=3`, 1-based); 1 for anything else. */
export function parseListPart(search: string): number {
  let value: string | null = null;
  try {
    value = new URLSearchParams(typeof search === "string" ? search.slice(0, 500) : "").get("p");
  } catch {
    // Malformed: the first part.
  }
  const part = Number(value);
  return Number.isInteger(part) && part >= 1 && part <= 100_000 ? part : 1;
}

/**
 * Per month, how many articles each (page, column) pair has, months newest first: the whole
 * archive's counts as `/archive/facets.json` publishes them (the timeline filters ask
 * `/archive/counts.json` for one filter's counts instead).
 */
export type MonthFacets = Record<string, [page: string | null, column: string, count: number][]>;
