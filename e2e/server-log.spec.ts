import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

// The server log of an ordinary 404 stays quiet: a bad address is the visitor's mistake, not a
// server error, and a stack trace per stray request would bury real errors. Runs a second
// `next start` on the build the web server made, so its whole output can be read.
test("a 404 writes no error or stack trace to the server log", async () => {
  const port = Number(process.env.E2E_PORT ?? 3210) + 50;
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_IGNORE_INCORRECT_LOCKFILE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stdout.on("data", (chunk) => (log += chunk));
  server.stderr.on("data", (chunk) => (log += chunk));
  try {
    await expect.poll(() => log, { timeout: 30_000 }).toContain("Ready");
    const base = `http://127.0.0.1:${port}`;
    for (const path of [
      "/articles/1900-01-01-no-such-article",
      "/articles/no-such/alignment.json",
      "/articles/no-such/words.json",
      "/archive/1900/01",
      "/archive/1958/13",
      "/no/such/page",
    ]) {
      expect((await fetch(base + path)).status, path).toBe(404);
    }
    expect((await fetch(base + "/")).status).toBe(200);
    // Give the server a moment to flush anything it logs after answering.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(log).not.toMatch(/error|\n\s+at /i);
  } finally {
    server.kill();
  }
});
