/**
 * Word data for learners: each Chinese sentence cut into dictionary words, with pinyin and the
 * CC-CEDICT senses of each word. Pure: the segmenter, the dictionary and the pinyin function are
 * passed in (lib/words/load.ts builds them at build time), and the result is plain JSON, written
 * per article by scripts/build-data.ts and fetched by the page only when a reader asks for it.
 */

/** One CC-CEDICT reading of a word: its pinyin (tone marks) and senses. */
export interface Reading {
  pinyin: string;
  senses: string[];
}

export interface WordEntry {
  /** Pinyin of the word in this text (tone marks, syllables separated by spaces), for ruby. */
  pinyin: string;
  /** Dictionary readings; empty when CC-CEDICT has no entry (a name, a rare compound). */
  readings: Reading[];
  /** HSK 2.0 level (1–6) when the word is on the list (lib/words/hsk.ts). */
  hsk?: number;
}

export interface ArticleWords {
  /**
   * Per Chinese sentence id: [start, end, word, pinyin] of each Chinese word, offsets into the
   * sentence text, pinyin as read in this sentence (lib/words/pinyin.ts).
   */
  sentences: Record<string, [number, number, string, string][]>;
  /** Every word of the article once. */
  entries: Record<string, WordEntry>;
}

export interface WordDictionary {
  lookup(word: string): Reading[] | undefined;
}

import { wordsPinyin } from "./pinyin";

const HAN = /^[\p{Script=Han}〇]+$/u;
/** Longest dictionary word tried when a segment has no entry of its own. */
const MAX_WORD = 8;
/** Senses kept per reading, and readings per word: enough for a popover. */
const MAX_SENSES = 5;
const MAX_READINGS = 3;

/** A segment CC-CEDICT lacks, cut into the longest dictionary words from the left (single characters last). */
export function splitUnknown(token: string, dictionary: WordDictionary): string[] {
  const chars = [...token];
  const words: string[] = [];
  for (let i = 0; i < chars.length; ) {
    let length = Math.min(MAX_WORD, chars.length - i);
    while (length > 1 && !dictionary.lookup(chars.slice(i, i + length).join(""))) length--;
    words.push(chars.slice(i, i + length).join(""));
    i += length;
  }
  return words;
}

/** The Chinese words of a text with their offsets (UTF-16, as the page's strings); other characters are skipped. */
export function wordsOf(text: string, segment: (text: string) => string[], dictionary: WordDictionary): [number, number, string][] {
  const out: [number, number, string][] = [];
  let at = 0;
  for (const token of segment(text)) {
    const start = text.indexOf(token, at);
    if (start < 0) continue;
    at = start + token.length;
    if (!HAN.test(token)) continue;
    let offset = start;
    for (const word of dictionary.lookup(token) ? [token] : splitUnknown(token, dictionary)) {
      out.push([offset, offset + word.length, word]);
      offset += word.length;
    }
  }
  return out;
}

/**
 * The article's word data. `syllablesOf(text)` reads a whole sentence (one syllable per UTF-16
 * offset, "" where none): each word's pinyin is its reading in that sentence, and the entry's
 * pinyin is the word's reading where it first occurs.
 */
export function articleWords(
  sentences: { id: string; text: string }[],
  segment: (text: string) => string[],
  dictionary: WordDictionary,
  syllablesOf: (text: string) => string[],
  markSense: (sense: string) => string = (sense) => sense,
  hskLevel: (word: string) => number | undefined = () => undefined,
): ArticleWords {
  const result: ArticleWords = { sentences: {}, entries: {} };
  for (const { id, text } of sentences) {
    const words = wordsOf(text, segment, dictionary);
    const pinyins = wordsPinyin(words, syllablesOf(text), (word) => {
      const readings = dictionary.lookup(word);
      return readings?.length === 1 ? readings[0].pinyin : undefined;
    });
    result.sentences[id] = words.map(([start, end, word], i) => [start, end, word, pinyins[i]]);
    words.forEach(([, , word], i) => {
      if (result.entries[word]) return;
      const readings = (dictionary.lookup(word) ?? [])
        .slice(0, MAX_READINGS)
        .map((r) => ({ pinyin: r.pinyin, senses: r.senses.slice(0, MAX_SENSES).map(markSense) }));
      const hsk = hskLevel(word);
      result.entries[word] = hsk ? { pinyin: pinyins[i], readings, hsk } : { pinyin: pinyins[i], readings };
    });
  }
  return result;
}

/**
 * CC-CEDICT writes the pinyin inside its senses with tone numbers ("see 了[le5]", "CL:個|个[ge4]"):
 * each bracketed reading through `toMarks`, so the card has one style throughout.
 */
export function markSensePinyin(sense: string, toMarks: (numbered: string) => string): string {
  return sense.replace(/\[([A-Za-z:ü ]*[1-5][A-Za-z:ü1-5 ]*)\]/g, (_, numbered: string) => `[${toMarks(numbered)}]`);
}

/**
 * English words that a word's senses name, for marking them in the counterpart: lower-cased
 * content words of the senses (parenthetical notes, "CL:" lines and short function words left out).
 */
export function senseKeywords(entry: WordEntry): string[] {
  const stop = new Set("the a an of to in on at for by with and or as be is are was were it its from that this one sb sth".split(" "));
  const words = new Set<string>();
  for (const reading of entry.readings) {
    for (const sense of reading.senses) {
      if (/^(CL:|surname|variant of|see |used in|abbr\.)/i.test(sense)) continue;
      for (const word of sense.replace(/\([^)]*\)|\[[^\]]*\]/g, " ").toLowerCase().match(/[a-z]+/g) ?? []) {
        if (word.length >= 3 && !stop.has(word)) words.add(word);
      }
    }
  }
  return [...words];
}

/** Whether an English word of the text matches a sense keyword, allowing plural and verb endings. */
export function matchesKeyword(word: string, keywords: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  if (keywords.has(w)) return true;
  for (const suffix of ["s", "es", "ed", "d", "ing", "ly"]) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix) && keywords.has(w.slice(0, -suffix.length))) return true;
  }
  return w.endsWith("ies") && keywords.has(`${w.slice(0, -3)}y`);
}
