import type { ParsedArticle } from "./types";
import { seededRandom } from "../seeded-random";

/**
 * Test archives for benchmarks: perturbed copies of the seed articles, written in the content
 * format. Pure and deterministic (a seeded generator), so a benchmark is repeatable; every copy
 * differs in text from every other (a numbered closing sentence on both sides, a paragraph pair
 * sometimes dropped), so the alignment cache cannot reuse one article's alignment for another.
 *
 * With `distinct` set, only the first `distinct` copies are new text: copy i after them repeats
 * the body of copy i mod `distinct` under a title and a date of its own (dates spread over
 * 1946–2025), so a build of a very large archive aligns `distinct` articles and finds the rest in
 * the alignment cache: it measures everything but alignment at full size.
 */


const COLUMNS = ["", "", "", "", "经济", "读者来信", "国际", "社论"];
const FIRST_DAY = Date.UTC(1950, 0, 1);
const DAYS = 3652; // 1950-01-01 to 1959-12-31
/** Dates of the repeated copies: the paper's whole run, 1946-01-01 to 2025-12-31. */
const REPEAT_FIRST_DAY = Date.UTC(1946, 0, 1);
const REPEAT_DAYS = 29220;

export interface GeneratedFile {
  name: string;
  text: string;
}

interface Body {
  seed: ParsedArticle;
  en: string[];
  zh: string[];
}

/** The body of the `i`-th copy (0-based) of a seed: a paragraph pair sometimes dropped, a numbered closing sentence. */
function perturbedBody(seed: ParsedArticle, i: number, random: () => number): Body {
  const pairs = Math.min(seed.enParagraphs.length, seed.zhParagraphs.length);
  // Drop one paragraph pair from half of the copies that have more than two.
  const drop = pairs > 2 && random() < 0.5 ? Math.floor(random() * pairs) : -1;
  const keep = (_: unknown, k: number) => k !== drop && k < pairs;
  const en = seed.enParagraphs.filter(keep).map((p) => p.text);
  const zh = seed.zhParagraphs.filter(keep).map((p) => p.text);
  en[en.length - 1] += ` (Archive copy ${i + 1}.)`;
  zh[zh.length - 1] += `（档案副本第${i + 1}份。）`;
  return { seed, en, zh };
}

/** The `i`-th copy (0-based) as file text: a body under its own title, date, page and column. */
function articleText({ seed, en, zh }: Body, i: number, random: () => number, days = { first: FIRST_DAY, count: DAYS }): string {
  const date = new Date(days.first + Math.floor(random() * days.count) * 86_400_000).toISOString().slice(0, 10);
  const page = String(1 + Math.floor(random() * 8));
  const column = COLUMNS[Math.floor(random() * COLUMNS.length)];
  const n = i + 1;
  return [
    `Title: Copy ${n}: ${seed.en.title}`,
    "Author:",
    `Date: ${date}`,
    `Page: ${page}`,
    ...(i % 50 === 0 ? ["Note: generated test copy"] : []),
    "",
    ...en.flatMap((text) => [text, ""]),
    "<hr />",
    "",
    "Original:",
    "",
    `### ${seed.zh.title}（副本${n}）`,
    "",
    date,
    `第${page}版()`,
    `专栏：${column}`,
    "",
    ...zh.map((text) => `    ${text}`),
    "",
  ].join("\n");
}

/** `count` files named archive-00001.txt …, cycling through the seeds, one at a time. */
export function* generateArchive(seeds: ParsedArticle[], count: number, seed = 1, options: { distinct?: number } = {}): Generator<GeneratedFile> {
  if (seeds.length === 0) throw new Error("no seed articles to copy");
  const random = seededRandom(seed);
  const width = Math.max(5, String(count).length);
  const distinct = Math.min(count, options.distinct ?? count);
  const bodies: Body[] = [];
  for (let i = 0; i < count; i++) {
    const repeat = i >= distinct;
    const body = repeat ? bodies[i % distinct] : perturbedBody(seeds[i % seeds.length], i, random);
    if (!repeat && distinct < count) bodies.push(body);
    const text = repeat ? articleText(body, i, random, { first: REPEAT_FIRST_DAY, count: REPEAT_DAYS }) : articleText(body, i, random);
    yield { name: `archive-${String(i + 1).padStart(width, "0")}.txt`, text };
  }
}
