import type { Article, ContentProblem, ParsedArticle } from "./types";

/** Longest title part of a slug, in characters after "YYYY-MM-DD-"; cut at a word boundary. */
export const MAX_TITLE_SLUG_LENGTH = 50;

// A cut title should not end mid-phrase on a function word ("...-leap-forward-in-the").
const TRAILING_FUNCTION_WORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"]);

// Letters NFKD does not decompose into ASCII plus a combining mark.
const LETTER_FOLDS: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ð: "d", ł: "l", þ: "th", ı: "i" };

function capAtWordBoundary(words: string, max: number): string {
  if (words.length <= max) return words;
  const cut = words.lastIndexOf("-", max);
  if (cut <= 0) return words.slice(0, max);
  const kept = words.slice(0, cut).split("-");
  while (kept.length > 1 && TRAILING_FUNCTION_WORDS.has(kept[kept.length - 1])) kept.pop();
  return kept.join("-");
}

/** "1958-08-04" + "Output Value Increases by 40%" → "1958-08-04-output-value-increases-by-40". */
export function slugify(date: string, englishTitle: string): string {
  const words = englishTitle
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (letter) => LETTER_FOLDS[letter])
    .replace(/&/g, " and ")
    // Apostrophes and % belong to the word they touch: "nation's" → "nations", "40%" → "40".
    .replace(/['’‘%]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const title = capAtWordBoundary(words, MAX_TITLE_SLUG_LENGTH);
  return title ? `${date}-${title}` : date;
}

/** Six base-36 characters of the 32-bit FNV-1a hash of the UTF-8 text: short, stable across runtimes. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** 6).toString(36).padStart(6, "0");
}

/*
 * Slug policy, chosen so that a slug depends only on the article's own date and titles:
 * - The slug is slugify(English date, English title).
 * - When several articles get the same slug (same date and English title, or titles that agree up to
 *   the length cap), the one whose file name sorts first keeps the plain slug; each other one gets
 *   "-" + shortHash(English title + newline + Chinese title). That suffix never changes while date and
 *   titles stay the same. (Limitation: an article keeps its plain slug only while no colliding file
 *   with an earlier-sorting name is added; file names in content/ grow with arrival, so the older
 *   article keeps it.)
 * - If date, English title and Chinese title are all identical the files are the same article twice:
 *   a "duplicate article" problem on every copy, naming the other copies; only the first is published.
 * - Should a suffixed slug still clash (a hash collision, or another article's plain slug), "-2",
 *   "-3", … is appended in file-name order, so the result is deterministic whatever the input order.
 */
export function assignSlugs(parsed: ParsedArticle[]): { articles: Article[]; problems: ContentProblem[] } {
  const byFile = [...parsed].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const problems: ContentProblem[] = [];

  const copies = new Map<string, ParsedArticle[]>();
  for (const article of byFile) {
    const identity = [article.en.date, article.en.title, article.zh.title].join("\u0000");
    copies.set(identity, [...(copies.get(identity) ?? []), article]);
  }
  for (const group of copies.values()) {
    if (group.length < 2) continue;
    for (const article of group) {
      const others = group.filter((other) => other !== article).map((other) => other.file);
      problems.push({
        file: article.file,
        line: 1,
        message: `duplicate article: same date, English title and Chinese title as ${others.join(", ")}`,
      });
    }
  }
  const unique = [...copies.values()].map((group) => group[0]);

  const bySlug = new Map<string, ParsedArticle[]>();
  for (const article of unique) {
    const slug = slugify(article.en.date, article.en.title);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), article]);
  }
  const taken = new Set(bySlug.keys());
  const slugOf = new Map<ParsedArticle, string>();
  for (const [slug, group] of bySlug) slugOf.set(group[0], slug);
  for (const article of unique) {
    if (slugOf.has(article)) continue;
    const base = `${slugify(article.en.date, article.en.title)}-${shortHash(`${article.en.title}\n${article.zh.title}`)}`;
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugOf.set(article, slug);
  }

  return { articles: unique.map((article) => ({ ...article, slug: slugOf.get(article)! })), problems };
}
