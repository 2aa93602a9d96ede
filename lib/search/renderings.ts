import { ENGLISH_STOP_WORDS } from "@/lib/align/signals/lexicon/english";

/**
 * Which words of a sentence pair translate which: the renderings the concordance marks and groups.
 * Pure. The build links every pair once (lib/build/renderings.ts supplies the dictionary and the
 * learned table) and stores the links; a query then only reads them (lib/store/reader.ts).
 *
 * An English word is keyed by its inflection key: its base form when the vocabulary (every English
 * word of CC-CEDICT's senses) knows one, so "rectifying", "rectified" and "rectify" share the key
 * "rectify" while "rectification" keeps its own. A Chinese word links to the English words of its
 * counterpart whose key is one of its dictionary or learned translations, or a derivation of one
 * (rectify → rectification). A word claimed by two Chinese words goes to the one with nothing else
 * (巩固和整顿 / "consolidating and rectifying": consolidating to 巩固, rectifying to 整顿).
 */

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Base forms a lower-case English word may be an inflection of, the word itself first. */
export function inflectionCandidates(word: string): string[] {
  const w = word.toLowerCase().replace(/['’]s$/, "");
  const out = [w];
  const add = (base: string) => {
    if (base.length >= 3 && !out.includes(base)) out.push(base);
  };
  const undouble = (base: string) => (/([b-df-hj-np-tv-z])\1$/.test(base) && !/(ll|ss|ff|zz)$/.test(base) ? base.slice(0, -1) : base);
  if (w.endsWith("ies") || w.endsWith("ied")) add(`${w.slice(0, -3)}y`);
  if (w.endsWith("ing")) {
    const base = w.slice(0, -3);
    add(base);
    add(`${base}e`);
    add(undouble(base));
  }
  if (w.endsWith("ed") && !w.endsWith("eed")) {
    const base = w.slice(0, -2);
    add(base);
    add(`${base}e`);
    add(undouble(base));
  }
  if (w.endsWith("es")) add(w.slice(0, -2));
  if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) add(w.slice(0, -1));
  return out;
}

/** A word's inflection key: the first base form the vocabulary knows (stripped forms before the word), else the word. */
export function inflectionKey(word: string, known: (word: string) => boolean): string {
  const [w, ...bases] = inflectionCandidates(word);
  return bases.find(known) ?? w;
}

/** Endings that make a noun or adjective of a verb: rectify → rectification, organize → organization. */
const ENDING = /^(?:y|ication|ications|ation|ations|tion|tions|ition|itions|ion|ions|ment|ments|er|ers|or|ors|ive|ives|al|ance|ances|ence|ences|ity)$/;
const derivedFrom = new Map<string, string[]>();

/** The words (five letters or more) a key may be derived from: "rectification" → rectify, rectife, rectif, … (each ending tried). */
function derivationBases(key: string): string[] {
  let bases = derivedFrom.get(key);
  if (bases) return bases;
  bases = [];
  for (let at = 4; at < key.length; at++) {
    if (!ENDING.test(key.slice(at))) continue;
    const stem = key.slice(0, at);
    for (const base of [`${stem}y`, `${stem}e`, stem]) if (base.length >= 5) bases.push(base);
  }
  derivedFrom.set(key, bases);
  return bases;
}

/** Whether an English key is a translation key or a derivation of one (rectify → rectification). */
export function keyMatches(key: string, translations: ReadonlySet<string>): boolean {
  return translations.has(key) || derivationBases(key).some((base) => translations.has(base));
}

/** Chinese words too general to have a rendering of their own (particles, prepositions, copulas). */
const ZH_FUNCTION = new Set("的 了 在 是 和 与 及 等 对 把 被 也 都 就 而 并 又 这 那 其 之 为 以 于 从 到 由 向 着 过 个 上 下 中 有 将 各 已 所 或 使 给 让 来 去 说".split(" "));

const HAN = /\p{Script=Han}/u;

/** Whether a Chinese word may have a rendering of its own (and is counted in the concordance's totals). */
export const isContentWord = (zh: string) => !ZH_FUNCTION.has(zh) && HAN.test(zh);

export interface EnglishToken {
  /** Offsets into the English text. */
  start: number;
  end: number;
  /** Inflection key; null for a function word. */
  key: string | null;
  /** The word lower-cased. */
  word: string;
}

export function englishTokens(text: string, keyOf: (word: string) => string): EnglishToken[] {
  return [...text.matchAll(WORD)].map((m) => {
    const lower = m[0].toLowerCase();
    const content = lower.length >= 3 && !ENGLISH_STOP_WORDS.has(lower) && !/\p{N}/u.test(lower);
    return { start: m.index!, end: m.index! + m[0].length, key: content ? keyOf(lower) : null, word: lower };
  });
}

export interface PairLinks {
  /** Chinese word → its rendering: the inflection keys of its first English span, with the function words between ("consolidate and rectify"). */
  zh: Map<string, string>;
  /** English key → the Chinese word it renders (the first when several). */
  en: Map<string, string>;
}

/**
 * The links of one pair: `zhWords` its Chinese words in order, `translationsOf` the English keys a
 * Chinese word may be rendered by (empty set when none).
 */
export function linkPair(tokens: readonly EnglishToken[], zhWords: readonly string[], translationsOf: (zh: string) => ReadonlySet<string>): PairLinks {
  // Each token under its key and the words its key may derive from: a translation then finds its tokens in one lookup.
  const byKey = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    if (t.key === null) return;
    for (const key of [t.key, ...derivationBases(t.key)]) {
      const list = byKey.get(key);
      if (!list) byKey.set(key, [i]);
      else if (list.at(-1) !== i) list.push(i);
    }
  });
  const claims = new Map<string, number[]>();
  for (const zh of new Set(zhWords)) {
    if (!isContentWord(zh)) continue;
    const hits = new Set<number>();
    for (const translation of translationsOf(zh)) for (const i of byKey.get(translation) ?? []) hits.add(i);
    if (hits.size > 0) claims.set(zh, [...hits].sort((a, b) => a - b));
  }
  const claimants = new Map<number, string[]>();
  for (const [zh, hits] of claims) for (const i of hits) claimants.set(i, [...(claimants.get(i) ?? []), zh]);
  // A single character (正, with a dozen senses) yields a word to a longer word that claims it too (整顿).
  for (const [i, list] of claimants) {
    const words = list.filter((zh) => [...zh].length > 1);
    if (words.length === 0 || words.length === list.length) continue;
    claimants.set(i, words);
    for (const zh of list) if ([...zh].length === 1) claims.set(zh, claims.get(zh)!.filter((j) => j !== i));
  }
  for (const [zh, hits] of claims) if (hits.length === 0) claims.delete(zh);
  const own = (zh: string) => claims.get(zh)!.filter((i) => claimants.get(i)!.length === 1).length;
  const kept = new Map<string, number[]>();
  for (const [zh, hits] of claims) {
    const mine = hits.filter((i) => {
      const others = claimants.get(i)!;
      if (others.length === 1) return true;
      // A shared word goes to the claimants that have no word of their own; to all when none is without.
      const bare = others.filter((other) => own(other) === 0);
      return bare.length === 0 || bare.includes(zh);
    });
    if (mine.length > 0) kept.set(zh, mine);
  }
  const links: PairLinks = { zh: new Map(), en: new Map() };
  for (const [zh, hits] of kept) {
    links.zh.set(zh, firstSpan(tokens, hits));
    for (const i of hits) if (!links.en.has(tokens[i].key!)) links.en.set(tokens[i].key!, zh);
  }
  return links;
}

/** The first run of linked tokens, allowing function words between them, as keys. */
function firstSpan(tokens: readonly EnglishToken[], hits: readonly number[]): string {
  let end = hits[0];
  for (const i of hits.slice(1)) {
    if (tokens.slice(end + 1, i).some((t) => t.key !== null)) break;
    end = i;
  }
  return tokens
    .slice(hits[0], end + 1)
    .map((t) => t.key ?? t.word)
    .join(" ");
}

/**
 * Offsets of the words in `text` that a stored rendering names, for marking the counterpart: for an
 * English rendering its content words (any inflection: "rectify" marks "rectifying"), for a Chinese
 * one its occurrences. Needs no vocabulary: a word matches when one of its candidate base forms is
 * the key.
 */
export function renderingSpans(text: string, rendering: string, lang: "en" | "zh"): [number, number][] {
  if (!rendering) return [];
  if (lang === "zh") {
    const out: [number, number][] = [];
    for (let at = text.indexOf(rendering); at >= 0; at = text.indexOf(rendering, at + rendering.length)) out.push([at, at + rendering.length]);
    return out;
  }
  const keys = new Set(rendering.split(" ").filter((w) => w.length >= 3 && !ENGLISH_STOP_WORDS.has(w)));
  return [...text.matchAll(WORD)].filter((m) => inflectionCandidates(m[0]).some((c) => keys.has(c))).map((m) => [m.index!, m.index! + m[0].length]);
}
