import { parseView, VIEW_PARAM, VIEW_STORAGE_KEY, type View } from "@/lib/site/view";
import type { Lang } from "@/lib/site/fragment";
import { scheduleHint } from "./highlight";
import { beadOf, isShown, langOf, listen, SENTENCE, type Detach, type ReaderState } from "./state";

/**
 * View switching (side by side, interleaved, one language): the view lives on <html> as
 * `data-view`, in storage and in the address; a switch keeps the sentence at the top where it was.
 */

export function markView() {
  let current = document.documentElement.getAttribute("data-view");
  // Side by side needs 40rem (globals.css): narrower, the page is stacked and says so.
  if (current === "side-by-side" && window.matchMedia("(width < 40rem)").matches) current = "interleaved";
  for (const option of document.querySelectorAll<HTMLElement>("[data-view-option]")) {
    if (option.dataset.viewOption === current) option.setAttribute("aria-current", "true");
    else option.removeAttribute("aria-current");
  }
}

/**
 * The first sentence that starts below the sticky header (the one a reader reads next: the one
 * above may end on the same line), with its distance from the top of the window.
 */
function topSentence({ root }: ReaderState): { bead: number; lang: Lang; top: number } | null {
  if (window.scrollY <= 0) return null;
  const header = document.querySelector<HTMLElement>("[data-sticky-header]:not([hidden])")?.getBoundingClientRect().bottom ?? 0;
  const el = [...root.querySelectorAll<HTMLElement>(SENTENCE)].find((s) => isShown(s) && s.getBoundingClientRect().top >= header - 1);
  return el ? { bead: beadOf(el), lang: langOf(el), top: el.getBoundingClientRect().top } : null;
}

function storeView(view: View) {
  try {
    localStorage.setItem(VIEW_STORAGE_KEY, view);
  } catch {
    // Storage may be unavailable (privacy modes); the URL still carries the view.
  }
  const url = new URL(window.location.href);
  url.searchParams.set(VIEW_PARAM, view);
  window.history.replaceState(window.history.state, "", url.href);
}

function setView(state: ReaderState, view: View) {
  // Keep the reader's place: the sentence at the top stays there, at the same height, after the
  // switch (scrollIntoView would honour the sentences' scroll margin and creep up a bead a switch).
  const keep = topSentence(state);
  document.documentElement.setAttribute("data-view", view);
  storeView(view);
  markView();
  const bead = keep && state.beads[keep.bead];
  const target = keep && bead && (bead[keep.lang].find(isShown) ?? bead.all.find(isShown));
  if (keep && target) window.scrollBy({ top: target.getBoundingClientRect().top - keep.top, behavior: "instant" });
  scheduleHint(state);
}

export function attachViews(state: ReaderState): Detach[] {
  return [
    listen<MouseEvent>(document, "click", (event) => {
      const option = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-view-option]") : null;
      const view = parseView(option?.dataset.viewOption);
      if (!view || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      setView(state, view);
    }),
  ];
}
