// Edge module: the file system side of corrections, shared by `npm run pin` and edit mode's
// development route. Everything it decides is in the pure modules beside it.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { decodeUtf8 } from "@/lib/content/decode";
import { parseArticle } from "@/lib/content/parse";
import type { ContentProblem } from "@/lib/content/types";
import { segmentArticle } from "./article";

/** `content/x.txt` → `content/x.links`: the corrections file beside an article file. */
export const linksFileOf = (articleFile: string) => `${articleFile.replace(/\.[^./]*$/, "")}.links`;

/**
 * The article's sentences as the build numbers and hashes them (flattened, document order), read
 * from its file; or the file's problems (`file:line`), e.g. when it no longer parses.
 */
export function readArticleSentences(articleFile: string): { ok: true; en: string[]; zh: string[] } | { ok: false; problems: ContentProblem[] } {
  const decoded = decodeUtf8(articleFile, readFileSync(articleFile));
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const parsed = parseArticle(articleFile, decoded.text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const spans = segmentArticle(parsed.article);
  return { ok: true, en: spans.en.flat().map((s) => s.text), zh: spans.zh.flat().map((s) => s.text) };
}

/** The corrections file's text; "" when there is none. */
export const readLinks = (linksFile: string) => (existsSync(linksFile) ? readFileSync(linksFile, "utf8") : "");

/** Writes the corrections file; an empty text removes it, so an article without pins has none. */
export function writeLinks(linksFile: string, text: string): void {
  if (text === "") rmSync(linksFile, { force: true });
  else writeFileSync(linksFile, text);
}
