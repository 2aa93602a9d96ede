// Edge module, run on the summary worker thread (summary-worker.mjs): a concordance's renderings
// summary made on the thread's own read-only connection, so that the long pass over every match
// (summaryBySample) blocks neither the server's event loop nor its connection.
import type { Term } from "@/lib/search/query";
import { ArchiveReader } from "./database";
import { Matches, renderingSummary, type RenderingSummary, type SearchOptions, type SummaryLimits } from "./reader";

export interface SummaryTask {
  /** The database file (archiveFile()): opened here, reopened when a build replaces it. */
  file: string;
  terms: Term[];
  filters: Pick<SearchOptions, "years" | "page" | "column">;
  limits?: Partial<SummaryLimits>;
  /** How long the pass may run, in milliseconds, before it stops and says so (RenderingSummary.stopped). */
  deadlineMs: number;
  /** Test hook only (CONCORDANCE_TEST_BUSY_MS): the thread spins this long first, standing in for a pass over a huge archive. */
  busyMs?: number;
}

const readers = new Map<string, ArchiveReader>();

export function runSummaryTask(task: SummaryTask): RenderingSummary {
  let reader = readers.get(task.file);
  if (!reader) readers.set(task.file, (reader = new ArchiveReader(task.file)));
  const db = reader.get();
  if (task.busyMs) for (const end = performance.now() + task.busyMs; performance.now() < end; );
  return renderingSummary(db, task.terms, task.filters, new Matches(db, task.terms, task.limits), { at: performance.now() + task.deadlineMs });
}
