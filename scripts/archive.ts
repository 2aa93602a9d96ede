/**
 * Edge module shared by build-data and review: loads content/ and its corrections files, checks
 * them, and aligns every article (pinned links as fixed constraints), from the alignment cache
 * where the text, the pins and the aligner are unchanged.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadContent } from "@/lib/content/load";
import type { Article, ContentProblem } from "@/lib/content/types";
import { alignWithPins, articleCorrections, segmentArticle, type ResolvedPin } from "@/lib/corrections";
import { toSiteArticle, type AlignedText, type SiteArticle } from "@/lib/site/article";
import {
  alignerVersion,
  alignmentKey,
  correctionsVersion,
  pruneAlignments,
  readCachedAlignment,
  writeCachedAlignment,
} from "@/lib/site/alignment-cache";

// The aligner's own source, wherever the script is run from (tests run it in a temporary folder).
export const repoRoot = fileURLToPath(new URL("..", import.meta.url));

export interface Archive {
  /** Content and corrections errors; when there are any, nothing was aligned. */
  problems: ContentProblem[];
  /** Pins that moved with their text (the line should be updated); the build goes on. */
  warnings: ContentProblem[];
  articles: SiteArticle[];
  version: string;
  aligned: number;
  cached: number;
  pinned: number;
  seconds: number;
}

function align(article: Article, spans: ReturnType<typeof segmentArticle>, pins: readonly ResolvedPin[]): AlignedText {
  const { sentences, paragraphs, mode } = alignWithPins(
    spans.en.map((p) => p.map((s) => s.text)),
    spans.zh.map((p) => p.map((s) => s.text)),
    pins,
  );
  return { ...spans, sentences, paragraphs, mode };
}

export function prepareArchive(root: string): Archive {
  const contentDir = path.join(root, "content");
  const cacheDir = path.join(root, ".cache", "alignments");
  const { articles, problems, links } = loadContent(contentDir);
  const linksOf = new Map(links.map((l) => [l.article, l]));
  const warnings: ContentProblem[] = [];

  // Corrections are checked against the sentences, so articles with a .links file are segmented first.
  const corrections = new Map<string, { spans: ReturnType<typeof segmentArticle>; pins: ResolvedPin[] }>();
  for (const article of articles) {
    const file = linksOf.get(article.file);
    if (!file) continue;
    const spans = segmentArticle(article);
    const checked = articleCorrections(file, spans);
    problems.push(...checked.problems);
    warnings.push(...checked.warnings);
    corrections.set(article.file, { spans, pins: checked.pins });
  }
  const empty = { problems, warnings, articles: [], version: "", aligned: 0, cached: 0, pinned: 0, seconds: 0 };
  if (problems.length > 0) return empty;

  const version = alignerVersion(repoRoot);
  const pinsVersion = correctionsVersion(repoRoot);
  const keys = new Set<string>();
  let aligned = 0;
  let cached = 0;
  let pinned = 0;
  const started = performance.now();
  const siteArticles = articles.map((article) => {
    const corrected = corrections.get(article.file);
    const pins = corrected?.pins ?? [];
    pinned += pins.length;
    const key = alignmentKey(
      article.enParagraphs.map((p) => p.text),
      article.zhParagraphs.map((p) => p.text),
      version,
      { version: pinsVersion, pins },
    );
    keys.add(key);
    let text = readCachedAlignment(cacheDir, key);
    if (text) {
      cached++;
    } else {
      text = align(article, corrected?.spans ?? segmentArticle(article), pins);
      writeCachedAlignment(cacheDir, key, version, text);
      aligned++;
    }
    return toSiteArticle(article, text, version);
  });
  pruneAlignments(cacheDir, keys);
  const seconds = (performance.now() - started) / 1000;
  return { problems, warnings, articles: siteArticles, version, aligned, cached, pinned, seconds };
}
