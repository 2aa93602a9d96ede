import type { Lang } from "@/lib/align/types";
import { chineseSentenceCuts } from "./chinese";
import { clauseCuts } from "./clauses";
import { englishSentenceCuts } from "./english";
import type { SegmentOptions, SentenceSpan } from "./types";

/**
 * Splits one paragraph into sentences (or, with `subSentences`, clause-sized units). Spans are in
 * order, never overlap, and together cover every non-whitespace character of the paragraph, so
 * the paragraph can be rebuilt exactly from the spans and the whitespace between them.
 */
export function segmentParagraph(text: string, lang: Lang, options: SegmentOptions = {}): SentenceSpan[] {
  const cuts = lang === "zh" ? chineseSentenceCuts(text) : englishSentenceCuts(text);
  let spans = spansBetween(text, [0, ...cuts, text.length]);
  if (options.subSentences) {
    spans = spans.flatMap((s) =>
      spansBetween(text, [s.start, ...clauseCuts(s.text, lang).map((c) => s.start + c), s.end]),
    );
  }
  return spans;
}

export function segmentSentences(text: string, lang: Lang, options: SegmentOptions = {}): string[] {
  return segmentParagraph(text, lang, options).map((s) => s.text);
}

/** Trimmed, non-empty spans between consecutive cut offsets. */
function spansBetween(text: string, cuts: number[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    let start = cuts[k];
    let end = cuts[k + 1];
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start < end) spans.push({ start, end, text: text.slice(start, end) });
  }
  return spans;
}
