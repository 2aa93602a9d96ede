import { beadOf, focusedSentence, langOf, listen, otherLang, sentenceAt, type Detach, type ReaderState } from "./state";

/**
 * Hover and focus: the hovered or focused bead's sentences, in both languages, carry `data-hl`;
 * when none of the counterpart is on screen, the hint points at it.
 */

export function setActive(state: ReaderState, n: number, from: HTMLElement | null) {
  state.activeFrom = from;
  if (n !== state.active) {
    if (state.active >= 0) for (const el of state.beads[state.active].all) el.removeAttribute("data-hl");
    state.active = n;
    if (n >= 0) for (const el of state.beads[n].all) el.setAttribute("data-hl", "");
  }
  scheduleHint(state);
}

/** Measuring where the counterpart is forces a layout, so it waits for the next frame instead of delaying the highlight. */
export function scheduleHint(state: ReaderState) {
  if (state.hintFrame) return;
  state.hintFrame = requestAnimationFrame(() => {
    state.hintFrame = 0;
    placeHint(state);
  });
}

/** Points at the counterpart when none of it is on screen; never scrolls. */
function placeHint({ active, activeFrom, beads, hint }: ReaderState) {
  const others = active >= 0 && activeFrom ? beads[active][otherLang(langOf(activeFrom))] : [];
  const rects = others.flatMap((el) => [...el.getClientRects()]);
  const onScreen = rects.some((r) => r.bottom > 0 && r.top < window.innerHeight);
  if (rects.length === 0 || onScreen) {
    hint.hidden = true;
    return;
  }
  const above = rects[rects.length - 1].bottom <= 0;
  hint.dataset.dir = above ? "up" : "down";
  hint.textContent = above ? "↑ Counterpart above" : "↓ Counterpart below";
  const box = others[0].parentElement!.getBoundingClientRect();
  hint.style.left = `${Math.round(box.left + box.width / 2)}px`;
  hint.hidden = false;
}

export function attachHighlight(state: ReaderState): Detach[] {
  const { root } = state;
  return [
    listen<PointerEvent>(root, "pointerover", (event) => {
      const el = sentenceAt(state, event.target);
      if (el) setActive(state, beadOf(el), el);
    }),
    listen<PointerEvent>(root, "pointerout", (event) => {
      if (sentenceAt(state, event.relatedTarget)) return;
      const focused = focusedSentence(state);
      setActive(state, focused ? beadOf(focused) : -1, focused);
    }),
    // One tab stop among the sentences: the last one focused.
    listen<FocusEvent>(root, "focusin", (event) => {
      const el = sentenceAt(state, event.target);
      if (!el) return;
      if (state.tabbable && state.tabbable !== el) state.tabbable.tabIndex = -1;
      el.tabIndex = 0;
      state.tabbable = el;
      setActive(state, beadOf(el), el);
    }),
    listen<FocusEvent>(root, "focusout", (event) => {
      if (!sentenceAt(state, event.relatedTarget)) setActive(state, -1, null);
    }),
    listen(window, "scroll", () => {
      if (state.active >= 0) scheduleHint(state);
    }, { passive: true }),
    () => cancelAnimationFrame(state.hintFrame),
  ];
}
