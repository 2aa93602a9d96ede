import type { Lang } from "../../types";
import { extractChinese } from "./chinese";
import { extractEnglish } from "./english";
import type { NumberMention } from "./mention";

/**
 * Numbers as alignment anchors: Arabic, full-width and Chinese numerals and English number words
 * normalised to values with a coarse unit ("kind"), so 四十三亿三千万元 and "4.33 billion yuan",
 * 百分之十六点四 and "16.4%", 一九五三年 and "1953", 六月十日 and "June 10th" compare equal.
 *
 * Decisions that matter for alignment:
 * - A lone 一 ("a/one": 一个, 一种, 统一, 一些) and a lone English "one" are not numbers: both are
 *   mostly the article or part of a word, and translators render them freely. 第一 and "first" are
 *   ordinal 1, and digits ("1") always count.
 * - A lone Chinese numeral character counts only before a measure word or unit (三次, 九个, 五年),
 *   after 第 or as a percent (三成), so words like 一定, 十足, 四川 yield nothing.
 * - 几/数 before a unit (几十, 数万) and English "dozens", "several thousand" are too vague to anchor
 *   and yield nothing; 几/多/余 after a value (八十几, 十万多) mark it approximate.
 * - A four-digit English integer without a thousands comma in 1000–2199 is a year; in Chinese a
 *   year needs 年 (1957年, 一九五三年) or a digit-by-digit reading.
 */
export function extractNumbers(text: string, lang: Lang): NumberMention[] {
  return lang === "zh" ? extractChinese(text) : extractEnglish(text);
}
