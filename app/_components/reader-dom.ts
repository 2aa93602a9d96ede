import {
  beadLookup,
  extendRange,
  parseFragment,
  resolveFragment,
  sentenceFragment,
  type BeadRange,
  type FragmentLookup,
  type Lang,
} from "@/lib/site/fragment";
import { NOTE_UNCERTAIN_ID, NOTE_UNMATCHED_ID } from "@/lib/site/sentence-notes";
import { parseView, VIEW_PARAM, VIEW_STORAGE_KEY, type View } from "@/lib/site/view";
import { copyText } from "./clipboard";

/**
 * The reading layer over the server-rendered article (markup contract in Rows.tsx): delegated
 * listeners on the article root, a bead → elements table built once, and attribute toggles.
 * Nothing here re-renders the article; React only draws the small passage bar.
 *
 *   data-hl   on every sentence of the hovered or focused bead (both languages)
 *   data-sel  on every sentence of the selected beads
 */

export interface ReaderCallbacks {
  /** The selected beads changed (null: nothing selected), with the fragment that names them (no `#`). */
  onSelection(range: BeadRange | null, fragment: string | null): void;
  /** Text for the polite live region. */
  announce(text: string): void;
}

export interface ReaderHandle {
  /** Copies the page's address (with the passage fragment); false when no way of copying worked. */
  copyLink(): Promise<boolean>;
  clearSelection(): void;
  detach(): void;
}

interface BeadElements {
  all: HTMLElement[];
  en: HTMLElement[];
  zh: HTMLElement[];
}

const SENTENCE = "[data-b]";
/** Longer than most systems' double-click time, short enough not to feel late. */
const DOUBLE_CLICK_MS = 260;

const langOf = (el: Element): "en" | "zh" => (el.id.startsWith("z") ? "zh" : "en");
const isShown = (el: Element) => el.getClientRects().length > 0;

/** Where keys type text or pick values; the reader's keys stay out of the way there. */
export function isFormControl(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * What the server HTML leaves out because it would repeat on every sentence (rows-html.ts): each
 * sentence is focusable by script (tabindex -1, except the one tab stop), and its description
 * names its counterpart and its note, so a screen reader reads a sentence, then its translation.
 */
function describeSentences(beads: BeadElements[]) {
  for (const bead of beads) {
    if (!bead) continue;
    for (const el of bead.all) {
      if (!el.hasAttribute("tabindex")) el.tabIndex = -1;
      const note = el.hasAttribute("data-unmatched") ? NOTE_UNMATCHED_ID : el.hasAttribute("data-uncertain") ? NOTE_UNCERTAIN_ID : null;
      const ids = [...bead[langOf(el) === "en" ? "zh" : "en"].map((other) => other.id), ...(note ? [note] : [])];
      if (ids.length > 0) el.setAttribute("aria-describedby", ids.join(" "));
    }
  }
}

export function attachReader(root: HTMLElement, hint: HTMLElement, callbacks: ReaderCallbacks): ReaderHandle {
  const beads: BeadElements[] = [];
  for (const el of root.querySelectorAll<HTMLElement>(SENTENCE)) {
    const n = Number(el.dataset.b);
    const bead = (beads[n] ??= { all: [], en: [], zh: [] });
    bead.all.push(el);
    bead[langOf(el)].push(el);
  }
  describeSentences(beads);
  const sentenceAt = (target: EventTarget | null): HTMLElement | null => {
    const el = target instanceof Element ? target.closest<HTMLElement>(SENTENCE) : null;
    return el && root.contains(el) ? el : null;
  };
  const beadOf = (el: HTMLElement) => Number(el.dataset.b);
  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

  // Links name sentences (#e12-e15), resolved through the beads that hold them on this page.
  const lookup: FragmentLookup = beadLookup(
    Array.from(beads, (bead) => ({ en: bead?.en.map((el) => el.id) ?? [], zh: bead?.zh.map((el) => el.id) ?? [] })),
    (n) => {
      const row = document.getElementById(`p${n}`);
      if (!row || !root.contains(row)) return undefined;
      const inRow = [...row.querySelectorAll<HTMLElement>(SENTENCE)].map(beadOf);
      return inRow.length ? { first: Math.min(...inRow), last: Math.max(...inRow) } : undefined;
    },
  );

  // --- highlight of the hovered / focused bead -------------------------------------------------
  let active = -1;
  let activeFrom: HTMLElement | null = null;

  function setActive(n: number, from: HTMLElement | null) {
    activeFrom = from;
    if (n !== active) {
      if (active >= 0) for (const el of beads[active].all) el.removeAttribute("data-hl");
      active = n;
      if (n >= 0) for (const el of beads[n].all) el.setAttribute("data-hl", "");
    }
    scheduleHint();
  }

  // Measuring where the counterpart is forces a layout, so it waits for the next frame instead
  // of delaying the highlight.
  let hintFrame = 0;
  function scheduleHint() {
    if (hintFrame) return;
    hintFrame = requestAnimationFrame(() => {
      hintFrame = 0;
      placeHint();
    });
  }

  /** Points at the counterpart when none of it is on screen; never scrolls. */
  function placeHint() {
    const from = activeFrom;
    const others = active >= 0 && from ? beads[active][langOf(from) === "en" ? "zh" : "en"] : [];
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

  const focusedSentence = () => sentenceAt(document.activeElement);

  const onPointerOver = (event: PointerEvent) => {
    const el = sentenceAt(event.target);
    if (el) setActive(beadOf(el), el);
  };
  const onPointerOut = (event: PointerEvent) => {
    if (sentenceAt(event.relatedTarget)) return;
    const focused = focusedSentence();
    setActive(focused ? beadOf(focused) : -1, focused);
  };

  let tabbable = root.querySelector<HTMLElement>(`${SENTENCE}[tabindex="0"]`);
  const onFocusIn = (event: FocusEvent) => {
    const el = sentenceAt(event.target);
    if (!el) return;
    if (tabbable && tabbable !== el) tabbable.tabIndex = -1;
    el.tabIndex = 0;
    tabbable = el;
    setActive(beadOf(el), el);
  };
  const onFocusOut = (event: FocusEvent) => {
    if (!sentenceAt(event.relatedTarget)) setActive(-1, null);
  };

  const onScroll = () => {
    if (active >= 0) scheduleHint();
  };

  // --- selection and passage links ------------------------------------------------------------
  let selection: BeadRange | null = null;
  let anchor = -1;
  // The language of the sentence the selection started from: the link names sentences in it.
  let anchorLang: Lang = "en";

  function paintSelection(range: BeadRange | null, fragment: string | null) {
    for (const el of root.querySelectorAll("[data-sel]")) el.removeAttribute("data-sel");
    if (range) for (let n = range.first; n <= range.last; n++) for (const el of beads[n].all) el.setAttribute("data-sel", "");
    selection = range;
    callbacks.onSelection(range, range ? fragment : null);
  }

  function setFragment(fragment: string | null) {
    const url = new URL(window.location.href);
    url.hash = fragment ?? "";
    // replaceState, not location.hash: no history entry and no jump.
    window.history.replaceState(window.history.state, "", fragment ? url.href : url.href.replace(/#$/, ""));
  }

  function select(range: BeadRange | null) {
    const fragment = range ? sentenceFragment(range, anchorLang, lookup) : null;
    paintSelection(range, fragment);
    setFragment(fragment);
    if (fragment) callbacks.announce(`Passage ${fragment} selected`);
  }

  function choose(el: HTMLElement, extend: boolean) {
    const n = beadOf(el);
    if (!(extend && selection && anchor >= 0)) anchorLang = langOf(el);
    if (extend && selection && anchor >= 0) {
      select(extendRange(anchor, n));
    } else if (selection && selection.first === n && selection.last === n) {
      anchor = -1;
      select(null);
    } else {
      anchor = n;
      select({ first: n, last: n });
    }
  }

  // Shift-click would otherwise extend the browser's text selection.
  const onMouseDown = (event: MouseEvent) => {
    if (event.shiftKey && sentenceAt(event.target)) event.preventDefault();
  };
  // A mouse click waits out the double-click time: a double-click picks a word (to look it up
  // elsewhere), and must neither select the sentence nor rewrite the address.
  // A click that comes before the wait is over (a Shift+click extending it) first settles it.
  let pendingClick = 0;
  let pending: (() => void) | null = null;
  const settle = () => {
    window.clearTimeout(pendingClick);
    const run = pending;
    pending = null;
    run?.();
  };
  const onClick = (event: MouseEvent) => {
    const el = sentenceAt(event.target);
    if (!el || event.button !== 0 || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.detail > 1) {
      window.clearTimeout(pendingClick);
      pending = null;
      return;
    }
    settle();
    const textSelected = () => !event.shiftKey && !(window.getSelection()?.isCollapsed ?? true);
    // A drag that selected text is for copying, not for linking.
    if (textSelected()) return;
    if ((event as PointerEvent).pointerType !== "mouse" || event.shiftKey) return choose(el, event.shiftKey);
    pending = () => {
      if (!textSelected()) choose(el, false);
    };
    pendingClick = window.setTimeout(settle, DOUBLE_CLICK_MS);
  };

  /**
   * After a deep link: the native fragment scroll has put the bead's anchor at the top, but it
   * cannot handle ranges or targets hidden by the view mode, and the counterpart may start a line
   * higher. Bring the top of the passage's first bead, on both sides, into view.
   */
  function reveal(range: BeadRange) {
    const shown = beads[range.first].all.filter(isShown);
    if (shown.length === 0) return;
    const top = Math.min(...shown.map((el) => el.getBoundingClientRect().top));
    const margin = Math.min(80, window.innerHeight / 8);
    if (top < margin / 2 || top > window.innerHeight * 0.75) window.scrollBy({ top: top - margin, behavior: "instant" });
  }

  function applyHash(initial: boolean) {
    const fragment = parseFragment(window.location.hash);
    const range = resolveFragment(fragment, lookup);
    if (!range) {
      if (!initial) paintSelection(null, null);
      return;
    }
    anchor = range.first;
    if (fragment?.kind === "sentences") anchorLang = fragment.from.lang;
    // The address keeps the form it came in (an old #s12 link stays #s12).
    paintSelection(range, window.location.hash.slice(1));
    reveal(range);
  }
  const onHashChange = () => applyHash(false);

  // --- keyboard ---------------------------------------------------------------------------------
  function visibleIn(n: number, lang: "en" | "zh"): HTMLElement | undefined {
    return beads[n][lang].find(isShown) ?? beads[n].all.find(isShown);
  }

  function move(delta: 1 | -1) {
    const from = focusedSentence();
    let n: number;
    let lang: "en" | "zh";
    if (from) {
      n = beadOf(from) + delta;
      lang = langOf(from);
    } else {
      // Start from the first bead on screen rather than the top of the article.
      const onScreen = beads.findIndex((b) => b.all.some((el) => isShown(el) && el.getBoundingClientRect().bottom > 0));
      n = Math.max(0, onScreen);
      lang = beads[n]?.en.some(isShown) ? "en" : "zh";
    }
    for (; n >= 0 && n < beads.length; n += delta) {
      const el = visibleIn(n, lang);
      if (el) {
        el.focus({ preventScroll: true });
        el.scrollIntoView({ block: "nearest", behavior: reducedMotion.matches ? "instant" : "smooth" });
        return;
      }
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isFormControl(event.target)) return;
    const onSentence = focusedSentence();
    switch (event.key) {
      case "j":
      case "k":
        move(event.key === "j" ? 1 : -1);
        break;
      // Arrows keep scrolling the page unless the reader is moving through sentences.
      case "ArrowDown":
      case "ArrowUp":
        if (!onSentence) return;
        move(event.key === "ArrowDown" ? 1 : -1);
        break;
      case "Enter":
      case " ":
        if (!onSentence) return;
        choose(onSentence, event.shiftKey);
        break;
      case "Escape":
        if (!selection) return;
        anchor = -1;
        select(null);
        callbacks.announce("Selection cleared");
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  // --- view modes -------------------------------------------------------------------------------
  function markView() {
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
  function topSentence(): { bead: number; lang: Lang; top: number } | null {
    if (window.scrollY <= 0) return null;
    const header = document.querySelector<HTMLElement>("[data-sticky-header]:not([hidden])")?.getBoundingClientRect().bottom ?? 0;
    const el = [...root.querySelectorAll<HTMLElement>(SENTENCE)].find((s) => isShown(s) && s.getBoundingClientRect().top >= header - 1);
    return el ? { bead: beadOf(el), lang: langOf(el), top: el.getBoundingClientRect().top } : null;
  }

  function setView(view: View) {
    // Keep the reader's place: the sentence at the top stays there, at the same height, after the
    // switch (scrollIntoView would honour the sentences' scroll margin and creep up a bead a switch).
    const keep = topSentence();
    document.documentElement.setAttribute("data-view", view);
    try {
      localStorage.setItem(VIEW_STORAGE_KEY, view);
    } catch {
      // Storage may be unavailable (privacy modes); the URL still carries the view.
    }
    const url = new URL(window.location.href);
    url.searchParams.set(VIEW_PARAM, view);
    window.history.replaceState(window.history.state, "", url.href);
    markView();
    const target = keep && (beads[keep.bead][keep.lang].find(isShown) ?? beads[keep.bead].all.find(isShown));
    if (keep && target) window.scrollBy({ top: target.getBoundingClientRect().top - keep.top, behavior: "instant" });
    scheduleHint();
  }

  const onDocumentClick = (event: MouseEvent) => {
    const option = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-view-option]") : null;
    const view = parseView(option?.dataset.viewOption);
    if (!view || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    setView(view);
  };

  // --- copy link --------------------------------------------------------------------------------
  async function copyLink() {
    const url = window.location.href;
    const copied = await copyText(url);
    callbacks.announce(copied ? "Link copied" : `Copy this link: ${url}`);
    return copied;
  }

  root.addEventListener("pointerover", onPointerOver);
  root.addEventListener("pointerout", onPointerOut);
  root.addEventListener("focusin", onFocusIn);
  root.addEventListener("focusout", onFocusOut);
  root.addEventListener("mousedown", onMouseDown);
  root.addEventListener("click", onClick);
  document.addEventListener("keydown", onKeyDown);
  document.addEventListener("click", onDocumentClick);
  window.addEventListener("hashchange", onHashChange);
  window.addEventListener("scroll", onScroll, { passive: true });
  root.setAttribute("data-reader-ready", "");
  markView();
  applyHash(true);

  return {
    copyLink,
    clearSelection() {
      anchor = -1;
      select(null);
    },
    detach() {
      root.removeEventListener("pointerover", onPointerOver);
      root.removeEventListener("pointerout", onPointerOut);
      root.removeEventListener("focusin", onFocusIn);
      root.removeEventListener("focusout", onFocusOut);
      root.removeEventListener("mousedown", onMouseDown);
      root.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("click", onDocumentClick);
      window.removeEventListener("hashchange", onHashChange);
      window.removeEventListener("scroll", onScroll);
      cancelAnimationFrame(hintFrame);
      window.clearTimeout(pendingClick);
      root.removeAttribute("data-reader-ready");
    },
  };
}
