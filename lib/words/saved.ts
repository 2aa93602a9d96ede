/**
 * The learner's saved words, kept in the browser (localStorage), exported as a TSV file that Anki
 * imports as notes (File → Import: tab-separated, fields in this order, "#" lines are comments)
 * and read back from such a file. Pure: the storage and the file are at the edges (words-dom.ts,
 * LearnControls.tsx).
 */

export interface SavedWord {
  word: string;
  pinyin: string;
  /** CC-CEDICT senses, joined with "; ". */
  senses: string;
  /** The Chinese sentence the word was saved from, and its English counterpart. */
  sentence: string;
  translation: string;
}

export const SAVED_WORDS_KEY = "parallel-reader:saved-words";
const FIELDS = ["word", "pinyin", "senses", "sentence", "translation"] as const;

/** Tabs and line breaks would split a field: a space stands for them. */
const clean = (value: string) => value.replace(/[\t\r\n]+/g, " ").trim();

export function toAnkiTsv(words: readonly SavedWord[]): string {
  const head = ["#separator:tab", "#html:false", `#columns:${FIELDS.join("\t")}`];
  return [...head, ...words.map((w) => FIELDS.map((f) => clean(w[f])).join("\t"))].join("\n") + "\n";
}

/** Words from an exported file; a line that is not five tab-separated fields is named with its number. */
export function parseAnkiTsv(text: string, file = "saved words"): SavedWord[] {
  const words: SavedWord[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    const fields = line.split("\t");
    if (fields.length !== FIELDS.length) {
      throw new Error(`${file}, line ${i + 1}: expected ${FIELDS.length} tab-separated fields (${FIELDS.join(", ")}), found ${fields.length}`);
    }
    if (!fields[0].trim()) throw new Error(`${file}, line ${i + 1}: the word is empty`);
    words.push(Object.fromEntries(FIELDS.map((f, k) => [f, fields[k].trim()])) as unknown as SavedWord);
  });
  return words;
}

/** `more` added to `list`: a word saved from the same sentence is kept once (the newer copy). */
export function mergeSaved(list: readonly SavedWord[], more: readonly SavedWord[]): SavedWord[] {
  const key = (w: SavedWord) => `${w.word}\u0000${w.sentence}`;
  const byKey = new Map(list.map((w) => [key(w), w]));
  for (const w of more) byKey.set(key(w), w);
  return [...byKey.values()];
}

/** The stored list; anything unreadable is an empty list (storage is the reader's, not ours to trust). */
export function parseStored(stored: string | null): SavedWord[] {
  try {
    const value: unknown = JSON.parse(stored ?? "[]");
    if (!Array.isArray(value)) return [];
    return value.filter((w): w is SavedWord => !!w && typeof w === "object" && FIELDS.every((f) => typeof (w as Record<string, unknown>)[f] === "string"));
  } catch {
    return [];
  }
}

/** Words whose HSK 2.0 level is above `level` (off-list words count as above every level). */
export const aboveLevel = (hsk: number | undefined, level: number) => hsk === undefined || hsk > level;
