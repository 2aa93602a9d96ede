/**
 * Bidirectional formatting characters (marks, embeddings, overrides, isolates). In a title or a
 * sentence, U+202E (right-to-left override) reverses everything after it up to the end of the
 * paragraph: on the page that is contained by isolation (globals.css, `unicode-bidi: isolate` on
 * every title and sentence); in text that leaves the site (copied citations and passages, the
 * citation tags and structured data) there is nothing to contain it, so it is removed. Neither
 * language of this site needs them.
 */
// eslint-disable-next-line no-misleading-character-class
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export const stripBidiControls = (text: string) => text.replace(BIDI_CONTROLS, "");
