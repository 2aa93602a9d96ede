/**
 * English sentence boundaries. A sentence ends at a run of `.?!…` plus any closing quotes and
 * brackets, when whitespace follows and the next word can start a sentence. A lone `.` is first
 * checked against abbreviations, initials, enumerators and numbers.
 */

const TERMINATOR = /[.?!…]/;
const CLOSER = /["'”’)\]}»]/;
const OPENER = /["'“‘(\[{«¿¡]/;
const SENTENCE_INITIAL = /[\p{Lu}\p{Lt}\p{N}\p{Lo}$£€¥#]/u;
const WORD = /^[\p{L}\p{N}'’-]+/u;
const QUOTE = /["'”’»]/;

/** Followed by a name or a word, never by the end of a sentence. */
const TITLES = new Set([
  "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "st", "mt", "ft", "fr", "gen", "col",
  "maj", "capt", "lt", "sgt", "cmdr", "adm", "rev", "hon", "sen", "rep", "gov", "pres", "supt",
]);

/** Always mid-sentence: they introduce or compare what follows. */
const LATIN = new Set(["e.g", "i.e", "cf", "viz", "vs", "v", "approx", "incl", "esp", "resp", "ca"]);

/** Abbreviations that stand before a number: `No. 3`, `p. 12`, `Jan. 5`. */
const BEFORE_NUMBER = new Set([
  "no", "nos", "vol", "vols", "p", "pp", "art", "arts", "fig", "figs", "ch", "chap", "sec", "para",
  "op", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/**
 * Closed-class words that typically open a sentence. After an initial or a dotted acronym
 * (`U.S.`, `J.`), a capitalised word is usually a name, so a boundary is only taken when the
 * next word is one of these.
 */
const SENTENCE_OPENERS = new Set([
  "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i",
  "you", "his", "her", "their", "our", "my", "there", "here", "in", "on", "at", "by", "for", "from",
  "with", "after", "before", "during", "since", "as", "if", "when", "while", "but", "and", "or",
  "so", "yet", "however", "meanwhile", "then", "thus", "also", "although", "though", "because",
  "what", "who", "why", "how", "where", "which", "some", "many", "most", "all", "each", "every",
  "both", "according", "other", "such", "today", "yesterday",
]);

/** Reporting verbs: `"Why?" John asked.` continues the sentence after the quote. */
const SPEECH_VERBS = new Set([
  "said", "says", "asked", "asks", "replied", "replies", "answered", "answers", "cried", "shouted",
  "whispered", "exclaimed", "added", "continued", "muttered", "murmured", "called", "yelled",
  "screamed", "repeated", "remarked", "explained", "insisted", "demanded",
]);

/** Offsets at which a new sentence begins (each > 0, ascending). */
export function englishSentenceCuts(text: string): number[] {
  const cuts: number[] = [];
  let unitStart = 0;
  let i = 0;
  while (i < text.length) {
    if (!TERMINATOR.test(text[i])) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < text.length && TERMINATOR.test(text[i])) i++;
    const runEnd = i;
    while (i < text.length && CLOSER.test(text[i])) i++;
    const closers = text.slice(runEnd, i);
    let next = i;
    while (next < text.length && /\s/.test(text[next])) next++;
    // A sentence end needs whitespace after it; the paragraph end is a boundary anyway.
    if (next === i || next === text.length) continue;
    if (endsSentence(text, unitStart, runStart, runEnd, closers, next)) {
      cuts.push(i);
      unitStart = next;
    }
  }
  return cuts;
}

function endsSentence(
  text: string,
  unitStart: number,
  runStart: number,
  runEnd: number,
  closers: string,
  next: number,
): boolean {
  if (!startsSentence(text, next)) return false;
  const following = wordsAt(text, next, 4);
  const run = text.slice(runStart, runEnd);
  // After `?"` or `!"` a capitalised reporting clause still belongs to the sentence; after `."`
  // it does not (English puts a comma there when the quote is part of the sentence).
  if (/[?!]/.test(run) && QUOTE.test(closers) && isSpeechTag(following)) return false;
  if (run !== ".") return true;

  // A lone period: is the word before it an abbreviation, an initial or an enumerator?
  if (closers === "" && isEnumerator(text.slice(unitStart, runStart))) return false;
  const word = wordBefore(text, runStart);
  const lower = word.toLowerCase();
  if (TITLES.has(lower) || LATIN.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower) && /^[(\[]?\p{N}/u.test(text.slice(next))) return false;
  if (isInitialLike(word, text, runStart)) {
    const first = following[0];
    return first !== undefined && first.opener && SENTENCE_OPENERS.has(first.word.toLowerCase());
  }
  return true;
}

function startsSentence(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && OPENER.test(text[k])) k++;
  return k < text.length && SENTENCE_INITIAL.test(text[k]);
}

/** The token just before `at`, without leading quotes or brackets: `U.S`, `Mr`, `4.33`. */
function wordBefore(text: string, at: number): string {
  let k = at;
  while (k > 0 && !/\s/.test(text[k - 1])) k--;
  return text.slice(k, at).replace(/^[^\p{L}\p{N}]+/u, "");
}

/** Single letters (`J.`), dotted acronyms (`U.S.`, `p.m.`), `et al.`, `Jr.`, `Sr.`. */
function isInitialLike(word: string, text: string, periodAt: number): boolean {
  if (/^\p{L}$/u.test(word)) return true;
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word)) return true;
  if (/^(jr|sr)$/i.test(word)) return true;
  return word === "al" && /\bet\s+al$/.test(text.slice(Math.max(0, periodAt - 6), periodAt));
}

/** `1`, `iv`, `(a)` alone before the period: a list marker, not a sentence. */
function isEnumerator(unitSoFar: string): boolean {
  return /^[(\[]?(?:\p{N}{1,3}|[ivxlcdm]{1,6}|\p{L})[)\]]?$/iu.test(unitSoFar.trim());
}

interface FollowingWord {
  word: string;
  /** Not itself an initial (`A.`), so it can open a sentence. */
  opener: boolean;
  /** Punctuation right after the word ends the reporting clause. */
  punctuated: boolean;
}

function wordsAt(text: string, at: number, count: number): FollowingWord[] {
  const words: FollowingWord[] = [];
  let k = at;
  while (k < text.length && OPENER.test(text[k])) k++;
  while (words.length < count && k < text.length) {
    const match = WORD.exec(text.slice(k));
    if (!match) break;
    k += match[0].length;
    const after = text[k] ?? "";
    words.push({ word: match[0], opener: after !== ".", punctuated: after !== "" && !/\s/.test(after) });
    if (words[words.length - 1].punctuated) break;
    while (k < text.length && /\s/.test(text[k])) k++;
  }
  return words;
}

/** `John asked`, `said the old man`: a short reporting clause right after a quotation. */
function isSpeechTag(words: FollowingWord[]): boolean {
  return words.slice(0, 3).some((w) => SPEECH_VERBS.has(w.word.toLowerCase()));
}
