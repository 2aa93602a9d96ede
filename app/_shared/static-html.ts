/**
 * Hands HTML from a server component to StaticHtml.tsx during the same server render, outside
 * React's props, so that it is not serialized into the flight data as well. Both module layers
 * (react-server and SSR) run in one process and share globalThis, but not module instances, hence
 * the global. Entries are few and small (one article body per page being rendered); the oldest
 * go first.
 */
const KEY = Symbol.for("parallel-reader.static-html");
const KEEP = 64;

function store(): Map<string, string> {
  const global = globalThis as { [KEY]?: Map<string, string> };
  return (global[KEY] ??= new Map());
}

export function putStaticHtml(key: string, html: string): void {
  const map = store();
  map.delete(key);
  map.set(key, html);
  if (map.size > KEEP) map.delete(map.keys().next().value!);
}

export function getStaticHtml(key: string): string | undefined {
  return store().get(key);
}
