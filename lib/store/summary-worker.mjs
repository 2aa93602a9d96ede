// The concordance summary's worker thread (tinypool, lib/serve/concordance-summary.ts). Plain
// JavaScript, loaded by Node from its path, never bundled by Next: worker threads do not inherit a
// loader, so it registers tsx itself (as lib/build/worker.mjs does), then loads the TypeScript task.
import { register } from "tsx/esm/api";

register();
const { runSummaryTask } = await import("./summary-task.ts");

export default function summary(task) {
  return runSummaryTask(task);
}
