/**
 * Precision and recall of marked renderings against a hand-made gold set (fixtures/renderings-gold.json).
 * Pure. Compared by place in the counterpart sentence: English by word (a gold phrase covers its
 * words wherever the phrase stands), Chinese by character (wherever the gold string stands). So a
 * word marked where the gold has none is a false positive even if the same word is right elsewhere.
 */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export interface Tally {
  marked: number;
  gold: number;
  right: number;
}

/** The units (word starts for English, character offsets for Chinese) that the spans cover. */
function units(text: string, spans: readonly [number, number][], lang: "en" | "zh"): Set<number> {
  const out = new Set<number>();
  if (lang === "zh") {
    for (const [start, end] of spans) for (let i = start; i < end; i++) out.add(i);
    return out;
  }
  for (const m of text.matchAll(WORD)) if (spans.some(([start, end]) => m.index! < end && m.index! + m[0].length > start)) out.add(m.index!);
  return out;
}

/** Where the gold strings stand in the text: Chinese as substrings, English as whole words, case-insensitively. */
export function goldSpans(text: string, gold: readonly string[], lang: "en" | "zh"): [number, number][] {
  const spans: [number, number][] = [];
  for (const item of gold) {
    const pattern = lang === "zh" ? new RegExp(escape(item), "g") : new RegExp(`(?<![\\p{L}\\p{N}])${escape(item)}(?![\\p{L}\\p{N}])`, "giu");
    for (const m of text.matchAll(pattern)) spans.push([m.index!, m.index! + m[0].length]);
  }
  return spans;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function scorePair(text: string, marked: readonly [number, number][], gold: readonly string[], lang: "en" | "zh"): Tally {
  const got = units(text, marked, lang);
  const want = units(text, goldSpans(text, gold, lang), lang);
  let right = 0;
  for (const unit of got) if (want.has(unit)) right++;
  return { marked: got.size, gold: want.size, right };
}

export function addTally(a: Tally, b: Tally): Tally {
  return { marked: a.marked + b.marked, gold: a.gold + b.gold, right: a.right + b.right };
}

export const precision = (t: Tally) => (t.marked === 0 ? 1 : t.right / t.marked);
export const recall = (t: Tally) => (t.gold === 0 ? 1 : t.right / t.gold);
