import { alignDocument } from "@/lib/align";
import { segmentParagraph } from "@/lib/segment";
import type { AlignedText } from "./article";

/** The paragraphs of an article, all the aligner needs: plain strings, so they cross to a worker thread. */
export interface AlignJob {
  en: string[];
  zh: string[];
}

/** Segments each paragraph into sentences and aligns the article once (rows and sentence links). */
export function alignArticle(job: AlignJob): AlignedText {
  const en = job.en.map((text) => segmentParagraph(text, "en"));
  const zh = job.zh.map((text) => segmentParagraph(text, "zh"));
  const { sentences, paragraphs, mode } = alignDocument(
    en.map((spans) => spans.map((s) => s.text)),
    zh.map((spans) => spans.map((s) => s.text)),
  );
  return { en, zh, sentences, paragraphs, mode };
}
