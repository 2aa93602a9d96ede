import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";

/**
 * How every browser in this project is launched (Playwright tests and scripts/bench-hover.ts).
 * Never a browser download: Debian's Chromium, or one named by CHROMIUM_PATH. Playwright's own
 * browser is used only when neither exists (and only if someone installed it).
 */
export const chromiumExecutable =
  process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export const chromiumLaunchOptions: LaunchOptions = {
  ...(chromiumExecutable ? { executablePath: chromiumExecutable } : {}),
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
};
