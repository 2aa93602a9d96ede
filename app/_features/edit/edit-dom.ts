import { isFormControl } from "@/app/_shared/form-control";

/**
 * Edit mode's layer over the server-rendered article (markup contract in Rows.tsx), beside the
 * reading layer (app/_features/reader/dom/): while edit mode is on, clicks on sentences and the edit keys are
 * taken in the capture phase, before the reader sees them, so a click chooses a sentence for an
 * edit instead of selecting a passage. Hover and focus highlighting stay the reader's.
 *
 *   data-edit-sel   on every sentence chosen for the next edit
 *   data-edit-stop  on the sentences of the doubtful link the `n` / `p` walk is at
 */

export interface EditorCallbacks {
  /** A sentence was clicked (or Enter pressed on it); `extend` with Shift. */
  choose(lang: "en" | "zh", index: number, extend: boolean): void;
  /** An edit key; true when it was used (then the reader never sees it). */
  key(key: string, event: KeyboardEvent): boolean;
}

export interface EditorHandle {
  paint(chosen: readonly string[], stop: readonly string[]): void;
  /** Moves focus (and so the reader's highlight) to the first shown of these sentences, and scrolls to it. */
  focus(ids: readonly string[]): void;
  detach(): void;
}

const SENTENCE = "[data-b]";
const langOf = (el: Element): "en" | "zh" => (el.id.startsWith("z") ? "zh" : "en");
const indexOf = (el: Element) => Number(el.id.slice(1)) - 1;

export function attachEditor(root: HTMLElement, callbacks: EditorCallbacks): EditorHandle {
  const sentenceAt = (target: EventTarget | null): HTMLElement | null => {
    const el = target instanceof Element ? target.closest<HTMLElement>(SENTENCE) : null;
    return el && root.contains(el) ? el : null;
  };

  const onMouseDown = (event: MouseEvent) => {
    if (!sentenceAt(event.target)) return;
    event.stopPropagation();
    // Shift-click would otherwise extend the browser's text selection.
    if (event.shiftKey) event.preventDefault();
  };
  const onClick = (event: MouseEvent) => {
    const el = sentenceAt(event.target);
    if (!el || event.button !== 0 || event.ctrlKey || event.metaKey || event.altKey) return;
    event.stopPropagation();
    event.preventDefault();
    // A drag that selected text is for copying, not for editing.
    if (!event.shiftKey && !(window.getSelection()?.isCollapsed ?? true)) return;
    callbacks.choose(langOf(el), indexOf(el), event.shiftKey);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || isFormControl(event.target)) return;
    const focused = sentenceAt(document.activeElement);
    if ((event.key === "Enter" || event.key === " ") && focused && !event.ctrlKey && !event.metaKey) {
      callbacks.choose(langOf(focused), indexOf(focused), event.shiftKey);
    } else if (!callbacks.key(event.key, event)) {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  window.addEventListener("mousedown", onMouseDown, true);
  window.addEventListener("click", onClick, true);
  window.addEventListener("keydown", onKeyDown, true);

  const mark = (attribute: string, ids: readonly string[]) => {
    for (const el of root.querySelectorAll(`[${attribute}]`)) el.removeAttribute(attribute);
    for (const id of ids) document.getElementById(id)?.setAttribute(attribute, "");
  };

  return {
    paint(chosen, stop) {
      mark("data-edit-sel", chosen);
      mark("data-edit-stop", stop);
    },
    focus(ids) {
      const elements = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
      const el = elements.find((e) => e.getClientRects().length > 0) ?? elements[0];
      if (!el) return;
      el.focus({ preventScroll: true });
      const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      el.scrollIntoView({ block: "center", behavior: reduced ? "instant" : "smooth" });
    },
    detach() {
      window.removeEventListener("mousedown", onMouseDown, true);
      window.removeEventListener("click", onClick, true);
      window.removeEventListener("keydown", onKeyDown, true);
      mark("data-edit-sel", []);
      mark("data-edit-stop", []);
    },
  };
}
