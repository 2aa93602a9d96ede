/**
 * What Back and reload restore on the search page: the results read so far (every page loaded)
 * and the scroll position, kept per address in sessionStorage. The address holds the query, mode
 * and filters; this holds what the reader did with them. Nothing is kept across tabs or sessions.
 */
const PREFIX = "search-view:";
const MAX_KEPT = 8;

export interface SavedView<T> {
  data: T;
  scrollY: number;
}

export function loadView<T>(address: string): SavedView<T> | null {
  try {
    const text = sessionStorage.getItem(PREFIX + address);
    return text ? (JSON.parse(text) as SavedView<T>) : null;
  } catch {
    return null;
  }
}

export function saveView<T>(address: string, view: SavedView<T>): void {
  try {
    sessionStorage.setItem(PREFIX + address, JSON.stringify(view));
    const keys = Object.keys(sessionStorage).filter((key) => key.startsWith(PREFIX));
    // The oldest views go first when many searches were kept (sessionStorage holds a few MB).
    for (const key of keys.slice(0, Math.max(0, keys.length - MAX_KEPT))) if (key !== PREFIX + address) sessionStorage.removeItem(key);
  } catch {
    // Full or unavailable storage: Back then reads the first page again.
  }
}

/** Whether this page was reached by Back, Forward or reload: only then is a kept view restored (a new visit searches afresh). */
export function returning(): boolean {
  const entry = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  return entry?.type === "back_forward" || entry?.type === "reload";
}
