// Edge module: a concordance's renderings summary as the server answers it. The first response
// carries it when it is cheap (term_counts, or the list of matches its page and count read
// anyway: quickRenderingSummary); otherwise the page asks /api/search/summary, which runs the long
// pass over every match on a worker thread with its own read-only connection (tinypool,
// lib/store/summary-worker.mjs), so that other requests are answered meanwhile, stops it at
// SUMMARY_DEADLINE_MS, and keeps finished summaries per state of the database (databaseEpoch).
import os from "node:os";
import { pathToFileURL } from "node:url";
import { LRUCache } from "lru-cache";
import Tinypool from "tinypool";
import { summaryWorkerFile } from "./summary-worker-file";
import type { Term } from "@/lib/search/query";
import type { Db } from "@/lib/store/database";
import { databaseEpoch } from "@/lib/store/epoch";
import { Matches, quickRenderingSummary, type RenderingSummary, type SearchOptions, type SummaryLimits } from "@/lib/store/reader";
import type { SummaryTask } from "@/lib/store/summary-task";

/** How long one summary's pass may run: past it, it stops and the page says what span was counted. */
export const SUMMARY_DEADLINE_MS = 20_000;
/** Summaries waiting for the worker beyond this are refused (503), not queued without end. */
const MAX_QUEUE = 64;
/** A summary that stopped at its deadline is kept this long only: a later request counts again. */
const STOPPED_TTL_MS = 10 * 60_000;

type Filters = Pick<SearchOptions, "years" | "page" | "column">;

/** The cache key of a summary: the database state it was made from, the parsed query, the filters that change it (not the order, page of hits or rendering filter). Pure. */
export function summaryKey(epoch: number, terms: readonly Term[], filters: Filters): string {
  return JSON.stringify([epoch, terms.map((t) => [t.lang, t.text]), filters.years?.from ?? null, filters.years?.to ?? null, filters.page ?? null, filters.column ?? null]);
}

/** Test hooks, read once: smaller caps (CONCORDANCE_SUMMARY_LIMITS, JSON) so the seed archive takes the long path, and a busy worker (CONCORDANCE_TEST_BUSY_MS). */
function testHooks(env: Record<string, string | undefined>): { limits?: Partial<SummaryLimits>; busyMs?: number } {
  const limits = env.CONCORDANCE_SUMMARY_LIMITS ? (JSON.parse(env.CONCORDANCE_SUMMARY_LIMITS) as Partial<SummaryLimits>) : undefined;
  const busyMs = Number(env.CONCORDANCE_TEST_BUSY_MS) || undefined;
  return { limits, busyMs };
}

export interface SummaryService {
  /** The request's shared reading of the index's matches (Matches), with the service's caps. */
  matches(db: Db, terms: readonly Term[]): Matches;
  /** The summary for the first response: kept, or cheap, else null (the page then asks `full`). */
  first(db: Db, terms: readonly Term[], filters: Filters, matches?: Matches): RenderingSummary | null;
  /** The summary however long it takes (up to the deadline), made on the worker thread: off the event loop and the server's connection. */
  full(db: Db, terms: readonly Term[], filters: Filters): Promise<RenderingSummary>;
  close(): Promise<void>;
}

export function summaryService(options: { file: string; env?: Record<string, string | undefined>; deadlineMs?: number; workerFile?: string }): SummaryService {
  const hooks = testHooks(options.env ?? process.env);
  const deadlineMs = options.deadlineMs ?? SUMMARY_DEADLINE_MS;
  // Next's server bundle would rewrite a path next to this module: the worker is found from the
  // project's root, as the database is (archiveFile), and Node loads it as it stands.
  const workerFile = options.workerFile ?? summaryWorkerFile(process.cwd(), options.env ?? process.env);
  const done = new LRUCache<string, RenderingSummary>({ max: 500 });
  const running = new Map<string, Promise<RenderingSummary>>();
  let pool: Tinypool | null = null;
  const workers = () =>
    (pool ??= new Tinypool({
      filename: pathToFileURL(workerFile).href,
      // One thread: a long pass takes one core, whatever the number of readers asking.
      minThreads: 0,
      maxThreads: Math.max(1, Math.min(Number(options.env?.CONCORDANCE_SUMMARY_THREADS ?? process.env.CONCORDANCE_SUMMARY_THREADS) || 1, os.availableParallelism())),
      idleTimeout: 5 * 60_000,
      maxQueue: MAX_QUEUE,
    }));

  return {
    matches: (db, terms) => new Matches(db, terms, hooks.limits),
    first(db, terms, filters, matches = new Matches(db, terms, hooks.limits)) {
      return done.get(summaryKey(databaseEpoch(db), terms, filters)) ?? quickRenderingSummary(db, terms, filters, matches);
    },
    full(db, terms, filters) {
      const key = summaryKey(databaseEpoch(db), terms, filters);
      const kept = done.get(key);
      if (kept) return Promise.resolve(kept);
      // Even a cheap one on the worker: the first response found it long, so this thread reads nothing more for it.
      let pending = running.get(key);
      if (!pending) {
        const task: SummaryTask = { file: options.file, terms: [...terms], filters, limits: hooks.limits, deadlineMs, busyMs: hooks.busyMs };
        pending = (workers().run(task) as Promise<RenderingSummary>).then((summary) => {
          // Made on the worker's connection, which reads this state or a newer one: never an older one.
          done.set(key, summary, summary.stopped ? { ttl: STOPPED_TTL_MS } : {});
          return summary;
        });
        running.set(key, pending);
        void pending.finally(() => running.delete(key)).catch(() => undefined);
      }
      return pending;
    },
    async close() {
      await pool?.destroy();
      pool = null;
    },
  };
}
