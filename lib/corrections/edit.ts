import type { ContentProblem } from "@/lib/content/types";
import { formatPinLine } from "./format";
import { parseLinks } from "./parse";
import { formatPinIds, resolvePins } from "./resolve";

/**
 * Edits of a corrections file's text, as `npm run pin` (and an editor) makes them: pins are
 * inserted in document order with the hashes of their text, a pin over the same sentences
 * replaces the old line, comments and other lines stay as they are. The result is checked
 * against the article; with any problem the edit is refused and the text left unchanged.
 */

export interface PinEdit {
  en: readonly number[];
  zh: readonly number[];
}

export type EditResult = { ok: true; text: string } | { ok: false; problems: ContentProblem[] };

const overlaps = (a: readonly number[], b: readonly number[]) => a.length > 0 && b.length > 0 && a[0] <= b[b.length - 1] && b[0] <= a[a.length - 1];

/** Adds (or replaces) pins. `en`/`zh` are the article's sentences, flattened. */
export function addPins(file: string, text: string, edits: readonly PinEdit[], en: readonly string[], zh: readonly string[]): EditResult {
  const lines = text === "" ? [] : text.replace(/\n$/, "").split("\n");
  for (const edit of edits) {
    const { pins } = parseLinks(file, lines.join("\n"));
    // The same sentences pinned before: that line goes.
    const replaced = pins.filter((p) => overlaps(p.en, edit.en) || overlaps(p.zh, edit.zh));
    for (const p of [...replaced].reverse()) lines.splice(p.line - 1, 1);
    const remaining = parseLinks(file, lines.join("\n")).pins;
    // Before the first pin that comes after it on a side both have.
    const after = remaining.find((p) => (p.en.length > 0 && edit.en.length > 0 ? p.en[0] > edit.en[0] : p.zh.length > 0 && edit.zh.length > 0 && p.zh[0] > edit.zh[0]));
    const at = after ? after.line - 1 : lines.length;
    lines.splice(at, 0, formatPinLine(edit, en, zh));
  }
  return checked(file, lines, en, zh);
}

/** Removes the pins over exactly these sentences; a pin not in the file is a problem. */
export function removePins(file: string, text: string, edits: readonly PinEdit[], en: readonly string[], zh: readonly string[]): EditResult {
  const lines = text.replace(/\n$/, "").split("\n");
  const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((k, i) => k === b[i]);
  for (const edit of edits) {
    const pin = parseLinks(file, lines.join("\n")).pins.find((p) => same(p.en, edit.en) && same(p.zh, edit.zh));
    if (!pin) return { ok: false, problems: [{ file, line: 1, message: `no pin "${formatPinIds(edit)}" in this file` }] };
    lines.splice(pin.line - 1, 1);
  }
  return checked(file, lines, en, zh);
}

function checked(file: string, lines: string[], en: readonly string[], zh: readonly string[]): EditResult {
  const text = lines.length > 0 ? `${lines.join("\n")}\n` : "";
  const parsed = parseLinks(file, text);
  const resolved = resolvePins(file, parsed.pins, en, zh);
  const problems = [...parsed.problems, ...resolved.problems];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, text };
}

/** Checks a whole corrections text against the article (what undo writes back): the same check every edit passes. */
export function checkLinks(file: string, text: string, en: readonly string[], zh: readonly string[]): EditResult {
  const lines = text === "" ? [] : text.replace(/\n$/, "").split("\n");
  return checked(file, lines, en, zh);
}

/**
 * Edit mode's operations, on the sentences a person selected (0-based indices, each side a run of
 * neighbours, either side may be empty) and the article's links as the page shows them:
 *
 *   link    the selected English and Chinese sentences translate each other (one pinned link);
 *           selecting exactly one link's sentences and linking them confirms it as it stands
 *   unlink  each selected sentence has no counterpart (`e20 = -`, `- = z7`)
 *   merge   the links holding the selected sentences, and any between them, become one
 *   split   the one link holding the selection is cut in up to three: the sentences before the
 *           selection, the selection, the sentences after it, each side in order; all are pinned
 *   unpin   the pins holding any selected sentence are removed: the aligner decides again
 *
 * The plan names pins to remove and to add; `editLinks` applies it to the file's text.
 */
export type EditAction = "link" | "unlink" | "merge" | "split" | "unpin";

export const EDIT_ACTIONS: readonly EditAction[] = ["link", "unlink", "merge", "split", "unpin"];

export interface SentenceSelection {
  en: readonly number[];
  zh: readonly number[];
}

export type EditPlan = { ok: true; add: PinEdit[]; remove: PinEdit[] } | { ok: false; message: string };

const SIDE_WORD = { en: "English", zh: "Chinese" } as const;

/** Why a side of the selection cannot be one side of a link, or null when it can. */
function sideProblem(indices: readonly number[], lang: "en" | "zh"): string | null {
  for (let k = 1; k < indices.length; k++) {
    if (indices[k] !== indices[0] + k) return `the selected ${SIDE_WORD[lang]} sentences are not neighbours: a link joins a run of sentences`;
  }
  return null;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

export function planEdit(action: EditAction, selection: SentenceSelection, beads: readonly PinEdit[], pinned: readonly PinEdit[]): EditPlan {
  const { en, zh } = selection;
  if (en.length === 0 && zh.length === 0) return { ok: false, message: "select sentences first (click a sentence; shift-click extends on its side)" };
  const problem = sideProblem(en, "en") ?? sideProblem(zh, "zh");
  if (problem) return { ok: false, message: problem };
  const holding = beads.flatMap((bead, n) => (bead.en.some((k) => en.includes(k)) || bead.zh.some((k) => zh.includes(k)) ? [n] : []));
  if (holding.length === 0) return { ok: false, message: "the selected sentences are not in this article" };

  switch (action) {
    case "link":
      if (en.length === 0 || zh.length === 0) return { ok: false, message: "select sentences on both sides to link them (Unlink marks sentences with no counterpart)" };
      return { ok: true, add: [{ en: [...en], zh: [...zh] }], remove: [] };
    case "unlink":
      return { ok: true, add: [...en.map((k) => ({ en: [k], zh: [] })), ...zh.map((k) => ({ en: [], zh: [k] }))], remove: [] };
    case "merge": {
      const first = holding[0];
      const last = holding[holding.length - 1];
      if (first === last) return { ok: false, message: "select sentences of at least two links to merge them" };
      const merged = beads.slice(first, last + 1);
      const add = { en: merged.flatMap((b) => b.en), zh: merged.flatMap((b) => b.zh) };
      if (add.en.length === 0 || add.zh.length === 0) return { ok: false, message: `the merged link would have no ${SIDE_WORD[add.en.length === 0 ? "en" : "zh"]} sentence` };
      return { ok: true, add: [add], remove: [] };
    }
    case "split": {
      if (holding.length > 1) return { ok: false, message: "select sentences of one link to split it" };
      const bead = beads[holding[0]];
      const cut = (side: readonly number[], chosen: readonly number[]) => {
        if (chosen.length === 0) return { before: [...side], after: [] as number[] };
        return { before: range(side[0], chosen[0]), after: range(chosen[chosen.length - 1] + 1, side[side.length - 1] + 1) };
      };
      const e = cut(bead.en, en);
      const z = cut(bead.zh, zh);
      // Without English selected, the whole English side goes with the part before the selection.
      const parts = [
        { en: e.before, zh: z.before },
        { en: [...en], zh: [...zh] },
        { en: e.after, zh: z.after },
      ].filter((p) => p.en.length > 0 || p.zh.length > 0);
      if (parts.length < 2) return { ok: false, message: "select part of a link to split it off (the whole link is selected)" };
      return { ok: true, add: parts, remove: [] };
    }
    case "unpin": {
      const remove = pinned.filter((p) => p.en.some((k) => en.includes(k)) || p.zh.some((k) => zh.includes(k)));
      if (remove.length === 0) return { ok: false, message: "no pinned link holds the selected sentences" };
      return { ok: true, add: [], remove: remove.map((p) => ({ en: [...p.en], zh: [...p.zh] })) };
    }
  }
}

export type LinksEditResult = EditResult | { ok: false; refused: string };

/**
 * One edit-mode operation on a corrections file's text: planned on the page's links, then written
 * with `removePins` and `addPins`, so it passes the same check as `npm run pin`.
 */
export function editLinks(
  file: string,
  text: string,
  action: EditAction,
  selection: SentenceSelection,
  beads: readonly PinEdit[],
  en: readonly string[],
  zh: readonly string[],
): LinksEditResult {
  const plan = planEdit(action, selection, beads, parseLinks(file, text).pins);
  if (!plan.ok) return { ok: false, refused: plan.message };
  let next = text;
  if (plan.remove.length > 0) {
    const removed = removePins(file, next, plan.remove, en, zh);
    if (!removed.ok) return removed;
    next = removed.text;
  }
  return plan.add.length > 0 ? addPins(file, next, plan.add, en, zh) : checkLinks(file, next, en, zh);
}

/** `e12` → 11, `z3` → 2: the 0-based index of a page's sentence id. */
export function sentenceIndex(id: string): number {
  const match = /^[ez]([1-9][0-9]*)$/.exec(id);
  if (!match) throw new Error(`"${id}" is not a sentence id (e1, z1, …)`);
  return Number(match[1]) - 1;
}
