/**
 * Pinyin in context. pinyin-pro reads a whole sentence better than a word alone (了 after a verb
 * is "le", not the dictionary's "liǎo"), but it still misses the structural particles and the
 * measure word 只 that a newspaper uses on every page. So: the sentence's reading, character by
 * character, mapped back onto the segmenter's words, then a few rules for one-character words,
 * whose reading depends only on their neighbours. Checked against a gold list written by hand from
 * the seed articles (polyphones.gold.json, pinyin.test.ts).
 */

/** A word of a sentence: [start, end, word], UTF-16 offsets (lib/words/words.ts). */
export type WordSpan = [number, number, string];

/** After these, 只 counts animals and things (一只, 两只, 每只). */
const COUNTED = /[一二两三四五六七八九十百千万几每这那个数〇0-9０-９]$/u;
/** After these, 地 is the ground or a place (该地, 此地, 外地), not the adverbial particle. */
const PLACE = /^(该|此|本|外|各|全|某|两|当|原|产|基|耕|土|大|天|遍|满|就|落|实|陆|田|圆|高|内|异|山|平|盆|湿|草|营|墓|封|属|殖|根|圣|腹|境|领|阵|工|林|牧|荒|空)$/u;

/** The reading of a one-character word that its neighbours decide, or null to keep pinyin-pro's. */
export function particleReading(word: string, before: string | undefined, after: string | undefined): string | null {
  switch (word) {
    case "的":
      return "de";
    case "了":
      // Sentence-final or after a verb: the aspect particle. 了 alone as "to finish" (了不起,
      // 受不了) comes as a longer word from the segmenter.
      return "le";
    case "地":
      if (before && PLACE.test(before)) return "dì";
      // "X地 + verb": the particle; at the end of a clause or before a noun-like word it is a place.
      return before && after && /^[\p{Script=Han}]/u.test(after) ? "de" : "dì";
    case "得":
      // After a verb or adjective, the complement particle (开展得好); 得 + verb (得到) is a word of its own.
      return before && /^[\p{Script=Han}]/u.test(before) && !/[不只才方必]$/u.test(before) ? "de" : null;
    case "只":
      return before && COUNTED.test(before) ? "zhī" : "zhǐ";
    case "都":
      return "dōu";
    case "还":
      return "hái";
    default:
      return null;
  }
}

/** The words of the clause before word i (back to the nearest gap: punctuation or a space). */
function clauseBefore(words: WordSpan[], i: number): string[] {
  const out: string[] = [];
  for (let j = i - 1; j >= 0 && words[j][1] === words[j + 1][0]; j--) out.push(words[j][2]);
  return out;
}

/**
 * Each word's pinyin (syllables separated by spaces) from the sentence's character readings:
 * `syllables[i]` is the reading of the character at UTF-16 offset i ("" where none, and for the
 * second unit of a surrogate pair). `dictionaryReading` gives a word's reading when the dictionary
 * has exactly one.
 */
export function wordsPinyin(words: WordSpan[], syllables: string[], dictionaryReading: (word: string) => string | undefined = () => undefined): string[] {
  return words.map(([start, end, word], i) => {
    // A dictionary word with one reading (行业 is only háng yè) needs no context, and pinyin-pro's
    // own segmentation of the sentence may have cut it differently (结合行|业).
    if ([...word].length > 1) {
      const only = dictionaryReading(word);
      if (only) return only;
    }
    if (word === "为" && clauseBefore(words, i).includes("以")) return "wéi"; // 以…为…: "take … as"
    if ([...word].length === 1) {
      // Neighbours only when they touch: punctuation between ends the phrase.
      const before = words[i - 1]?.[1] === start ? words[i - 1][2] : undefined;
      const after = words[i + 1]?.[0] === end ? words[i + 1][2] : undefined;
      const reading = particleReading(word, before, after);
      if (reading) return reading;
    }
    return syllables.slice(start, end).filter(Boolean).join(" ");
  });
}
