import type { Article, ContentProblem } from "@/lib/content/types";
import { segmentParagraph } from "@/lib/segment";
import type { SentenceSpan } from "@/lib/segment/types";
import { parseLinks } from "./parse";
import { resolvePins, type ResolvedPin } from "./resolve";

/** Sentence spans of each paragraph, both languages: what the build aligns and the ids number. */
export function segmentArticle(article: Pick<Article, "enParagraphs" | "zhParagraphs">): { en: SentenceSpan[][]; zh: SentenceSpan[][] } {
  return {
    en: article.enParagraphs.map((p) => segmentParagraph(p.text, "en")),
    zh: article.zhParagraphs.map((p) => segmentParagraph(p.text, "zh")),
  };
}

export interface ArticleCorrections {
  pins: ResolvedPin[];
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

/** Parses and checks an article's corrections file against its sentences. */
export function articleCorrections(
  links: { file: string; text: string },
  spans: { en: SentenceSpan[][]; zh: SentenceSpan[][] },
): ArticleCorrections {
  const parsed = parseLinks(links.file, links.text);
  const resolved = resolvePins(links.file, parsed.pins, spans.en.flat().map((s) => s.text), spans.zh.flat().map((s) => s.text));
  const problems = [...parsed.problems, ...resolved.problems].sort((a, b) => a.line - b.line);
  return { pins: resolved.pins, problems, warnings: resolved.warnings };
}
