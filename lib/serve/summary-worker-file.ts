// Where the concordance summary's worker thread is loaded from. Pure.
import path from "node:path";

/** The worker bundled by build-app (scripts/build-app.ts), under .next. */
export const SUMMARY_WORKER_BUNDLE = "summary-worker.mjs";

/**
 * A production server (`next start`) loads the bundle build-app wrote beside Next's output: plain
 * JavaScript, nothing compiled at run time. Development and tests load the source worker, which
 * registers tsx (a bundle left in .next by an earlier production build may be stale there).
 */
export function summaryWorkerFile(root: string, env: Record<string, string | undefined>): string {
  return env.NODE_ENV === "production"
    ? path.join(root, ".next", SUMMARY_WORKER_BUNDLE)
    : path.join(root, "lib", "store", "summary-worker.mjs");
}
