/** The newspaper an article comes from, in both languages. */
export interface SiteSource {
  en: string;
  zh: string;
}

const HAS_HAN = /\p{Script=Han}/u;

/**
 * Reads a `Source:` value (or the site's default source): "People's Daily / 人民日报" →
 * { en: "People's Daily", zh: "人民日报" }. A value without " / " names the paper in one language;
 * it is used for both, so a citation never loses it.
 */
export function parseSource(value: string): SiteSource {
  const parts = value
    .split(/\s+\/\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length >= 2) {
    const [first, ...rest] = parts;
    const second = rest.join(" / ");
    return HAS_HAN.test(first) && !HAS_HAN.test(second) ? { en: second, zh: first } : { en: first, zh: second };
  }
  const only = parts[0] ?? value.trim();
  return { en: only, zh: only };
}
