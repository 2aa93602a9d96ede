import type { Lang, PreparedSide, SpanScore, SpanScorer } from "../types";
import { evidenceScore } from "./numbers";

/**
 * Quotations and parenthetical remarks survive translation far more often than other punctuation
 * (commas, 、 and ； are rearranged freely), so the number of each is a small structural anchor:
 * a sentence with a quoted slogan or a bracketed aside pairs with one that has it too. English
 * single quotes are not counted: they cannot be told from apostrophes.
 */
export interface PunctuationCounts {
  quotes: number;
  parens: number;
}

export function punctuationCounts(text: string, lang: Lang): PunctuationCounts {
  let quotes = 0;
  let parens = 0;
  let straight = 0;
  for (const c of text) {
    if (c === "“" || c === "「" || c === "『" || (lang === "zh" && c === "‘")) quotes++;
    else if (c === '"') straight++;
    else if (c === "(" || c === "（") parens++;
  }
  // Straight double quotes come in pairs; an odd one still opens a quotation.
  return { quotes: quotes + Math.ceil(straight / 2), parens };
}

/** Matched and unmatched quotation/parenthesis counts for a span pair. */
export interface PunctuationEvidence {
  matched: number;
  unmatched: number;
}

export type PunctuationEvidenceFn = (srcStart: number, srcEnd: number, tgtStart: number, tgtEnd: number) => PunctuationEvidence;

export function preparePunctuationEvidence(src: PreparedSide, tgt: PreparedSide): PunctuationEvidenceFn {
  const prefix = (side: PreparedSide) => {
    const quotes = new Int32Array(side.sentences.length + 1);
    const parens = new Int32Array(side.sentences.length + 1);
    side.sentences.forEach((s, i) => {
      const c = punctuationCounts(s, side.lang);
      quotes[i + 1] = quotes[i] + c.quotes;
      parens[i + 1] = parens[i] + c.parens;
    });
    return { quotes, parens };
  };
  const a = prefix(src);
  const b = prefix(tgt);
  return (i0, i1, j0, j1) => {
    const qa = a.quotes[i1] - a.quotes[i0];
    const qb = b.quotes[j1] - b.quotes[j0];
    const pa = a.parens[i1] - a.parens[i0];
    const pb = b.parens[j1] - b.parens[j0];
    return {
      matched: 2 * Math.min(qa, qb) + 2 * Math.min(pa, pb),
      unmatched: Math.abs(qa - qb) + Math.abs(pa - pb),
    };
  };
}

/** `evidenceScore` of the counts: 0.5 when neither span quotes or brackets anything. */
export const punctuationScorer: SpanScorer = {
  name: "punctuation",
  prepare(src, tgt): SpanScore {
    const evidence = preparePunctuationEvidence(src, tgt);
    return (i0, i1, j0, j1) => {
      const e = evidence(i0, i1, j0, j1);
      return evidenceScore(e.matched, e.unmatched);
    };
  },
};
