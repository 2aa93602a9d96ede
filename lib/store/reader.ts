// Edge module: the queries the site serves from the archive database. Each is an indexed lookup or
// a range of ids (keys.ts), so its cost does not grow with the archive.
import type { Neighbours, MonthFacets, YearCount } from "@/lib/site/archive";
import type { SiteArticle, SiteArticleSummary } from "@/lib/site/article";
import { NONE } from "@/lib/search/chart";
import { containsAll } from "@/lib/search/highlight";
import { matchExpression, type Term } from "@/lib/search/query";
import { inflectionCandidates } from "@/lib/search/renderings";
import type { DownloadFormat } from "@/lib/export/paths";
import type { ArticleWords } from "@/lib/words/words";
import type Database from "better-sqlite3";
import type { Db } from "./database";
import { articleRange, dateSpan, pairRange } from "./keys";
import { NO_RENDERING_ID, renderingIn } from "./links";
import { exportFragment, readArticleData, readArticleWords, unpackText } from "./record";

const SUMMARY = "slug, date, en_page, zh_page, col, title_en, title_zh";

interface SummaryRow {
  slug: string;
  date: string;
  en_page: string | null;
  zh_page: string | null;
  col: string;
  title_en: string;
  title_zh: string;
}

const summary = (row: SummaryRow): SiteArticleSummary => ({
  slug: row.slug,
  en: { title: row.title_en, date: row.date, page: row.en_page },
  zh: { title: row.title_zh, page: row.zh_page, column: row.col },
});

// Prepared once per connection: a statement belongs to the database it was prepared on.
type Statement = Database.Statement<unknown[]>;
const prepared = new WeakMap<Db, Map<string, Statement>>();
function statement(db: Db, sql: string): Statement {
  let cache = prepared.get(db);
  if (!cache) prepared.set(db, (cache = new Map()));
  let found = cache.get(sql);
  if (!found) cache.set(sql, (found = db.prepare(sql)));
  return found;
}

export function articleBySlug(db: Db, slug: string): SiteArticle | null {
  const row = statement(db, "SELECT data FROM articles WHERE slug = ?").get(slug) as { data: Uint8Array } | undefined;
  return row ? readArticleData(row.data, slug) : null;
}

/** Every article, newest first, one at a time (the review queue reads the whole archive). */
export function* allArticles(db: Db): Generator<SiteArticle> {
  for (const row of statement(db, "SELECT slug, data FROM articles ORDER BY id DESC").iterate() as IterableIterator<{ slug: string; data: Uint8Array }>) {
    yield readArticleData(row.data, row.slug);
  }
}

/** The version of an article's stored data: what a cached page of it is checked against. */
export function articleVersion(db: Db, slug: string): string | null {
  return (statement(db, "SELECT content_hash FROM articles WHERE slug = ?").pluck().get(slug) as string | undefined) ?? null;
}

/** The newest articles, newest first. */
export function latestArticles(db: Db, count: number): SiteArticleSummary[] {
  return (statement(db, `SELECT ${SUMMARY} FROM articles ORDER BY id DESC LIMIT ?`).all(count) as SummaryRow[]).map(summary);
}

export function articleCount(db: Db): number {
  return statement(db, "SELECT ifnull(sum(count), 0) FROM month_facets").pluck().get() as number;
}

/** The articles just older and just newer than this one by date. */
export function neighboursOf(db: Db, slug: string): Neighbours {
  const id = statement(db, "SELECT id FROM articles WHERE slug = ?").pluck().get(slug) as number | undefined;
  if (id === undefined) return { previous: null, next: null };
  const previous = statement(db, `SELECT ${SUMMARY} FROM articles WHERE id < ? ORDER BY id DESC LIMIT 1`).get(id) as SummaryRow | undefined;
  const next = statement(db, `SELECT ${SUMMARY} FROM articles WHERE id > ? ORDER BY id LIMIT 1`).get(id) as SummaryRow | undefined;
  return { previous: previous ? summary(previous) : null, next: next ? summary(next) : null };
}

/** Articles per month, page and column, the whole archive: months newest first. */
export function monthFacets(db: Db): MonthFacets {
  const out: MonthFacets = {};
  const rows = statement(db, "SELECT month, en_page, col, count FROM month_facets ORDER BY month DESC, en_page, col").raw().all() as [string, string, string, number][];
  for (const [month, page, column, count] of rows) (out[month] ??= []).push([page || null, column, count]);
  return out;
}

/** Articles per month that pass a page and column filter, months newest first; months with none are left out. */
export function monthCounts(db: Db, filter: { page: string | null; column: string | null }): Map<string, number> {
  const sql = "SELECT month, sum(count) FROM month_facets WHERE (@page IS NULL OR en_page = @page) AND (@column IS NULL OR col = @column) GROUP BY month ORDER BY month DESC";
  return new Map(statement(db, sql).raw().all(filter) as [string, number][]);
}

/** Years with articles, newest first, each with its twelve months. */
export function timelineOf(db: Db, year?: string): YearCount[] {
  const sql = `SELECT month, sum(count) FROM month_facets ${year ? "WHERE month BETWEEN ? AND ?" : ""} GROUP BY month`;
  const args = year ? [`${year}-01`, `${year}-12`] : [];
  const counts = new Map(statement(db, sql).raw().all(...args) as [string, number][]);
  const years = [...new Set([...counts.keys()].map((month) => month.slice(0, 4)))].sort().reverse();
  return years.map((y) => {
    const months = Array.from({ length: 12 }, (_, m) => {
      const month = `${y}-${String(m + 1).padStart(2, "0")}`;
      return { month, count: counts.get(month) ?? 0 };
    });
    return { year: y, count: months.reduce((sum, m) => sum + m.count, 0), months };
  });
}

/** The months before and after this one that have articles (null at either end of the archive). */
export function adjacentMonths(db: Db, month: string): { older: string | null; newer: string | null } {
  const older = statement(db, "SELECT max(month) FROM month_facets WHERE month < ?").pluck().get(month) as string | null;
  const newer = statement(db, "SELECT min(month) FROM month_facets WHERE month > ?").pluck().get(month) as string | null;
  return { older, newer };
}

/** The years before and after this one that have articles. */
export function adjacentYears(db: Db, year: string): { older: string | null; newer: string | null } {
  const older = statement(db, "SELECT substr(max(month), 1, 4) FROM month_facets WHERE month < ?").pluck().get(`${year}-01`) as string | null;
  const newer = statement(db, "SELECT substr(min(month), 1, 4) FROM month_facets WHERE month > ?").pluck().get(`${year}-12`) as string | null;
  return { older, newer };
}

/** The page numbers and columns among a period's articles (a month "1958-08", a year "1958", or all). */
export function facetsOf(db: Db, period?: string): { pages: string[]; columns: string[] } {
  const where = period ? "WHERE month BETWEEN ? AND ?" : "";
  const args = period ? (period.length === 4 ? [`${period}-01`, `${period}-12`] : [period, period]) : [];
  const pages = statement(db, `SELECT DISTINCT en_page FROM month_facets ${where}`).pluck().all(...args) as string[];
  const columns = statement(db, `SELECT DISTINCT col FROM month_facets ${where}`).pluck().all(...args) as string[];
  return {
    pages: pages.filter(Boolean).sort((a, b) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0)),
    columns: columns.filter(Boolean).sort(),
  };
}

export interface ListQuery {
  page: string | null;
  column: string | null;
  sort: "newest" | "oldest";
  offset: number;
  limit: number;
}

/** One page of a month's articles, filtered by page and column, and how many pass the filters. */
export function monthArticles(db: Db, month: string, query: ListQuery): { articles: SiteArticleSummary[]; total: number } {
  const { first, last } = dateSpan(month);
  const { lo, hi } = articleRange(first, last);
  const where = `id BETWEEN @lo AND @hi AND (@page IS NULL OR en_page = @page) AND (@column IS NULL OR col = @column)`;
  const args = { lo, hi, page: query.page, column: query.column };
  const total = statement(db, `SELECT count(*) FROM articles WHERE ${where}`).pluck().get(args) as number;
  const rows = statement(db, `SELECT ${SUMMARY} FROM articles WHERE ${where} ORDER BY id ${query.sort === "oldest" ? "ASC" : "DESC"} LIMIT @limit OFFSET @offset`).all({
    ...args,
    limit: query.limit,
    offset: query.offset,
  }) as SummaryRow[];
  return { articles: rows.map(summary), total };
}

/** One page of the whole archive's articles that pass a page and column filter, newest first, and how many pass. */
export function filteredArticles(db: Db, query: Omit<ListQuery, "sort">): { articles: SiteArticleSummary[]; total: number } {
  const args = { page: query.page, column: query.column };
  const where = "(@page IS NULL OR en_page = @page) AND (@column IS NULL OR col = @column)";
  const total = statement(db, `SELECT coalesce(sum(count), 0) FROM month_facets WHERE ${where}`).pluck().get(args) as number;
  const rows = statement(db, `SELECT ${SUMMARY} FROM articles WHERE ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`).all({
    ...args,
    limit: query.limit,
    offset: query.offset,
  }) as SummaryRow[];
  return { articles: rows.map(summary), total };
}

/** The learners' word data of an article, or null for an unknown slug. */
export function articleWords(db: Db, slug: string): ArticleWords | null {
  const words = statement(db, "SELECT words FROM articles WHERE slug = ?").pluck().get(slug) as Uint8Array | undefined;
  if (!words) return null;
  const entry = statement(db, "SELECT entry FROM word_entries WHERE word = ?").pluck();
  return readArticleWords(words, (word) => entry.get(word) as string | undefined);
}

/** An article's export fragment (TMX units, TSV rows or its text block), or null for an unknown slug. */
export function articleExport(db: Db, slug: string, format: DownloadFormat): { fragment: string; alignerVersion: string } | null {
  const row = statement(db, "SELECT data, tmx FROM articles WHERE slug = ?").get(slug) as { data: Uint8Array; tmx: Uint8Array } | undefined;
  if (!row) return null;
  const article = readArticleData(row.data, slug);
  return { fragment: exportFragment(format, article, row.tmx), alignerVersion: article.alignerVersion };
}

/** The export fragments of a year's articles, newest first, one at a time (the year's download is written from them). */
export function* yearExports(db: Db, year: string, format: DownloadFormat): Generator<string> {
  const { first, last } = dateSpan(year);
  const { lo, hi } = articleRange(first, last);
  const rows = statement(db, `SELECT slug, ${format === "tmx" ? "NULL AS data" : "data"}, tmx FROM articles WHERE id BETWEEN ? AND ? ORDER BY id DESC`).iterate(lo, hi);
  for (const row of rows as IterableIterator<{ slug: string; data: Uint8Array | null; tmx: Uint8Array }>) {
    yield format === "tmx" ? unpackText(row.tmx) : exportFragment(format, readArticleData(row.data!, row.slug), row.tmx);
  }
}

/** What a year's export files are made of: each article's slug and data hash, newest first. */
export function yearContent(db: Db, year: string): Generator<[string, string]> {
  const { first, last } = dateSpan(year);
  const { lo, hi } = articleRange(first, last);
  return statement(db, "SELECT slug, content_hash FROM articles WHERE id BETWEEN ? AND ? ORDER BY id DESC").raw().iterate(lo, hi) as Generator<[string, string]>;
}

export function yearsWithArticles(db: Db): string[] {
  return statement(db, "SELECT DISTINCT substr(month, 1, 4) FROM month_facets ORDER BY 1 DESC").pluck().all() as string[];
}

/** A sentence pair found by a search, with its article. */
export interface PairHit {
  id: number;
  slug: string;
  title: string;
  titleZh: string;
  date: string;
  en: string;
  zh: string;
  /** The sentence the hit opens the article at: `e5` or `z4`. */
  anchor: string;
  /** Ids of the pair's first English and Chinese sentence (`e5`, `z4`), empty when a side is. */
  enId: string;
  zhId: string;
  /** The first term's rendering in this pair (renderingTerm), null when none is stored. */
  rendering: string | null;
}

export interface SearchOptions {
  order: "newest" | "oldest";
  /** Continue after this pair id (the `next` of the previous page). */
  after: number | null;
  limit: number;
  /** Keep only pairs where every term occurs as highlight() marks it (the concordance), not stems and variants the index also finds. */
  exact: boolean;
  /** Only these years (inclusive). */
  years?: { from: string; to: string };
  /** Only articles of this page, this column. */
  page?: string | null;
  column?: string | null;
  /** Only pairs where the first term has this rendering (renderingTerm), or NO_RENDERING: none found. */
  rendering?: string | null;
}



/** Pairs the index holds for a term; a page in date order is found without counting or sorting them all. */
const SCAN_LIMIT = 5000;

const yearStarts = new Map<number, number>();
/** The year of a pair id (its article's day, keys.ts). */
export function yearOfPair(pair: number): number {
  const day = Math.floor(pair / 2 ** 31);
  let year = yearStarts.get(day);
  if (year === undefined) yearStarts.set(day, (year = Number(/^(\d{4})/.exec(dateOfDay(day))![1])));
  return year;
}

/** The date of a pair id's article, "1956-03-29". */
export const dateOfPair = (pair: number): string => dateOfDay(Math.floor(pair / 2 ** 31));

function dateOfDay(day: number): string {
  const at = new Date(Date.UTC(2000, 0, 1));
  at.setUTCFullYear(0);
  return new Date(at.getTime() + day * 86_400_000).toISOString().replace(/^\+0*/, "").padStart(10, "0");
}

/** Pairs a search's status counts (its first page), "10,000+" beyond. */
export const COUNT_CAP = 10_000;

export interface SummaryLimits {
  /** Matches a summary reads one by one (each checked as the concordance lists it, its rendering read); beyond them it samples. */
  scanCap: number;
  /** Matches a summary counts by id alone (a Chinese string without links or filters): the count's list, read anyway. */
  idCap: number;
  /** Matches a summary beyond scanCap reads of each year (the first in date order); a year with fewer is counted exactly. */
  yearSample: number;
}

const SUMMARY_LIMITS: SummaryLimits = { scanCap: 5_000, idCap: COUNT_CAP, yearSample: 100 };

/**
 * The full-text index's matches of one query, read at most once and shared by what one request
 * asks of them (its page, its count, its renderings summary): every match's id in date order, when
 * there are few enough. A phrase of common words that is itself rare (each word in every article,
 * the phrase in a few) costs the index one pass, however many questions are asked of it; a common
 * term stops at the cap, and its page is read in date order as before.
 */
export class Matches {
  readonly match: string | null;
  readonly limits: SummaryLimits;
  #scan: { cap: number; ids: number[] | null } | null = null;

  constructor(
    private readonly db: Db,
    terms: readonly Term[],
    limits: Partial<SummaryLimits> = {},
  ) {
    this.match = matchExpression(terms);
    this.limits = { ...SUMMARY_LIMITS, ...limits };
  }

  /** What a pass over every match (summaryBySample) saw of the first ones: later questions up to `cap` need no pass of their own. */
  remember(first: number[], cap: number): void {
    if (this.#scan && (this.#scan.ids !== null || this.#scan.cap >= cap)) return;
    this.#scan = { cap, ids: first.length > cap ? null : first };
  }

  /** Every match's id, ascending, or null when there are more than `cap`. */
  ids(cap: number): number[] | null {
    if (this.match === null) return [];
    const known = this.#scan;
    if (known && (known.ids !== null || known.cap >= cap)) return known.ids !== null && known.ids.length <= cap ? known.ids : null;
    const ids = statement(this.db, "SELECT rowid FROM pairs_fts WHERE pairs_fts MATCH ? ORDER BY rowid LIMIT ?").pluck().all(this.match, cap + 1) as number[];
    this.#scan = { cap, ids: ids.length > cap ? null : ids };
    return this.#scan.ids;
  }
}

/** The ids of a sorted list within [lo, hi], in either order. */
function* within(ids: readonly number[], lo: number, hi: number, descending: boolean): Generator<number> {
  // First index whose id is >= value.
  const bound = (value: number) => {
    let a = 0;
    let b = ids.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (ids[m] < value) a = m + 1;
      else b = m;
    }
    return a;
  };
  const from = bound(lo);
  const to = bound(hi + 1);
  if (descending) for (let i = to - 1; i >= from; i--) yield ids[i];
  else for (let i = from; i < to; i++) yield ids[i];
}

/** A link string's id (the terms table), null when no article has it. */
function termIdOf(db: Db, text: string): number | null {
  return (statement(db, "SELECT id FROM terms WHERE text = ?").pluck().get(text) as number | undefined) ?? null;
}

/** Link strings by id, each looked up once per call. */
function termTexts(db: Db): (id: number) => string {
  const known = new Map<number, string>();
  const lookup = statement(db, "SELECT text FROM terms WHERE id = ?").pluck();
  return (id) => {
    let text = known.get(id);
    if (text === undefined) known.set(id, (text = (lookup.get(id) as string | undefined) ?? ""));
    return text;
  };
}

/** The first term's linked string and id (renderingTerm), or null. */
function linkTerm(db: Db, terms: readonly Term[]): { text: string; id: number } | null {
  const first = terms[0];
  if (!first) return null;
  const counted = (text: string) => {
    const id = termIdOf(db, text);
    return id !== null && statement(db, "SELECT 1 FROM term_counts WHERE term = ? LIMIT 1").pluck().get(id) ? { text, id } : null;
  };
  if (first.lang === "zh") return counted(first.text);
  const last = first.text.toLowerCase().split(/\s+/).at(-1) ?? "";
  const stripped = inflectionCandidates(last).slice(1);
  for (const candidate of [...stripped, last]) {
    const found = counted(candidate);
    if (found) return found;
  }
  return null;
}

/**
 * The term a query's renderings are stored under (pairs.links, term_counts): the first term, a
 * Chinese one as typed, an English one (a phrase by its last word, the head noun as a rule) by the
 * first of its inflection candidates that has links. Null when nothing is stored for it.
 */
export function renderingTerm(db: Db, terms: readonly Term[]): string | null {
  return linkTerm(db, terms)?.text ?? null;
}

function spanOf(years: SearchOptions["years"]) {
  return years ? pairRange(`${years.from}-01-01`, `${years.to}-12-31`) : { lo: 0, hi: Number.MAX_SAFE_INTEGER };
}

export interface RenderingCount {
  rendering: string;
  count: number;
}

export interface RenderingSummary {
  /** The term the renderings are of (renderingTerm), null when none are stored. */
  term: string | null;
  /** Pairs holding the query within the filters: the groups' counts add up to it. */
  total: number;
  /** Renderings by count, then the pairs with none found (rendering NONE). */
  groups: RenderingCount[];
  /** Per year with matches, oldest first: the pairs of each rendering (NONE too). */
  years: { year: number; counts: RenderingCount[] }[];
  /** True when the matches were too many to read one by one: each year's counts are estimated from its first matches (summaryBySample). */
  approximate?: boolean;
  /**
   * Set when the pass over the matches ran past its deadline and stopped: the counts are of the
   * matches up to this day only (ids ascend with the date), said on the page, never a chart that
   * silently leaves the later years out.
   */
  stopped?: { through: string; seconds: number };
}

/** When a long summary (summaryBySample) gives up: an absolute time on `now`'s clock, in milliseconds. */
export interface SummaryDeadline {
  at: number;
  /** The clock (performance.now by default); a test passes its own. */
  now?: () => number;
  /** Matches between looks at the clock (CLOCK_EVERY by default). */
  every?: number;
}

/** How often the pass over the match ids looks at the clock. */
const CLOCK_EVERY = 1024;

/** Per year, pairs per rendering id (NO_RENDERING_ID: none found). */
type PerYear = Map<number, Map<number, number>>;

function bump(byYear: PerYear, year: number, rendering: number, count = 1): void {
  let counts = byYear.get(year);
  if (!counts) byYear.set(year, (counts = new Map()));
  counts.set(rendering, (counts.get(rendering) ?? 0) + count);
}

interface MatchRow {
  id: number;
  en: string;
  zh: string;
  links: Uint8Array | null;
  en_page: string | null;
  col: string;
}

/** What the summaries read of a match: its texts, links and article's page and column. */
const MATCH_ROW = "SELECT p.id, p.en, p.zh, p.links, a.en_page, a.col FROM pairs p JOIN articles a ON a.id = p.id >> 14 WHERE p.id = ?";

const passes = (row: Pick<MatchRow, "en_page" | "col">, args: { page: string | null; column: string | null }) =>
  (args.page === null || row.en_page === args.page) && (args.column === null || row.col === args.column);

interface SummaryArgs {
  match: string;
  lo: number;
  hi: number;
  page: string | null;
  column: string | null;
}

/** A single word the build counted (term_counts): its groups and years are one range of that table. */
function summaryByCounts(db: Db, term: number, years: SearchOptions["years"]): PerYear {
  const sql = "SELECT rendering, year, count FROM term_counts WHERE term = ? AND year BETWEEN ? AND ?";
  const byYear: PerYear = new Map();
  for (const [rendering, year, count] of statement(db, sql).raw().iterate(term, Number(years?.from ?? 0), Number(years?.to ?? 9999)) as IterableIterator<[number, number, number]>) {
    bump(byYear, year, rendering, count);
  }
  return byYear;
}

/** How one summary reads a match: whether it must be checked as the concordance lists it (containsAll), filtered, and whose rendering it reads. */
interface MatchCheck {
  terms: readonly Term[];
  term: number | null;
  args: SummaryArgs;
  filtered: boolean;
  asTyped: boolean;
}

/** The rendering a match counts under, or null when it does not count (filtered out, or not as typed). */
function countedAs(row: ReturnType<typeof statement>, id: number, check: MatchCheck): number | null {
  if (!check.filtered && !check.asTyped && check.term === null) return NO_RENDERING_ID;
  const found = row.get(id) as MatchRow | undefined;
  if (!found || !passes(found, check.args) || (check.asTyped && !containsAll(found, check.terms))) return null;
  return check.term === null ? NO_RENDERING_ID : (renderingIn(found.links, check.term) ?? NO_RENDERING_ID);
}

/** Every match of a list (at most SummaryLimits.scanCap), each read and counted: exact. */
function summaryOfList(db: Db, list: readonly number[], check: MatchCheck): PerYear {
  const row = statement(db, MATCH_ROW);
  const byYear: PerYear = new Map();
  for (const id of within(list, check.args.lo, check.args.hi, false)) {
    const rendering = countedAs(row, id, check);
    if (rendering !== null) bump(byYear, yearOfPair(id), rendering);
  }
  return byYear;
}

/**
 * Too many matches to read them all (a common phrase, a Chinese string that is no word of its own,
 * a filtered common word): one pass over the index's match ids counts each year's matches exactly;
 * only each year's first `sample` matches are read (row, filter, as typed, rendering) and their
 * counts scaled to the year's matches. Exact when nothing needs reading (a Chinese string without
 * links or filters) or a year has no more matches than the sample. One pass, not one range query
 * a year: FTS5 does not seek to a rowid range's start, so a year's query costs every match before it.
 */
function summaryBySample(db: Db, check: MatchCheck, matches: Matches, deadline?: SummaryDeadline): { byYear: PerYear; estimated: boolean; stoppedAfter?: number | null } {
  const sample = matches.limits.yearSample;
  const first: number[] = [];
  const whole = check.args.lo === 0 && check.args.hi === Number.MAX_SAFE_INTEGER;
  const ids = (
    whole
      ? statement(db, "SELECT rowid FROM pairs_fts WHERE pairs_fts MATCH ?").pluck().iterate(check.args.match)
      : statement(db, "SELECT rowid FROM pairs_fts WHERE pairs_fts MATCH ? AND rowid BETWEEN ? AND ?").pluck().iterate(check.args.match, check.args.lo, check.args.hi)
  ) as IterableIterator<number>;
  const byYear: PerYear = new Map();
  const byIdAlone = !check.asTyped && !check.filtered && check.term === null;
  const totals = new Map<number, number>();
  const samples = new Map<number, number[]>();
  const now = deadline?.now ?? (() => performance.now());
  let seen = 0;
  let last: number | null = null;
  let stoppedAfter: number | null | undefined;
  for (const id of ids) {
    // Leaving the loop closes the statement (better-sqlite3 resets it): the connection is free again.
    if (deadline && seen++ % (deadline.every ?? CLOCK_EVERY) === 0 && now() > deadline.at) {
      stoppedAfter = last;
      break;
    }
    last = id;
    if (whole && first.length <= COUNT_CAP) first.push(id);
    const year = yearOfPair(id);
    totals.set(year, (totals.get(year) ?? 0) + 1);
    if (byIdAlone) continue;
    let list = samples.get(year);
    if (!list) samples.set(year, (list = []));
    if (list.length < sample) list.push(id);
  }
  // The route asks for the summary first, so that the page and the count are answered from this pass.
  if (whole && stoppedAfter === undefined) matches.remember(first, COUNT_CAP);
  if (byIdAlone) {
    for (const [year, total] of totals) bump(byYear, year, NO_RENDERING_ID, total);
    return { byYear, estimated: false, stoppedAfter };
  }
  const row = statement(db, MATCH_ROW);
  let estimated = false;
  for (const [year, list] of samples) {
    const total = totals.get(year)!;
    if (total > list.length) estimated = true;
    const counted = new Map<number, number>();
    for (const id of list) {
      const rendering = countedAs(row, id, check);
      if (rendering !== null) counted.set(rendering, (counted.get(rendering) ?? 0) + 1);
    }
    for (const [rendering, n] of counted) bump(byYear, year, rendering, Math.round((n * total) / list.length));
  }
  return { byYear, estimated, stoppedAfter };
}

/** How a query's summary is made: from term_counts, from a list of matches already read, or by a pass over every match (the long one). */
type SummaryPlan =
  | { kind: "empty" }
  | { kind: "counts"; term: { text: string; id: number } }
  | { kind: "list"; term: { text: string; id: number } | null; check: MatchCheck; list: readonly number[] }
  | { kind: "pass"; term: { text: string; id: number } | null; check: MatchCheck };

function planSummary(db: Db, terms: readonly Term[], filters: Pick<SearchOptions, "years" | "page" | "column">, matches: Matches): SummaryPlan {
  const match = matches.match;
  if (!match) return { kind: "empty" };
  const { lo, hi } = spanOf(filters.years);
  const args = { match, lo, hi, page: filters.page ?? null, column: filters.column ?? null };
  const filtered = args.page !== null || args.column !== null;
  const term = linkTerm(db, terms);
  const singleZh = terms.length === 1 && terms[0].lang === "zh";
  const single = singleZh || (terms.length === 1 && !/\s/.test(terms[0].text));
  if (single && term !== null && !filtered) return { kind: "counts", term };
  // A Chinese term's matches are exactly the index's; English words and several terms are checked as typed.
  const check: MatchCheck = { terms, term: term?.id ?? null, args, filtered, asTyped: !singleZh };
  const byId = !check.asTyped && !check.filtered && check.term === null;
  const list = matches.ids(byId ? matches.limits.idCap : matches.limits.scanCap);
  return list !== null ? { kind: "list", term, check, list } : { kind: "pass", term, check };
}

/**
 * The concordance's renderings over the whole archive (within the filters): how many matching
 * pairs render the first term each way, per year. A single word the build counted is read from
 * term_counts (one indexed range, whatever its frequency). Anything else (an English phrase,
 * several terms, a Chinese string that is no word of its own, a page or column filter) from its
 * matches: each read and counted when there are at most SummaryLimits.scanCap (English and
 * several terms checked as the concordance lists them), else each year sampled
 * (summaryBySample, `approximate`), a pass over every match id that grows with the archive and
 * stops at `deadline` (`stopped`). `matches`: the request's, shared with its page and count.
 */
export function renderingSummary(
  db: Db,
  terms: readonly Term[],
  filters: Pick<SearchOptions, "years" | "page" | "column">,
  matches = new Matches(db, terms),
  deadline?: SummaryDeadline,
): RenderingSummary {
  return summaryOf(db, planSummary(db, terms, filters, matches), filters, matches, deadline);
}

/**
 * The summary when it costs no pass over every match (term_counts, or the list of at most
 * SummaryLimits' caps that the page and the count read anyway), else null: the caller then asks
 * for it apart (renderingSummary on its own connection, lib/serve/concordance-summary.ts), so
 * that a long pass never holds up the first page.
 */
export function quickRenderingSummary(db: Db, terms: readonly Term[], filters: Pick<SearchOptions, "years" | "page" | "column">, matches = new Matches(db, terms)): RenderingSummary | null {
  const plan = planSummary(db, terms, filters, matches);
  return plan.kind === "pass" ? null : summaryOf(db, plan, filters, matches);
}

function summaryOf(db: Db, plan: SummaryPlan, filters: Pick<SearchOptions, "years">, matches: Matches, deadline?: SummaryDeadline): RenderingSummary {
  if (plan.kind === "empty") return { term: null, total: 0, groups: [], years: [] };
  let byYear: PerYear;
  let approximate = false;
  let stopped: RenderingSummary["stopped"];
  if (plan.kind === "counts") byYear = summaryByCounts(db, plan.term.id, filters.years);
  else if (plan.kind === "list") byYear = summaryOfList(db, plan.list, plan.check);
  else {
    const started = (deadline?.now ?? (() => performance.now()))();
    const sampled = summaryBySample(db, plan.check, matches, deadline);
    byYear = sampled.byYear;
    approximate = sampled.estimated;
    if (sampled.stoppedAfter !== undefined) {
      const seconds = Math.round(((deadline?.now ?? (() => performance.now()))() - started) / 100) / 10;
      stopped = { through: sampled.stoppedAfter === null ? "" : dateOfPair(sampled.stoppedAfter), seconds };
    }
  }
  const textOf = termTexts(db);
  const named = (rendering: number) => (rendering === NO_RENDERING_ID ? NONE : textOf(rendering) || NONE);
  const overall = new Map<string, number>();
  const years = [...byYear.keys()].sort((a, b) => a - b).map((year) => {
    const perRendering = new Map<string, number>();
    for (const [rendering, count] of byYear.get(year)!) perRendering.set(named(rendering), (perRendering.get(named(rendering)) ?? 0) + count);
    const counts = [...perRendering].map(([rendering, count]) => ({ rendering, count }));
    for (const { rendering, count } of counts) overall.set(rendering, (overall.get(rendering) ?? 0) + count);
    return { year, counts };
  });
  const groups = [...overall].map(([rendering, count]) => ({ rendering, count })).sort((a, b) => Number(a.rendering === NONE) - Number(b.rendering === NONE) || b.count - a.count || (a.rendering < b.rendering ? -1 : 1));
  return {
    term: plan.term?.text ?? null,
    total: groups.reduce((sum, g) => sum + g.count, 0),
    groups,
    years,
    ...(approximate ? { approximate } : {}),
    ...(stopped ? { stopped } : {}),
  };
}

/**
 * One page of the pairs holding every term, in date order from `after`. A page in date order is
 * found without counting or sorting all matches: the index's matches are read in id order and
 * stop with the page, or at most SCAN_LIMIT of them (a page may then hold fewer hits than asked,
 * and `next` says where the next one starts). `matches`: the request's list, when it shares one
 * with its count and summary (a rare phrase of common words is then read from the index once).
 */
export function searchPairs(db: Db, terms: readonly Term[], options: SearchOptions, matches?: Matches): { hits: PairHit[]; next: number | null } {
  const match = matchExpression(terms);
  if (!match) return { hits: [], next: null };
  const newest = options.order === "newest";
  const span = spanOf(options.years);
  const lo = !newest && options.after !== null ? Math.max(span.lo, options.after + 1) : span.lo;
  const hi = newest && options.after !== null ? Math.min(span.hi, options.after - 1) : span.hi;
  const term = options.rendering || options.exact ? linkTerm(db, terms) : null;
  let wanted: number | null = null;
  if (options.rendering && options.rendering !== NONE) {
    if (term === null) return { hits: [], next: null };
    wanted = termIdOf(db, options.rendering);
    if (wanted === null) return { hits: [], next: null };
  }
  const list = matches?.ids(COUNT_CAP) ?? null;
  const ids: Iterable<number> = list
    ? within(list, lo, hi, newest)
    : (statement(db, `SELECT rowid FROM pairs_fts WHERE pairs_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid ${newest ? "DESC" : "ASC"}`).pluck().iterate(match, lo, hi) as IterableIterator<number>);
  const pair = statement(
    db,
    "SELECT p.id, p.en, p.zh, p.en_first, p.zh_first, p.links, a.slug, a.title_en, a.title_zh, a.date, a.en_page, a.col FROM pairs p JOIN articles a ON a.id = p.id >> 14 WHERE p.id = ?",
  );
  const textOf = termTexts(db);
  const hits: PairHit[] = [];
  const zhFirst = terms[0]?.lang === "zh";
  let scanned = 0;
  let last: number | null = null;
  for (const id of ids) {
    if (hits.length === options.limit || scanned === SCAN_LIMIT) return { hits, next: last };
    scanned++;
    last = id;
    const row = pair.get(id) as
      | { id: number; en: string; zh: string; en_first: number | null; zh_first: number | null; links: Uint8Array | null; slug: string; title_en: string; title_zh: string; date: string; en_page: string | null; col: string }
      | undefined;
    if (!row || (options.exact && !containsAll(row, terms))) continue;
    if ((options.page && row.en_page !== options.page) || (options.column && row.col !== options.column)) continue;
    const renderingId = term === null ? NO_RENDERING_ID : (renderingIn(row.links, term.id) ?? NO_RENDERING_ID);
    const rendering = renderingId === NO_RENDERING_ID ? null : textOf(renderingId);
    if (options.rendering === NONE && rendering !== null) continue;
    if (wanted !== null && renderingId !== wanted) continue;
    // An English word's links are by key (its inflections), so a rendering's pairs are checked as typed.
    if (wanted !== null && !(terms.length === 1 && terms[0].lang === "zh") && !containsAll(row, terms)) continue;
    const zhId = row.zh_first !== null ? `z${row.zh_first + 1}` : "";
    const enId = row.en_first !== null ? `e${row.en_first + 1}` : "";
    hits.push({
      id,
      slug: row.slug,
      title: row.title_en,
      titleZh: row.title_zh,
      date: row.date,
      en: row.en,
      zh: row.zh,
      anchor: (zhFirst ? zhId || enId : enId || zhId) ?? "",
      enId,
      zhId,
      rendering,
    });
  }
  return { hits, next: null };
}

/** How many pairs the index holds for the terms, counted up to `cap` (the first page never waits for a full count). */
export function countPairs(db: Db, terms: readonly Term[], cap: number, matches = new Matches(db, terms)): { count: number; capped: boolean } {
  if (!matches.match) return { count: 0, capped: false };
  const ids = matches.ids(cap);
  return ids === null ? { count: cap, capped: true } : { count: ids.length, capped: false };
}
