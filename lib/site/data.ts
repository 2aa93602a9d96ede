import { readFileSync } from "node:fs";
import path from "node:path";
import type { SiteArticle, SiteArticleSummary } from "./article";
import { neighbourLookup, type Neighbours } from "./archive";

/**
 * Edge module: the app's only way to content. Reads the JSON that `scripts/build-data.ts` wrote,
 * so the parser and the aligner (jieba, dictionaries) stay out of Next's bundle.
 */

export const GENERATED_DIR = ".generated";

let index: SiteArticleSummary[] | undefined;
const articles = new Map<string, SiteArticle>();
// Under `next dev` the data may change while the server runs (edit mode re-aligns an article and
// rewrites .generated/), so articles are read afresh on every request; a build reads each once.
const keepArticles = process.env.NODE_ENV === "production";

function readJson<T>(...segments: string[]): T {
  const file = path.join(process.cwd(), GENERATED_DIR, ...segments);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch (error) {
    throw new Error(`cannot read ${file} (run \`npm run build\`, which generates it): ${(error as Error).message}`);
  }
}

/** Every article, newest first. */
export function getArticleIndex(): SiteArticleSummary[] {
  index ??= readJson<SiteArticleSummary[]>("articles.json");
  return index;
}

let slugSet: Set<string> | undefined;
const slugs = () => (slugSet ??= new Set(getArticleIndex().map((a) => a.slug)));

/** The article with this slug, or null when there is none. Only slugs from the index touch the file system. */
export function getArticle(slug: string): SiteArticle | null {
  if (!slugs().has(slug)) return null;
  let article = articles.get(slug);
  if (!article) {
    article = readJson<SiteArticle>("articles", `${slug}.json`);
    if (keepArticles) articles.set(slug, article);
  }
  return article;
}

let neighbours: ((slug: string) => Neighbours) | undefined;

/** The articles just older and just newer than this one. */
export function getNeighbours(slug: string): Neighbours {
  neighbours ??= neighbourLookup(getArticleIndex());
  return neighbours(slug);
}
