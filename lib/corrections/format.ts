import { formatPinIds, sideHash } from "./resolve";

/** A corrections line for a link, with the hashes of its text: `e12 e13 = z11 | 3k9x0a 0p2m7q`. */
export function formatPinLine(pin: { en: readonly number[]; zh: readonly number[] }, en: readonly string[], zh: readonly string[]): string {
  const enHash = sideHash(pin.en.map((k) => en[k]), "en");
  const zhHash = sideHash(pin.zh.map((k) => zh[k]), "zh");
  return `${formatPinIds(pin)} | ${enHash} ${zhHash}`;
}
