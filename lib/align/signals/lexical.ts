import { chineseTokens, isContentToken, type ZhToken, type ZhWord } from "./lexicon/chinese";
import { englishContentStems } from "./lexicon/english";
import { loadLexicalResources } from "./lexicon/load";
import { LexicalIndex, type LexicalResources } from "./lexicon/pair-index";
import type { Bead, PreparedSide } from "../types";
import type { EvidenceSignal, PreparedEvidence } from "./evidence";
import { learnTranslations, type LearnedTable } from "./learned";
import { NEIGHBOUR_LOCALITY, neighbourWeights } from "./neighbours";

/**
 * Dictionary evidence as a likelihood ratio. Each content word of a bead either finds a translation
 * on the other side or not. Between unrelated spans a Chinese word finds one by chance with
 * probability q0 = 1 − (1 − d)^k, k the English span's sentence count and d the share of the
 * document's English sentences that hold a translation of the word (so 人 → "people" is cheap
 * and 手工业 → "handicraft" is not); between translations with probability 1 − (1 − q1)(1 − q0), q1
 * the document's own translation rate, re-estimated from its alignment. The same for English stems
 * against the Chinese words. A merged bead is scored as one unit, so a second sentence that is
 * really part of the translation adds evidence and one that is not costs some.
 *
 * The dictionary is CC-CEDICT, extended by a translation table learned from the document's own
 * aligned sentences (see learned.ts): names and terms the dictionary lacks or a translator renders
 * freely (韦小宝 → "Trinket") become evidence too.
 *
 * An item without a match in its bead whose translation is in the other side's sentence just
 * before or after the bead counts against the bead (neighbours.ts): the bead's boundary is likely
 * misplaced there.
 */

export interface LexicalOptions {
  /** Scales the evidence: the two directions are not independent observations. */
  weight?: number;
  /** Starting translation rate q1, before the document's alignment re-estimates it. */
  initialRate?: number;
  /** Learn a translation table from the document's alignment on refit (default true). */
  learn?: boolean;
  /** Weight of matches next door against a bead (signals/neighbours.ts); 0 turns them off. */
  neighbourWeight?: number;
  /** How much likelier a translation is next door than its document frequency says (signals/neighbours.ts). */
  neighbourLocality?: number;
}

/**
 * Tuned on MAC-Dev as a whole (0.2 to 0.4 give the same F1; 0.7 loses 0.03): the words of one
 * sentence are not independent observations, so the model's own scale overstates the evidence.
 */
export const LEXICAL_WEIGHT = 0.3;
const INITIAL_RATE = 0.35;
/**
 * Matches next door (signals/neighbours.ts) count at 1.25 times the weight of a match, before the
 * lexical weight. Tuned on MAC-Dev as a whole (fourth round in docs/aligner-v3.md): 1 gave F1
 * 0.903, 1.25 0.905, 1.5 0.904 (0 is the model before, 0.901).
 */
export const NEIGHBOUR_WEIGHT = 1.25;

interface Side {
  /** Per Chinese sentence: its tokens with their dictionary words. */
  zhTokens: ZhToken[][];
  /** Per English sentence: content stems as text and as ids in the extended stem table. */
  enStems: string[][];
  enIds: number[][];
  stemIds: Map<string, number>;
  /** Ids below this are the dictionary's own stems; the rest are this document's other stems. */
  dictionaryStems: number;
  /** Per Chinese sentence: its content tokens' texts (what a learned table pairs), once needed. */
  zhContent?: string[][];
}

export function createLexicalSignal(resources: () => LexicalResources = loadLexicalResources, options: LexicalOptions = {}): EvidenceSignal {
  const weight = options.weight ?? LEXICAL_WEIGHT;
  const neighbourWeight = options.neighbourWeight ?? NEIGHBOUR_WEIGHT;
  const locality = options.neighbourLocality ?? NEIGHBOUR_LOCALITY;
  return {
    name: "lexical",
    prepare(src, tgt): PreparedEvidence {
      if (src.lang === tgt.lang) return { evidence: () => 0 };
      const zhFirst = src.lang === "zh";
      const [zh, en] = zhFirst ? [src, tgt] : [tgt, src];
      const side = prepareSides(zh, en, resources());
      let learned: LearnedTable = new Map();
      let index = buildIndex(side, learned);
      let chance = chanceRates(index, zh.sentences.length, en.sentences.length);
      const rates = { zh: options.initialRate ?? INITIAL_RATE, en: options.initialRate ?? INITIAL_RATE };
      let gains = matchGains(chance, rates, locality);

      // The end cell whose bead sums `index.endSums` holds, valid until the gains change, for
      // beads of up to `sumsLargest` sentences. A long document's first pass prices beads of up
      // to five sentences only (sentences.ts), and the sums of the six-sentence ones were a third
      // of its work: the sums are made as large as the largest bead asked for so far, and made
      // again in full when a larger one is asked (the next pass's first cell).
      let sumsZhEnd = -1;
      let sumsEnEnd = -1;
      let sumsLargest = 0;
      let largestAsked = 0;
      const score = (z0: number, z1: number, e0: number, e1: number) => {
        const a = z1 - z0;
        const b = e1 - e0;
        let zhWeighted: number;
        let enWeighted: number;
        let zhNext = 0;
        let enNext = 0;
        if (a + b <= END_SUM_SENTENCES) {
          if (a + b > largestAsked) largestAsked = a + b;
          if (z1 !== sumsZhEnd || e1 !== sumsEnEnd || a + b > sumsLargest) {
            const neighbours = neighbourWeight > 0 ? gains.neighbours : undefined;
            index.endSums(z1, e1, END_SUM_SENTENCES, gains.zh, gains.en, MAX_SPAN, neighbours, largestAsked);
            sumsZhEnd = z1;
            sumsEnEnd = e1;
            sumsLargest = largestAsked;
          }
          const at = (a - 1) * END_SUM_SENTENCES + b - 1;
          zhWeighted = index.zhEndSums[at];
          enWeighted = index.enEndSums[at];
          if (neighbourWeight > 0) {
            zhNext = index.zhNeighbourSums[at];
            enNext = index.enNeighbourSums[at];
          }
        } else {
          // Larger spans are paragraph groups (alignGroups): their pricing was a good part of a
          // seed article's time, and the sentence next to a paragraph says little about where
          // the paragraph's boundary lies, so they go without the matches next door.
          index.weightedMatches(z0, z1, e0, e1, gains.zh, gains.en, MAX_SPAN);
          zhWeighted = index.zhWeighted;
          enWeighted = index.enWeighted;
        }
        const inside = zhWeighted + index.zhWordsIn(z0, z1) * gains.zhMiss + enWeighted + index.enStemsIn(e0, e1) * gains.enMiss;
        return weight * (inside - neighbourWeight * (zhNext + enNext));
      };
      // Blocks: a sample of each side's items looked up in the other block (see holders()).
      // Built on the first coarse pass only: short documents are searched exactly, and the guided
      // passes after an estimation round have no coarse levels.
      let lookup: Holders | null = null;
      let blockGains: BlockGains | null = null;
      const coarseScore = (z0: number, z1: number, e0: number, e1: number, floor: number) => {
        lookup ??= holders(index, zh.sentences.length, en.sentences.length);
        if (!blockGains || blockGains.zh.q1 !== rates.zh || blockGains.en.q1 !== rates.en) {
          blockGains = { zh: new ItemGains(chance.zhLogMiss, rates.zh), en: new ItemGains(chance.enLogMiss, rates.en) };
        }
        return blockEvidence(index, lookup, blockGains, weight, z0, z1, e0, e1, floor);
      };
      return {
        evidence: zhFirst ? score : (i0, i1, j0, j1) => score(j0, j1, i0, i1),
        coarse: zhFirst ? coarseScore : (i0, i1, j0, j1, floor) => coarseScore(j0, j1, i0, i1, floor),
        refit(beads) {
          // The linked beads with the Chinese side first (objects of the beads' own shape).
          const linked: Bead[] = [];
          for (const b of beads) {
            if (b.src.length && b.tgt.length) linked.push(zhFirst ? b : { src: b.tgt, tgt: b.src, confidence: b.confidence });
          }
          if (options.learn !== false) {
            // Content tokens are the same every round: picked out once.
            const zhContent = (side.zhContent ??= contentTexts(side.zhTokens));
            const table = learnTranslations(linked, (k) => zhContent[k], (k) => side.enStems[k]);
            // The index and the chance rates depend on the document and the table only.
            if (!sameTable(table, learned)) {
              learned = table;
              index = buildIndex(side, learned);
              chance = chanceRates(index, zh.sentences.length, en.sentences.length);
              lookup = null;
              blockGains = null;
            }
          }
          estimateRates(index, linked, chance, rates);
          gains = matchGains(chance, rates, locality);
          sumsZhEnd = sumsEnEnd = -1;
          return true;
        },
      };
    },
  };
}

/** Per sentence, the texts of its content tokens. */
function contentTexts(sentences: readonly (readonly ZhToken[])[]): string[][] {
  const out: string[][] = [];
  for (const tokens of sentences) {
    const texts: string[] = [];
    for (const token of tokens) if (isContentToken(token.text)) texts.push(token.text);
    out.push(texts);
  }
  return out;
}

function sameTable(a: LearnedTable, b: LearnedTable): boolean {
  if (a.size !== b.size) return false;
  for (const [token, stems] of a) {
    const other = b.get(token);
    if (!other || other.length !== stems.length || stems.some((stem, k) => other[k] !== stem)) return false;
  }
  return true;
}

/** The signal with CC-CEDICT and jieba, loaded on first use. */
export const lexicalSignal = createLexicalSignal();

function prepareSides(zh: PreparedSide, en: PreparedSide, { lexicon, segment }: LexicalResources): Side {
  // Each stem of the document with its id, looked up in the dictionary once; stems the dictionary
  // lacks get ids past its own, in order of first use.
  const stemIds = new Map<string, number>();
  let extraStems = 0;
  const enStems = en.sentences.map((s) => englishContentStems(s));
  const enIds = enStems.map((stems) => {
    const ids: number[] = [];
    for (const stem of stems) {
      let id = stemIds.get(stem);
      if (id === undefined) stemIds.set(stem, (id = lexicon.stemId(stem) ?? lexicon.stemCount + extraStems++));
      ids.push(id);
    }
    return ids;
  });
  return {
    zhTokens: zh.sentences.map((s) => chineseTokens(s, segment, lexicon)),
    enStems,
    enIds,
    stemIds,
    dictionaryStems: lexicon.stemCount,
  };
}

/**
 * Chinese words with their translations, dictionary and learned. A token with learned translations
 * counts as one word (with its pieces' dictionary translations), not as the pieces a dictionary
 * lookup cut it into; words with no translation at all cannot be matched and are left out.
 */
function buildIndex(side: Side, learned: LearnedTable): LexicalIndex {
  // A learned token counts as one word (null: not learned), the same at each of its occurrences,
  // so it is built once per distinct token.
  const merged = new Map<string, ZhWord | null>();
  const learnedWord = (token: ZhToken): ZhWord | null => {
    let word = merged.get(token.text);
    if (word !== undefined) return word;
    const extra = learned.get(token.text);
    if (!extra) word = null;
    else {
      const ids = new Set<number>();
      for (const w of token.words) for (const id of w.translations) ids.add(id);
      for (const stem of extra) {
        const id = side.stemIds.get(stem);
        if (id !== undefined) ids.add(id);
      }
      word = { text: token.text, translations: Int32Array.from(ids) };
    }
    merged.set(token.text, word);
    return word;
  };
  // Arrays built by push here and below, never by map: map's arrays come out in another shape
  // once the compiler has inlined it, and LexicalIndex would be compiled again for them.
  const zhWords: ZhWord[][] = [];
  for (const tokens of side.zhTokens) {
    const words: ZhWord[] = [];
    for (const token of tokens) {
      const word = learned.size > 0 ? learnedWord(token) : null;
      if (word) {
        if (word.translations.length > 0) words.push(word);
      } else for (const w of token.words) if (w.translations.length > 0) words.push(w);
    }
    zhWords.push(words);
  }
  // English stems the dictionary has always count; others (names, rare words) only once the
  // learned table translates them: until then nothing could match them, so they say nothing.
  const learnedStems = new Set<number>();
  for (const stems of learned.values()) for (const stem of stems) learnedStems.add(side.stemIds.get(stem) ?? -1);
  const enIds: number[][] = [];
  for (const ids of side.enIds) {
    const kept: number[] = [];
    for (const id of ids) if (id < side.dictionaryStems || learnedStems.has(id)) kept.push(id);
    enIds.push(kept);
  }
  return new LexicalIndex(zhWords, enIds);
}

/** Largest span a bead has on one side (1-5 with beads of up to six sentences). */
const MAX_SPAN = 5;
/** Beads of up to this many sentences are priced from sums shared by all beads of one end cell. */
const END_SUM_SENTENCES = MAX_SPAN + 1;

/**
 * Per item, the chance that a random sentence of the other side holds a translation of it: its
 * document frequency through the dictionary. A rare word that finds its translation is strong
 * evidence; one whose translations are everywhere ("people", 人) is almost none.
 */
interface ChanceRates {
  zh: Float64Array;
  en: Float64Array;
  /** log(1 − rate) of each item: the chance of no match in k sentences is exp(k · logMiss). */
  zhLogMiss: Float64Array;
  enLogMiss: Float64Array;
}

function chanceRates(index: LexicalIndex, n: number, m: number): ChanceRates {
  const enByStem = englishHolders(index, m);
  // Of the Chinese side only the number of holders of each stem is needed here.
  const zhHolderCount = sentenceCounts(n, index.stemCount, chineseIds(index));
  const zh = new Float64Array(index.zhWordsIn(0, n));
  const stamp = new Int32Array(m).fill(-1);
  let mark = 0;
  // A word's holder count depends only on its translations, so it is counted once per word type
  // (words sharing their translations): this keeps it linear in a long text whose common words
  // each occur in thousands of sentences.
  const { translationStarts, translationIdList, wordTypes } = index;
  const countOfType = new Int32Array(index.wordTypeCount).fill(-1);
  for (let w = 0; w < zh.length; w++) {
    let count = countOfType[wordTypes[w]];
    if (count < 0) {
      mark++;
      count = 0;
      for (let t = translationStarts[w]; t < translationStarts[w + 1]; t++) {
        const held = enByStem[translationIdList[t]];
        if (!held) continue;
        for (let x = 0; x < held.length; x++) {
          const j = held[x];
          if (stamp[j] !== mark) {
            stamp[j] = mark;
            count++;
          }
        }
      }
      countOfType[wordTypes[w]] = count;
    }
    zh[w] = (count + 0.5) / (m + 1);
  }
  const en = new Float64Array(index.enStemsIn(0, m));
  for (let k = 0; k < en.length; k++) en[k] = (zhHolderCount[index.enStemAt(k)] + 0.5) / (n + 1);
  return { zh, en, zhLogMiss: zh.map((q) => Math.log1p(-q)), enLogMiss: en.map((q) => Math.log1p(-q)) };
}

/**
 * For each stem id, the sentences that hold it, in order: English sentences with the stem, and
 * Chinese sentences with a word that translates to it. Their lengths are document frequencies; a
 * binary search tells whether a block of sentences holds a translation of an item, whatever the
 * block's size.
 */
interface Holders {
  /** Indexed by stem id (an array rather than a Map: this is the coarse passes' inner loop). */
  en: Array<Int32Array | undefined>;
  zh: Array<Int32Array | undefined>;
  /**
   * The English sentences holding any translation of Chinese word w, merged from `en` once per
   * word type (see LexicalIndex.wordTypes); null past UNION_BUDGET, where the caller looks up each
   * translation. A word has four translations on average, and one binary search instead of four
   * was most of the coarse levels' time.
   */
  zhWordHolders(w: number): Int32Array | null;
  /**
   * Per Chinese word (document order) the position in its `zhWordHolders` list, and per English
   * stem occurrence in its `zh` list, where its last look-up ended (see `holdsNear`).
   */
  zhFingers: Int32Array;
  enFingers: Int32Array;
}

/** Most sentence numbers held in merged per-word lists (64 MB), whatever the document's size. */
const UNION_BUDGET = 1 << 24;
const NO_SENTENCES = new Int32Array(0);

function holders(index: LexicalIndex, n: number, m: number): Holders {
  const { translationStarts, translationIdList, wordTypes } = index;
  const en = englishHolders(index, m);
  const merged: Array<Int32Array | null | undefined> = new Array(index.wordTypeCount);
  let budget = UNION_BUDGET;
  return {
    en,
    zh: sentencesById(n, index.stemCount, chineseIds(index)),
    zhFingers: new Int32Array(index.zhWordsIn(0, n)),
    enFingers: new Int32Array(index.enStemsIn(0, m)),
    zhWordHolders(w) {
      const type = wordTypes[w];
      const known = merged[type];
      if (known !== undefined) return known;
      const t0 = translationStarts[w];
      const t1 = translationStarts[w + 1];
      let total = 0;
      for (let t = t0; t < t1; t++) total += en[translationIdList[t]]?.length ?? 0;
      let list: Int32Array | null;
      if (t1 - t0 === 1) list = en[translationIdList[t0]] ?? NO_SENTENCES;
      else if (total > budget) list = null;
      else {
        const all = new Int32Array(total);
        let at = 0;
        for (let t = t0; t < t1; t++) {
          const held = en[translationIdList[t]];
          if (held) all.set(held, (at += held.length) - held.length);
        }
        all.sort();
        let size = 0;
        for (let k = 0; k < total; k++) if (k === 0 || all[k] !== all[k - 1]) all[size++] = all[k];
        list = all.subarray(0, size);
        budget -= total;
      }
      merged[type] = list;
      return list;
    },
  };
}

type EachId = (sentence: number, visit: (id: number) => void) => void;

/** The stem ids of English sentence j. */
const englishIds =
  (index: LexicalIndex): EachId =>
  (j, visit) => {
    const { enStemStarts, enStemIdList } = index;
    for (let k = enStemStarts[j]; k < enStemStarts[j + 1]; k++) visit(enStemIdList[k]);
  };

/** The translation ids of the words of Chinese sentence i. */
const chineseIds =
  (index: LexicalIndex): EachId =>
  (i, visit) => {
    const { translationStarts, translationIdList } = index;
    const first = translationStarts[index.zhWordOffset(i)];
    const last = translationStarts[index.zhWordOffset(i + 1)];
    for (let t = first; t < last; t++) visit(translationIdList[t]);
  };

/**
 * The English sentences holding each stem, once per index: the chance rates and the coarse levels'
 * look-ups both need them, and the index is rebuilt only when the learned table changes.
 */
const englishHoldersOf = new WeakMap<LexicalIndex, Array<Int32Array | undefined>>();
function englishHolders(index: LexicalIndex, m: number): Array<Int32Array | undefined> {
  let lists = englishHoldersOf.get(index);
  if (!lists) englishHoldersOf.set(index, (lists = sentencesById(m, index.stemCount, englishIds(index))));
  return lists;
}

/** Per id, the number of sentences whose ids `eachId` visits (each sentence counted once). */
function sentenceCounts(count: number, idCount: number, eachId: EachId): Int32Array {
  const size = new Int32Array(idCount);
  const last = new Int32Array(idCount).fill(-1);
  for (let k = 0; k < count; k++) {
    eachId(k, (id) => {
      if (last[id] !== k) {
        last[id] = k;
        size[id]++;
      }
    });
  }
  return size;
}

/** Per id, the sentences (in order, each once) whose ids `eachId` visits: counted, then filled. */
function sentencesById(count: number, idCount: number, eachId: EachId): Array<Int32Array | undefined> {
  const size = sentenceCounts(count, idCount, eachId);
  const last = new Int32Array(idCount).fill(-1);
  const lists = Array.from(size, (s) => (s > 0 ? new Int32Array(s) : undefined));
  size.fill(0);
  for (let k = 0; k < count; k++) {
    eachId(k, (id) => {
      if (last[id] !== k) {
        last[id] = k;
        lists[id]![size[id]++] = k;
      }
    });
  }
  return lists;
}

/** Whether the sorted list holds a value in [lo, hi). */
function holdsIn(list: Int32Array | undefined, lo: number, hi: number): boolean {
  if (!list) return false;
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (list[mid] < lo) a = mid + 1;
    else b = mid;
  }
  return a < list.length && list[a] < hi;
}

/**
 * Whether the sorted list holds a value in [lo, hi), as `holdsIn` says, searching from where this
 * item's last look-up ended (`fingers[slot]`) rather than from the whole list. A coarse level
 * prices the block pairs row after row, each row's blocks a little further on than the last, so a
 * sampled item is looked up again a few entries from where it was found: a search galloping out
 * from there touches a few nearby entries where a binary search over a common word's thousands
 * of holders touched a dozen scattered ones (the coarse levels' main cost).
 */
function holdsNear(list: Int32Array, fingers: Int32Array, slot: number, lo: number, hi: number): boolean {
  const at = firstAtLeast(list, lo, fingers[slot]);
  fingers[slot] = at;
  return at < list.length && list[at] < hi;
}

/** The first index of the sorted list whose value is at least `value` (the length when none is), searched from `from`. */
function firstAtLeast(list: Int32Array, value: number, from: number): number {
  const n = list.length;
  // The answer lies in [a, b]: galloping away from `from` in steps of 1, 2, 4… brackets it.
  let a = 0;
  let b = n;
  if (from < n && list[from] < value) {
    a = from + 1;
    for (let step = 1; a + step - 1 < n; step *= 2) {
      const probe = a + step - 1;
      if (list[probe] >= value) {
        b = probe;
        break;
      }
      a = probe + 1;
    }
  } else {
    b = Math.min(from, n);
    for (let step = 1; b - step >= 0; step *= 2) {
      const probe = b - step;
      if (list[probe] < value) {
        a = probe + 1;
        break;
      }
      b = probe;
    }
  }
  while (a < b) {
    const mid = (a + b) >> 1;
    if (list[mid] < value) a = mid + 1;
    else b = mid;
  }
  return a;
}

/**
 * Items sampled per side of a block pair: enough for a stable estimate, few enough to be cheap.
 * 16 gave the same MAC-Dev and synthetic alignments as 48, in a third of the coarse passes' time.
 * 8 did too on MAC-Dev and a 20,000-sentence synthetic pair, but on the 100,000-sentence one the
 * largest blocks' estimates misplaced the coarse path (F1 0.995 → 0.826, and slower).
 */
const BLOCK_SAMPLES = 16;

/**
 * The evidence of two blocks of sentences as bags of words, estimated from a sample of each side's
 * items scaled up to all of them: the same likelihood ratio as for a bead, with each item's chance
 * of a match computed for the other block's size. Times `weight`.
 *
 * Below `floor` the pair is past the search's budget (see BlockEvidence). A side's evidence is at
 * most what it would be if every sampled item found its match (a found item's gain is positive, a
 * missed one's negative), so before the look-ups, and again after the Chinese side's, the pair is
 * given up (−∞) when even that most cannot reach the floor. The bound sums the same terms in the
 * same order as the evidence, each at least as large, so in floating point too it is never below
 * the evidence itself: a pair given up could not have been kept.
 */
function blockEvidence(
  index: LexicalIndex,
  lookup: Holders,
  gains: BlockGains,
  weight: number,
  z0: number,
  z1: number,
  e0: number,
  e1: number,
  floor: number,
): number {
  if (floor > -Infinity) {
    const enMost = englishBlockPart(index, lookup, gains.en, z0, z1, e0, e1, false);
    if (weight * (chineseBlockPart(index, lookup, gains.zh, z0, z1, e0, e1, false) + enMost) < floor) return -Infinity;
    const zhPart = chineseBlockPart(index, lookup, gains.zh, z0, z1, e0, e1, true);
    if (weight * (zhPart + enMost) < floor) return -Infinity;
    return weight * (zhPart + englishBlockPart(index, lookup, gains.en, z0, z1, e0, e1, true));
  }
  return weight * (chineseBlockPart(index, lookup, gains.zh, z0, z1, e0, e1, true) + englishBlockPart(index, lookup, gains.en, z0, z1, e0, e1, true));
}

/**
 * The Chinese block's sampled words looked up in the English block (`lookUp`), or, without the
 * look-ups, the most the sample can give: every word found.
 */
function chineseBlockPart(index: LexicalIndex, lookup: Holders, gains: ItemGains, z0: number, z1: number, e0: number, e1: number, lookUp: boolean): number {
  const zhFirst = index.zhWordOffset(z0);
  const zhCount = index.zhWordOffset(z1) - zhFirst;
  if (zhCount === 0) return 0;
  const { translationStarts, translationIdList } = index;
  const found = gains.forSize(e1 - e0);
  const { miss, rateOf } = gains;
  const step = Math.max(1, zhCount / BLOCK_SAMPLES);
  let part = 0;
  let sampled = 0;
  for (let x = zhFirst + step / 2; x < zhFirst + zhCount; x += step, sampled++) {
    const w = Math.floor(x);
    let held = true;
    if (lookUp) {
      const wordHolders = lookup.zhWordHolders(w);
      held = false;
      if (wordHolders) held = holdsNear(wordHolders, lookup.zhFingers, w, e0, e1);
      else {
        for (let t = translationStarts[w]; t < translationStarts[w + 1]; t++) {
          if (holdsIn(lookup.en[translationIdList[t]], e0, e1)) {
            held = true;
            break;
          }
        }
      }
    }
    part += held ? found[rateOf[w]] : miss;
  }
  return (part * zhCount) / sampled;
}

/** The same for the English block's sampled stems in the Chinese block. */
function englishBlockPart(index: LexicalIndex, lookup: Holders, gains: ItemGains, z0: number, z1: number, e0: number, e1: number, lookUp: boolean): number {
  const enFirst = index.enStemsIn(0, e0);
  const enCount = index.enStemsIn(e0, e1);
  if (enCount === 0) return 0;
  const stems = index.enStemIdList;
  const found = gains.forSize(z1 - z0);
  const { miss, rateOf } = gains;
  const step = Math.max(1, enCount / BLOCK_SAMPLES);
  let part = 0;
  let sampled = 0;
  for (let x = enFirst + step / 2; x < enFirst + enCount; x += step, sampled++) {
    const k = Math.floor(x);
    const holders = lookUp ? lookup.zh[stems[k]] : undefined;
    part += !lookUp || (holders !== undefined && holdsNear(holders, lookup.enFingers, k, z0, z1)) ? found[rateOf[k]] : miss;
  }
  return (part * enCount) / sampled;
}

/**
 * One side's `itemEvidence` on the coarse levels, remembered per chance rate and block size: the
 * items of a document share a few hundred chance rates (document frequencies) and a level's blocks
 * a few sizes, and the logarithms and powers of each item sampled were a third of the coarse
 * passes' time.
 */
class ItemGains {
  /** log(1 − q1): an item without a match, whatever it is. */
  readonly miss: number;
  /** Per item, the number of its chance rate among the distinct ones. */
  readonly rateOf: Int32Array;
  private readonly rateLogMiss: number[] = [];
  private readonly bySize = new Map<number, Float64Array>();

  constructor(
    logMiss: Float64Array,
    readonly q1: number,
  ) {
    this.miss = Math.log(1 - q1);
    const ids = new Map<number, number>();
    this.rateOf = new Int32Array(logMiss.length);
    for (let k = 0; k < logMiss.length; k++) {
      let id = ids.get(logMiss[k]);
      if (id === undefined) {
        ids.set(logMiss[k], (id = ids.size));
        this.rateLogMiss.push(logMiss[k]);
      }
      this.rateOf[k] = id;
    }
  }

  /**
   * Per chance rate, an item's evidence when it finds a match in a block of `size` sentences:
   * item k's is `forSize(size)[rateOf[k]]`. Worked out for every rate at the size's first use (a
   * level's blocks have a few sizes), so that the sampling loops read a table and call nothing: a
   * call per item returned its gain boxed, most of the coarse levels' garbage.
   */
  forSize(size: number): Float64Array {
    let table = this.bySize.get(size);
    if (!table) {
      table = Float64Array.from(this.rateLogMiss, (logMiss) => itemEvidence(true, logMiss, size, this.q1));
      this.bySize.set(size, table);
    }
    return table;
  }
}

interface BlockGains {
  zh: ItemGains;
  en: ItemGains;
}

/** One item's evidence: log(q1' / q0) when it finds a match in a span of `size`, log(1 − q1) when not. */
function itemEvidence(found: boolean, logMiss: number, size: number, q1: number): number {
  if (!found) return Math.log(1 - q1);
  const q0 = Math.min(0.99, Math.max(1e-3, 1 - Math.exp(size * logMiss)));
  return Math.log((1 - (1 - q1) * (1 - q0)) / q0);
}

/** q0: chance of a match against a span of `size` sentences. */
const chanceFor = (rate: number, size: number) => Math.min(0.99, Math.max(1e-3, 1 - Math.pow(1 - rate, size)));

/**
 * How many independent sentences a bead's span of k adjacent ones is worth for chance matches:
 * k^0.7. The vocabulary of adjacent sentences grows slower than their count (they share a topic,
 * and the sentences a translator splits one into are short ones), so a word's translation turns up
 * by chance in k of them less often than in k sentences drawn apart; counting k made every merged
 * bead pay for chance it does not have. Tuned on MAC-Dev as a whole: k gave 0.900, k^0.7 0.902,
 * k^0.6 0.905, √k 0.905; but from √k down a sentence dropped from a translation is merged into its
 * neighbour again (omissions.test.ts), so the exponent keeps a margin from there. Blocks of the
 * coarse levels keep their sentence count.
 */
const beadSpanSize = (k: number) => Math.pow(k, 0.7);
/** beadSpanSize(1 … MAX_SPAN). */
const SPAN_SIZES = Float64Array.from({ length: MAX_SPAN }, (_, k) => beadSpanSize(k + 1));

/**
 * Evidence of each item's match, per size of the other span (see beadSpanSize): log(q1' / q0) −
 * log(1 − q1), where q1' = 1 − (1 − q1)(1 − q0) is the chance of a match between translations. An item without a
 * match contributes log(1 − q1) whatever it is (`zhMiss`, `enMiss`), so a bead's evidence is the
 * sum of its matched items' gains plus its item count times that.
 */
function matchGains(chance: ChanceRates, rates: { zh: number; en: number }, locality: number) {
  const table = (logMiss: Float64Array, q1: number) => {
    const out = new Float64Array(logMiss.length * MAX_SPAN);
    const missGain = Math.log(1 - q1);
    // A row depends only on the item's chance rate, and items share a few hundred distinct rates
    // (document frequencies): each distinct row is computed once and copied.
    const rowOf = new Map<number, number>();
    for (let w = 0; w < logMiss.length; w++) {
      const row = w * MAX_SPAN;
      const seen = rowOf.get(logMiss[w]);
      if (seen !== undefined) {
        // A plain loop: copyWithin's call cost more than the copy, once per item of the document.
        for (let k = 0; k < MAX_SPAN; k++) out[row + k] = out[seen + k];
        continue;
      }
      rowOf.set(logMiss[w], row);
      for (let k = 0; k < MAX_SPAN; k++) {
        const q0 = Math.min(0.99, Math.max(1e-3, -Math.expm1(SPAN_SIZES[k] * logMiss[w])));
        out[row + k] = Math.log((1 - (1 - q1) * (1 - q0)) / q0) - missGain;
      }
    }
    return out;
  };
  return {
    zh: table(chance.zhLogMiss, rates.zh),
    en: table(chance.enLogMiss, rates.en),
    zhMiss: Math.log(1 - rates.zh),
    enMiss: Math.log(1 - rates.en),
    neighbours: { zh: neighbourWeights(chance.zhLogMiss, rates.zh, locality), en: neighbourWeights(chance.enLogMiss, rates.en, locality) },
  };
}

/**
 * The translation rates q1 from an alignment's beads (Chinese first): the rate at which the
 * expected matches Σ (1 − (1 − q1)(1 − q0)) = N − (1 − q1) Σ (1 − q0) equal the matches observed,
 * so 1 − q1 = (N − matched) / Σ (1 − q0).
 */
function estimateRates(index: LexicalIndex, beads: readonly Bead[], chance: ChanceRates, rates: { zh: number; en: number }): void {
  if (beads.length < 5) return;
  const zh = { items: 0, matched: 0, missable: 0 };
  const en = { items: 0, matched: 0, missable: 0 };
  for (const b of beads) {
    const z0 = b.src[0];
    const z1 = b.src[b.src.length - 1] + 1;
    const e0 = b.tgt[0];
    const e1 = b.tgt[b.tgt.length - 1] + 1;
    index.weightedMatches(z0, z1, e0, e1, null, null, 1);
    zh.matched += index.zhMatchedCount;
    en.matched += index.enMatchedCount;
    for (let w = index.zhWordOffset(z0); w < index.zhWordOffset(z1); w++) zh.missable += 1 - chanceFor(chance.zh[w], beadSpanSize(e1 - e0));
    zh.items += index.zhWordOffset(z1) - index.zhWordOffset(z0);
    const first = index.enStemsIn(0, e0);
    const count = index.enStemsIn(e0, e1);
    for (let k = first; k < first + count; k++) en.missable += 1 - chanceFor(chance.en[k], beadSpanSize(z1 - z0));
    en.items += count;
  }
  rates.zh = solveRate(zh, rates.zh);
  rates.en = solveRate(en, rates.en);
}

function solveRate({ items, matched, missable }: { items: number; matched: number; missable: number }, fallback: number): number {
  if (items === 0 || missable <= 0) return fallback;
  return Math.min(0.95, Math.max(0.01, 1 - (items - matched) / missable));
}
