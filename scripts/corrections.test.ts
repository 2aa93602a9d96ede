import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { gunzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { sideHash } from "@/lib/corrections";
import { readArticleData, unpackText } from "@/lib/store/record";
import type { SiteArticle } from "@/lib/site/article";

/*
 * Corrections files end to end through the command-line entry points: build-data (and so
 * `npm run build`), check, and the export files they write. Seed 000 (1958-08-04), whose aligner
 * output links e13 e14 = z13 (row 4: e13–e15 / z13–z14).
 */

const repo = fileURLToPath(new URL("..", import.meta.url));
const SEED = "000_ac9c60c6ebd492a6.txt";
const SLUG = "1958-08-04-handicraft-industry-achieves-leap-forward";
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function run(script: string, dir: string, ...args: string[]) {
  return spawnSync(path.join(repo, "node_modules/.bin/tsx"), [path.join(repo, "scripts", script), ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, TSX_TSCONFIG_PATH: path.join(repo, "tsconfig.json") },
  });
}

function projectWith(links: string | null): string {
  const dir = mkdtempSync(path.join(tmpdir(), "corrections-"));
  made.push(dir);
  mkdirSync(path.join(dir, "content"));
  copyFileSync(path.join(repo, "content", SEED), path.join(dir, "content/x.txt"));
  if (links !== null) writeFileSync(path.join(dir, "content/x.links"), links);
  return dir;
}

// Each build-data run takes a few seconds (seconds more on a busy machine); these tests run several.
const SLOW = 180_000;

/** The article as the build stored it in the database, and its TMX units. */
function stored(dir: string): { article: SiteArticle; tmx: string } {
  const db = new Database(path.join(dir, ".generated/archive.db"), { readonly: true });
  try {
    const row = db.prepare("SELECT data, tmx FROM articles WHERE slug = ?").get(SLUG) as { data: Uint8Array; tmx: Uint8Array };
    return { article: readArticleData(row.data, SLUG), tmx: unpackText(row.tmx) };
  } finally {
    db.close();
  }
}
const beadsOf = (dir: string) => stored(dir).article.beads;

describe("corrections in the build", () => {
  it("builds pinned links as checked beads, in the page data and every export, and re-aligns when the pins change", () => {
    const dir = projectWith("# split the aligner's 2-1 link\ne13 = z13\ne14 = -\n");
    const first = run("build-data.ts", dir);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/1 article\(s\) processed \(1 aligned, 0 from the alignment cache, 2 pinned link\(s\)\)/);
    const beads = beadsOf(dir);
    expect(beads.filter((b) => b.checked)).toEqual([
      { id: "s13", en: ["e13"], zh: ["z13"], confidence: 1, hash: expect.any(String), checked: true },
      { id: "s14", en: ["e14"], zh: [], confidence: 1, hash: expect.any(String), checked: true },
    ]);
    expect(beads.at(-1)).toMatchObject({ en: ["e15"], zh: ["z14"] });

    expect(stored(dir).tmx.match(/<prop type="x-checked">yes<\/prop>/g)).toHaveLength(2);
    // The year's file the database names (lib/build/exports.ts: named after its content).
    const year = (format: string) => {
      const db = new Database(path.join(dir, ".generated/archive.db"), { readonly: true });
      const file = db.prepare("SELECT file FROM downloads WHERE year = '1958' AND format = ?").pluck().get(format) as string;
      db.close();
      return gunzipSync(readFileSync(path.join(dir, ".generated/downloads", file))).toString("utf8");
    };
    expect(year("tsv").split("\n").filter((row) => row.split("\t")[3] === "yes")).toHaveLength(2);
    expect(year("txt")).toContain("[s13 ✓]");

    // Unchanged text and pins: from the cache. New pins: that article is aligned again.
    expect(run("build-data.ts", dir).stdout).toMatch(/0 article\(s\) processed .*, 1 unchanged/);
    writeFileSync(path.join(dir, "content/x.links"), "e13 e14 = z13\n");
    expect(run("build-data.ts", dir).stdout).toMatch(/1 article\(s\) processed \(1 aligned, 0 from the alignment cache/);
    expect(beadsOf(dir).filter((b) => b.checked).map((b) => [b.en, b.zh])).toEqual([[["e13", "e14"], ["z13"]]]);

    // Any new alignment (a new aligner version empties the cache the same way) keeps the pins.
    rmSync(path.join(dir, ".cache"), { recursive: true });
    rmSync(path.join(dir, ".generated"), { recursive: true });
    expect(run("build-data.ts", dir).stdout).toMatch(/1 article\(s\) processed \(1 aligned, 0 from the alignment cache/);
    expect(beadsOf(dir).filter((b) => b.checked).map((b) => [b.en, b.zh])).toEqual([[["e13", "e14"], ["z13"]]]);
  }, SLOW);

  it("follows a pin's text when a sentence is inserted before it, and fails on a pin whose text changed", () => {
    const text = readFileSync(path.join(repo, "content", SEED), "utf8");
    const dir = projectWith(null);
    // Pin e2 = z2 with the hashes of its text, as `npm run pin` writes it.
    run("build-data.ts", dir);
    const data = stored(dir).article;
    const sentence = (id: string) => {
      for (const row of data.rows) for (const p of [...row.en, ...row.zh]) for (const s of p.sentences) if (s.id === id) return p.text.slice(s.start, s.end);
      throw new Error(id);
    };
    writeFileSync(path.join(dir, "content/x.links"), `e2 = z2 | ${sideHash([sentence("e2")], "en")} ${sideHash([sentence("z2")], "zh")}\n`);

    writeFileSync(path.join(dir, "content/x.txt"), text.replace("Xinhua News Agency, August 3rd: ", "Xinhua News Agency, August 3rd: Inserted here. "));
    const moved = run("build-data.ts", dir);
    expect(moved.status).toBe(0);
    expect(moved.stderr).toBe("content/x.links:1: warning: e2 moved to e3 (same text, new position); update the line\n");
    expect(beadsOf(dir).filter((b) => b.checked).map((b) => [b.en, b.zh])).toEqual([[["e3"], ["z2"]]]);

    writeFileSync(path.join(dir, "content/x.txt"), text.replace("twenty-three provinces", "twenty-four provinces"));
    const changed = run("build-data.ts", dir);
    expect(changed.status).toBe(1);
    expect(changed.stderr).toMatch(/^content\/x\.links:1: the English text of this pin changed since it was pinned/m);
    expect(changed.stderr).toMatch(/nothing was built/);
  }, SLOW);
});

describe("corrections in npm run check", () => {
  it("checks corrections files and reports each problem as file:line, the article itself being fine", () => {
    const dir = projectWith("e1 = z1\ne40 = z2\ne3 = z3\ne2 = z2\ne5 e4 = z5\ne6 = z2\n");
    writeFileSync(path.join(dir, "content/orphan.links"), "e1 = z1\n");
    const result = run("check.ts", dir);
    expect(result.status).toBe(1);
    expect(result.stdout.split("\n")).toEqual([
      "content/orphan.links:1: no article beside this corrections file: it must be named after its article (orphan.txt)",
      "content/x.links:2: e40 is not a sentence of this article: it has 15 English sentences (e1–e15)",
      "content/x.links:4: out of order: it comes before the pin on line 3 (e3 = z3) in the article; list pins in document order",
      "content/x.links:5: e5 e4: a link joins neighbouring sentences, in order (e.g. e5 e6)",
      "content/x.links:6: crosses the pin on line 3 (e3 = z3): links must keep both languages in the same order (monotone)",
      "5 problems in 2 files",
      "",
    ]);
    expect(existsSync(path.join(dir, ".generated"))).toBe(false);
  });

  it("passes and counts the pins when they are fine", () => {
    const result = run("check.ts", projectWith("e1 = z1\n- = z3\n"));
    expect(result.stdout).toBe("1 article OK, 2 pinned links in 1 corrections file\n");
    expect(result.status).toBe(0);
  });
});
