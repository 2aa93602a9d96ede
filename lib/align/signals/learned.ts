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
  const zhCount = new Map<string, number>();
  const enCount = new Map<string, number>();
  const pairCount = new Map<string, Map<string, number>>();
  for (const bead of beads) {
    const zh = new Set(bead.src.flatMap((k) => zhTokensOf(k)));
    const en = new Set(bead.tgt.flatMap((k) => enStemsOf(k)));
    for (const z of zh) zhCount.set(z, (zhCount.get(z) ?? 0) + 1);
    for (const e of en) enCount.set(e, (enCount.get(e) ?? 0) + 1);
    for (const z of zh) {
      let row = pairCount.get(z);
      if (!row) pairCount.set(z, (row = new Map()));
      for (const e of en) row.set(e, (row.get(e) ?? 0) + 1);
    }
  }
  const table: LearnedTable = new Map();
  for (const [z, row] of pairCount) {
    const cz = zhCount.get(z)!;
    if (cz < minCount) continue;
    const candidates: Array<[string, number]> = [];
    for (const [e, c] of row) {
      if (c < minCount) continue;
      const dice = (2 * c) / (cz + enCount.get(e)!);
      if (dice >= minDice) candidates.push([e, dice]);
    }
    if (candidates.length === 0) continue;
    candidates.sort((a, b) => b[1] - a[1]);
    table.set(z, candidates.slice(0, maxPerToken).map(([e]) => e));
  }
  return table;
}
