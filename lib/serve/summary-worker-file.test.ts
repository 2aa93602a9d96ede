import { describe, expect, it } from "vitest";
import { summaryWorkerFile } from "./summary-worker-file";

describe("summaryWorkerFile", () => {
  it("loads the bundle build-app wrote when the server runs in production", () => {
    expect(summaryWorkerFile("/site", { NODE_ENV: "production" })).toBe("/site/.next/summary-worker.mjs");
  });

  it("loads the source worker in development and tests, where a bundle in .next may be stale", () => {
    expect(summaryWorkerFile("/site", { NODE_ENV: "development" })).toBe("/site/lib/store/summary-worker.mjs");
    expect(summaryWorkerFile("/site", {})).toBe("/site/lib/store/summary-worker.mjs");
  });
});
