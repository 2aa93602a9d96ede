import { extendRange, parseFragment, resolveFragment, sentenceFragment, type BeadRange } from "@/lib/site/fragment";
import { beadOf, isShown, langOf, listen, sentenceAt, type Detach, type ReaderState } from "./state";

/**
 * Selection and fragments: the selected beads carry `data-sel`, and the address names them
 * (#e12-e15) without a history entry; an address with a fragment selects and reveals its passage.
 */

/** Longer than most systems' double-click time, short enough not to feel late. */
const DOUBLE_CLICK_MS = 260;

function paintSelection(state: ReaderState, range: BeadRange | null, fragment: string | null) {
  for (const el of state.root.querySelectorAll("[data-sel]")) el.removeAttribute("data-sel");
  if (range) for (let n = range.first; n <= range.last; n++) for (const el of state.beads[n].all) el.setAttribute("data-sel", "");
  state.selection = range;
  state.callbacks.onSelection(range, range ? fragment : null);
}

function setFragment(fragment: string | null) {
  const url = new URL(window.location.href);
  url.hash = fragment ?? "";
  // replaceState, not location.hash: no history entry and no jump.
  window.history.replaceState(window.history.state, "", fragment ? url.href : url.href.replace(/#$/, ""));
}

function select(state: ReaderState, range: BeadRange | null) {
  const fragment = range ? sentenceFragment(range, state.anchorLang, state.lookup) : null;
  paintSelection(state, range, fragment);
  setFragment(fragment);
  if (fragment) state.callbacks.announce(`Passage ${fragment} selected`);
}

export function clearSelection(state: ReaderState) {
  state.anchor = -1;
  select(state, null);
}

/** A sentence chosen (click, tap, Enter): selects its bead, extends to it, or clears a lone selection of it. */
export function choose(state: ReaderState, el: HTMLElement, extend: boolean) {
  const n = beadOf(el);
  if (extend && state.selection && state.anchor >= 0) return select(state, extendRange(state.anchor, n));
  state.anchorLang = langOf(el);
  if (state.selection && state.selection.first === n && state.selection.last === n) return clearSelection(state);
  state.anchor = n;
  select(state, { first: n, last: n });
}

/**
 * After a deep link: the native fragment scroll has put the bead's anchor at the top, but it
 * cannot handle ranges or targets hidden by the view mode, and the counterpart may start a line
 * higher. Bring the top of the passage's first bead, on both sides, into view.
 */
function reveal(state: ReaderState, range: BeadRange) {
  const shown = state.beads[range.first].all.filter(isShown);
  if (shown.length === 0) return;
  const top = Math.min(...shown.map((el) => el.getBoundingClientRect().top));
  const margin = Math.min(80, window.innerHeight / 8);
  if (top < margin / 2 || top > window.innerHeight * 0.75) window.scrollBy({ top: top - margin, behavior: "instant" });
}

export function applyHash(state: ReaderState, initial: boolean) {
  const fragment = parseFragment(window.location.hash);
  const range = resolveFragment(fragment, state.lookup);
  if (!range) {
    if (!initial) paintSelection(state, null, null);
    return;
  }
  state.anchor = range.first;
  if (fragment?.kind === "sentences") state.anchorLang = fragment.from.lang;
  // The address keeps the form it came in (an old #s12 link stays #s12).
  paintSelection(state, range, window.location.hash.slice(1));
  reveal(state, range);
}

/** Runs the click that waits out the double-click time now, if one does. */
function settleClick({ pendingClick }: ReaderState) {
  window.clearTimeout(pendingClick.timer);
  const run = pendingClick.run;
  pendingClick.run = null;
  run?.();
}

/**
 * A mouse click waits out the double-click time: a double-click picks a word (to look it up
 * elsewhere), and must neither select the sentence nor rewrite the address. A click that comes
 * before the wait is over (a Shift+click extending it) first settles it.
 */
function onClick(state: ReaderState, event: MouseEvent) {
  const el = sentenceAt(state, event.target);
  if (!el || event.button !== 0 || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.detail > 1) {
    window.clearTimeout(state.pendingClick.timer);
    state.pendingClick.run = null;
    return;
  }
  settleClick(state);
  const textSelected = () => !event.shiftKey && !(window.getSelection()?.isCollapsed ?? true);
  // A drag that selected text is for copying, not for linking.
  if (textSelected()) return;
  if ((event as PointerEvent).pointerType !== "mouse" || event.shiftKey) return choose(state, el, event.shiftKey);
  state.pendingClick.run = () => {
    if (!textSelected()) choose(state, el, false);
  };
  state.pendingClick.timer = window.setTimeout(() => settleClick(state), DOUBLE_CLICK_MS);
}

export function attachSelection(state: ReaderState): Detach[] {
  return [
    // Shift-click would otherwise extend the browser's text selection.
    listen<MouseEvent>(state.root, "mousedown", (event) => {
      if (event.shiftKey && sentenceAt(state, event.target)) event.preventDefault();
    }),
    listen<MouseEvent>(state.root, "click", (event) => onClick(state, event)),
    listen(window, "hashchange", () => applyHash(state, false)),
    () => window.clearTimeout(state.pendingClick.timer),
  ];
}
