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
