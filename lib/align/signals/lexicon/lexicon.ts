import { createHash } from "node:crypto";
import type { CompactLexicon } from "./cedict";

/**
 * The compact text form, one headword a line:
 *
 *     cedict-lexicon/2<TAB>cache key<TAB>SHA-256 of the lines below (hex)
 *     stem stem stem ...               (the stem table; ids are positions in it)
 *     headword<TAB>id id id            (ids in base 36)
 *
 * Id lists are decoded only when a headword is first looked up.
 */
export const LEXICON_FORMAT = "cedict-lexicon/2";

/**
 * The dictionary stem a derived stem belongs with, for two regular gaps in Porter's stemmer:
 * adverbs in -ly ("suddenli" → "sudden") and the -ce/-ct alternation ("product", from
 * "production", → "produc", from "produce"). `isStem` tells which stems the dictionary has.
 */
export function stemFamilyRoot(stem: string, isStem: (candidate: string) => boolean): string | undefined {
  if (stem.endsWith("li") && stem.length >= 6 && isStem(stem.slice(0, -2))) return stem.slice(0, -2);
  if (stem.endsWith("ct") && stem.length >= 6 && isStem(stem.slice(0, -1))) return stem.slice(0, -1);
  return undefined;
}

export function serialiseLexicon(compact: CompactLexicon, key: string): string {
  const lines = [compact.stems.join(" ")];
  for (const [headword, ids] of compact.words) lines.push(`${headword}\t${ids.map((id) => id.toString(36)).join(" ")}`);
  const body = lines.join("\n") + "\n";
  // The checksum lets a reader tell a file cut short or altered from a good one (load.ts).
  return `${LEXICON_FORMAT}\t${key}\t${createHash("sha256").update(body).digest("hex")}\n${body}`;
}

function headerFields(text: string): string[] | null {
  const end = text.indexOf("\n");
  const fields = (end < 0 ? text : text.slice(0, end)).split("\t");
  return fields[0] === LEXICON_FORMAT && fields.length === 3 ? fields : null;
}

/** The cache key a serialised lexicon was built under, or null if the text is not one. */
export function lexiconKey(text: string): string | null {
  return headerFields(text)?.[1] ?? null;
}

/** The SHA-256 (hex) its header records for the lines below it, or null if the text is not a lexicon. */
export function lexiconChecksum(text: string): string | null {
  return headerFields(text)?.[2] ?? null;
}

/**
 * Headword and stem look-up over the serialised text itself, held as its UTF-8 bytes in a one-byte
 * string (decoding the 4 MB file as UTF-8 took longer than the rest of loading): open-addressing
 * hash tables of line offsets in typed arrays, built by one scan of the text or read back from
 * `indexBytes`. Filling Maps with ~200,000 headwords and ~30,000 stems cost more than the rest of
 * loading together.
 */
export class Lexicon {
  private readonly decoded = new Map<string, Int32Array | null>();
  private readonly index: LexiconIndex;
  private stemList: readonly string[] | undefined;
  /** Whether the look-up table was read back rather than built by a scan. */
  readonly indexWasSaved: boolean;

  private constructor(
    /** The serialised lexicon's UTF-8 bytes, one character a byte. */
    private readonly bytes: string,
    index?: LexiconIndex,
  ) {
    if (lexiconKey(bytes) === null) throw new Error(`not a ${LEXICON_FORMAT} file`);
    this.indexWasSaved = index !== undefined;
    this.index = index ?? indexLines(bytes);
  }

  /** From the serialised text (a string, as `serialiseLexicon` writes it). */
  static parse(text: string): Lexicon {
    return new Lexicon(byteString(text));
  }

  /**
   * From the file's bytes, with the look-up table `indexBytes` saved for them when there is one (a
   * table saved for other bytes is ignored and the text scanned instead).
   */
  static fromFile(file: Uint8Array, savedIndex?: Uint8Array): Lexicon {
    const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength).toString("latin1");
    return new Lexicon(bytes, savedIndex ? (indexFromBytes(savedIndex, bytes) ?? undefined) : undefined);
  }

  static fromCompact(compact: CompactLexicon): Lexicon {
    return Lexicon.parse(serialiseLexicon(compact, "in-memory"));
  }

  /** The look-up table as bytes, for `fromFile`. */
  indexBytes(): Uint8Array {
    const x = this.index;
    const head = Int32Array.of(INDEX_MAGIC, this.bytes.length, headerHash(this.bytes), x.starts.length, x.slots.length, x.maxWordLength, x.stemStarts.length - 1, x.stemSlots.length);
    const parts = [head, x.starts, x.tabs, x.ends, x.slots, x.stemStarts, x.stemSlots];
    const out = new Int32Array(parts.reduce((n, part) => n + part.length, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return new Uint8Array(out.buffer);
  }

  get size(): number {
    return this.index.starts.length;
  }

  /** Length in UTF-16 units of the longest headword, bounding dictionary look-ups. */
  get maxWordLength(): number {
    return this.index.maxWordLength;
  }

  /** Number of stems; translation ids are below it. */
  get stemCount(): number {
    return this.index.stemStarts.length - 1;
  }

  /** The stem table (split on first use: alignment itself only needs ids). */
  get stems(): readonly string[] {
    return (this.stemList ??= Array.from({ length: this.stemCount }, (_, id) => this.text(this.index.stemStarts[id], this.index.stemStarts[id + 1] - 1)));
  }

  has(headword: string): boolean {
    return this.find(headword) >= 0;
  }

  /** Id of an English stem (or of its family root), or undefined if no dictionary gloss uses it. */
  stemId(stem: string): number | undefined {
    const id = this.findStem(stem);
    if (id >= 0) return id;
    const root = stemFamilyRoot(stem, (candidate) => this.findStem(candidate) >= 0);
    return root === undefined ? undefined : this.findStem(root);
  }

  /** Stem ids of a headword's English translations, or undefined if it is not a headword. */
  translations(headword: string): Int32Array | undefined {
    let ids = this.decoded.get(headword);
    if (ids === undefined) {
      const entry = this.find(headword);
      ids = entry < 0 ? null : decodeIds(this.bytes.slice(this.index.tabs[entry] + 1, this.index.ends[entry]));
      this.decoded.set(headword, ids);
    }
    return ids ?? undefined;
  }

  private find(headword: string): number {
    const { starts, tabs, slots } = this.index;
    return lookUp(this.bytes, slots, byteString(headword), (entry) => [starts[entry], tabs[entry]]);
  }

  private findStem(stem: string): number {
    const { stemStarts, stemSlots } = this.index;
    return lookUp(this.bytes, stemSlots, byteString(stem), (id) => [stemStarts[id], stemStarts[id + 1] - 1]);
  }

  /** Bytes [start, end) decoded as UTF-8. */
  private text(start: number, end: number): string {
    return Buffer.from(this.bytes.slice(start, end), "latin1").toString("utf8");
  }
}

/**
 * A string's UTF-8 bytes as a one-byte string (ASCII strings are their own). Written out here: the
 * look-ups of a document's words go through it by the ten thousand, and a Buffer round trip each
 * time cost more than the look-up.
 */
function byteString(text: string): string {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) < 0x80) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out += String.fromCharCode(c);
    else if (c < 0x800) out += String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const point = ((c - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00) + 0x10000;
      out += String.fromCharCode(0xf0 | (point >> 18), 0x80 | ((point >> 12) & 63), 0x80 | ((point >> 6) & 63), 0x80 | (point & 63));
    } else out += String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** The entry of an open-addressing table whose key (bytes [start, end) of `bytes`) equals `key`, or −1. */
function lookUp(bytes: string, slots: Int32Array, key: string, range: (entry: number) => [number, number]): number {
  const mask = slots.length - 1;
  for (let slot = hashRange(key, 0, key.length) & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot];
    if (entry < 0) return -1;
    const [start, end] = range(entry);
    if (end - start !== key.length) continue;
    let i = 0;
    while (i < key.length && bytes.charCodeAt(start + i) === key.charCodeAt(i)) i++;
    if (i === key.length) return entry;
  }
}

interface LexiconIndex {
  /** Per headword line: where it starts, its tab and its end (byte offsets). */
  starts: Int32Array;
  tabs: Int32Array;
  ends: Int32Array;
  slots: Int32Array;
  maxWordLength: number;
  /** Byte offset of each stem in the stem line, plus one past the last stem's space. */
  stemStarts: Int32Array;
  stemSlots: Int32Array;
}

/** Scans the text once: headword lines and stems, with a hash table over each. */
function indexLines(bytes: string): LexiconIndex {
  const headerEnd = bytes.indexOf("\n");
  const stemsEnd = headerEnd < 0 ? -1 : bytes.indexOf("\n", headerEnd + 1);
  const stemLineEnd = stemsEnd < 0 ? bytes.length : stemsEnd;
  const stemStarts: number[] = [];
  if (headerEnd >= 0 && stemLineEnd > headerEnd + 1) {
    for (let at = headerEnd + 1; at <= stemLineEnd; ) {
      stemStarts.push(at);
      const space = bytes.indexOf(" ", at);
      at = space < 0 || space > stemLineEnd ? stemLineEnd + 1 : space + 1;
    }
  }
  stemStarts.push(stemLineEnd + 1);
  const starts: number[] = [];
  const tabs: number[] = [];
  const ends: number[] = [];
  let longest = 0;
  for (let start = stemsEnd + 1; stemsEnd >= 0 && start < bytes.length; ) {
    let end = bytes.indexOf("\n", start);
    if (end < 0) end = bytes.length;
    const tab = bytes.indexOf("\t", start);
    if (tab > start && tab < end) {
      starts.push(start);
      tabs.push(tab);
      ends.push(end);
      longest = Math.max(longest, utf16Length(bytes, start, tab));
    }
    start = end + 1;
  }
  const stemOffsets = Int32Array.from(stemStarts);
  return {
    starts: Int32Array.from(starts),
    tabs: Int32Array.from(tabs),
    ends: Int32Array.from(ends),
    slots: hashTable(bytes, starts.length, (k) => [starts[k], tabs[k]]),
    maxWordLength: longest,
    stemStarts: stemOffsets,
    stemSlots: hashTable(bytes, stemOffsets.length - 1, (k) => [stemOffsets[k], stemOffsets[k + 1] - 1]),
  };
}

function hashTable(bytes: string, count: number, range: (entry: number) => [number, number]): Int32Array {
  let capacity = 1;
  while (capacity < count * 2) capacity <<= 1;
  const slots = new Int32Array(capacity).fill(-1);
  for (let entry = 0; entry < count; entry++) {
    const [start, end] = range(entry);
    let slot = hashRange(bytes, start, end) & (capacity - 1);
    while (slots[slot] >= 0) slot = (slot + 1) & (capacity - 1);
    slots[slot] = entry;
  }
  return slots;
}

/** UTF-16 length of UTF-8 bytes [start, end): one unit per character, two for those past U+FFFF. */
function utf16Length(bytes: string, start: number, end: number): number {
  let units = 0;
  for (let i = start; i < end; i++) {
    const b = bytes.charCodeAt(i);
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
  }
  return units;
}

const INDEX_MAGIC = 0x6c786932; // "lxi2"
const headerHash = (bytes: string) => hashRange(bytes, 0, Math.max(0, bytes.indexOf("\n"))) | 0;

/** The table saved by `indexBytes`, or null when it was saved for other bytes. */
function indexFromBytes(saved: Uint8Array, bytes: string): LexiconIndex | null {
  if (saved.byteLength < 32 || saved.byteLength % 4 !== 0) return null;
  // A view when the bytes are aligned (a file read whole is), a copy otherwise.
  const all =
    saved.byteOffset % 4 === 0
      ? new Int32Array(saved.buffer, saved.byteOffset, saved.byteLength / 4)
      : new Int32Array(saved.buffer.slice(saved.byteOffset, saved.byteOffset + saved.byteLength));
  const [magic, length, hash, entries, capacity, maxWordLength, stems, stemCapacity] = all;
  if (magic !== INDEX_MAGIC || length !== bytes.length || hash !== headerHash(bytes)) return null;
  if (all.length !== 8 + 3 * entries + capacity + stems + 1 + stemCapacity) return null;
  let at = 8;
  const take = (n: number) => all.subarray(at, (at += n));
  return { starts: take(entries), tabs: take(entries), ends: take(entries), slots: take(capacity), maxWordLength, stemStarts: take(stems + 1), stemSlots: take(stemCapacity) };
}

/** FNV-1a over UTF-16 code units. */
function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function decodeIds(encoded: string): Int32Array {
  const parts = encoded.split(" ");
  const ids = new Int32Array(parts.length);
  for (let i = 0; i < parts.length; i++) ids[i] = parseInt(parts[i], 36);
  return ids;
}
