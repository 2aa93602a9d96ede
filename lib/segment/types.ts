/** One sentence (or sub-sentence unit) of a paragraph. */
export interface SentenceSpan {
  /** Offset of the first non-whitespace character, in UTF-16 code units. */
  start: number;
  /** Offset just past the last non-whitespace character (exclusive). */
  end: number;
  /** `paragraph.slice(start, end)`: the unit without surrounding whitespace. */
  text: string;
}

export interface SegmentOptions {
  /**
   * Also cut after `；`/`;`, and after a `：`/`:` that introduces a list, giving clause-sized
   * units. Useful when one language joins with semicolons what the other writes as sentences.
   */
  subSentences?: boolean;
}
