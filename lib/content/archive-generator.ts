import type { ParsedArticle } from "./types";
import { seededRandom } from "../seeded-random";

/**
 * Test archives for benchmarks: perturbed copies of the seed articles, written in the content
 * format. Pure and deterministic (a seeded generator), so a benchmark is repeatable; every copy
 * differs in text from every other (a numbered closing sentence on both sides, a paragraph pair
 * sometimes dropped), so the alignment cache cannot reuse one article's alignment for another.
 */


const COLUMNS = ["", "", "", "", "经济", "读者来信", "国际", "社论"];
const FIRST_DAY = Date.UTC(1950, 0, 1);
const DAYS = 3652; // 1950-01-01 to 1959-12-31

export interface GeneratedFile {
  name: string;
  text: string;
}

/** The `i`-th copy (0-based) of a seed, as file text. */
export function perturbedCopy(seed: ParsedArticle, i: number, random: () => number): string {
  const date = new Date(FIRST_DAY + Math.floor(random() * DAYS) * 86_400_000).toISOString().slice(0, 10);
  const page = String(1 + Math.floor(random() * 8));
  const column = COLUMNS[Math.floor(random() * COLUMNS.length)];
  const pairs = Math.min(seed.enParagraphs.length, seed.zhParagraphs.length);
  // Drop one paragraph pair from half of the copies that have more than two.
  const drop = pairs > 2 && random() < 0.5 ? Math.floor(random() * pairs) : -1;
  const keep = (_: unknown, k: number) => k !== drop && k < pairs;
  const en = seed.enParagraphs.filter(keep).map((p) => p.text);
  const zh = seed.zhParagraphs.filter(keep).map((p) => p.text);
  const n = i + 1;
  en[en.length - 1] += ` (Archive copy ${n}.)`;
  zh[zh.length - 1] += `（档案副本第${n}份。）`;
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

/** `count` files named archive-00001.txt …, cycling through the seeds. */
export function generateArchive(seeds: ParsedArticle[], count: number, seed = 1): GeneratedFile[] {
  if (seeds.length === 0) throw new Error("no seed articles to copy");
  const random = seededRandom(seed);
  const width = Math.max(5, String(count).length);
  return Array.from({ length: count }, (_, i) => ({
    name: `archive-${String(i + 1).padStart(width, "0")}.txt`,
    text: perturbedCopy(seeds[i % seeds.length], i, random),
  }));
}
