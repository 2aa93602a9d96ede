/**
 * The one language-tag convention of everything the site writes (BCP 47): English "en", Chinese
 * "zh-Hans" (the simplified script of the originals) — in HTML lang attributes, TMX xml:lang and
 * srclang, JSON-LD inLanguage and the citation meta tags. Open Graph's og:locale has a format of
 * its own (language_TERRITORY) and is the one exception.
 */
export const LANG_TAG = { en: "en", zh: "zh-Hans" } as const;
