export type Lang = "en" | "zh";

/**
 * One alignment bead: consecutive source and target sentence indices (0-based) that translate
 * each other. Either side may be empty (an unmatched sentence). Beads come in document order and
 * cover every index of both sides exactly once.
 */
export interface Bead {
  src: number[];
  tgt: number[];
  /** How sure the aligner is of this link, in [0, 1]. */
  confidence: number;
}

/**
 * A pluggable similarity signal. `prepare` sees both whole documents once (so it can precompute
 * per-sentence features), and the returned function scores the concatenation of the source
 * sentences [srcStart, srcEnd) against the target sentences [tgtStart, tgtEnd).
 */
export interface SpanScorer {
  name: string;
  prepare(src: PreparedSide, tgt: PreparedSide): SpanScore;
}

/** Similarity of two non-empty spans, in [0, 1]; higher means more likely translations. */
export type SpanScore = (srcStart: number, srcEnd: number, tgtStart: number, tgtEnd: number) => number;

export interface PreparedSide {
  lang: Lang;
  sentences: string[];
}
