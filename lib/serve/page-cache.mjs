// The site's page cache: Next.js's cache handler (next.config.js `cacheHandler`), loaded by the
// server as plain JavaScript.
//
// Article pages, their alignment.json and words.json, and year pages are rendered on their first
// request and kept here, in memory, up to PAGE_CACHE_MB (default 256) megabytes, least recently
// used first out. A kept page is served only while the database still holds what it was made
// from: each entry carries a version read from the database before the page was rendered (the
// article's data hash and its neighbours' titles, or the year's month counts, and the build code's
// version), and each request compares it with the database's current one. So a build that changes
// one article makes only that article's page (and, when its title or date changed, its
// neighbours') render again, whichever process made the change; nothing is written to disk, and a
// 404 (an unknown address) is never kept, so strange addresses cannot fill memory or disk.
import { LRUCache } from "lru-cache";
import { ArchiveReader, archiveFile } from "../store/open-archive.mjs";

const NEIGHBOUR = (where, order) => `ifnull((SELECT slug || '\t' || title_en || '\t' || title_zh FROM articles WHERE ${where} ORDER BY id ${order} LIMIT 1), '')`;

/** Per cached address, what its version is made of. */
const VERSIONS = [
  {
    pattern: /^\/articles\/([^/]+)$/,
    sql: `SELECT a.content_hash || '|' || ${NEIGHBOUR("id < a.id", "DESC")} || '|' || ${NEIGHBOUR("id > a.id", "ASC")} FROM articles a WHERE a.slug = ?`,
    args: ([slug]) => [slug],
  },
  { pattern: /^\/articles\/([^/]+)\/(?:alignment|words)\.json$/, sql: "SELECT content_hash FROM articles WHERE slug = ?", args: ([slug]) => [slug] },
  {
    pattern: /^\/archive\/(\d{4})$/,
    sql: "SELECT ifnull(group_concat(month || ':' || en_page || ':' || col || ':' || count, ','), '') FROM (SELECT * FROM month_facets WHERE month BETWEEN ? AND ? ORDER BY 1, 2, 3)",
    args: ([year]) => [`${year}-01`, `${year}-12`],
  },
];

/** The address in Next's key (`/route-cache/<kind>/<route hash>/$/articles/x`). */
function pathnameOf(key) {
  const at = key.indexOf("/$/");
  return at < 0 ? key : key.slice(at + 2);
}

function sizeOf(value) {
  if (!value) return 1;
  let size = 1024;
  for (const part of [value.html, value.rscData, value.body]) if (part) size += part.length;
  if (value.segmentData) for (const segment of value.segmentData.values()) size += segment.length;
  return size;
}

// One store per server process: Next.js makes a new handler object for every request.
const reader = new ArchiveReader(archiveFile());
const entries = new LRUCache({ maxSize: (Number(process.env.PAGE_CACHE_MB) || 256) * 2 ** 20, sizeCalculation: (entry) => sizeOf(entry.value) });
/** Versions read when a page was missing, just before it was rendered: what it is then made from at least. */
const rendering = new LRUCache({ max: 10_000 });
const statements = new WeakMap();

export default class PageCache {

  /** The current version of an address, or null when it is not kept (unknown article, other pages). */
  version(key) {
    const pathname = pathnameOf(key);
    const kind = VERSIONS.find((v) => v.pattern.test(pathname));
    if (!kind) return null;
    const db = reader.get();
    let prepared = statements.get(db);
    if (!prepared) statements.set(db, (prepared = new Map()));
    const get = (sql) => prepared.get(sql) ?? prepared.set(sql, db.prepare(sql).pluck()).get(sql);
    const own = get(kind.sql).get(...kind.args(kind.pattern.exec(pathname).slice(1).map(decodeURIComponent)));
    if (own === undefined) return null;
    return `${get("SELECT value FROM meta WHERE key = 'build_version'").get()}|${own}`;
  }

  async get(key) {
    let version;
    try {
      version = this.version(key);
    } catch {
      return null;
    }
    if (version === null) return null;
    const entry = entries.get(key);
    if (entry && entry.version === version) return { lastModified: entry.lastModified, value: entry.value };
    rendering.set(key, version);
    return null;
  }

  async set(key, value) {
    const version = rendering.get(key);
    rendering.delete(key);
    const status = value?.status;
    if (version === undefined || !value || (status !== undefined && status !== 200)) return;
    entries.set(key, { version, value, lastModified: Date.now() });
  }

  async revalidateTag() {}

  resetRequestCache() {}
}
