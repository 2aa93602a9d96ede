import { loadHanReadings } from "./lexicon/han-readings";
import type { PreparedSide } from "../types";
import { ENGLISH_LOOKALIKES, ESTABLISHED_NAMES, PINYIN_SYLLABLES, PLACE_SUFFIXES } from "./romanizations";

/**
 * Names as anchors: a capitalised English token such as "Tianjin" is looked for, without word
 * segmentation, as any run of two to four Chinese characters whose toneless pinyin spells it
 * (天津 = tian·jin), trying every reading of polyphonic characters (重庆 = chong·qing).
 *
 * - English tokens are compared lower case with diacritics, apostrophes, hyphens and "'s" removed:
 *   Xi'an, Xi-an, Tiānjīn, Lüshun (ü is also spelled u and v).
 * - 儿/尔 (er) may be written r after a (哈尔滨 Harbin, 齐齐哈尔 Qiqihar), and a token of five or
 *   more letters may double a letter or add an h (Shaanxi for 陕西 shanxi).
 * - Consecutive name tokens also match joined ("Tian jin", "Mao Zedong" = 毛泽东); one syllable
 *   alone ("Rong") counts only with a generic word after it ("Rong County" = 容县).
 * - Established non-pinyin names (Peking, Canton, Tientsin …) come from a table.
 * - A token is a name candidate only if it is not an English word that happens to split into
 *   pinyin syllables (China, Same, Angle) — those only count through the table.
 */

/** One name in the English text with the ways it may appear in Chinese. */
interface NameUnit {
  surface: string;
  /** Toneless pinyin spellings, "syllable|suffix characters" for a one-syllable name. */
  pinyin: string[];
  /** Chinese forms from the table of established names. */
  forms: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// English side

const syllableCounts = new Map<string, number[]>();

/**
 * The numbers of pinyin syllables `word` can be split into ([] if none). An r after a syllable
 * ending in a is 尔 written as in Harbin and Qiqihar; it does not count as a syllable.
 */
function syllableSplits(word: string): number[] {
  if (word.length > 24) return []; // four syllables of at most six letters
  const cached = syllableCounts.get(word);
  if (cached) return cached;
  const n = word.length;
  const reach: Set<number>[] = Array.from({ length: n + 1 }, () => new Set());
  reach[0].add(0);
  for (let i = 0; i < n; i++) {
    if (reach[i].size === 0) continue;
    if (word[i] === "r" && word[i - 1] === "a") for (const k of reach[i]) reach[i + 1].add(k);
    for (let j = i + 1; j <= Math.min(n, i + 6); j++) {
      if (PINYIN_SYLLABLES.has(word.slice(i, j))) for (const k of reach[i]) reach[j].add(k + 1);
    }
  }
  const counts = [...reach[n]].filter((k) => k <= 4).sort();
  syllableCounts.set(word, counts);
  return counts;
}

/** Splits into two to four syllables. */
const looksLikePinyinName = (key: string) => syllableSplits(key).some((k) => k >= 2);

const isOneSyllable = (key: string) => syllableSplits(key).includes(1);

/** Lower case, no diacritics, apostrophes, hyphens or possessive 's. */
export function nameKey(token: string): string {
  return plainKey(token.normalize("NFD").replace(/[\u0300-\u036f]/g, ""));
}

/** nameKey of a token already free of diacritics. */
function plainKey(token: string): string {
  const bare = token.endsWith("'s") || token.endsWith("’s") || token.endsWith("'S") ? token.slice(0, -2) : token;
  return (/^[A-Za-z]+$/.test(bare) ? bare : bare.replace(/[^A-Za-z]/g, "")).toLowerCase();
}

interface EnToken {
  text: string;
  key: string;
  capitalised: boolean;
  /** Only spaces separate it from the previous token. */
  joined: boolean;
}

function englishTokens(text: string): EnToken[] {
  const plain = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const tokens: EnToken[] = [];
  const re = /[A-Za-z]+(?:['’-][A-Za-z]+)*/g;
  let prevEnd = -1;
  for (let m = re.exec(plain); m; m = re.exec(plain)) {
    const between = prevEnd < 0 ? null : plain.slice(prevEnd, m.index);
    tokens.push({
      text: m[0],
      key: plainKey(m[0]),
      capitalised: /^[A-Z](?:[a-z]|['’-]?[A-Z]?[a-z])/.test(m[0]) || /^[A-Z]{3,}$/.test(m[0]),
      joined: between !== null && /^ +$/.test(between),
    });
    prevEnd = m.index + m[0].length;
  }
  return tokens;
}

const isEnglishWord = (key: string) => ENGLISH_LOOKALIKES.has(key);

/** A capitalised token that may be (part of) a romanised Chinese name. */
function isNamePart(tok: EnToken): boolean {
  if (!tok.capitalised || tok.key.length < 2) return false;
  if (ESTABLISHED_NAMES.has(tok.key)) return true;
  if (isEnglishWord(tok.key)) return false;
  return isOneSyllable(tok.key) || looksLikePinyinName(tok.key);
}

/** The Chinese names an English sentence mentions. */
export function englishNameUnits(text: string): NameUnit[] {
  const tokens = englishTokens(text);
  const units: NameUnit[] = [];
  let k = 0;
  while (k < tokens.length) {
    // Two-word established names whose words are English ("Inner Mongolia", "Port Arthur").
    const pair = tokens[k + 1]?.joined ? tokens[k].key + tokens[k + 1].key : "";
    if (tokens[k].capitalised && tokens[k + 1]?.capitalised && ESTABLISHED_NAMES.has(pair)) {
      units.push({ surface: `${tokens[k].text} ${tokens[k + 1].text}`, pinyin: [], forms: ESTABLISHED_NAMES.get(pair)! });
      k += 2;
      continue;
    }
    if (!isNamePart(tokens[k])) {
      k++;
      continue;
    }
    // A run of up to four name parts separated only by spaces; "Tian jin" may continue in lower case.
    let end = k + 1;
    while (
      end < k + 4 &&
      end < tokens.length &&
      tokens[end].joined &&
      (isNamePart(tokens[end]) || (!tokens[end].capitalised && isOneSyllable(tokens[end].key) && !isEnglishWord(tokens[end].key) && isOneSyllable(tokens[end - 1].key)))
    ) {
      end++;
    }
    let joinedKey = "";
    let surface = "";
    for (let t = k; t < end; t++) {
      joinedKey += tokens[t].key;
      surface += t > k ? ` ${tokens[t].text}` : tokens[t].text;
    }
    const pinyin = new Set<string>();
    const forms = new Set<string>(ESTABLISHED_NAMES.get(joinedKey) ?? []);
    if (end - k > 1 && syllableSplits(joinedKey).some((n) => n >= 2)) pinyin.add(joinedKey);
    for (let t = k; t < end; t++) {
      const key = tokens[t].key;
      for (const f of ESTABLISHED_NAMES.get(key) ?? []) forms.add(f);
      if (!isEnglishWord(key) && looksLikePinyinName(key)) pinyin.add(key);
    }
    const next = tokens[end];
    const suffix = next?.joined ? PLACE_SUFFIXES.get(next.key) : undefined;
    if (end - k === 1 && isOneSyllable(joinedKey) && suffix) pinyin.add(`${joinedKey}|${suffix}`);
    if (pinyin.size > 0 || forms.size > 0) units.push({ surface, pinyin: Array.from(pinyin), forms: Array.from(forms) });
    k = end;
  }
  return units;
}

// ---------------------------------------------------------------------------------------------
// Chinese side

const HAN = /\p{Script=Han}/u;

/**
 * Toneless readings of one Han character, ü as both v and u ([] for anything else), from
 * pinyin-pro's readings tabled once for every Han character (lexicon/han-readings.ts).
 */
export function readings(char: string): readonly string[] {
  return loadHanReadings().get(char);
}

/**
 * What a document's English names may look like in Chinese: exact pinyin keys, their one-letter
 * deletions (for keys of five letters or more), and every prefix of those for pruning the search.
 */
class NameIndex {
  readonly pinyinIds = new Map<string, number[]>();
  readonly prefixes = new Set<string>();
  /** One-syllable names: syllable → [suffix characters, id]. */
  readonly suffixed = new Map<string, [string, number][]>();
  readonly formIds = new Map<string, number[]>();
  readonly formLengths = new Set<number>();
  private readonly ids = new Map<string, number>();

  /** Number of distinct ids handed out. */
  get size(): number {
    return this.ids.size;
  }

  /** Registers a unit's spellings; returns the ids a match of any of them reports. */
  add(unit: NameUnit): number[] {
    const out: number[] = [];
    for (const p of unit.pinyin) {
      out.push(this.keyId(`p:${p}`, () => this.addPinyin(p)));
    }
    for (const f of unit.forms) {
      out.push(
        this.keyId(`f:${f}`, (id) => {
          push(this.formIds, f, id);
          this.formLengths.add(f.length);
        }),
      );
    }
    return out;
  }

  private keyId(key: string, register: (id: number) => void): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
      register(id);
    }
    return id;
  }

  private addPinyin(p: string): void {
    const id = this.ids.get(`p:${p}`)!;
    const [spelling, suffix] = p.split("|");
    if (suffix) {
      push(this.suffixed, spelling, [suffix, id]);
      this.prefixes.add(spelling);
      return;
    }
    // English spellings sometimes carry one letter more than pinyin: a doubled vowel (Shaanxi
    // for 陕西 shanxi) or an inner h (Lhasa for 拉萨 lasa). Any deletion would be too loose.
    const variants = [spelling];
    if (spelling.length >= 5) {
      for (let i = 1; i < spelling.length; i++) {
        const extraH = spelling[i] === "h" && !"scz".includes(spelling[i - 1]); // not the h of zh/ch/sh
        if (spelling[i] === spelling[i - 1] || extraH) variants.push(spelling.slice(0, i) + spelling.slice(i + 1));
      }
    }
    for (const v of variants) {
      push(this.pinyinIds, v, id);
      for (let i = 1; i <= v.length; i++) this.prefixes.add(v.slice(0, i));
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Ids of the index entries that a Chinese sentence contains. */
function chineseMatches(text: string, index: NameIndex): Set<number> {
  const found = new Set<number>();
  const chars = [...text];
  if (index.prefixes.size > 0) {
    const reads = chars.map((c) => (HAN.test(c) ? readings(c) : null));
    const search = (pos: number, depth: number, spelled: string) => {
      const options = reads[pos];
      if (!options) return;
      const withR = depth > 0 && options.includes("er") ? [...options, "r"] : options;
      for (const r of withR) {
        const s = spelled + r;
        if (!index.prefixes.has(s)) continue;
        if (depth >= 1) for (const id of index.pinyinIds.get(s) ?? []) found.add(id);
        if (depth === 0 && chars[pos + 1]) {
          // One syllable plus a generic suffix character: 容县 for "Rong County".
          for (const [suffix, id] of index.suffixed.get(s) ?? []) if (suffix.includes(chars[pos + 1])) found.add(id);
        }
        if (depth < 3) search(pos + 1, depth + 1, s);
      }
    };
    for (let i = 0; i < chars.length; i++) search(i, 0, "");
  }
  if (index.formIds.size > 0) {
    // Where each character starts in the text: a run of characters is then one substring rather
    // than an array sliced and joined (the same string).
    const starts = new Int32Array(chars.length + 1);
    for (let i = 0; i < chars.length; i++) starts[i + 1] = starts[i] + chars[i].length;
    for (let i = 0; i < chars.length; i++) {
      for (const len of index.formLengths) {
        const ids = index.formIds.get(text.slice(starts[i], starts[Math.min(i + len, chars.length)]));
        if (ids) for (const id of ids) found.add(id);
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// API

/** The English names (surfaces) of `en` that `zh` contains. */
export function nameMatches(zh: string, en: string): string[] {
  const index = new NameIndex();
  const units = englishNameUnits(en).map((u) => ({ unit: u, ids: index.add(u) }));
  const found = chineseMatches(zh, index);
  return units.filter(({ ids }) => ids.some((id) => found.has(id))).map(({ unit }) => unit.surface);
}

export interface NameEvidence {
  /** English names in the span that the Chinese span contains. */
  found: number;
  /** English names in the span. */
  total: number;
}

/** Evidence for the span pair; the returned object is reused by the next call. */
export type NameEvidenceFn = (srcStart: number, srcEnd: number, tgtStart: number, tgtEnd: number) => Readonly<NameEvidence>;

const NO_NAMES: NameEvidence = { found: 0, total: 0 };

/**
 * Precomputes the English names of every English sentence and which of them each Chinese
 * sentence contains (linear in the text); span pairs are then counted without string work.
 * Either side may be the English one; with two sides of one language there is never evidence.
 */
export function prepareNameEvidence(src: PreparedSide, tgt: PreparedSide): NameEvidenceFn {
  if (src.lang === tgt.lang) return () => NO_NAMES;
  const [en, zh] = src.lang === "en" ? [src, tgt] : [tgt, src];
  const index = new NameIndex();
  // English units as flat lists: sentence i owns units [unitStart[i], unitStart[i+1]), unit u
  // owns ids [idStart[u], idStart[u+1]).
  const unitStart = new Int32Array(en.sentences.length + 1);
  const idStart: number[] = [0];
  const unitIds: number[] = [];
  en.sentences.forEach((s, i) => {
    const units = englishNameUnits(s);
    for (const u of units) {
      unitIds.push(...index.add(u));
      idStart.push(unitIds.length);
    }
    unitStart[i + 1] = unitStart[i] + units.length;
  });
  // Chinese sentence j found ids [foundStart[j], foundStart[j+1]).
  const foundStart = new Int32Array(zh.sentences.length + 1);
  const foundIds: number[] = [];
  zh.sentences.forEach((s, j) => {
    for (const id of chineseMatches(s, index)) foundIds.push(id);
    foundStart[j + 1] = foundIds.length;
  });
  // stamp[id] === call marks the ids the current Chinese span contains.
  const stamp = new Int32Array(index.size);
  let call = 0;
  const result: NameEvidence = { found: 0, total: 0 };
  const count = (i0: number, i1: number, j0: number, j1: number): NameEvidence => {
    const u0 = unitStart[i0];
    const u1 = unitStart[i1];
    if (u0 === u1) return NO_NAMES;
    if (++call === 0x7fffffff) {
      stamp.fill(0);
      call = 1;
    }
    for (let k = foundStart[j0]; k < foundStart[j1]; k++) stamp[foundIds[k]] = call;
    let found = 0;
    for (let u = u0; u < u1; u++) {
      for (let k = idStart[u]; k < idStart[u + 1]; k++) {
        if (stamp[unitIds[k]] === call) {
          found++;
          break;
        }
      }
    }
    result.found = found;
    result.total = u1 - u0;
    return result;
  };
  return src.lang === "en" ? count : (i0, i1, j0, j1) => count(j0, j1, i0, i1);
}
