import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  // Edit mode's test runs against the development server: playwright.dev.config.ts; the summary
  // counted apart against a server with test hooks: playwright.summary.config.ts.
  testIgnore: ["**/*.dev.spec.ts", "**/*.summary.spec.ts"],
  outputDir: "test-results",
  forbidOnly: Boolean(process.env.CI),
  // One retry in CI only: a cold first test once overran 30 s on a loaded 2-core machine (its body
  // takes 9 s). A retried pass is reported as "flaky" in the output, never hidden.
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: "list",
  timeout: 30_000,
  use: {
    baseURL,
    browserName: "chromium",
    headless: true,
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    // Always a fresh production build: a server left running from older code must not be tested.
    command: `npm run build && npx next start -H 127.0.0.1 -p ${port}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "ignore",
    stderr: "pipe",
    env: { NEXT_TELEMETRY_DISABLED: "1", NEXT_IGNORE_INCORRECT_LOCKFILE: "1" },
  },
});
