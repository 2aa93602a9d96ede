import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium";

/*
 * Edit mode's end-to-end test, against the development server (edit mode exists nowhere else):
 * `npm run test:e2e` runs it after the production tests (playwright.config.ts). The server works on
 * copies of content/ (CONTENT_DIR) and of the alignment cache under .cache/, with a database of its
 * own there (ARCHIVE_DB), so the test's edits never touch the repository's files or its build. It listens on E2E_PORT + 1 and builds into .next/dev, apart
 * from the production build.
 */
const port = Number(process.env.E2E_PORT ?? 3210) + 1;
const baseURL = `http://127.0.0.1:${port}`;
const workDir = path.join(".cache", `e2e-dev-${port}`);
// Read by e2e/edit-mode.dev.spec.ts, which checks the corrections files written there.
process.env.EDIT_E2E_CONTENT_DIR = path.resolve(workDir, "content");
// Read by e2e/trust.dev.spec.ts, which holds the database's write lock to make a re-align fail.
process.env.EDIT_E2E_ARCHIVE_DB = path.resolve(workDir, "archive.db");

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.dev.spec.ts",
  outputDir: "test-results/dev",
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: "list",
  // The first request compiles the article page and the edit route (tens of seconds on a loaded machine).
  timeout: 180_000,
  use: {
    baseURL,
    browserName: "chromium",
    headless: true,
    launchOptions: chromiumLaunchOptions,
    viewport: { width: 1280, height: 800 },
  },
  webServer: {
    command: [
      `rm -rf ${workDir}`,
      `mkdir -p ${workDir}`,
      `cp -R content ${workDir}/content`,
      // An article whose file holds bidi controls (e2e/trust.dev.spec.ts): never in content/.
      `cp e2e/dev-content/*.txt ${workDir}/content/`,
      `(cp -R .cache/alignments ${workDir}/alignments 2>/dev/null || true)`,
      `npm run dev -- -H 127.0.0.1 -p ${port}`,
    ].join(" && "),
    url: baseURL,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_IGNORE_INCORRECT_LOCKFILE: "1",
      CONTENT_DIR: path.join(workDir, "content"),
      ALIGNMENT_CACHE_DIR: path.join(workDir, "alignments"),
      ARCHIVE_DB: path.join(workDir, "archive.db"),
    },
  },
});
