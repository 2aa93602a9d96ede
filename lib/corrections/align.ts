import { alignDocument, type Bead, type DocumentAlignment } from "@/lib/align";
import type { AlignedBead } from "@/lib/site/article";
import type { ResolvedPin } from "./resolve";

/** `alignDocument`'s result, pinned beads marked `checked`. */
export type PinnedAlignment = Omit<DocumentAlignment, "sentences"> & { sentences: AlignedBead[] };

/**
 * Alignment with pinned links as fixed constraints, built only on the aligner's public API
 * (`alignDocument`), so it keeps working whatever the aligner does inside.
 *
 * The paragraph rows come from aligning the whole article, as without pins. The sentence links:
 * pins with sentences on both sides cut the article into gaps (the sentences between two pins),
 * each gap is aligned on its own with `alignDocument` (its paragraphs clipped to the gap), and the
 * pins sit between the gaps with confidence 1 and `checked`. A pin with one side empty ("e20 = -")
 * fixes only that side, so it cannot cut the other: its gap is aligned freely first, the other
 * language is cut where the free alignment put the pinned sentence (after the Chinese of its bead
 * when the bead began before it, before it otherwise), and both halves are aligned again.
 * With no pins the result is exactly `alignDocument`'s.
 */
export function alignWithPins(
  enParagraphs: readonly (readonly string[])[],
  zhParagraphs: readonly (readonly string[])[],
  pins: readonly ResolvedPin[],
): PinnedAlignment {
  const whole = alignDocument(enParagraphs, zhParagraphs);
  if (pins.length === 0) return whole;

  const enOf = paragraphOf(enParagraphs);
  const zhOf = paragraphOf(zhParagraphs);
  const en = enParagraphs.flat();
  const zh = zhParagraphs.flat();

  const free = (i0: number, i1: number, j0: number, j1: number): AlignedBead[] => {
    if (i0 === i1 || j0 === j1) return unmatched(i0, i1, j0, j1);
    const result = alignDocument(clip(en, enOf, i0, i1), clip(zh, zhOf, j0, j1));
    return result.sentences.map((b) => ({ src: b.src.map((k) => k + i0), tgt: b.tgt.map((k) => k + j0), confidence: b.confidence }));
  };

  const gap = (i0: number, i1: number, j0: number, j1: number, oneSided: readonly ResolvedPin[]): AlignedBead[] => {
    if (oneSided.length === 0) return free(i0, i1, j0, j1);
    const [pin, ...rest] = oneSided;
    const beads = free(i0, i1, j0, j1);
    // Cut the side the pin leaves empty where the free alignment put the pinned sentences.
    const [own, other] = pin.en.length > 0 ? (["src", "tgt"] as const) : (["tgt", "src"] as const);
    const first = pin[own === "src" ? "en" : "zh"][0];
    const last = pin[own === "src" ? "en" : "zh"].at(-1)!;
    const holder = beads.findIndex((b) => b[own].includes(first));
    const before = beads.slice(0, holder).flatMap((b) => b[other]);
    let cut = before.length > 0 ? before[before.length - 1] + 1 : own === "src" ? j0 : i0;
    const h = beads[holder];
    if (h[other].length > 0 && h[own][0] < first) cut = h[other][h[other].length - 1] + 1;
    // Never cut through a pin of the other language.
    const otherKey = other === "src" ? "en" : "zh";
    for (const p of rest) {
      const ks = p[otherKey];
      if (ks.length > 0 && ks[0] < cut && cut <= ks[ks.length - 1]) cut = ks[0];
    }
    const ownKey = own === "src" ? "en" : "zh";
    const left = rest.filter((p) => (p[ownKey].length > 0 ? p[ownKey][0] < first : p[otherKey][0] < cut));
    const right = rest.filter((p) => !left.includes(p));
    const pinned: AlignedBead = { src: [...pin.en], tgt: [...pin.zh], confidence: 1, checked: true };
    return own === "src"
      ? [...gap(i0, first, j0, cut, left), pinned, ...gap(last + 1, i1, cut, j1, right)]
      : [...gap(i0, cut, j0, first, left), pinned, ...gap(cut, i1, last + 1, j1, right)];
  };

  const sentences: AlignedBead[] = [];
  let i = 0;
  let j = 0;
  const anchors = pins.filter((p) => p.en.length > 0 && p.zh.length > 0);
  const oneSided = pins.filter((p) => p.en.length === 0 || p.zh.length === 0);
  const inside = (i0: number, i1: number, j0: number, j1: number) =>
    oneSided.filter((p) => (p.en.length > 0 ? i0 <= p.en[0] && p.en[0] < i1 : j0 <= p.zh[0] && p.zh[0] < j1));
  for (const anchor of anchors) {
    const i1 = anchor.en[0];
    const j1 = anchor.zh[0];
    sentences.push(...gap(i, i1, j, j1, inside(i, i1, j, j1)));
    sentences.push({ src: [...anchor.en], tgt: [...anchor.zh], confidence: 1, checked: true });
    i = anchor.en.at(-1)! + 1;
    j = anchor.zh.at(-1)! + 1;
  }
  sentences.push(...gap(i, en.length, j, zh.length, inside(i, en.length, j, zh.length)));

  // A pin may link sentences of different rows; then, as when the paragraphs do not correspond,
  // the article's links no longer stay within rows.
  const rowOf = { en: rowIndex(whole.paragraphs, "src", enOf), zh: rowIndex(whole.paragraphs, "tgt", zhOf) };
  const withinRows = sentences.every((b) => new Set([...b.src.map((k) => rowOf.en[k]), ...b.tgt.map((k) => rowOf.zh[k])]).size <= 1);
  return { sentences, paragraphs: whole.paragraphs, mode: withinRows ? whole.mode : "document" };
}

function unmatched(i0: number, i1: number, j0: number, j1: number): AlignedBead[] {
  const beads: AlignedBead[] = [];
  for (let i = i0; i < i1; i++) beads.push({ src: [i], tgt: [], confidence: 1 });
  for (let j = j0; j < j1; j++) beads.push({ src: [], tgt: [j], confidence: 1 });
  return beads;
}

/** The paragraph index of each sentence of the flattened list. */
function paragraphOf(paragraphs: readonly (readonly string[])[]): number[] {
  return paragraphs.flatMap((p, index) => p.map(() => index));
}

/** Sentences [start, end) regrouped into their (clipped) paragraphs. */
function clip(sentences: readonly string[], paragraphOf: readonly number[], start: number, end: number): string[][] {
  const out: string[][] = [];
  for (let k = start; k < end; k++) {
    if (k === start || paragraphOf[k] !== paragraphOf[k - 1]) out.push([]);
    out[out.length - 1].push(sentences[k]);
  }
  return out;
}

/** The row (paragraph bead) of each sentence. */
function rowIndex(rows: readonly Bead[], side: "src" | "tgt", paragraphOf: readonly number[]): number[] {
  const rowOfParagraph: number[] = [];
  rows.forEach((row, r) => {
    for (const p of row[side]) rowOfParagraph[p] = r;
  });
  return paragraphOf.map((p) => rowOfParagraph[p]);
}
