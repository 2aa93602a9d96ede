import type { Bead } from "../types";

/** Chinese token → English stems it was learned to translate to. */
export type LearnedTable = Map<string, string[]>;

export interface LearnOptions {
  /** Beads a pair must share to be learned. */
  minCount?: number;
  /** Smallest Dice coefficient 2·c(z, e) / (c(z) + c(e)). */
  minDice?: number;
  /** Most translations kept per token. */
  maxPerToken?: number;
}

/**
 * A translation table learned from an alignment of the text itself, in the spirit of Moore (2002)
 * and hunalign's realign pass: a Chinese token and an English stem that keep turning up in the same
 * beads, more often than their frequencies explain, translate each other. Association is the Dice
 * coefficient over beads, with a minimum count so one coincidence teaches nothing. Tokens are the
 * segmenter's, so a name the dictionary lacks (韦小宝) pairs with its rendering ("Trinket").
 */
export function learnTranslations(
  beads: readonly Bead[],
  zhTokensOf: (sentence: number) => readonly string[],
  enStemsOf: (sentence: number) => readonly string[],
  options: LearnOptions = {},
): LearnedTable {
  const minCount = options.minCount ?? 2;
  const minDice = options.minDice ?? 0.4;
  const maxPerToken = options.maxPerToken ?? 2;
  const zhIds = new Map<string, number>();
  const enIds = new Map<string, number>();
  // Each bead's distinct ids in order of first occurrence; `seenIn[id]` is the last bead that
  // listed the id (cheaper than a Set per bead, and the same lists).
  const idsOf = (ids: Map<string, number>, seenIn: number[], sentences: readonly number[], wordsOf: (sentence: number) => readonly string[], bead: number) => {
    const out: number[] = [];
    for (const k of sentences) {
      const words = wordsOf(k);
      for (let x = 0; x < words.length; x++) {
        const w = words[x];
        let id = ids.get(w);
        if (id === undefined) {
          ids.set(w, (id = ids.size));
          seenIn.push(-1);
        }
        if (seenIn[id] !== bead) {
          seenIn[id] = bead;
          out.push(id);
        }
      }
    }
    return out;
  };
  const zhSeen: number[] = [];
  const enSeen: number[] = [];
  const zhBeads = beads.map((b, k) => idsOf(zhIds, zhSeen, b.src, zhTokensOf, k));
  const enBeads = beads.map((b, k) => idsOf(enIds, enSeen, b.tgt, enStemsOf, k));
  const zhCount = new Int32Array(zhIds.size);
  const enCount = new Int32Array(enIds.size);
  for (const ids of zhBeads) for (const z of ids) zhCount[z]++;
  for (const ids of enBeads) for (const e of ids) enCount[e]++;
  // Dice ≥ minDice needs c(z, e) ≥ minDice/2 · (c(z) + c(e)) with c(z, e) ≤ min(c(z), c(e)), so
  // neither count may exceed the other by more than this factor: other pairs are not counted at
  // all, which keeps a long document's pair table small (the table learned is the same).
  const ratio = (2 - minDice) / minDice;
  const pairCount = new Map<number, number>();
  const enSize = enIds.size;
  beads.forEach((_, k) => {
    for (const z of zhBeads[k]) {
      const cz = zhCount[z];
      if (cz < minCount) continue;
      for (const e of enBeads[k]) {
        const ce = enCount[e];
        if (ce < minCount || ce > ratio * cz || cz > ratio * ce) continue;
        const key = z * enSize + e;
        pairCount.set(key, (pairCount.get(key) ?? 0) + 1);
      }
    }
  });
  const zhWords = [...zhIds.keys()];
  const enWords = [...enIds.keys()];
  const candidates = new Map<number, Array<[string, number]>>();
  for (const [key, c] of pairCount) {
    if (c < minCount) continue;
    const z = Math.floor(key / enSize);
    const e = key - z * enSize;
    const dice = (2 * c) / (zhCount[z] + enCount[e]);
    if (dice < minDice) continue;
    let list = candidates.get(z);
    if (!list) candidates.set(z, (list = []));
    list.push([enWords[e], dice]);
  }
  const table: LearnedTable = new Map();
  for (const [z, list] of candidates) {
    list.sort((a, b) => b[1] - a[1]);
    const kept: string[] = [];
    for (let k = 0; k < list.length && k < maxPerToken; k++) kept.push(list[k][0]);
    table.set(zhWords[z], kept);
  }
  return table;
}
