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
    const identity = articleIdentity(article.en.date, article.en.title, article.zh.title);
    copies.set(identity, [...(copies.get(identity) ?? []), article]);
  }
  for (const group of copies.values()) problems.push(...duplicateProblems(group.map((article) => article.file)));
  const unique = [...copies.values()].map((group) => group[0]);

  const bySlug = new Map<string, ParsedArticle[]>();
  for (const article of unique) {
    const slug = slugify(article.en.date, article.en.title);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), article]);
  }
  const taken = new Set(bySlug.keys());
  const slugOf = new Map<ParsedArticle, string>();
  for (const [base, group] of bySlug) {
    const slugs = groupSlugs(base, group.map((a) => ({ enTitle: a.en.title, zhTitle: a.zh.title })), (slug) => taken.has(slug));
    group.forEach((article, i) => {
      taken.add(slugs[i]);
      slugOf.set(article, slugs[i]);
    });
  }
  return { articles: unique.map((article) => ({ ...article, slug: slugOf.get(article)! })), problems };
}

/** What makes two files the same article: date, English title and Chinese title. */
export const articleIdentity = (date: string, enTitle: string, zhTitle: string) => [date, enTitle, zhTitle].join("\u0000");

/** The "duplicate article" problem of each of several files that hold the same article (none for one file). */
export function duplicateProblems(files: readonly string[]): ContentProblem[] {
  if (files.length < 2) return [];
  return files.map((file) => ({
    file,
    line: 1,
    message: `duplicate article: same date, English title and Chinese title as ${files.filter((other) => other !== file).join(", ")}`,
  }));
}

/**
 * The slugs of the articles whose plain slug is `base`, given in file-name order: the first keeps
 * it, each other one gets "-" + shortHash(titles), and "-2", "-3", … while that is `taken` (another
 * article's plain slug) or given to an earlier one of the group. The policy above; used by the
 * check and, group by group, by the database build.
 */
export function groupSlugs(base: string, group: readonly { enTitle: string; zhTitle: string }[], taken: (slug: string) => boolean): string[] {
  const given = new Set<string>();
  return group.map((article, i) => {
    if (i === 0) {
      given.add(base);
      return base;
    }
    const suffixed = `${base}-${shortHash(`${article.enTitle}\n${article.zhTitle}`)}`;
    let slug = suffixed;
    for (let n = 2; taken(slug) || given.has(slug); n++) slug = `${suffixed}-${n}`;
    given.add(slug);
    return slug;
  });
}
