import { formatPinIds, sideHash } from "./resolve";

/**
 * A corrections line for a link, with the hashes of its text: `e12 e13 = z11 | 3k9x0a 0p2m7q`.
 * Ids beyond the article get no hashes (the check then reports them).
 */
export function formatPinLine(pin: { en: readonly number[]; zh: readonly number[] }, en: readonly string[], zh: readonly string[]): string {
  const exists = pin.en.every((k) => k < en.length) && pin.zh.every((k) => k < zh.length);
  if (!exists) return formatPinIds(pin);
  const enHash = sideHash(pin.en.map((k) => en[k]), "en");
  const zhHash = sideHash(pin.zh.map((k) => zh[k]), "zh");
  return `${formatPinIds(pin)} | ${enHash} ${zhHash}`;
}
