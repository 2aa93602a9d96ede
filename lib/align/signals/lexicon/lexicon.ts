import type { CompactLexicon } from "./cedict";

/**
 * The compact text form, one headword a line so that loading is a split and a Map fill:
 *
 *     cedict-lexicon/1<TAB>cache key
 *     stem stem stem ...               (the stem table; ids are positions in it)
 *     headword<TAB>id id id            (ids in base 36)
 *
 * Id lists are decoded only when a headword is first looked up.
 */
export const LEXICON_FORMAT = "cedict-lexicon/1";

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
  const lines = [`${LEXICON_FORMAT}\t${key}`, compact.stems.join(" ")];
  for (const [headword, ids] of compact.words) lines.push(`${headword}\t${ids.map((id) => id.toString(36)).join(" ")}`);
  return lines.join("\n") + "\n";
}

/** The cache key a serialised lexicon was built under, or null if the text is not one. */
export function lexiconKey(text: string): string | null {
  const end = text.indexOf("\n");
  const header = end < 0 ? text : text.slice(0, end);
  const tab = header.indexOf("\t");
  return tab >= 0 && header.slice(0, tab) === LEXICON_FORMAT ? header.slice(tab + 1) : null;
}

/**
 * Headword look-up over the serialised text itself: an open-addressing hash table of line offsets
 * in typed arrays. Filling a Map with ~200,000 strings costs more than the rest of loading together;
 * this keeps the cold load of the compact file to a scan of it.
 */
export class Lexicon {
  private readonly stemIds = new Map<string, number>();
  private readonly decoded = new Map<string, Int32Array | null>();
  private readonly starts: Int32Array;
  private readonly tabs: Int32Array;
  private readonly ends: Int32Array;
  private readonly slots: Int32Array;
  /** Length in UTF-16 units of the longest headword, bounding dictionary look-ups. */
  readonly maxWordLength: number;
  readonly stems: readonly string[];

  private constructor(private readonly text: string) {
    if (lexiconKey(text) === null) throw new Error(`not a ${LEXICON_FORMAT} file`);
    const headerEnd = text.indexOf("\n");
    const stemsEnd = text.indexOf("\n", headerEnd + 1);
    const stemLine = text.slice(headerEnd + 1, stemsEnd < 0 ? text.length : stemsEnd);
    this.stems = stemLine ? stemLine.split(" ") : [];
    this.stems.forEach((stem, id) => this.stemIds.set(stem, id));

    const starts: number[] = [];
    const tabs: number[] = [];
    const ends: number[] = [];
    let longest = 0;
    for (let start = stemsEnd + 1; stemsEnd >= 0 && start < text.length; ) {
      let end = text.indexOf("\n", start);
      if (end < 0) end = text.length;
      const tab = text.indexOf("\t", start);
      if (tab > start && tab < end) {
        starts.push(start);
        tabs.push(tab);
        ends.push(end);
        longest = Math.max(longest, tab - start);
      }
      start = end + 1;
    }
    this.starts = Int32Array.from(starts);
    this.tabs = Int32Array.from(tabs);
    this.ends = Int32Array.from(ends);
    this.maxWordLength = longest;

    let capacity = 1;
    while (capacity < starts.length * 2) capacity <<= 1;
    this.slots = new Int32Array(capacity).fill(-1);
    for (let entry = 0; entry < starts.length; entry++) {
      let slot = hashRange(text, starts[entry], tabs[entry]) & (capacity - 1);
      while (this.slots[slot] >= 0) slot = (slot + 1) & (capacity - 1);
      this.slots[slot] = entry;
    }
  }

  static parse(text: string): Lexicon {
    return new Lexicon(text);
  }

  static fromCompact(compact: CompactLexicon): Lexicon {
    return new Lexicon(serialiseLexicon(compact, "in-memory"));
  }

  get size(): number {
    return this.starts.length;
  }

  has(headword: string): boolean {
    return this.find(headword) >= 0;
  }

  /** Id of an English stem (or of its family root), or undefined if no dictionary gloss uses it. */
  stemId(stem: string): number | undefined {
    const id = this.stemIds.get(stem);
    if (id !== undefined) return id;
    const root = stemFamilyRoot(stem, (candidate) => this.stemIds.has(candidate));
    return root === undefined ? undefined : this.stemIds.get(root);
  }

  /** Stem ids of a headword's English translations, or undefined if it is not a headword. */
  translations(headword: string): Int32Array | undefined {
    let ids = this.decoded.get(headword);
    if (ids === undefined) {
      const entry = this.find(headword);
      ids = entry < 0 ? null : decodeIds(this.text.slice(this.tabs[entry] + 1, this.ends[entry]));
      this.decoded.set(headword, ids);
    }
    return ids ?? undefined;
  }

  private find(headword: string): number {
    const { text, slots, starts, tabs } = this;
    const mask = slots.length - 1;
    for (let slot = hashRange(headword, 0, headword.length) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot];
      if (entry < 0) return -1;
      const start = starts[entry];
      if (tabs[entry] - start !== headword.length) continue;
      let i = 0;
      while (i < headword.length && text.charCodeAt(start + i) === headword.charCodeAt(i)) i++;
      if (i === headword.length) return entry;
    }
  }
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
