/**
 * Bidirectional formatting characters: the marks (U+200E, U+200F, U+061C), embeddings and
 * overrides (U+202A–U+202E) and isolates (U+2066–U+2069). Neither language of this archive needs
 * them (the People's Daily is printed left to right; no right-to-left script occurs), and the
 * printed page has no such character: in an article file they come from a copy out of a web page
 * or a PDF, or are planted. Invisible in an editor, U+202E (right-to-left override) reverses
 * everything after it up to the end of its paragraph, so a historian would read and quote a
 * sentence that was never printed. The parser warns about each one (file:line:column) and removes
 * them from the text, so the page, search, downloads and citations hold the text as printed.
 */
// eslint-disable-next-line no-misleading-character-class
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export const stripBidiControls = (text: string) => text.replace(BIDI_CONTROLS, "");

const NAMES: Record<string, string> = {
  "\u061C": "arabic letter mark",
  "\u200E": "left-to-right mark",
  "\u200F": "right-to-left mark",
  "\u202A": "left-to-right embedding",
  "\u202B": "right-to-left embedding",
  "\u202C": "pop directional formatting",
  "\u202D": "left-to-right override",
  "\u202E": "right-to-left override",
  "\u2066": "left-to-right isolate",
  "\u2067": "right-to-left isolate",
  "\u2068": "first strong isolate",
  "\u2069": "pop directional isolate",
};

/** Each bidi control of a line: its 1-based column (in UTF-16 code units, as editors count them) and its name. */
export function findBidiControls(line: string): { column: number; code: string; name: string }[] {
  return [...line.matchAll(BIDI_CONTROLS)].map((found) => ({
    column: found.index + 1,
    code: `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
    name: NAMES[found[0]],
  }));
}
