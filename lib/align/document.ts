import { alignWithEstimation, preparePair, unmatched, type AlignOptions } from "./sentences";
import type { Bead } from "./types";

export interface DocumentAlignment {
  /** Sentence beads, src = English, tgt = Chinese, indices into the flattened sentence lists. */
  sentences: Bead[];
  /** Paragraph beads, src = English, tgt = Chinese. */
  paragraphs: Bead[];
  /**
   * "paragraphs" when sentences were aligned inside paired paragraphs; "document" when the
   * paragraphs did not correspond and the whole document was aligned at sentence level.
   */
  mode: "paragraphs" | "document";
}

/** Paragraph pairing is trusted when no paragraph bead is doubtful and most are 1-1. */
const MIN_PARAGRAPH_CONFIDENCE = 0.5;
const MIN_ONE_TO_ONE_SHARE = 0.7;

/**
 * Hierarchical alignment of an article: paragraphs first (a paragraph = the span of its sentences,
 * priced by the same prepared signals),
 * then sentences within each paired group of paragraphs. When the paragraph pairing is doubtful —
 * a low-confidence paragraph bead, or paragraphs that mostly merge and split — the paragraphs do
 * not correspond and the whole document is aligned at sentence level instead. Either way the
 * sentence beads cover every sentence once, in order.
 *
 * A sentence bead's confidence inside a paragraph group is its own posterior times the group's:
 * the link is right only if the group is.
 */
export function alignDocument(
  enParagraphs: readonly (readonly string[])[],
  zhParagraphs: readonly (readonly string[])[],
  options: AlignOptions = {},
): DocumentAlignment {
  const en = enParagraphs.flat();
  const zh = zhParagraphs.flat();
  const sentencePair = preparePair(en, zh, { srcLang: "en", tgtLang: "zh", ...options });
  const enStart = starts(enParagraphs);
  const zhStart = starts(zhParagraphs);
  const paragraphs = sentencePair.alignGroups(Int32Array.from(enStart), Int32Array.from(zhStart));

  if (!paragraphsCorrespond(paragraphs)) {
    const sentences = alignWithEstimation(sentencePair, (last) => sentencePair.alignRange(0, en.length, 0, zh.length, last));
    return { sentences, paragraphs, mode: "document" };
  }
  // The model is estimated on the whole article, aligning within paragraph groups on every round:
  // one paragraph is too short to learn a document's rates and priors from.
  const groupedPass = (last: boolean) => {
    const sentences: Bead[] = [];
    for (const p of paragraphs) {
      const i0 = p.src.length ? enStart[p.src[0]] : enStart[firstAfter(paragraphs, p, "src")];
      const i1 = p.src.length ? enStart[p.src[p.src.length - 1] + 1] : i0;
      const j0 = p.tgt.length ? zhStart[p.tgt[0]] : zhStart[firstAfter(paragraphs, p, "tgt")];
      const j1 = p.tgt.length ? zhStart[p.tgt[p.tgt.length - 1] + 1] : j0;
      const group = i0 === i1 || j0 === j1 ? unmatched(i0, i1, j0, j1) : sentencePair.alignRange(i0, i1, j0, j1, last);
      for (let k = 0; k < group.length; k++) {
        const b = group[k];
        sentences.push({ src: b.src, tgt: b.tgt, confidence: b.confidence * p.confidence });
      }
    }
    return sentences;
  };
  return { sentences: alignWithEstimation(sentencePair, groupedPass), paragraphs, mode: "paragraphs" };
}

export function paragraphsCorrespond(beads: readonly Bead[]): boolean {
  if (beads.length === 0) return true;
  const oneToOne = beads.filter((b) => b.src.length === 1 && b.tgt.length === 1).length;
  return beads.every((b) => b.confidence >= MIN_PARAGRAPH_CONFIDENCE) && oneToOne / beads.length >= MIN_ONE_TO_ONE_SHARE;
}

/** Index of the first sentence of each paragraph, plus the total at the end. */
function starts(paragraphs: readonly (readonly string[])[]): number[] {
  const out = [0];
  for (const p of paragraphs) out.push(out[out.length - 1] + p.length);
  return out;
}

/** For a bead empty on one side: the first paragraph of that side after it (its sentences start there). */
function firstAfter(beads: readonly Bead[], bead: Bead, side: "src" | "tgt"): number {
  let next = 0;
  for (const b of beads) {
    if (b === bead) return next;
    if (b[side].length) next = b[side][b[side].length - 1] + 1;
  }
  return next;
}

/** Groups a flat sentence list into paragraphs by each sentence's paragraph number. */
export function groupByParagraph(sentences: readonly string[], paragraphOf: readonly number[]): string[][] {
  const out: string[][] = [];
  sentences.forEach((s, k) => {
    const p = paragraphOf[k];
    while (out.length <= p) out.push([]);
    out[p].push(s);
  });
  return out.filter((p) => p.length > 0);
}
