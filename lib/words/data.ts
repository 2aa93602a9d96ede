import { readFileSync } from "node:fs";
import path from "node:path";
import { GENERATED_DIR } from "@/lib/site/data";
import type { ArticleWords } from "./words";

/** Edge module: the word data scripts/build-data.ts wrote for an article (the slug comes from the index). */
export function readArticleWords(slug: string): ArticleWords {
  return JSON.parse(readFileSync(path.join(process.cwd(), GENERATED_DIR, "words", `${slug}.json`), "utf8")) as ArticleWords;
}
