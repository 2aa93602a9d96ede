import type { Passage } from "./synthetic-corpus";
import { seededRandom } from "../seeded-random";

/**
 * Makes harder-than-news document pairs with a known alignment from 1-1 parallel passages:
 * Chinese sentences that join 2–4 English ones (and the reverse), sentences left untranslated on
 * either side, and paragraphs that are cut differently on the two sides. Deterministic per seed.
 */

export interface SyntheticDoc {
  en: string[];
  zh: string[];
  enParagraph: number[];
  zhParagraph: number[];
  /** Gold beads, English indices and Chinese indices. */
  beads: Array<{ en: number[]; zh: number[] }>;
}

export interface Perturbation {
  /** Probability that a Chinese sentence joins the translations of several English sentences. */
  mergeZh: number;
  /** Probability that an English sentence joins the translations of several Chinese sentences. */
  mergeEn: number;
  /** Probability that an English sentence is left untranslated (a 1-0 bead, English first). */
  dropZh: number;
  /** Probability that a Chinese sentence has no English counterpart. */
  dropEn: number;
  /** Largest number of sentences one merge joins (2–4). */
  maxMerge: number;
  /** Cut the Chinese side into paragraphs at random places instead of at passage ends. */
  reparagraph?: boolean;
}


const LOWERABLE = new Set(
  "The A An He She It They We I'm But And So Then When In On At Our His Her Their Its This That There Every Some".split(" "),
);

/** Joins English sentences the way a translator would: with semicolons. */
export function joinEnglish(sentences: readonly string[]): string {
  return sentences.reduce((joined, next) => {
    if (!/[.]$/.test(joined)) return `${joined} ${next}`;
    const first = next.split(" ")[0];
    const lowered = LOWERABLE.has(first) && first !== "I'm" ? next[0].toLowerCase() + next.slice(1) : next;
    return `${joined.slice(0, -1)}; ${lowered}`;
  });
}

/** Joins Chinese sentences with a comma (two) or semicolons (more), as Chinese prose does. */
export function joinChinese(sentences: readonly string[]): string {
  const mark = sentences.length > 2 ? "；" : "，";
  return sentences.reduce((joined, next) => (/。$/.test(joined) ? joined.slice(0, -1) + mark + next : joined + next));
}

export function synthesize(passages: readonly Passage[], random: () => number, p: Perturbation): SyntheticDoc {
  const doc: SyntheticDoc = { en: [], zh: [], enParagraph: [], zhParagraph: [], beads: [] };
  passages.forEach((passage, paragraph) => {
    let k = 0;
    while (k < passage.length) {
      const left = passage.length - k;
      const r = random();
      const size = Math.min(left, 2 + Math.floor(random() * (p.maxMerge - 1)));
      const pairs = passage.slice(k, k + (left >= 2 ? size : 1));
      const en = doc.en.length;
      const zh = doc.zh.length;
      if (r < p.dropZh) {
        pushEn(doc, passage[k][0], paragraph);
        doc.beads.push({ en: [en], zh: [] });
        k += 1;
      } else if (r < p.dropZh + p.dropEn) {
        pushZh(doc, passage[k][1], paragraph);
        doc.beads.push({ en: [], zh: [zh] });
        k += 1;
      } else if (r < p.dropZh + p.dropEn + p.mergeZh && pairs.length >= 2) {
        for (const [e] of pairs) pushEn(doc, e, paragraph);
        pushZh(doc, joinChinese(pairs.map(([, z]) => z)), paragraph);
        doc.beads.push({ en: pairs.map((_, x) => en + x), zh: [zh] });
        k += pairs.length;
      } else if (r < p.dropZh + p.dropEn + p.mergeZh + p.mergeEn && pairs.length >= 2) {
        pushEn(doc, joinEnglish(pairs.map(([e]) => e)), paragraph);
        for (const [, z] of pairs) pushZh(doc, z, paragraph);
        doc.beads.push({ en: [en], zh: pairs.map((_, x) => zh + x) });
        k += pairs.length;
      } else {
        pushEn(doc, passage[k][0], paragraph);
        pushZh(doc, passage[k][1], paragraph);
        doc.beads.push({ en: [en], zh: [zh] });
        k += 1;
      }
    }
  });
  if (p.reparagraph) doc.zhParagraph = randomParagraphs(doc.zh.length, passages.length, random);
  return doc;
}

/** Nondecreasing paragraph numbers with cuts at random places (first cut never at 0). */
function randomParagraphs(count: number, paragraphs: number, random: () => number): number[] {
  const cuts = new Set<number>();
  while (cuts.size < Math.min(paragraphs - 1, count - 1)) cuts.add(1 + Math.floor(random() * (count - 1)));
  const out: number[] = [];
  let paragraph = 0;
  for (let k = 0; k < count; k++) {
    if (cuts.has(k)) paragraph++;
    out.push(paragraph);
  }
  return out;
}

function pushEn(doc: SyntheticDoc, text: string, paragraph: number) {
  doc.en.push(text);
  doc.enParagraph.push(paragraph);
}

function pushZh(doc: SyntheticDoc, text: string, paragraph: number) {
  doc.zh.push(text);
  doc.zhParagraph.push(paragraph);
}
