import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/*
 * The concordance summary counted apart (e2e/*.summary.spec.ts), against the production server
 * started with two test hooks (lib/serve/concordance-summary.ts): caps of 2 matches, so that the
 * seed archive's compound queries take the long path that a large archive takes, and a worker
 * thread that spins 4 s before each long summary, standing in for a pass over a huge archive. The
 * same build as playwright.config.ts (build-app skips `next build` when its inputs are unchanged);
 * the server listens on E2E_PORT + 2. `npm run test:e2e` runs it after the others.
 */
const port = Number(process.env.E2E_PORT ?? 3210) + 2;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  ...base,
  testIgnore: undefined,
  testMatch: "**/*.summary.spec.ts",
  outputDir: "test-results/summary",
  workers: 1,
  timeout: 60_000,
  use: { ...base.use, baseURL },
  webServer: {
    ...(base.webServer as object),
    command: `npm run build && npx next start -H 127.0.0.1 -p ${port}`,
    url: baseURL,
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_IGNORE_INCORRECT_LOCKFILE: "1",
      CONCORDANCE_SUMMARY_LIMITS: JSON.stringify({ scanCap: 2, idCap: 2, yearSample: 1000 }),
      CONCORDANCE_TEST_BUSY_MS: "4000",
    },
  },
});
