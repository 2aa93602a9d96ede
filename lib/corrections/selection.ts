/**
 * Edit mode's selection: a run of neighbouring sentences on each side, chosen independently.
 * A click chooses one sentence on its side (the other side keeps its choice), a shift-click
 * extends that side's run from where it was started, a click on the only chosen sentence of a
 * side drops it. Indices are 0-based, as in corrections pins.
 */
export interface EditSelection {
  en: number[];
  zh: number[];
  /** Where each side's run was started: the fixed end of a shift-click. */
  anchor: { en: number | null; zh: number | null };
}

export const NO_SELECTION: EditSelection = { en: [], zh: [], anchor: { en: null, zh: null } };

export function chooseSentence(selection: EditSelection, lang: "en" | "zh", k: number, extend: boolean): EditSelection {
  const from = selection.anchor[lang];
  if (extend && from !== null) {
    const low = Math.min(from, k);
    const run = Array.from({ length: Math.abs(from - k) + 1 }, (_, i) => low + i);
    return { ...selection, [lang]: run };
  }
  const side = selection[lang];
  if (side.length === 1 && side[0] === k) return { ...selection, [lang]: [], anchor: { ...selection.anchor, [lang]: null } };
  return { ...selection, [lang]: [k], anchor: { ...selection.anchor, [lang]: k } };
}

/** A link's sentences, chosen as a whole (the "next doubtful link" key selects the link it shows). */
export function selectionOf(sides: { en: readonly number[]; zh: readonly number[] }): EditSelection {
  return { en: [...sides.en], zh: [...sides.zh], anchor: { en: sides.en[0] ?? null, zh: sides.zh[0] ?? null } };
}

/**
 * The next stop of a walk through `count` stops from `position` (-1: not started), or null past
 * either end: the walk stops there rather than wrap round, so the reader knows the queue is done.
 */
export function stepStop(position: number, count: number, delta: 1 | -1): number | null {
  const next = position < 0 ? (delta > 0 ? 0 : count - 1) : position + delta;
  return next >= 0 && next < count ? next : null;
}
