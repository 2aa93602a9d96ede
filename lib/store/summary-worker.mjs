// The concordance summary's worker thread (tinypool, lib/serve/concordance-summary.ts). Plain
// JavaScript, loaded by Node from its path in development and tests (production loads the bundle
// scripts/build-app.ts writes, lib/serve/summary-worker-file.ts): worker threads do not inherit a
// loader, so it registers tsx itself (as lib/build/worker.mjs does), then loads the TypeScript task.
import { register } from "tsx/esm/api";

register();
const { runSummaryTask } = await import("./summary-task.ts");

export default function summary(task) {
  return runSummaryTask(task);
}
