/**
 * Toneless pinyin readings of every Han character, for the names signal. They come from
 * pinyin-pro, but importing it (its dictionaries are large modules) and asking it character by
 * character cost about 0.2 s of the command line's start-up, more than a short pair's alignment; so
 * the readings of all Han characters are computed from it once into `.cache/lexicon`, keyed by its
 * version and this format's, and read back as one small file (21,000 characters) from then on.
 * The table is checked like the compact dictionary: one cut short or altered is rebuilt with a
 * warning, never used. pinyin-pro is only loaded to build the table.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import writeFileAtomic from "write-file-atomic";

const require = createRequire(import.meta.url);

export const HAN_READINGS_FORMAT = "han-readings/1";
const READINGS_FILE = "han-readings.txt";
const HAN = /\p{Script=Han}/u;
/** From the CJK radicals to the end of extension H: every code point Unicode gives to the Han script. */
const FIRST_HAN = 0x2e80;
const LAST_HAN = 0x323af;

/**
 * A character's readings as the names signal compares them: lower case, letters only (pinyin-pro
 * writes ê and some rare readings otherwise), and ü both as v and as u (Lüshun, Lushun, Lvshun).
 */
export function tonelessReadings(raw: readonly string[]): string[] {
  const set = new Set<string>();
  for (const p of raw) {
    const s = p.toLowerCase();
    if (!/^[a-z]+$/.test(s)) continue;
    set.add(s);
    if (s.includes("v")) set.add(s.replace(/v/g, "u"));
  }
  return [...set];
}

/**
 * The table's text: a header (format, key, SHA-256 of the lines below), then one line per Han
 * character that has a reading, `字<TAB>reading reading`.
 */
export function serialiseHanReadings(readingsOf: (char: string) => readonly string[], key: string): string {
  const lines: string[] = [];
  for (let cp = FIRST_HAN; cp <= LAST_HAN; cp++) {
    const char = String.fromCodePoint(cp);
    if (!HAN.test(char)) continue;
    const readings = tonelessReadings(readingsOf(char));
    if (readings.length > 0) lines.push(`${char}\t${readings.join(" ")}`);
  }
  const body = lines.join("\n") + "\n";
  return `${HAN_READINGS_FORMAT}\t${key}\t${sha256(body)}\n${body}`;
}

/**
 * The table over its text, looked up by code point: one scan records where each character's line
 * starts, and a character's readings are split off its line when first asked for (a Map of all
 * 21,000 characters' arrays took 60 ms to fill, more than the rest of the names signal's start).
 */
export class HanReadings {
  private readonly lineStart: Int32Array;
  private readonly split = new Map<string, readonly string[]>();

  constructor(private readonly body: string) {
    this.lineStart = new Int32Array(LAST_HAN - FIRST_HAN + 1).fill(-1);
    for (let at = 0; at < body.length; ) {
      const cp = body.codePointAt(at)!;
      if (cp >= FIRST_HAN && cp <= LAST_HAN) this.lineStart[cp - FIRST_HAN] = at;
      const next = body.indexOf("\n", at);
      at = next < 0 ? body.length : next + 1;
    }
  }

  /** The character's readings, [] when it has none or is not a Han character. */
  get(char: string): readonly string[] {
    let readings = this.split.get(char);
    if (readings) return readings;
    const cp = char.codePointAt(0)!;
    const at = char.length <= 2 && cp >= FIRST_HAN && cp <= LAST_HAN ? this.lineStart[cp - FIRST_HAN] : -1;
    if (at < 0 || this.body.slice(at, at + char.length) !== char) readings = [];
    else {
      const tab = at + char.length;
      readings = this.body.slice(tab + 1, this.body.indexOf("\n", tab)).split(" ");
    }
    this.split.set(char, readings);
    return readings;
  }
}

/** The table from its text, or why not: another format or key ("stale"), or a failed checksum. */
export function parseHanReadings(text: string, key: string): { table: HanReadings } | { problem: "stale" | "corrupt" } {
  const end = text.indexOf("\n");
  const header = (end < 0 ? text : text.slice(0, end)).split("\t");
  if (header[0] !== HAN_READINGS_FORMAT || header[1] !== key || header.length !== 3) return { problem: "stale" };
  const body = text.slice(end + 1);
  if (sha256(body) !== header[2]) return { problem: "corrupt" };
  return { table: new HanReadings(body) };
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export interface LoadedHanReadings {
  table: HanReadings;
  path: string;
  /** Whether the table had to be (re)built on this call. */
  built: boolean;
  /** A cached table that failed its checksum and was rebuilt (said, never silent). */
  warnings: string[];
}

export interface HanReadingsOptions {
  /** Where the table lives; default `<cwd>/.cache/lexicon`. */
  cacheDir?: string;
  /** pinyin-pro's readings of one character; default the installed package's (`polyphonic`). */
  source?: { version: string; readingsOf: (char: string) => readonly string[] };
}

function pinyinPro(): { version: string; readingsOf: (char: string) => readonly string[] } {
  const { polyphonic } = require("pinyin-pro") as typeof import("pinyin-pro");
  const { version } = require("pinyin-pro/package.json") as { version: string };
  return { version, readingsOf: (char) => polyphonic(char, { toneType: "none", type: "array", v: true })[0] ?? [] };
}

/** The cache key: pinyin-pro's version (the source) and nothing else the table depends on. */
function installedPinyinProVersion(): string {
  return (require("pinyin-pro/package.json") as { version: string }).version;
}

/** Loads the table, building it first when it is missing, stale or fails its checksum (then with a warning). */
export function loadHanReadingsFile(options: HanReadingsOptions = {}): LoadedHanReadings {
  const cacheDir = resolve(options.cacheDir ?? join(process.cwd(), ".cache", "lexicon"));
  const path = join(cacheDir, READINGS_FILE);
  const key = `pinyin-pro@${options.source?.version ?? installedPinyinProVersion()}`;
  const warnings: string[] = [];
  if (existsSync(path)) {
    const parsed = parseHanReadings(readFileSync(path, "utf8"), key);
    if ("table" in parsed) return { table: parsed.table, path, built: false, warnings };
    if (parsed.problem === "corrupt") warnings.push(`${path}: the readings table does not match its checksum (cut short or altered); rebuilt from pinyin-pro`);
  }
  const text = serialiseHanReadings((options.source ?? pinyinPro()).readingsOf, key);
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic.sync(path, text, { fsync: false });
  const parsed = parseHanReadings(text, key);
  if (!("table" in parsed)) throw new Error("a readings table just built does not read back");
  return { table: parsed.table, path, built: true, warnings };
}

let defaultReadings: HanReadings | undefined;

/** The table from the default cache, loaded once per process. */
export function loadHanReadings(): HanReadings {
  if (!defaultReadings) {
    const loaded = loadHanReadingsFile();
    for (const warning of loaded.warnings) console.warn(warning);
    defaultReadings = loaded.table;
  }
  return defaultReadings;
}
