// Edge module: brings the archive database up to date with the content folder (build-data and the
// review queue run it). Only what changed is done again; everything happens in one transaction, or
// in a new file renamed into place, so readers see the previous build until the new one is complete.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Tinypool from "tinypool";
import type { ContentProblem } from "@/lib/content/types";
import { loadDefaultLexicon } from "@/lib/align/signals/lexicon/load";
import { alignerVersion, correctionsVersion, pruneAlignments, withDictionary } from "@/lib/site/alignment-cache";
import { createArchive, finishArchive, openArchiveForUpdate, type Db } from "@/lib/store/database";
import { ArchiveWriter } from "@/lib/store/writer";
import type { ArticleBuild, ProcessedArticle, SourceFile } from "./article";
import { pruneDownloads, recordDownloads, staleYears, writeYearExports, type DownloadFile } from "./exports";
import { inOrder } from "./in-order";
import { readSource, scanContent, type ContentEntry } from "./scan";
import { buildVersion } from "./version";

export interface ArchivePaths {
  /** The project's source (the build code's version is read from it). */
  repoRoot: string;
  contentDir: string;
  cacheDir: string;
  dbFile: string;
}

/** Where the year downloads are written: beside the database. */
export const downloadsDirOf = (dbFile: string) => path.join(path.dirname(dbFile), "downloads");

export interface UpdateCounts {
  processed: number;
  aligned: number;
  pinned: number;
  removed: number;
  unchanged: number;
}

export type UpdateReport =
  | { ok: false; problems: ContentProblem[]; notices: string[] }
  | {
      ok: true;
      counts: UpdateCounts;
      threads: number;
      /** True when a new database file was made (none before, or the build code changed). */
      fresh: boolean;
      articles: number;
      pairs: number;
      warnings: ContentProblem[];
      /** Cache files (dictionary, alignments) found broken, dropped and made again. */
      notices: string[];
      alignerVersion: string;
      exports: { written: string[]; years: number; seconds: number };
      seconds: number;
    };

/** Below this many articles to process, starting worker threads (each loads tsx and the dictionaries, about 3 s) costs more than it saves. */
const POOL_FROM = Number(process.env.ALIGN_POOL_FROM) || 100;

/** Processes sources on a tinypool of worker threads (one per CPU; ALIGN_WORKERS overrides), or in this thread when there are few. */
async function processor(count: number, build: ArticleBuild) {
  const wanted = Number(process.env.ALIGN_WORKERS) || os.availableParallelism();
  const threads = Math.max(1, Math.min(wanted, count));
  if (threads === 1 || count < POOL_FROM) {
    const { processArticle } = await import("./article");
    return { run: async (source: SourceFile) => processArticle(source, build), threads: 1, close: async () => undefined };
  }
  const pool = new Tinypool({ filename: new URL("./worker.mjs", import.meta.url).href, minThreads: threads, maxThreads: threads });
  return { run: (source: SourceFile) => pool.run({ source, build }) as Promise<ProcessedArticle>, threads, close: () => pool.destroy() };
}

/**
 * The year downloads of the target brought up to date and recorded in it. In place, inside the
 * build's open transaction, on its connection (no other connection sees the changes yet); in a
 * new file, which is committed but not yet served, on the worker threads when many years changed
 * (a first build: every year), each reading the new file.
 */
async function writeYears(target: Target, dbFile: string, version: string): Promise<{ written: string[]; years: number }> {
  const dir = downloadsDirOf(dbFile);
  const stale = staleYears(target.db, dir, version);
  const where = { dbFile: target.building, dir };
  const threads = Math.min(stale.length, Number(process.env.ALIGN_WORKERS) || os.availableParallelism());
  let files: DownloadFile[];
  if (!target.fresh || threads <= 1 || stale.length < YEAR_POOL_FROM) {
    files = await writeYearExports(stale, where, target.fresh ? {} : { db: target.db });
  } else {
    const pool = new Tinypool({ filename: new URL("./worker.mjs", import.meta.url).href, minThreads: threads, maxThreads: threads });
    try {
      files = await writeYearExports(stale, where, { write: (task) => pool.run(task, { name: "yearFile" }) as Promise<DownloadFile> });
    } finally {
      await pool.destroy();
    }
  }
  const record = () => recordDownloads(target.db, files);
  if (target.fresh) target.db.transaction(record)();
  else record();
  return { written: stale.map(({ year }) => year), years: (target.db.prepare("SELECT count(DISTINCT year) FROM downloads").pluck().get() as number) };
}

/** From this many years to write, starting worker threads (about 3 s) pays. */
const YEAR_POOL_FROM = 8;

/**
 * The versions every article's input and alignment key are made under. The dictionary is checked
 * here (rebuilt with a warning when its cached file fails its checksum) and its digest folded into
 * both, so that alignments made with another dictionary are never taken for this one's.
 */
async function versions(paths: ArchivePaths) {
  const dictionary = loadDefaultLexicon();
  const build: ArticleBuild = {
    cacheDir: paths.cacheDir,
    alignerVersion: withDictionary(alignerVersion(paths.repoRoot), dictionary.digest),
    correctionsVersion: correctionsVersion(paths.repoRoot),
  };
  return { build, version: withDictionary(await buildVersion(paths.repoRoot), dictionary.digest), notices: dictionary.warnings };
}

/** Runs the pipeline over `entries` on the pool, `window` files in memory at a time, handing each result on in order. */
async function processAll(
  paths: ArchivePaths,
  entries: ContentEntry[],
  build: ArticleBuild,
  version: string,
  handle: (result: ProcessedArticle, inputHash: string) => void,
): Promise<{ problems: ContentProblem[]; threads: number; notices: string[] }> {
  const problems: ContentProblem[] = [];
  const notices: string[] = [];
  const reads = function* () {
    for (const entry of entries) {
      const read = readSource(paths.contentDir, entry, version);
      if ("problem" in read) problems.push(read.problem);
      else yield read;
    }
  };
  const { run, threads, close } = await processor(entries.length, build);
  try {
    for await (const { inputHash, result } of inOrder(reads(), async (read) => ({ inputHash: read.inputHash, result: await run(read.source) }), threads * 4)) {
      if (result.ok) {
        notices.push(...result.notices);
        handle(result, inputHash);
      } else problems.push(...result.problems);
    }
  } finally {
    await close();
  }
  return { problems, threads, notices };
}

/** The changes: articles whose files changed since they were stored (or are new), and the files that are gone. */
function changes(paths: ArchivePaths, entries: ContentEntry[], stored: Map<string, string>, version: string) {
  const problems: ContentProblem[] = [];
  let unchanged = 0;
  // Only hashed here, so that the pool is started only for many changes; the pool reads them again one by one.
  const changed = entries.filter((entry) => {
    const read = readSource(paths.contentDir, entry, version);
    if ("problem" in read) problems.push(read.problem);
    else if (stored.get(entry.name) === read.inputHash) unchanged++;
    else return true;
    return false;
  });
  const present = new Set(entries.map((e) => e.name));
  return { changed, removed: [...stored.keys()].filter((name) => !present.has(name)), unchanged, problems };
}

/** Whether a process runs: it exists and is not a zombie (a killed build whose parent has not reaped it yet). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
}

/**
 * One build at a time per database: a lock file naming the process. A lock left by a process that
 * is gone (a killed build) is taken over, and that build's half-made new database is removed.
 */
function lockArchive(dbFile: string): () => void {
  const lock = `${dbFile}.lock`;
  mkdirSync(path.dirname(dbFile), { recursive: true });
  try {
    writeFileSync(lock, String(process.pid), { flag: "wx" });
  } catch {
    const holder = Number(readFileSync(lock, "utf8"));
    if (holder !== process.pid && alive(holder)) throw new Error(`another build (process ${holder}) is updating ${dbFile}; wait for it to finish`);
    writeFileSync(lock, String(process.pid));
  }
  const base = path.basename(dbFile);
  for (const name of readdirSync(path.dirname(dbFile))) {
    if (name.startsWith(`${base}.`) && name.endsWith(".new")) rmSync(path.join(path.dirname(dbFile), name), { force: true });
  }
  return () => rmSync(lock, { force: true });
}

export async function updateArchive(paths: ArchivePaths): Promise<UpdateReport> {
  const unlock = lockArchive(paths.dbFile);
  try {
    return await update(paths);
  } finally {
    unlock();
  }
}

/** The database a build writes: the served one, updated in place, or a new file when there is none or the build code changed. */
interface Target {
  db: Db;
  fresh: boolean;
  /** The new file's temporary name, renamed over the served one when complete. */
  building: string;
}

function openTarget(dbFile: string, version: string): Target {
  const building = `${dbFile}.${process.pid}.new`;
  const db = openArchiveForUpdate(dbFile);
  if (db && db.prepare("SELECT value FROM meta WHERE key = 'build_version'").pluck().get() === version) return { db, fresh: false, building };
  db?.close();
  rmSync(building, { force: true });
  return { db: createArchive(building), fresh: true, building };
}

/** The committed target in place: a new file is renamed over the served one, which readers then reopen. */
function publishTarget(target: Target, dbFile: string): Db {
  if (!target.fresh) return target.db;
  finishArchive(target.db);
  renameSync(target.building, dbFile);
  return openArchiveForUpdate(dbFile)!;
}

function discardTarget(target: Target): void {
  target.db.close();
  if (target.fresh) rmSync(target.building, { force: true });
}

const byPlace = (a: ContentProblem, b: ContentProblem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);

async function update(paths: ArchivePaths): Promise<UpdateReport> {
  const started = performance.now();
  const { build, version, notices } = await versions(paths);
  const scan = scanContent(paths.contentDir);
  const target = openTarget(paths.dbFile, version);
  const writer = new ArchiveWriter(target.db, (file) => path.relative(process.cwd(), path.join(paths.contentDir, file)).split(path.sep).join("/"));
  writer.begin();
  const found = changes(paths, scan.entries, writer.inputs(), version);
  const counts: UpdateCounts = { processed: 0, aligned: 0, pinned: 0, removed: found.removed.length, unchanged: found.unchanged };
  const processed = await processAll(paths, found.changed, build, version, (result, inputHash) => {
    if (!result.ok) return;
    writer.put(result.record, inputHash);
    counts.processed++;
    counts.aligned += result.aligned ? 1 : 0;
    counts.pinned += result.pins;
  });
  for (const name of found.removed) writer.remove(name);
  const problems = [...scan.problems, ...found.problems, ...processed.problems, ...writer.settle()];
  if (problems.length > 0) {
    writer.rollback();
    discardTarget(target);
    return { ok: false, problems: problems.sort(byPlace), notices: [...notices, ...processed.notices] };
  }
  target.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('build_version', ?), ('aligner_version', ?)").run(version, build.alignerVersion);
  const seconds = (performance.now() - started) / 1000;
  const exportsStarted = performance.now();
  let exported: { written: string[]; years: number };
  try {
    // In place, the downloads are written and recorded before the commit, so that they switch
    // with the articles; a new file is committed first (it is not served yet) so that worker
    // threads can read it.
    if (target.fresh) writer.commit();
    exported = await writeYears(target, paths.dbFile, version);
    if (!target.fresh) writer.commit();
  } catch (error) {
    writer.rollback();
    discardTarget(target);
    throw error;
  }
  const db = publishTarget(target, paths.dbFile);
  try {
    pruneDownloads(db, downloadsDirOf(paths.dbFile));
    pruneAlignments(paths.cacheDir, new Set(db.prepare("SELECT align_key FROM articles").pluck().all() as string[]));
    return {
      ok: true,
      counts,
      threads: processed.threads,
      fresh: target.fresh,
      articles: db.prepare("SELECT count(*) FROM articles").pluck().get() as number,
      pairs: db.prepare("SELECT count(*) FROM pairs").pluck().get() as number,
      warnings: (db.prepare("SELECT warnings FROM articles WHERE warnings IS NOT NULL ORDER BY file").pluck().all() as string[]).flatMap((list) => JSON.parse(list) as ContentProblem[]),
      notices: [...notices, ...processed.notices],
      alignerVersion: build.alignerVersion,
      exports: { ...exported, seconds: (performance.now() - exportsStarted) / 1000 },
      seconds,
    };
  } finally {
    db.close();
  }
}

/** Shard `index` of `of`: the articles whose file name hashes to it, aligned into the cache; no database. */
const inShard = (name: string, index: number, of: number) => parseInt(createHash("sha256").update(name).digest("hex").slice(0, 8), 16) % of === index;

export async function alignShard(
  paths: ArchivePaths,
  index: number,
  of: number,
): Promise<{ problems: ContentProblem[]; notices: string[]; articles: number; aligned: number; of: number; threads: number }> {
  const { build, version, notices } = await versions(paths);
  const scan = scanContent(paths.contentDir);
  const mine = scan.entries.filter((entry) => inShard(entry.name, index, of));
  let aligned = 0;
  const processed = await processAll(paths, mine, build, version, (result) => {
    if (result.ok && result.aligned) aligned++;
  });
  return { problems: [...scan.problems, ...processed.problems], notices: [...notices, ...processed.notices], articles: mine.length, aligned, of: scan.entries.length, threads: processed.threads };
}
