import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parseTsv } from "@/lib/export/tsv";

const repo = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), "review-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(path.join(dir, "content"));
// Seeds 002 (1954-06-30, its e3 e4 = z3 link is the archive's least confident) and 000 (1958-08-04).
copyFileSync(path.join(repo, "content/002_0d9c85501e071dff.txt"), path.join(dir, "content/b.txt"));
copyFileSync(path.join(repo, "content/000_ac9c60c6ebd492a6.txt"), path.join(dir, "content/a.txt"));

function run(script: string, ...args: string[]) {
  return spawnSync(path.join(repo, "node_modules/.bin/tsx"), [path.join(repo, "scripts", script), ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, TSX_TSCONFIG_PATH: path.join(repo, "tsconfig.json") },
  });
}

describe("npm run review (scripts/review.ts)", () => {
  it("lists links below the threshold, least confident first, and leaves pinned ones out", () => {
    const all = run("review.ts", "--below", "1", "--tsv");
    expect(all.status).toBe(0);
    expect(all.stderr).toMatch(/^review: 2 article\(s\), \d+ link\(s\) below 1, 0 unmatched; 2 aligned, 0 from cache, 0 unchanged/);
    const rows = parseTsv(all.stdout).slice(1);
    const confidences = rows.map((r) => Number(r[1]));
    expect(confidences).toEqual([...confidences].sort((x, y) => x - y));
    expect(rows[0]).toEqual(["doubtful", expect.any(String), "1954-06-30-the-ccp-central-committee-south-central-bureau", "s3", "e3 e4", "z3", expect.stringMatching(/^The South Central region has/), expect.stringMatching(/^中南区是手工业比较多的地区/), "b.txt"]);
    expect(confidences[0]).toBeLessThan(0.9);

    // Pinned: off the queue.
    writeFileSync(path.join(dir, "content/b.links"), "e3 e4 = z3\n");
    const pinned = parseTsv(run("review.ts", "--below", "1", "--tsv").stdout).slice(1);
    expect(pinned.some((r) => r[2].startsWith("1954-06-30") && r[3] === "s3")).toBe(false);
    expect(pinned).toHaveLength(rows.length - 1);

    const text = run("review.ts", "--below", "0.9");
    expect(text.stdout).toMatch(/^Doubtful links: 0\n\nUnmatched sentences: 0\n\n1 of \d+ links checked/);
    expect(text.stderr).toMatch(/0 aligned, 0 from cache, 2 unchanged/);
  }, 180_000);

  it("refuses a bad threshold", () => {
    const bad = run("review.ts", "--below", "2");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^usage: npm run review/);
  });
});
