import { englishContentStems } from "./english";
import type { Lexicon } from "./lexicon";

/** Word segmentation of a Chinese sentence (jieba in production, anything in tests). */
export type Segmenter = (text: string) => string[];

/**
 * Particles, pronouns, prepositions, conjunctions, auxiliaries and localisers: the Chinese
 * counterparts of the English stop words, dropped so that both sides count the same kind of words.
 */
export const CHINESE_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    "的 地 得 之 了 着 过 们 和 与 及 以及 同 跟 或 或者 还是 而 而且 并 并且 且 就 都 也 又 还 才 即 " +
    "在 是 为 为了 对 对于 关于 向 往 从 自 自从 由 被 把 将 给 让 使 以 于 其 此 这 那 这些 那些 这个 那个 " +
    "这样 那样 这种 那种 这里 那里 哪 哪里 什么 怎么 怎样 个 等 等等 有 没有 没 不 要 会 能 能够 可以 可 " +
    "所 所以 因为 因此 但 但是 却 则 如果 虽然 即使 就是 很 最 更 太 啊 吗 呢 吧 嘛 呀 哦 啦 " +
    "我 你 您 他 她 它 我们 你们 他们 她们 它们 咱们 自己 大家 中 里 内 之中 之间 据 每 各 该 本 " +
    "一个 一些 一种 某 些 着呢 来 去 " +
    // Counterparts of English stop words: modals, quantifiers, "already", "only", "even", "again",
    // "after/before", "according to", "besides", "however", "so", intensifiers, concessives.
    "应该 应 应当 必须 已 已经 曾 曾经 许多 很多 多 有些 所有 其他 其它 另 另外 别的 各个 其中 " +
    "只 仅 仅仅 甚至 连 再 仍 仍然 依然 以后 之后 以前 之前 除 除了 以外 之外 还有 比 作为 根据 按照 依照 " +
    "然而 不过 可是 因而 于是 此外 而已 便 然后 非常 十分 相当 更加 极其 要是 假如 只要 除非 尽管 无论 不论 不管"
  ).split(" "),
);

/** A Chinese content word with the stem ids of its dictionary translations (never empty). */
export interface ZhWord {
  text: string;
  translations: Int32Array;
}

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /^[A-Za-z][A-Za-z'-]*$/;
// Digits, numeral characters and the percent construction; numbers have their own signal.
const NUMERAL_PARTS = /百分之|分之|[0-9０-９.．,，%％〇零一二三四五六七八九十百千万亿两点]/g;
const MAX_LOOKUP = 8;

/**
 * Content words of a Chinese sentence with their translations. Tokens the dictionary lacks are cut
 * greedily into the longest headwords it has; leftover single characters that stand next to each
 * other form one word whose translations are those of its characters (an unknown name or compound
 * then counts once, not once per character). Numerals, numeral+classifier tokens ("二十三个",
 * "一九五三年") and function words are skipped; words without any content translation are dropped.
 */
export function chineseContentWords(text: string, segment: Segmenter, lexicon: Lexicon): ZhWord[] {
  return chineseTokens(text, segment, lexicon).flatMap((t) => t.words);
}

/** A token of the segmenter with the content words it yields (none for function words and numerals). */
export interface ZhToken {
  text: string;
  words: readonly ZhWord[];
}

/**
 * The segmenter's tokens of a sentence, each with its dictionary content words (see
 * `chineseContentWords`). Tokens are what a translation model learned from the text pairs with
 * English words: a name the dictionary lacks (韦小宝) is one token, though its words are its pieces.
 */
export function chineseTokens(text: string, segment: Segmenter, lexicon: Lexicon): ZhToken[] {
  let memo = tokenMemos.get(lexicon);
  if (!memo) tokenMemos.set(lexicon, (memo = new Map()));
  const tokens: ZhToken[] = [];
  for (const token of segment(text)) {
    let words = memo.get(token);
    if (!words) memo.set(token, (words = tokenContentWords(token, lexicon)));
    tokens.push({ text: token, words });
  }
  return tokens;
}

// Tokens recur throughout a text, so their words are worked out once per lexicon.
const tokenMemos = new WeakMap<Lexicon, Map<string, ZhWord[]>>();

/** A Han token that is neither a function word nor only numerals: one a translation can render. */
export function isContentToken(token: string): boolean {
  return HAN.test(token) && !CHINESE_FUNCTION_WORDS.has(token) && token.replace(NUMERAL_PARTS, "").length > 0;
}

function tokenContentWords(token: string, lexicon: Lexicon): ZhWord[] {
  const words: ZhWord[] = [];
  if (!HAN.test(token)) {
    if (LATIN_WORD.test(token)) pushLatin(words, token, lexicon);
    return words;
  }
  if (CHINESE_FUNCTION_WORDS.has(token)) return words;
  const withoutNumerals = token.replace(NUMERAL_PARTS, "");
  if (withoutNumerals.length === 0) return words;
  const translations = lexicon.translations(token);
  if (translations) words.push({ text: token, translations });
  else if (withoutNumerals.length === token.length || withoutNumerals.length > 1) pushPieces(words, token, lexicon);
  return words;
}

function pushLatin(words: ZhWord[], token: string, lexicon: Lexicon): void {
  const ids = englishContentStems(token)
    .map((stem) => lexicon.stemId(stem))
    .filter((id): id is number => id !== undefined);
  if (ids.length > 0) words.push({ text: token, translations: Int32Array.from(ids) });
}

/** Forward maximum matching of an unknown token against the dictionary's headwords. */
export function maxMatch(token: string, lexicon: Lexicon): string[] {
  const chars = Array.from(token);
  const pieces: string[] = [];
  const longest = Math.min(MAX_LOOKUP, lexicon.maxWordLength);
  for (let start = 0; start < chars.length; ) {
    let length = Math.min(longest, chars.length - start);
    while (length > 1 && !lexicon.has(chars.slice(start, start + length).join(""))) length--;
    pieces.push(chars.slice(start, start + length).join(""));
    start += length;
  }
  return pieces;
}

function pushPieces(words: ZhWord[], token: string, lexicon: Lexicon): void {
  let run: string[] = [];
  const flushRun = () => {
    const ids = new Set<number>();
    for (const char of run) for (const id of lexicon.translations(char) ?? []) ids.add(id);
    if (ids.size > 0) words.push({ text: run.join(""), translations: Int32Array.from(ids) });
    run = [];
  };
  for (const piece of maxMatch(token, lexicon)) {
    const skipped = CHINESE_FUNCTION_WORDS.has(piece) || piece.replace(NUMERAL_PARTS, "").length === 0;
    if (!skipped && Array.from(piece).length === 1) {
      run.push(piece);
      continue;
    }
    flushRun();
    const translations = skipped ? undefined : lexicon.translations(piece);
    if (translations) words.push({ text: piece, translations });
  }
  flushRun();
}
