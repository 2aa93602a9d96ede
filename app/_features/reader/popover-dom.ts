/**
 * The translation popover over the server-rendered article. It never changes the article: it
 * watches the reading layer's attributes (data-hl on the hovered or focused bead, data-sel on the
 * selected ones, see reader/dom/selection.ts) and the view on <html>, and fills one fixed-position box, so
 * the page neither moves nor reflows.
 *
 *   English-only / 中文-only   the counterpart of the hovered, focused or tapped sentence
 *   stacked (interleaved)      the counterpart of the selected passage when none of it is on
 *                              screen (a deep link or a tap on a phone)
 *   every view                 the link's note: "No counterpart" or "Uncertain link (…)"
 */

const SENTENCE = "[data-b]";
const isShown = (el: Element) => el.getClientRects().length > 0;
const langOf = (el: Element): "en" | "zh" => (el.id.startsWith("z") ? "zh" : "en");

type Layout = "side-by-side" | "stacked" | "en" | "zh";

function currentLayout(): Layout {
  const view = document.documentElement.getAttribute("data-view");
  if (view === "en" || view === "zh") return view;
  if (view === "interleaved") return "stacked";
  // Mirrors globals.css: side by side from 40rem when asked for, from 56rem by default.
  const wide = window.matchMedia(view === "side-by-side" ? "(width >= 40rem)" : "(width >= 56rem)").matches;
  return wide ? "side-by-side" : "stacked";
}

function noteOf(el: HTMLElement): string | null {
  if (el.hasAttribute("data-unmatched")) return "No counterpart: the aligner found no translation of this sentence.";
  if (el.hasAttribute("data-uncertain")) return `Uncertain link (confidence ${el.dataset.confidence ?? "?"}): it may pair the wrong sentences.`;
  return null;
}

/** Mirrors globals.css: under 40rem the popover is a sheet across the screen. */
const isPhone = () => window.matchMedia("(width < 40rem)").matches;

/**
 * On a phone: a sheet just above the passage bar, or under the sticky header when the sentence it
 * belongs to is down where the sheet would cover it. The CSS reads the two offsets.
 */
function placeSheet(box: HTMLElement, first: DOMRect, last: DOMRect) {
  const bar = document.querySelector(".passage-bar")?.getBoundingClientRect();
  const bottom = bar ? window.innerHeight - bar.top : 0;
  box.style.removeProperty("top");
  box.style.removeProperty("left");
  box.style.setProperty("--sheet-bottom", `${Math.round(bottom)}px`);
  const sheetTop = window.innerHeight - bottom - box.offsetHeight;
  const header = document.querySelector<HTMLElement>("[data-sticky-header]:not([hidden])")?.getBoundingClientRect().bottom ?? 0;
  const covered = last.bottom > sheetTop;
  box.dataset.sheet = covered && first.top > header + box.offsetHeight ? "top" : "bottom";
  box.style.setProperty("--sheet-top", `${Math.round(header)}px`);
}

export function attachPopover(root: HTMLElement, box: HTMLElement): () => void {
  const textEl = box.querySelector<HTMLElement>("[data-popover-text]")!;
  const noteEl = box.querySelector<HTMLElement>("[data-popover-note]")!;
  let frame = 0;

  function hide() {
    box.hidden = true;
    box.removeAttribute("data-for");
  }

  function update() {
    frame = 0;
    const layout = currentLayout();
    const active =
      [...root.querySelectorAll<HTMLElement>(`${SENTENCE}[data-hl]`)].find((el) => el === document.activeElement || el.matches(":hover")) ?? null;
    const selected = [...root.querySelectorAll<HTMLElement>(`${SENTENCE}[data-sel]`)].filter(isShown);
    const anchor = active && isShown(active) ? active : selected[0];
    if (!anchor) return hide();
    // A selected sentence (tapped, or a deep link) stands for the whole selected passage.
    const fromSelection = anchor.hasAttribute("data-sel");
    const lang = langOf(anchor);
    const other = lang === "en" ? "zh" : "en";

    // The counterpart's sentences: of the anchor's bead, or of the whole selected passage.
    const counterpart = fromSelection
      ? [...root.querySelectorAll<HTMLElement>(`${SENTENCE}[data-sel]`)].filter((el) => langOf(el) === other)
      : [...root.querySelectorAll<HTMLElement>(`${SENTENCE}[data-b="${anchor.dataset.b}"]`)].filter((el) => langOf(el) === other);
    let showText = false;
    if (layout === "en" || layout === "zh") showText = true;
    else if (layout === "stacked" && fromSelection) {
      const rects = counterpart.flatMap((el) => [...el.getClientRects()]);
      // Under the passage bar is off screen too: the bar covers it.
      const floor = document.querySelector(".passage-bar")?.getBoundingClientRect().top ?? window.innerHeight;
      showText = rects.length > 0 && !rects.some((r) => r.bottom > 0 && r.top < floor);
    }
    const note = noteOf(anchor);
    const text = showText ? counterpart.map((el) => el.textContent ?? "").join(other === "en" ? " " : "") : "";
    if (!text && !note) return hide();

    const rects = [...anchor.getClientRects()];
    const first = rects[0];
    const last = rects[rects.length - 1];
    if (last.bottom < 0 || first.top > window.innerHeight) return hide();

    textEl.textContent = text;
    textEl.lang = other === "en" ? "en" : "zh-Hans";
    textEl.hidden = !text;
    noteEl.textContent = note ?? "";
    noteEl.hidden = !note;
    box.dataset.for = anchor.id;
    box.hidden = false;

    if (isPhone()) return placeSheet(box, first, last);
    // Below the sentence when it fits, else above; always inside the screen. Fixed: the page never moves.
    const margin = 8;
    const width = box.offsetWidth;
    const height = box.offsetHeight;
    const reserve = document.querySelector(".passage-bar") ? 72 : margin;
    let top = last.bottom + 6;
    if (top + height > window.innerHeight - reserve && first.top - 6 - height >= margin) top = first.top - 6 - height;
    top = Math.max(margin, Math.min(top, window.innerHeight - reserve - height));
    const left = Math.max(margin, Math.min(first.left, window.innerWidth - width - margin));
    box.style.top = `${Math.round(top)}px`;
    box.style.left = `${Math.round(left)}px`;
  }

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(root, { subtree: true, attributes: true, attributeFilter: ["data-hl", "data-sel"] });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-view"] });
  // The passage bar (Reader.tsx, a child of the article) is drawn after the selection: on a phone
  // the sheet moves above it once it is there. Its own observer: observing the root again with
  // the first one would replace the options above.
  const barObserver = new MutationObserver(schedule);
  barObserver.observe(root, { childList: true });
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape") hide();
  };
  window.addEventListener("scroll", schedule, { passive: true });
  window.addEventListener("resize", schedule);
  document.addEventListener("keydown", onKey);
  schedule();

  return () => {
    observer.disconnect();
    barObserver.disconnect();
    window.removeEventListener("scroll", schedule);
    window.removeEventListener("resize", schedule);
    document.removeEventListener("keydown", onKey);
    cancelAnimationFrame(frame);
  };
}
