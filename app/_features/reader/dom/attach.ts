import { copyLink } from "./copy";
import { attachHighlight } from "./highlight";
import { attachKeyboard } from "./keyboard";
import { applyHash, attachSelection, clearSelection } from "./selection";
import { createReaderState, describeSentences, type ReaderCallbacks } from "./state";
import { attachViews, markView } from "./views";

export type { ReaderCallbacks } from "./state";

/**
 * The reading layer over the server-rendered article (markup contract: lib/site/rows-html.ts):
 * delegated listeners on the article root, a bead → elements table built once, and attribute
 * toggles. Nothing here re-renders the article; React only draws the small passage bar.
 *
 *   data-hl   on every sentence of the hovered or focused bead (both languages)   highlight.ts
 *   data-sel  on every sentence of the selected beads, named by the address        selection.ts
 *   keys                                                                            keyboard.ts
 *   data-view on <html>, switched in place                                          views.ts
 */

export interface ReaderHandle {
  /** Copies the page's address (with the passage fragment); false when no way of copying worked. */
  copyLink(): Promise<boolean>;
  clearSelection(): void;
  detach(): void;
}

export function attachReader(root: HTMLElement, hint: HTMLElement, callbacks: ReaderCallbacks): ReaderHandle {
  const state = createReaderState(root, hint, callbacks);
  describeSentences(state);
  const detachers = [...attachHighlight(state), ...attachSelection(state), ...attachKeyboard(state), ...attachViews(state)];
  root.setAttribute("data-reader-ready", "");
  markView();
  applyHash(state, true);
  return {
    copyLink: () => copyLink(state),
    clearSelection: () => clearSelection(state),
    detach() {
      for (const detach of detachers) detach();
      root.removeAttribute("data-reader-ready");
    },
  };
}
