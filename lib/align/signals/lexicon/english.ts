import { stemmer } from "stemmer";

/**
 * Function words that carry no lexical evidence. The same list filters both running English text
 * and CC-CEDICT glosses, so a Chinese word whose every sense is a function word ("是" = "to be")
 * ends up with no translations and is ignored rather than counted as unmatched.
 * Dictionary filler (sb, sth, etc, lit, fig) is here too because it only occurs in glosses.
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but nor of to in on at by for with from into onto upon about as than then so if " +
    "that this these those there here it its i me my mine we us our ours you your yours he him his " +
    "she her hers they them their theirs who whom whose which what when where why how whether " +
    "be is am are was were been being have has had having do does did doing done will would shall " +
    "should can could may might must not no nor also too very just only all each every some any such " +
    "own same other another more most much many few both either neither one ones oneself itself " +
    "himself herself themselves ourselves myself yourself yes etc sb sth someone something somebody " +
    "lit fig esp eg ie e g i e usu abbr pr cf sp via per up down out off over under again further " +
    "once while during before after above below between through against among within without " +
    "because since until till unless though although yet still even ever like already according " +
    "throughout across toward towards around along beyond behind beside besides except despite " +
    "however thus therefore hence moreover furthermore indeed quite rather whereas"
  ).split(" "),
);

/** Cardinal number words: numbers are scored by their own signal, so both sides drop them. */
const NUMBER_WORDS: ReadonlySet<string> = new Set(
  (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " +
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety " +
    "hundred thousand million billion trillion hundreds thousands millions billions"
  ).split(" "),
);

// Letters and digits, with an apostrophe only between letters ("nation's", "don't").
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;
const HAS_DIGIT = /\p{N}/u;

/**
 * Lowercased word forms of `text` in order: hyphenated compounds become their parts, possessive
 * and contraction suffixes are dropped, tokens with digits are skipped.
 */
export function englishWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const token = match[0];
    if (HAS_DIGIT.test(token)) continue;
    const apostrophe = token.search(/['’]/);
    if (apostrophe < 0) {
      words.push(token);
      continue;
    }
    const base = token.slice(0, apostrophe);
    // "don't" → "do", "isn't" → "is"; "can't" keeps its n.
    const negated = token.slice(apostrophe + 1) === "t" && base.endsWith("n") && base !== "can";
    words.push(negated ? base.slice(0, -1) : base);
  }
  return words;
}

/**
 * Irregular forms the Porter stemmer cannot reach, mapped to their base form. Forms that are also
 * common words of their own (left, lay, bound, ground, rose) are deliberately absent.
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  (
    "said:say went:go gone:go made:make took:take taken:take saw:see seen:see came:come gave:give " +
    "given:give got:get gotten:get found:find thought:think told:tell became:become felt:feel " +
    "brought:bring began:begin begun:begin kept:keep held:hold wrote:write written:write stood:stand " +
    "heard:hear meant:mean met:meet ran:run paid:pay sat:sit spoke:speak spoken:speak led:lead " +
    "grew:grow grown:grow lost:lose fallen:fall sent:send built:build understood:understand " +
    "drew:draw drawn:draw broke:break broken:break spent:spend risen:rise drove:drive driven:drive " +
    "bought:buy wore:wear worn:wear chose:choose chosen:choose sought:seek threw:throw thrown:throw " +
    "caught:catch dealt:deal won:win fought:fight taught:teach sold:sell knew:know known:know ate:eat " +
    "eaten:eat slept:sleep sang:sing sung:sing swam:swim flew:fly flown:fly forgot:forget " +
    "forgotten:forget fed:feed hid:hide hidden:hide shook:shake shaken:shake struck:strike hung:hang " +
    "froze:freeze frozen:freeze stole:steal stolen:steal woke:wake woken:wake wept:weep bitten:bite " +
    "blew:blow blown:blow bent:bend fled:flee lent:lend sank:sink sunk:sink shot:shoot shone:shine " +
    "slid:slide spun:spin sprang:spring sprung:spring stuck:stick swept:sweep swore:swear sworn:swear " +
    "tore:tear torn:tear wound:wind arose:arise arisen:arise awoke:awake forbade:forbid forbidden:forbid " +
    "forgave:forgive forgiven:forgive rode:ride ridden:ride rang:ring rung:ring wrung:wring " +
    "men:man women:woman children:child feet:foot teeth:tooth mice:mouse geese:goose " +
    "better:good best:good worse:bad worst:bad"
  )
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);

/** British spellings folded to the American ones CC-CEDICT mostly uses (labour, organise, centre). */
export function americanSpelling(word: string): string {
  if (word.length < 5) return word;
  return word
    .replace(/^([a-z]{2,}[^aeiou])our(s|ed|ing|ite|ites|able|er|ers)?$/, "$1or$2")
    .replace(/^([a-z]{3,})is(e|es|ed|ing|ation|ations)$/, "$1iz$2")
    .replace(/^([a-z]{2,})ys(e|es|ed|ing)$/, "$1yz$2")
    .replace(/^([a-z]{2,}[tb])re(s|d)?$/, "$1er$2")
    .replace(/^([a-z]{4,}[aeiou])ll(ed|ing|er|ers)$/, "$1l$2")
    .replace(/^grey/, "gray")
    .replace(/^programme/, "program");
}

const stemCache = new Map<string, string | null>();

/**
 * The stem of a content word (irregular forms and British spellings folded, then Porter), or null
 * for stop words and number words.
 */
export function contentStem(word: string): string | null {
  let stem = stemCache.get(word);
  if (stem !== undefined) return stem;
  if (ENGLISH_STOP_WORDS.has(word) || NUMBER_WORDS.has(word) || word.length < 2) stem = null;
  else stem = stemmer(americanSpelling(IRREGULAR.get(word) ?? word));
  stemCache.set(word, stem);
  return stem;
}

/** Content stems of running English text, repeats kept (a multiset in text order). */
export function englishContentStems(text: string): string[] {
  const stems: string[] = [];
  for (const word of englishWords(text)) {
    const stem = contentStem(word);
    if (stem !== null) stems.push(stem);
  }
  return stems;
}
