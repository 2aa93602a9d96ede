import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, for tests that run its scripts in a scratch project. */
export const repo = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Runs scripts/<script> with tsx, `dir` as the working directory (so it reads dir/content and
 * writes dir/.generated), without blocking the test worker's event loop: a long spawnSync starves
 * Vitest's RPC.
 */
export function runScript(script: string, dir: string, env: Record<string, string> = {}, args: string[] = []): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(repo, "node_modules/.bin/tsx"), [path.join(repo, "scripts", script), ...args], {
      cwd: dir,
      env: { ...process.env, TSX_TSCONFIG_PATH: path.join(repo, "tsconfig.json"), ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
