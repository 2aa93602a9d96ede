import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { repo, runScript } from "./testing/run-script";

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

  it("writes the index and one JSON file per article, rows and sentence links covering every paragraph and sentence", () => {
    const dir = projectWith({});
    copyFileSync(path.join(repo, "content/003_c4c809410bd4e801.txt"), path.join(dir, "content/x.txt"));
    const run = buildData(dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/aligned 1 article\(s\), 0 from cache/);
    const index = JSON.parse(readFileSync(path.join(dir, ".generated/articles.json"), "utf8"));
    expect(index).toHaveLength(1);
    expect(index[0].slug).toMatch(/^1954-06-22-southwest-regions/);
    const article = JSON.parse(readFileSync(path.join(dir, ".generated/articles", `${index[0].slug}.json`), "utf8"));
    // 003 has six paragraphs a side once the repeated headline is removed (counted by hand).
    type Paragraph = { index: number; sentences: { id: string }[] };
    const paragraphs = (side: "en" | "zh"): Paragraph[] => article.rows.flatMap((row: Record<string, Paragraph[]>) => row[side]);
    expect(paragraphs("en").map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(paragraphs("zh").map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5]);
    // Every sentence is in exactly one bead, and the ids run e1..eN / z1..zM in document order.
    const ids = (side: "en" | "zh") => paragraphs(side).flatMap((p) => p.sentences.map((s) => s.id));
    const linked = (side: "en" | "zh") => article.beads.flatMap((b: Record<string, string[]>) => b[side]);
    for (const side of ["en", "zh"] as const) {
      const letter = side === "en" ? "e" : "z";
      expect(ids(side)).toEqual(ids(side).map((_, k) => `${letter}${k + 1}`));
      expect(linked(side)).toEqual(ids(side));
    }
    expect(article.beads.map((b: { id: string }) => b.id)).toEqual(article.beads.map((_: unknown, n: number) => `s${n + 1}`));
  });

  it("re-aligns only articles whose text changed", () => {
    const dir = projectWith({});
    copyFileSync(path.join(repo, "content/003_c4c809410bd4e801.txt"), path.join(dir, "content/a.txt"));
    copyFileSync(path.join(repo, "content/000_ac9c60c6ebd492a6.txt"), path.join(dir, "content/b.txt"));
    expect(buildData(dir).stdout).toMatch(/aligned 2 article\(s\), 0 from cache/);
    const first = readFileSync(path.join(dir, ".generated/articles.json"), "utf8");
    expect(buildData(dir).stdout).toMatch(/aligned 0 article\(s\), 2 from cache/);
    expect(readFileSync(path.join(dir, ".generated/articles.json"), "utf8")).toBe(first);

    const b = readFileSync(path.join(dir, "content/b.txt"), "utf8");
    writeFileSync(path.join(dir, "content/b.txt"), b.replace("Xinhua News Agency", "Xinhua News Agency (Beijing)"));
    expect(buildData(dir).stdout).toMatch(/aligned 1 article\(s\), 1 from cache/);
    // The entry of b's old text is pruned: one entry per article remains.
    expect(readdirSync(path.join(dir, ".cache/alignments"))).toHaveLength(2);
  });

  it("aligns on a pool of worker threads with exactly the result of one thread", async () => {
    const dir = projectWith({});
    for (const name of ["000_ac9c60c6ebd492a6.txt", "003_c4c809410bd4e801.txt", "004_41011bc0f67b91ba.txt"]) {
      copyFileSync(path.join(repo, "content", name), path.join(dir, "content", name));
    }
    const pooled = await runScript("build-data.ts", dir, { ALIGN_WORKERS: "2", ALIGN_POOL_FROM: "1" });
    expect(pooled.stderr).toBe("");
    expect(pooled.stdout).toMatch(/aligned 3 article\(s\) on 2 threads, 0 from cache/);
    const read = () => readdirSync(path.join(dir, ".generated/articles")).map((name) => readFileSync(path.join(dir, ".generated/articles", name), "utf8"));
    const fromPool = read();
    rmSync(path.join(dir, ".cache"), { recursive: true, force: true });
    expect((await runScript("build-data.ts", dir, { ALIGN_WORKERS: "1" })).stdout).toMatch(/aligned 3 article\(s\), 0 from cache/);
    expect(read()).toEqual(fromPool);
  }, 120_000);
});
