/**
 * Ids of the hidden notes a sentence's aria-describedby names after its counterpart: written by
 * rows-html.ts, named by the reading layer (app/_features/reader/dom/). A module of its own so that the
 * browser bundle takes these two strings and not the renderer.
 */
export const NOTE_UNMATCHED_ID = "note-unmatched";
export const NOTE_UNCERTAIN_ID = "note-uncertain";
