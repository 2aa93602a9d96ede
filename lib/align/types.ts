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

export interface PreparedSide {
  lang: Lang;
  sentences: string[];
}
