import { chineseContentWords, englishStemIds, loadLexicalResources, type LexicalResources } from "./lexicon";
import type { PreparedSide, SpanScore, SpanScorer } from "./types";

/**
 * The coarse passes' content signal (Vecalign averages sentence embeddings over blocks; this is
 * the dictionary's equivalent): a block of sentences is a bag of dictionary meanings — for Chinese
 * the English stems its words translate to, for English its own stems — weighted by inverse
 * document frequency, and two blocks are compared by cosine. A bag ignores order, so it still
 * recognises two blocks as translations when their sentences are offset by dozens, which a
 * sentence-by-sentence score cannot; and its cost grows with the blocks' vocabulary, not with the
 * product of their sentence counts.
 */

/** A sparse vector: ids ascending, with their weights, and its Euclidean norm. */
export interface Bag {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

/** Per-sentence features: stem ids, with repeats, and a weight per occurrence. */
interface SentenceFeatures {
  ids: Int32Array;
  weights: Float64Array;
}

const MAX_CACHED_BAGS = 1 << 16;

/** Cosine of two bags; 0 when either is empty. */
export function cosine(a: Bag, b: Bag): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) dot += a.weights[i++] * b.weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}

/** One sentence's features as a bag: repeated ids summed, times their inverse frequency. */
function sentenceBag({ ids, weights }: SentenceFeatures, idf: Float64Array): Bag {
  const order = Array.from(ids.keys()).sort((a, b) => ids[a] - ids[b]);
  const outIds: number[] = [];
  const outWeights: number[] = [];
  for (const k of order) {
    const w = weights[k] * idf[ids[k]];
    if (outIds.length && outIds[outIds.length - 1] === ids[k]) outWeights[outWeights.length - 1] += w;
    else outIds.push(ids[k]), outWeights.push(w);
  }
  return withNorm(Int32Array.from(outIds), Float64Array.from(outWeights));
}

/** The sum of two bags, by one merge of their sorted ids. */
function addBags(a: Bag, b: Bag): Bag {
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const weights = new Float64Array(ids.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.ids.length || j < b.ids.length) {
    if (j === b.ids.length || (i < a.ids.length && a.ids[i] < b.ids[j])) (ids[n] = a.ids[i]), (weights[n++] = a.weights[i++]);
    else if (i === a.ids.length || b.ids[j] < a.ids[i]) (ids[n] = b.ids[j]), (weights[n++] = b.weights[j++]);
    else (ids[n] = a.ids[i]), (weights[n++] = a.weights[i++] + b.weights[j++]);
  }
  return withNorm(ids.subarray(0, n), weights.subarray(0, n));
}

function withNorm(ids: Int32Array, weights: Float64Array): Bag {
  let norm = 0;
  for (const w of weights) norm += w * w;
  return { ids, weights, norm: Math.sqrt(norm) };
}

/**
 * Bags of sentence ranges of one side, remembered. A range is split at a multiple of the largest
 * power of two that fits, so the blocks of every coarse level are built from the level below.
 */
function bagMaker(sentences: readonly SentenceFeatures[], idf: Float64Array): (start: number, end: number) => Bag {
  const cache = new Map<number, Bag>();
  const stride = sentences.length + 1;
  const singles = new Map<number, Bag>();
  const bag = (start: number, end: number): Bag => {
    if (end - start === 1) {
      let b = singles.get(start);
      if (!b) singles.set(start, (b = sentenceBag(sentences[start], idf)));
      return b;
    }
    const key = start * stride + end;
    let b = cache.get(key);
    if (!b) {
      if (cache.size >= MAX_CACHED_BAGS) cache.clear();
      let step = 1;
      while (step * 2 < end - start) step *= 2;
      const split = Math.ceil((start + 1) / step) * step;
      b = addBags(bag(start, split), bag(split, end));
      cache.set(key, b);
    }
    return b;
  };
  return bag;
}

function chineseFeatures(text: string, resources: LexicalResources): SentenceFeatures {
  const ids: number[] = [];
  const weights: number[] = [];
  for (const word of chineseContentWords(text, resources.segment, resources.lexicon)) {
    // A word counts once, its weight shared among its translations.
    for (const id of word.translations) {
      ids.push(id);
      weights.push(1 / word.translations.length);
    }
  }
  return { ids: Int32Array.from(ids), weights: Float64Array.from(weights) };
}

function englishFeatures(text: string, resources: LexicalResources): SentenceFeatures {
  const ids = Int32Array.from(englishStemIds(text, resources.lexicon));
  return { ids, weights: new Float64Array(ids.length).fill(1) };
}

/**
 * Inverse document frequency over the sentences of both sides, log((S + 1) / (df + 1)): words in
 * every sentence say nothing about which block is which, rare ones (names, things) say most.
 */
function inverseFrequencies(sides: readonly (readonly SentenceFeatures[])[]): Float64Array {
  let maxId = 0;
  let sentences = 0;
  for (const side of sides) {
    sentences += side.length;
    for (const s of side) for (const id of s.ids) if (id > maxId) maxId = id;
  }
  const df = new Float64Array(maxId + 1);
  const seen = new Int32Array(maxId + 1).fill(-1);
  let n = 0;
  for (const side of sides) {
    for (const s of side) {
      for (const id of s.ids) {
        if (seen[id] !== n) {
          seen[id] = n;
          df[id]++;
        }
      }
      n++;
    }
  }
  return df.map((d) => Math.log((sentences + 1) / (d + 1)));
}

/** Bag-of-meanings cosine of two spans, as a SpanScorer (0 for two sides of one language). */
export function createBagScorer(resources: () => LexicalResources): SpanScorer {
  return {
    name: "bags",
    prepare(src: PreparedSide, tgt: PreparedSide): SpanScore {
      if (src.lang === tgt.lang) return () => 0;
      // Built on the first call: documents short enough for an exact search never need bags.
      let bags: { src: (start: number, end: number) => Bag; tgt: (start: number, end: number) => Bag } | undefined;
      const build = () => {
        const r = resources();
        const features = (side: PreparedSide) =>
          side.sentences.map((s) => (side.lang === "zh" ? chineseFeatures(s, r) : englishFeatures(s, r)));
        const srcFeatures = features(src);
        const tgtFeatures = features(tgt);
        const idf = inverseFrequencies([srcFeatures, tgtFeatures]);
        return { src: bagMaker(srcFeatures, idf), tgt: bagMaker(tgtFeatures, idf) };
      };
      return (i0, i1, j0, j1) => {
        bags ??= build();
        return cosine(bags.src(i0, i1), bags.tgt(j0, j1));
      };
    },
  };
}

/** The default coarse signal: CC-CEDICT meanings, loaded on first use. */
export const bagScorer = createBagScorer(loadLexicalResources);
