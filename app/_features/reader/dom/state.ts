import { beadLookup, type BeadRange, type FragmentLookup, type Lang } from "@/lib/site/fragment";
import { NOTE_UNCERTAIN_ID, NOTE_UNMATCHED_ID } from "@/lib/site/sentence-notes";

/**
 * The reading layer's one state object, built once over the server-rendered article (markup
 * contract: lib/site/rows-html.ts). Each module of this folder reads and changes it; none keeps
 * state of its own.
 */

export interface ReaderCallbacks {
  /** The selected beads changed (null: nothing selected), with the fragment that names them (no `#`). */
  onSelection(range: BeadRange | null, fragment: string | null): void;
  /** Text for the polite live region. */
  announce(text: string): void;
}

/** A bead's sentences on the page, in both languages. */
export interface BeadElements {
  all: HTMLElement[];
  en: HTMLElement[];
  zh: HTMLElement[];
}

export interface ReaderState {
  readonly root: HTMLElement;
  /** The "counterpart above / below" pointer. */
  readonly hint: HTMLElement;
  readonly callbacks: ReaderCallbacks;
  /** Indexed by bead number (`data-b`). */
  readonly beads: BeadElements[];
  /** Resolves link fragments (#e12-e15) through the beads that hold the sentences. */
  readonly lookup: FragmentLookup;
  readonly reducedMotion: MediaQueryList;
  /** The hovered or focused bead (-1: none) and the sentence it was reached from. */
  active: number;
  activeFrom: HTMLElement | null;
  /** The animation frame that will place the hint (0: none pending). */
  hintFrame: number;
  /** The article's one tab stop among its sentences. */
  tabbable: HTMLElement | null;
  selection: BeadRange | null;
  /** The bead a Shift+click or Shift+Enter extends the selection from (-1: none). */
  anchor: number;
  /** The language of the sentence the selection started from: the link names sentences in it. */
  anchorLang: Lang;
  /** A mouse click waiting out the double-click time (timer 0: none). */
  pendingClick: { timer: number; run: (() => void) | null };
}

export const SENTENCE = "[data-b]";

export const langOf = (el: Element): Lang => (el.id.startsWith("z") ? "zh" : "en");
export const otherLang = (lang: Lang): Lang => (lang === "en" ? "zh" : "en");
export const isShown = (el: Element) => el.getClientRects().length > 0;
export const beadOf = (el: HTMLElement) => Number(el.dataset.b);

/** The sentence an event happened in, if it is one of this article's. */
export function sentenceAt(state: ReaderState, target: EventTarget | null): HTMLElement | null {
  const el = target instanceof Element ? target.closest<HTMLElement>(SENTENCE) : null;
  return el && state.root.contains(el) ? el : null;
}

export const focusedSentence = (state: ReaderState) => sentenceAt(state, document.activeElement);

export function createReaderState(root: HTMLElement, hint: HTMLElement, callbacks: ReaderCallbacks): ReaderState {
  const beads = collectBeads(root);
  return {
    root,
    hint,
    callbacks,
    beads,
    lookup: lookupOver(root, beads),
    reducedMotion: window.matchMedia("(prefers-reduced-motion: reduce)"),
    active: -1,
    activeFrom: null,
    hintFrame: 0,
    tabbable: root.querySelector<HTMLElement>(`${SENTENCE}[tabindex="0"]`),
    selection: null,
    anchor: -1,
    anchorLang: "en",
    pendingClick: { timer: 0, run: null },
  };
}

function collectBeads(root: HTMLElement): BeadElements[] {
  const beads: BeadElements[] = [];
  for (const el of root.querySelectorAll<HTMLElement>(SENTENCE)) {
    const bead = (beads[beadOf(el)] ??= { all: [], en: [], zh: [] });
    bead.all.push(el);
    bead[langOf(el)].push(el);
  }
  return beads;
}

/** Paragraph fragments (#p3) resolve to the beads of the row with that id. */
function lookupOver(root: HTMLElement, beads: BeadElements[]): FragmentLookup {
  return beadLookup(
    Array.from(beads, (bead) => ({ en: bead?.en.map((el) => el.id) ?? [], zh: bead?.zh.map((el) => el.id) ?? [] })),
    (n) => {
      const row = document.getElementById(`p${n}`);
      if (!row || !root.contains(row)) return undefined;
      const inRow = [...row.querySelectorAll<HTMLElement>(SENTENCE)].map(beadOf);
      return inRow.length ? { first: Math.min(...inRow), last: Math.max(...inRow) } : undefined;
    },
  );
}

/**
 * What the server HTML leaves out because it would repeat on every sentence (rows-html.ts): each
 * sentence is focusable by script (tabindex -1, except the one tab stop), and its description
 * names its counterpart and its note, so a screen reader reads a sentence, then its translation.
 */
export function describeSentences({ beads }: ReaderState) {
  for (const bead of beads) {
    if (!bead) continue;
    for (const el of bead.all) {
      if (!el.hasAttribute("tabindex")) el.tabIndex = -1;
      const note = el.hasAttribute("data-unmatched") ? NOTE_UNMATCHED_ID : el.hasAttribute("data-uncertain") ? NOTE_UNCERTAIN_ID : null;
      const ids = [...bead[otherLang(langOf(el))].map((other) => other.id), ...(note ? [note] : [])];
      if (ids.length > 0) el.setAttribute("aria-describedby", ids.join(" "));
    }
  }
}

export type Detach = () => void;

/** Adds a listener and returns what removes it. */
export function listen<E extends Event>(target: EventTarget, type: string, handler: (event: E) => void, options?: AddEventListenerOptions): Detach {
  const listener = handler as EventListener;
  target.addEventListener(type, listener, options);
  return () => target.removeEventListener(type, listener, options);
}
