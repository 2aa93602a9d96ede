import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { repo, runScript } from "./testing/run-script";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

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
    expect((await runScript("build-data.ts", dir)).status).toBe(0);

    const first = await runScript("build-search.ts", dir);
    expect(first.stderr).toBe("");
    expect(first.stdout).toMatch(/English and \d+ Chinese sentence record\(s\) → public\/pagefind\//);
    const built = snapshot(dir);
    expect(Object.keys(built).some((file) => file.endsWith(path.join("zh", "pagefind.js")))).toBe(true);

    const second = await runScript("build-search.ts", dir);
    expect(second.stdout).toMatch(/unchanged: index kept/);
    expect(snapshot(dir)).toEqual(built);

    // One character of one sentence changes: the records differ, so the index is built again.
    const [name] = readdirSync(path.join(dir, ".generated/articles"));
    const file = path.join(dir, ".generated/articles", name);
    const article = readFileSync(file, "utf8");
    expect(article).toContain("手工业");
    writeFileSync(file, article.replace("手工业", "手工艺"));
    const third = await runScript("build-search.ts", dir);
    expect(third.stdout).toMatch(/→ public\/pagefind\//);
    expect(third.stdout).not.toMatch(/unchanged/);
  }, 120_000);
});
