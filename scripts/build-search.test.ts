import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("..", import.meta.url));
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs a script with `dir` as the working directory, without blocking Vitest's event loop. */
function run(script: string, dir: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(repo, "node_modules/.bin/tsx"), [path.join(repo, "scripts", script)], {
      cwd: dir,
      env: { ...process.env, TSX_TSCONFIG_PATH: path.join(repo, "tsconfig.json") },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Every file of the index with its modification time. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(path.join(dir, "public/pagefind"), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [file, statSync(file).mtimeMs];
      }),
  );

describe("scripts/build-search.ts", () => {
  it("keeps an index whose records have not changed, and rebuilds it when one has", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "build-search-"));
    made.push(dir);
    mkdirSync(path.join(dir, "content"));
    copyFileSync(path.join(repo, "content", "000_ac9c60c6ebd492a6.txt"), path.join(dir, "content", "000_ac9c60c6ebd492a6.txt"));
    expect((await run("build-data.ts", dir)).status).toBe(0);

    const first = await run("build-search.ts", dir);
    expect(first.stderr).toBe("");
    expect(first.stdout).toMatch(/English and \d+ Chinese sentence record\(s\) → public\/pagefind\//);
    const built = snapshot(dir);
    expect(Object.keys(built).some((file) => file.endsWith(path.join("zh", "pagefind.js")))).toBe(true);

    const second = await run("build-search.ts", dir);
    expect(second.stdout).toMatch(/unchanged: index kept/);
    expect(snapshot(dir)).toEqual(built);

    // One character of one sentence changes: the records differ, so the index is built again.
    const [name] = readdirSync(path.join(dir, ".generated/articles"));
    const file = path.join(dir, ".generated/articles", name);
    const article = readFileSync(file, "utf8");
    expect(article).toContain("手工业");
    writeFileSync(file, article.replace("手工业", "手工艺"));
    const third = await run("build-search.ts", dir);
    expect(third.stdout).toMatch(/→ public\/pagefind\//);
    expect(third.stdout).not.toMatch(/unchanged/);
  }, 120_000);
});
