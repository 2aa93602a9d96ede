/**
 * Runs `next build` after build-data, unless the app is already built from the same inputs. The
 * app's output holds no archive data (pages are rendered on demand from the database), so a
 * build whose code, configuration and environment are unchanged is the same build: a change to
 * content/ then costs the database step alone. The inputs are hashed (every file under app/, lib/
 * and public/ except tests, the root configuration files, the lockfile, SITE_URL and NEXT_PUBLIC_*),
 * and the hash is written into .next once `next build` has succeeded; a missing or different hash
 * builds again. `--force` always builds.
 */
import { spawnSync } from "node:child_process";
import { buildSync } from "esbuild";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SUMMARY_WORKER_BUNDLE } from "../lib/serve/summary-worker-file";
import { siteUrlWarning } from "../lib/site/site-url";

const root = process.cwd();
const STAMP = path.join(root, ".next", "app-inputs.sha256");
const FOLDERS = ["app", "lib", "public"];
const FILES = ["next.config.js", "tsconfig.json", "postcss.config.mjs", "site.config.ts", "package.json", "package-lock.json"];

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function inputsHash(): string {
  const hash = createHash("sha256").update(`node ${process.version}\0`);
  for (const file of [...FOLDERS.flatMap((dir) => files(path.join(root, dir))), ...FILES.map((name) => path.join(root, name))]) {
    if (!existsSync(file)) continue;
    hash.update(`${path.relative(root, file)}\0`).update(readFileSync(file)).update("\0");
  }
  const env = Object.keys(process.env)
    .filter((key) => key === "SITE_URL" || key.startsWith("NEXT_PUBLIC_"))
    .sort();
  for (const key of env) hash.update(`${key}=${process.env[key]}\0`);
  return hash.digest("hex");
}

/**
 * The concordance summary's worker thread (lib/serve/concordance-summary.ts) as one JavaScript
 * file beside Next's output: the server then loads no TypeScript at run time (no tsx, no compile
 * on the first long summary). better-sqlite3 stays in node_modules (a native addon).
 */
function bundleSummaryWorker(): void {
  buildSync({
    stdin: { contents: 'export { runSummaryTask as default } from "./lib/store/summary-task.ts";', resolveDir: root, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["better-sqlite3"],
    outfile: path.join(root, ".next", SUMMARY_WORKER_BUNDLE),
    logLevel: "warning",
  });
}

// Written by builds before the archive database: as static files they would shadow the download routes.
for (const stale of ["downloads", "pagefind"]) rmSync(path.join(root, "public", stale), { recursive: true, force: true });

// Said on every production build, built or skipped: the address is in every page's tags.
const siteUrl = siteUrlWarning(process.env);
if (siteUrl) console.warn(`build-app: warning: ${siteUrl}`);

const hash = inputsHash();
const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(path.join(root, ".next", SUMMARY_WORKER_BUNDLE)) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === hash;
if (built && !process.argv.includes("--force")) {
  console.log(`build-app: the app is built from these inputs already (${hash.slice(0, 12)}); next build skipped`);
} else {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
  bundleSummaryWorker();
  writeFileSync(STAMP, hash);
}
