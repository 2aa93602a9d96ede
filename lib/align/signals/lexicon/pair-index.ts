import type { Segmenter, ZhWord } from "./chinese";
import type { Lexicon } from "./lexicon";

export interface LexicalResources {
  lexicon: Lexicon;
  segment: Segmenter;
}

/** Dictionary overlap counts of a Chinese and an English text. */
export interface Overlap {
  /** Chinese content words with at least one translation among the English stems. */
  zhMatched: number;
  /** Chinese content words that have a dictionary translation at all. */
  zhTotal: number;
  /** English content stems (with repeats) that translate some word of the Chinese side. */
  enMatched: number;
  /** English content stems (with repeats) that occur in the dictionary at all. */
  enTotal: number;
}

/** Overlap of a bag of Chinese words and a bag of English stem ids, computed directly. */
export function lexicalOverlap(zhWords: readonly ZhWord[], enStems: readonly number[]): Overlap {
  const en = new Set(enStems);
  const translated = new Set<number>();
  let zhMatched = 0;
  for (const word of zhWords) {
    let matched = false;
    for (const id of word.translations) {
      translated.add(id);
      if (en.has(id)) matched = true;
    }
    if (matched) zhMatched++;
  }
  let enMatched = 0;
  for (const id of enStems) if (translated.has(id)) enMatched++;
  return { zhMatched, zhTotal: zhWords.length, enMatched, enTotal: enStems.length };
}

/** Where each list starts in the lists laid end to end, plus the total at the end. */
function offsetsOf(lists: readonly ArrayLike<unknown>[]): Int32Array {
  const offsets = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) offsets[i + 1] = offsets[i] + lists[i].length;
  return offsets;
}

/** Words of 32 bits a bitset over each list's items needs. */
function bitsetWidths(lists: readonly ArrayLike<unknown>[]): Int32Array {
  const widths = new Int32Array(lists.length);
  for (let i = 0; i < lists.length; i++) widths[i] = (lists[i].length + 31) >>> 5;
  return widths;
}

/** One weight per item (Chinese words, English stems, in document order) for a match next door. */
export interface NeighbourWeights {
  zh: Float64Array;
  en: Float64Array;
}

/** Upper bounds of the pair cache; it starts in proportion to the documents and grows to these. */
const MAX_POOL_WORDS = 1 << 22;
const MAX_PAIR_SLOTS = 1 << 20;
/** Initial hash slots per sentence of both documents (kept at most half full: 16 pairs). */
const PAIR_SLOTS_PER_SENTENCE = 32;

/**
 * Zeroes the first `count` words of a bitset: a loop, as a sentence's bitset is a word or two and
 * fill's call cost more than that (a tenth of endSums' time on a long document).
 */
function clear(words: Uint32Array, count: number): void {
  for (let k = 0; k < count; k++) words[k] = 0;
}

function powerOfTwoAtLeast(value: number): number {
  let power = 1;
  while (power < value) power *= 2;
  return power;
}

/**
 * Per-sentence dictionary features of a Chinese and an English document, scoring spans from
 * cached sentence-pair match bitsets. For a pair (i, j) one bitset marks the words of Chinese
 * sentence i translated by English sentence j, the other the stems of j translated by i; a span's
 * counts are the set bits of ORs of these, so a span costs a few word operations per sentence pair.
 * Everything lives in typed arrays; a full pair cache is dropped and refilled, which suits a
 * banded search that only revisits nearby pairs.
 */
export class LexicalIndex {
  // Chinese: sentence → its words (zhWordStart), word → its translation ids (translationStart).
  private readonly zhWordStart: Int32Array;
  private readonly translationStart: Int32Array;
  private readonly translationIds: Int32Array;
  // English: sentence → its stem ids.
  private readonly enStemStart: Int32Array;
  private readonly enStemIds: Int32Array;
  private readonly zhWidth: Int32Array;
  private readonly enWidth: Int32Array;
  // Per-stem marks of the pair being computed, valid when equal to `generation`.
  private readonly inEnglish: Int32Array;
  private readonly translated: Int32Array;
  private generation = 0;
  // Pair cache: open addressing on (i, j), values are offsets into `pool`.
  private slotZh = new Int32Array(0);
  private slotEn = new Int32Array(0);
  private slotOffset = new Int32Array(0);
  private cachedPairs = 0;
  private pool = new Uint32Array(0);
  private used = 0;
  private readonly maxPairWords: number;
  private spanOffsets = new Int32Array(64);
  private readonly scratch: Uint32Array;

  /** `pairSlots` overrides the initial cache size (tests use a tiny one to exercise refills). */
  constructor(
    zhSentences: readonly (readonly ZhWord[])[],
    enSentences: readonly (readonly number[])[],
    options: { pairSlots?: number } = {},
  ) {
    this.zhWordStart = offsetsOf(zhSentences);
    const wordCount = this.zhWordStart[zhSentences.length];
    this.translationStart = new Int32Array(wordCount + 1);
    let translationCount = 0;
    let w = 0;
    for (const sentence of zhSentences) {
      for (const word of sentence) this.translationStart[++w] = translationCount += word.translations.length;
    }
    this.translationIds = new Int32Array(translationCount);
    this.wordTypes = new Int32Array(wordCount);
    // Words that share their translations array (every occurrence of a token does) are one type.
    const typeOf = new Map<Int32Array, number>();
    w = 0;
    for (const sentence of zhSentences) {
      for (const word of sentence) {
        let type = typeOf.get(word.translations);
        if (type === undefined) typeOf.set(word.translations, (type = typeOf.size));
        this.wordTypes[w] = type;
        this.translationIds.set(word.translations, this.translationStart[w++]);
      }
    }
    this.wordTypeCount = typeOf.size;
    this.enStemStart = offsetsOf(enSentences);
    this.enStemIds = new Int32Array(this.enStemStart[enSentences.length]);
    for (let j = 0; j < enSentences.length; j++) this.enStemIds.set(enSentences[j], this.enStemStart[j]);

    // Stem ids renumbered densely in order of first use, so every per-stem array is as large as
    // this document's vocabulary, not the dictionary's (a short article uses a few hundred of them).
    const local = new Map<number, number>();
    const renumber = (ids: Int32Array) => {
      for (let k = 0; k < ids.length; k++) {
        let id = local.get(ids[k]);
        if (id === undefined) local.set(ids[k], (id = local.size));
        ids[k] = id;
      }
    };
    renumber(this.enStemIds);
    renumber(this.translationIds);
    this.stemCount = local.size;
    this.inEnglish = new Int32Array(local.size);
    this.translated = new Int32Array(local.size);

    this.zhWidth = bitsetWidths(zhSentences);
    this.enWidth = bitsetWidths(enSentences);
    let zhWidest = 1;
    let enWidest = 1;
    for (const width of this.zhWidth) zhWidest = Math.max(zhWidest, width);
    for (const width of this.enWidth) enWidest = Math.max(enWidest, width);
    this.maxPairWords = zhWidest + enWidest;
    // Room for about 16 pairs per sentence before the cache grows: the banded searches price about
    // 10 (MAC-Dev's chapters, with the band's widenings), and the 64 this once started with made
    // each of a chapter's three indexes allocate and clear some 2.5 MB it never used.
    const slots =
      options.pairSlots ?? Math.min(MAX_PAIR_SLOTS, powerOfTwoAtLeast(PAIR_SLOTS_PER_SENTENCE * (zhSentences.length + enSentences.length)));
    this.resetCache(Math.min(MAX_POOL_WORDS, powerOfTwoAtLeast(slots * 2)), powerOfTwoAtLeast(slots));
    this.scratch = new Uint32Array(Math.max(zhWidest, enWidest));
  }

  /**
   * Per Chinese word (document order), its type: words of one type have the same translations
   * (each occurrence of a token is one type), so what depends on the translations alone can be
   * worked out once per type.
   */
  readonly wordTypes: Int32Array;
  readonly wordTypeCount: number;

  /**
   * Number of distinct stems either side uses. Stem ids read back from the index
   * (`zhWordTranslationIds`, `enStemIdsOf`, `enStemAt`) are its own, 0 … stemCount − 1.
   */
  readonly stemCount: number;

  get zhSentences(): number {
    return this.zhWidth.length;
  }

  get enSentences(): number {
    return this.enWidth.length;
  }

  /** Overlap of Chinese sentences [zhStart, zhEnd) with English sentences [enStart, enEnd). */
  overlap(zhStart: number, zhEnd: number, enStart: number, enEnd: number): Overlap {
    this.weightedMatches(zhStart, zhEnd, enStart, enEnd, null, null, 1);
    return {
      zhMatched: this.zhMatchedCount,
      zhTotal: this.zhWordsIn(zhStart, zhEnd),
      enMatched: this.enMatchedCount,
      enTotal: this.enStemsIn(enStart, enEnd),
    };
  }

  /** Results of the last `weightedMatches`, kept in fields so the hot path allocates nothing. */
  zhWeighted = 0;
  enWeighted = 0;
  zhMatchedCount = 0;
  enMatchedCount = 0;

  /**
   * Sums per-item weights over the matched items of a span pair, into `zhWeighted` / `enWeighted`
   * (and the matched counts into `zhMatchedCount` / `enMatchedCount`). Weight tables hold `stride`
   * entries per item (items numbered in document order); the entry used depends on the other
   * span's sentence count (1 … stride), so a weight can be the evidence of a match against spans of
   * that size. Without weight tables only the counts are taken.
   */
  weightedMatches(
    zhStart: number,
    zhEnd: number,
    enStart: number,
    enEnd: number,
    zhWeights: Float64Array | null,
    enWeights: Float64Array | null,
    stride: number,
  ): void {
    const zhCount = zhEnd - zhStart;
    const enCount = enEnd - enStart;
    this.reserve(zhCount * enCount);
    const offsets = this.spanOffsets;
    for (let a = 0; a < zhCount; a++) {
      for (let b = 0; b < enCount; b++) offsets[a * enCount + b] = this.pairOffset(zhStart + a, enStart + b);
    }
    const { pool, scratch } = this;
    const zhColumn = Math.min(enCount, stride) - 1;
    const enColumn = Math.min(zhCount, stride) - 1;
    let zhSum = 0;
    let zhMatched = 0;
    for (let a = 0; a < zhCount; a++) {
      const width = this.zhWidth[zhStart + a];
      clear(scratch, width);
      for (let b = 0; b < enCount; b++) {
        const offset = offsets[a * enCount + b];
        for (let w = 0; w < width; w++) scratch[w] |= pool[offset + w];
      }
      const first = this.zhWordStart[zhStart + a];
      for (let w = 0; w < width; w++) {
        for (let x = scratch[w]; x !== 0; x &= x - 1) {
          const bit = 31 - Math.clz32(x & -x);
          if (zhWeights) zhSum += zhWeights[(first + (w << 5) + bit) * stride + zhColumn];
          zhMatched++;
        }
      }
    }
    let enSum = 0;
    let enMatched = 0;
    for (let b = 0; b < enCount; b++) {
      const width = this.enWidth[enStart + b];
      clear(scratch, width);
      for (let a = 0; a < zhCount; a++) {
        const offset = offsets[a * enCount + b] + this.zhWidth[zhStart + a];
        for (let w = 0; w < width; w++) scratch[w] |= pool[offset + w];
      }
      const first = this.enStemStart[enStart + b];
      for (let w = 0; w < width; w++) {
        for (let x = scratch[w]; x !== 0; x &= x - 1) {
          const bit = 31 - Math.clz32(x & -x);
          if (enWeights) enSum += enWeights[(first + (w << 5) + bit) * stride + enColumn];
          enMatched++;
        }
      }
    }
    this.zhWeighted = zhSum;
    this.enWeighted = enSum;
    this.zhMatchedCount = zhMatched;
    this.enMatchedCount = enMatched;
  }

  /**
   * The weighted matches of every span pair ending at (zhEnd, enEnd) with at most `maxSentences`
   * sentences in all, as `weightedMatches` would give them one by one, into `zhEndSums` /
   * `enEndSums`: entry (a − 1) · maxSentences + (b − 1) holds the span of a Chinese and b English
   * sentences. The DP prices all bead shapes of one end cell in a row; sharing the ORs between
   * them takes 15 pair lookups for the 15 shapes of up to six sentences instead of 70. With
   * `neighbours`, also the weights of the items matched only next door (as `neighbourMatches`
   * gives them bead by bead) into `zhNeighbourSums` / `enNeighbourSums`, laid out the same way:
   * one more pair a row, the sentence after the spans (the one before each span is the next
   * span's own pair). With `largest`, only the spans of at most that many sentences in all are
   * filled (the others are left 0), each as it would be in full: a search that prices no larger
   * bead need not pay for them.
   */
  endSums(
    zhEnd: number,
    enEnd: number,
    maxSentences: number,
    zhWeights: Float64Array,
    enWeights: Float64Array,
    stride: number,
    neighbours?: NeighbourWeights,
    largest = maxSentences,
  ): void {
    const size = maxSentences * maxSentences;
    if (this.zhEndSums.length < size) {
      this.zhEndSums = new Float64Array(size);
      this.enEndSums = new Float64Array(size);
      this.zhNeighbourSums = new Float64Array(size);
      this.enNeighbourSums = new Float64Array(size);
    }
    // Room for the spans' pairs and, with neighbours, those of the sentences just outside them.
    this.reserve((maxSentences + 2) * (maxSentences + 2));
    const { pool, scratch, zhEndSums, enEndSums, zhNeighbourSums, enNeighbourSums } = this;
    for (let k = 0; k < size; k++) zhEndSums[k] = enEndSums[k] = zhNeighbourSums[k] = enNeighbourSums[k] = 0;
    const maxZh = Math.min(zhEnd, largest - 1);
    const maxEn = Math.min(enEnd, largest - 1);
    // Chinese sentence zhEnd − a against the English spans ending at enEnd, longest last; then
    // the running sum over a gives every span of a sentences.
    for (let a = 1; a <= maxZh; a++) {
      const i = zhEnd - a;
      const width = this.zhWidth[i];
      const first = this.zhWordStart[i];
      clear(scratch, width);
      // The English sentence after the spans is outside all of them.
      const after = neighbours && enEnd < this.enWidth.length ? this.pairOffset(i, enEnd) : -1;
      const lastB = Math.min(maxEn, largest - a);
      // Each span's sentence before is the next span's own pair: looked up once, carried over.
      let offset = lastB > 0 ? this.pairOffset(i, enEnd - 1) : -1;
      for (let b = 1; b <= lastB; b++) {
        let sum = 0;
        const column = Math.min(b, stride) - 1;
        for (let w = 0; w < width; w++) {
          const bits = (scratch[w] |= pool[offset + w]);
          for (let x = bits; x !== 0; x &= x - 1) sum += zhWeights[(first + (w << 5) + 31 - Math.clz32(x & -x)) * stride + column];
        }
        const at = (a - 1) * maxSentences + b - 1;
        zhEndSums[at] = sum + (a > 1 ? zhEndSums[at - maxSentences] : 0);
        const next = enEnd - b > 0 && (neighbours || b < lastB) ? this.pairOffset(i, enEnd - b - 1) : -1;
        if (neighbours) zhNeighbourSums[at] = this.outsideSum(neighbours.zh, first, width, next, after) + (a > 1 ? zhNeighbourSums[at - maxSentences] : 0);
        offset = next;
      }
    }
    for (let b = 1; b <= maxEn; b++) {
      const j = enEnd - b;
      const width = this.enWidth[j];
      const first = this.enStemStart[j];
      clear(scratch, width);
      const after = neighbours && zhEnd < this.zhWidth.length ? this.pairOffset(zhEnd, j) + this.zhWidth[zhEnd] : -1;
      const lastA = Math.min(maxZh, largest - b);
      let offset = lastA > 0 ? this.pairOffset(zhEnd - 1, j) + this.zhWidth[zhEnd - 1] : -1;
      for (let a = 1; a <= lastA; a++) {
        let sum = 0;
        const column = Math.min(a, stride) - 1;
        for (let w = 0; w < width; w++) {
          const bits = (scratch[w] |= pool[offset + w]);
          for (let x = bits; x !== 0; x &= x - 1) sum += enWeights[(first + (w << 5) + 31 - Math.clz32(x & -x)) * stride + column];
        }
        const at = (a - 1) * maxSentences + b - 1;
        enEndSums[at] = sum + (b > 1 ? enEndSums[at - 1] : 0);
        const next = zhEnd - a > 0 && (neighbours || a < lastA) ? this.pairOffset(zhEnd - a - 1, j) + this.zhWidth[zhEnd - a - 1] : -1;
        if (neighbours) enNeighbourSums[at] = this.outsideSum(neighbours.en, first, width, next, after) + (b > 1 ? enNeighbourSums[at - 1] : 0);
        offset = next;
      }
    }
  }

  /**
   * The weights of the items whose bits are set in the bitset at `before` or `after` (pool
   * offsets, −1 for none) but not in `scratch` (the items' matches inside their bead).
   */
  private outsideSum(weights: Float64Array, first: number, width: number, before: number, after: number): number {
    const { pool, scratch } = this;
    let sum = 0;
    for (let w = 0; w < width; w++) {
      const outside = (before >= 0 ? pool[before + w] : 0) | (after >= 0 ? pool[after + w] : 0);
      for (let x = outside & ~scratch[w]; x !== 0; x &= x - 1) sum += weights[first + (w << 5) + 31 - Math.clz32(x & -x)];
    }
    return sum;
  }

  zhEndSums = new Float64Array(0);
  enEndSums = new Float64Array(0);
  /** With neighbour weights, `endSums` also fills these, laid out as `zhEndSums` (see `neighbourMatches`). */
  zhNeighbourSums = new Float64Array(0);
  enNeighbourSums = new Float64Array(0);

  /** Results of the last `neighbourMatches`. */
  zhNeighbourWeighted = 0;
  enNeighbourWeighted = 0;

  /**
   * The items of a span pair that find no translation inside the other span but do find one in
   * the other side's sentence just before or just after it: the weights (one per item) of such
   * Chinese words into `zhNeighbourWeighted`, of such English stems into `enNeighbourWeighted`. A
   * word whose translation sits next door rather than in its own bead says the bead's boundary
   * may be in the wrong place (see signals/neighbours.ts).
   */
  neighbourMatches(zhStart: number, zhEnd: number, enStart: number, enEnd: number, neighbours: NeighbourWeights): void {
    const zhCount = zhEnd - zhStart;
    const enCount = enEnd - enStart;
    // Offsets taken below must stay valid: room for every pair first.
    this.reserve((zhCount + 2) * (enCount + 2));
    const { pool, scratch } = this;
    let zhSum = 0;
    for (let i = zhStart; i < zhEnd; i++) {
      const width = this.zhWidth[i];
      clear(scratch, width);
      for (let j = enStart; j < enEnd; j++) {
        const offset = this.pairOffset(i, j);
        for (let w = 0; w < width; w++) scratch[w] |= pool[offset + w];
      }
      const before = enStart > 0 ? this.pairOffset(i, enStart - 1) : -1;
      const after = enEnd < this.enWidth.length ? this.pairOffset(i, enEnd) : -1;
      zhSum += this.outsideSum(neighbours.zh, this.zhWordStart[i], width, before, after);
    }
    let enSum = 0;
    for (let j = enStart; j < enEnd; j++) {
      const width = this.enWidth[j];
      clear(scratch, width);
      for (let i = zhStart; i < zhEnd; i++) {
        const offset = this.pairOffset(i, j) + this.zhWidth[i];
        for (let w = 0; w < width; w++) scratch[w] |= pool[offset + w];
      }
      const before = zhStart > 0 ? this.pairOffset(zhStart - 1, j) + this.zhWidth[zhStart - 1] : -1;
      const after = zhEnd < this.zhWidth.length ? this.pairOffset(zhEnd, j) + this.zhWidth[zhEnd] : -1;
      enSum += this.outsideSum(neighbours.en, this.enStemStart[j], width, before, after);
    }
    this.zhNeighbourWeighted = zhSum;
    this.enNeighbourWeighted = enSum;
  }

  /** Number of content words of Chinese sentences [start, end). */
  zhWordsIn(start: number, end: number): number {
    return this.zhWordStart[end] - this.zhWordStart[start];
  }

  /** Number of content stems of English sentences [start, end). */
  enStemsIn(start: number, end: number): number {
    return this.enStemStart[end] - this.enStemStart[start];
  }

  /** For each Chinese word in document order, the English sentences holding one of its translations. */
  zhWordTranslationIds(word: number): Int32Array {
    return this.translationIds.subarray(this.translationStart[word], this.translationStart[word + 1]);
  }

  /**
   * Word w's translation ids are `translationIdList[translationStarts[w] … translationStarts[w + 1])`:
   * the arrays themselves, for loops that would otherwise make a subarray per word.
   */
  get translationStarts(): Int32Array {
    return this.translationStart;
  }

  get translationIdList(): Int32Array {
    return this.translationIds;
  }

  /** English sentence j's stem ids are `enStemIdList[enStemStarts[j] … enStemStarts[j + 1])`. */
  get enStemStarts(): Int32Array {
    return this.enStemStart;
  }

  get enStemIdList(): Int32Array {
    return this.enStemIds;
  }

  /** Stem id of the k-th English stem of the document. */
  enStemAt(k: number): number {
    return this.enStemIds[k];
  }

  /** Stem ids of English sentence j. */
  enStemIdsOf(j: number): Int32Array {
    return this.enStemIds.subarray(this.enStemStart[j], this.enStemStart[j + 1]);
  }

  /** Index of the first word of Chinese sentence i (words numbered in document order). */
  zhWordOffset(i: number): number {
    return this.zhWordStart[i];
  }


  /** Makes room for `pairs` new pairs, so that offsets taken for one span stay valid. */
  private reserve(pairs: number): void {
    if (this.spanOffsets.length < pairs) this.spanOffsets = new Int32Array(pairs * 2);
    const words = pairs * this.maxPairWords;
    const fits = this.used + words <= this.pool.length && (this.cachedPairs + pairs) * 2 <= this.slotZh.length;
    if (fits) return;
    // Full: start over, in a cache twice as large while under the bounds, or as large as one
    // oversized span needs.
    const poolWords = Math.max(words, this.pool.length < MAX_POOL_WORDS ? this.pool.length * 2 : this.pool.length);
    const slots = Math.max(pairs * 2, this.slotZh.length < MAX_PAIR_SLOTS ? this.slotZh.length * 2 : this.slotZh.length);
    this.resetCache(powerOfTwoAtLeast(poolWords), powerOfTwoAtLeast(slots));
  }

  private resetCache(poolWords: number, slots: number): void {
    if (this.pool.length !== poolWords) this.pool = new Uint32Array(poolWords);
    if (this.slotZh.length !== slots) {
      this.slotZh = new Int32Array(slots);
      this.slotEn = new Int32Array(slots);
      this.slotOffset = new Int32Array(slots);
    }
    this.slotZh.fill(-1);
    this.used = 0;
    this.cachedPairs = 0;
  }

  /** Pool offset of the pair's bitsets: Chinese-word bits first, then English-stem bits. */
  private pairOffset(i: number, j: number): number {
    const mask = this.slotZh.length - 1;
    let slot = (Math.imul(i, 0x9e3779b1) ^ Math.imul(j, 0x85ebca77)) & mask;
    for (; this.slotZh[slot] >= 0; slot = (slot + 1) & mask) {
      if (this.slotZh[slot] === i && this.slotEn[slot] === j) return this.slotOffset[slot];
    }
    const offset = this.computePair(i, j);
    this.slotZh[slot] = i;
    this.slotEn[slot] = j;
    this.slotOffset[slot] = offset;
    this.cachedPairs++;
    return offset;
  }

  private computePair(i: number, j: number): number {
    const { pool, inEnglish, translated, translationStart, translationIds, enStemIds } = this;
    const zhWidth = this.zhWidth[i];
    const offset = this.used;
    const enOffset = offset + zhWidth;
    this.used += zhWidth + this.enWidth[j];
    for (let k = offset; k < this.used; k++) pool[k] = 0;
    if (this.generation === 0x7fffffff) {
      this.generation = 0;
      inEnglish.fill(0);
      translated.fill(0);
    }
    const generation = ++this.generation;

    const enFirst = this.enStemStart[j];
    const enLast = this.enStemStart[j + 1];
    for (let k = enFirst; k < enLast; k++) inEnglish[enStemIds[k]] = generation;
    const firstWord = this.zhWordStart[i];
    const lastWord = this.zhWordStart[i + 1];
    for (let w = firstWord; w < lastWord; w++) {
      let matched = false;
      for (let t = translationStart[w]; t < translationStart[w + 1]; t++) {
        const id = translationIds[t];
        translated[id] = generation;
        if (inEnglish[id] === generation) matched = true;
      }
      const bit = w - firstWord;
      if (matched) pool[offset + (bit >>> 5)] |= 1 << (bit & 31);
    }
    for (let k = enFirst; k < enLast; k++) {
      const bit = k - enFirst;
      if (translated[enStemIds[k]] === generation) pool[enOffset + (bit >>> 5)] |= 1 << (bit & 31);
    }
    return offset;
  }
}
