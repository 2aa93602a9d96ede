import { isFormControl } from "@/app/_shared/form-control";
import type { Lang } from "@/lib/site/fragment";
import { choose, clearSelection } from "./selection";
import { beadOf, focusedSentence, isShown, langOf, listen, type Detach, type ReaderState } from "./state";

/**
 * Keys: j/k (and the arrows, once on a sentence) move bead by bead in the language the reader is
 * in; Enter or Space selects (Shift extends); Escape clears the selection.
 */

function visibleIn(state: ReaderState, n: number, lang: Lang): HTMLElement | undefined {
  return state.beads[n][lang].find(isShown) ?? state.beads[n].all.find(isShown);
}

function move(state: ReaderState, delta: 1 | -1) {
  const from = focusedSentence(state);
  let n: number;
  let lang: Lang;
  if (from) {
    n = beadOf(from) + delta;
    lang = langOf(from);
  } else {
    // Start from the first bead on screen rather than the top of the article.
    const onScreen = state.beads.findIndex((b) => b.all.some((el) => isShown(el) && el.getBoundingClientRect().bottom > 0));
    n = Math.max(0, onScreen);
    lang = state.beads[n]?.en.some(isShown) ? "en" : "zh";
  }
  for (; n >= 0 && n < state.beads.length; n += delta) {
    const el = visibleIn(state, n, lang);
    if (el) {
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: "nearest", behavior: state.reducedMotion.matches ? "instant" : "smooth" });
      return;
    }
  }
}

/** Whether the key was the reader's (and so must not do anything else). */
function handleKey(state: ReaderState, event: KeyboardEvent): boolean {
  const onSentence = focusedSentence(state);
  switch (event.key) {
    case "j":
    case "k":
      move(state, event.key === "j" ? 1 : -1);
      return true;
    // Arrows keep scrolling the page unless the reader is moving through sentences.
    case "ArrowDown":
    case "ArrowUp":
      if (!onSentence) return false;
      move(state, event.key === "ArrowDown" ? 1 : -1);
      return true;
    case "Enter":
    case " ":
      if (!onSentence) return false;
      choose(state, onSentence, event.shiftKey);
      return true;
    case "Escape":
      if (!state.selection) return false;
      clearSelection(state);
      state.callbacks.announce("Selection cleared");
      return true;
    default:
      return false;
  }
}

export function attachKeyboard(state: ReaderState): Detach[] {
  return [
    listen<KeyboardEvent>(document, "keydown", (event) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isFormControl(event.target)) return;
      if (handleKey(state, event)) event.preventDefault();
    }),
  ];
}
