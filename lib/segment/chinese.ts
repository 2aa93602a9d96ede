/**
 * Chinese sentence boundaries. A sentence ends at a run of `。！？!?…` together with the closing
 * quotes and brackets that follow it; Chinese has no abbreviation periods, so the only exceptions
 * are punctuation that continues the sentence and a short reporting clause after a quotation.
 */

const TERMINATOR = /[。！？!?…｡]/;
const CLOSER = /[”’」』）》〉】"')\]]/;
const QUOTE = /[”’」』"']/;
/** Punctuation that cannot open a sentence: what follows the run still belongs to it. */
const CONTINUATION = /[，、；：,;:]/;
/**
 * `“走吧！”他说。`, `“好！”老王笑着问道，`: a short affirmative speaker-and-verb clause, then
 * punctuation, continues the quotation's sentence. `她没有回答。` is a sentence of its own.
 */
const SPEECH_TAG = /^(?![^，。！？]{0,6}[没不未])[^\s，。！？；：、“”"!?,;:]{0,6}?(?:[说问喊叫嚷]|[笑骂答叹喝]道)道?[，。：！？,:!?]/;

/** Offsets at which a new sentence begins (each > 0, ascending). */
export function chineseSentenceCuts(text: string): number[] {
  const cuts: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (!TERMINATOR.test(text[i])) {
      i++;
      continue;
    }
    let closers = "";
    while (i < text.length && (TERMINATOR.test(text[i]) || CLOSER.test(text[i]))) {
      if (CLOSER.test(text[i])) closers += text[i];
      i++;
    }
    let next = i;
    while (next < text.length && /\s/.test(text[next])) next++;
    if (next === text.length || CONTINUATION.test(text[next])) continue;
    if (QUOTE.test(closers) && SPEECH_TAG.test(text.slice(next, next + 12))) continue;
    cuts.push(i);
  }
  const byline = trailingBylineStart(text);
  if (byline !== null && !cuts.includes(byline)) cuts.push(byline);
  return cuts.sort((a, b) => a - b);
}

/**
 * A parenthesised group closing the paragraph and set off by whitespace, `……方案　（新华社）`,
 * is a byline: its own unit even without a full stop before it. Chinese prose has no spaces, so
 * the gap is what tells a byline from an ordinary aside such as `合作社（组）`.
 */
function trailingBylineStart(text: string): number | null {
  const match = /\s+([（(][^（()）]+[）)])\s*$/.exec(text);
  if (!match || match.index === 0) return null;
  return match.index + match[0].indexOf(match[1]);
}
