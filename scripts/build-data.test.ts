import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("..", import.meta.url));
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs build-data with `dir` as the working directory, so it reads dir/content and writes dir/.generated. */
function buildData(dir: string) {
  return spawnSync(path.join(repo, "node_modules/.bin/tsx"), [path.join(repo, "scripts/build-data.ts")], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, TSX_TSCONFIG_PATH: path.join(repo, "tsconfig.json") },
  });
}

function projectWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "build-data-"));
  made.push(dir);
  mkdirSync(path.join(dir, "content"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, "content", name), text);
  return dir;
}

describe("scripts/build-data.ts", () => {
  it("fails with every problem as file:line: message, no stack trace, and writes nothing", () => {
    const dir = projectWith({
      "a.txt": "Title: A\nAuthor:\nDate: 1956-02-30\nPage: 1\n\nBody.\n\n<hr />\n\nOriginal:\n\n### 甲\n\n1956-02-30\n第1版()\n专栏：\n\n    正文。\n",
      "b.txt": "Title: B\nAuthor:\nDate: 1956-03-29\nPage: 1\n\nNo split here.\n",
    });
    const run = buildData(dir);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toContainEqual(expect.stringMatching(/^content\/a\.txt:3: .*1956-02-30/));
    expect(lines).toContainEqual(expect.stringMatching(/^content\/b\.txt:\d+: .*<hr \/>/));
    expect(lines.at(-1)).toMatch(/problem\(s\) in 2 file\(s\)/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(dir, ".generated"))).toBe(false);
  });

  it("writes the index and one JSON file per article, rows covering every paragraph", () => {
    const dir = projectWith({});
    copyFileSync(path.join(repo, "content/003_c4c809410bd4e801.txt"), path.join(dir, "content/x.txt"));
    const run = buildData(dir);
    expect(run.status).toBe(0);
    const index = JSON.parse(readFileSync(path.join(dir, ".generated/articles.json"), "utf8"));
    expect(index).toHaveLength(1);
    expect(index[0].slug).toMatch(/^1954-06-22-southwest-regions/);
    const article = JSON.parse(readFileSync(path.join(dir, ".generated/articles", `${index[0].slug}.json`), "utf8"));
    // 003 has six paragraphs a side once the repeated headline is removed (counted by hand).
    const indices = (side: "en" | "zh") => article.rows.flatMap((row: Record<string, { index: number }[]>) => row[side].map((p) => p.index));
    expect(indices("en")).toEqual([0, 1, 2, 3, 4, 5]);
    expect(indices("zh")).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
