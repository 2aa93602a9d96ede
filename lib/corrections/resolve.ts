import type { ContentProblem } from "@/lib/content/types";
import { shortHash } from "@/lib/content/slug";
import type { Pin } from "./parse";

/**
 * Checks parsed pins against the article's sentences: ids that exist, text unchanged since the pin
 * was written (when the line carries hashes), and pins that are in document order, do not overlap
 * and do not cross (a monotone alignment cannot link e5 to z9 and e6 to z8).
 *
 * A pin with hashes follows its text: when a sentence was inserted or removed before it, so the
 * ids now point at other text but the pinned text is still in the article, the pin moves to it and
 * a warning says so. When the text itself changed, the pin is an error: a person must look again.
 */

export interface ResolvedPin {
  line: number;
  en: number[];
  zh: number[];
}

export interface ResolvedLinks {
  pins: ResolvedPin[];
  /** Errors: `npm run check` and the build fail on them. */
  problems: ContentProblem[];
  /** Pins that moved with their text; the build goes on, the line should be updated. */
  warnings: ContentProblem[];
}

type Side = "en" | "zh";
const NAME = { en: "English", zh: "Chinese" } as const;
const LETTER = { en: "e", zh: "z" } as const;

/** Six base-36 characters of the side's text, whitespace-insensitive; "-" for no sentence. */
export function sideHash(sentences: readonly string[], lang: Side): string {
  if (sentences.length === 0) return "-";
  return shortHash(sentences.map((s) => s.replace(/\s+/gu, " ").trim()).join(lang === "en" ? " " : ""));
}

export const idsOf = (indices: readonly number[], lang: Side) =>
  indices.length === 0 ? "-" : indices.map((k) => `${LETTER[lang]}${k + 1}`).join(" ");

export function formatPinIds(pin: { en: readonly number[]; zh: readonly number[] }): string {
  return `${idsOf(pin.en, "en")} = ${idsOf(pin.zh, "zh")}`;
}

export function resolvePins(file: string, pins: readonly Pin[], en: readonly string[], zh: readonly string[]): ResolvedLinks {
  const sentences = { en, zh };
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const resolved: ResolvedPin[] = [];

  for (const pin of pins) {
    const problem = (message: string) => problems.push({ file, line: pin.line, message });
    const at: Record<Side, number[] | null> = { en: pin.en, zh: pin.zh };
    for (const side of ["en", "zh"] as const) {
      const indices = pin[side];
      if (indices.length === 0) continue;
      const count = sentences[side].length;
      const inRange = indices[indices.length - 1] < count;
      const want = pin.hash?.[side];
      const now = inRange ? sideHash(indices.map((k) => sentences[side][k]), side) : null;
      if (want === undefined || want === now) {
        if (!inRange) {
          const last = indices.find((k) => k >= count)!;
          problem(`${LETTER[side]}${last + 1} is not a sentence of this article: it has ${count} ${NAME[side]} sentence${count === 1 ? "" : "s"} (${LETTER[side]}1–${LETTER[side]}${count})`);
          at[side] = null;
        }
        continue;
      }
      const moved = relocate(sentences[side], indices.length, want, indices[0], side);
      if (moved !== null) {
        const to = indices.map((_, k) => moved + k);
        warnings.push({
          file,
          line: pin.line,
          message: `${idsOf(indices, side)} moved to ${idsOf(to, side)} (same text, new position); update the line`,
          severity: "warning",
        });
        at[side] = to;
      } else {
        const reads = inRange ? `; ${idsOf(indices, side)} now read${indices.length === 1 ? "s" : ""} "${clip(indices.map((k) => sentences[side][k]).join(side === "en" ? " " : ""))}"` : "";
        problem(`the ${NAME[side]} text of this pin changed since it was pinned, and is nowhere else in the article${reads}: check the link, then rewrite the line (npm run pin) or delete it`);
        at[side] = null;
      }
    }
    if (at.en === null || at.zh === null) continue;
    const candidate: ResolvedPin = { line: pin.line, en: at.en, zh: at.zh };
    const clash = resolved.map((earlier) => conflict(earlier, candidate)).find((c) => c !== null);
    if (clash) {
      problem(clash);
      continue;
    }
    resolved.push(candidate);
  }
  return { pins: resolved, problems, warnings };
}

/** The start of the run of `length` sentences with this hash nearest to `near`, or null. */
function relocate(sentences: readonly string[], length: number, hash: string, near: number, side: Side): number | null {
  let best: number | null = null;
  for (let start = 0; start + length <= sentences.length; start++) {
    if (sideHash(sentences.slice(start, start + length), side) !== hash) continue;
    if (best === null || Math.abs(start - near) < Math.abs(best - near)) best = start;
  }
  return best;
}

/** Why `later` (listed after `earlier` in the file) cannot stand with it, or null when it can. */
function conflict(earlier: ResolvedPin, later: ResolvedPin): string | null {
  const where = `the pin on line ${earlier.line} (${formatPinIds(earlier)})`;
  const order: number[] = [];
  for (const side of ["en", "zh"] as const) {
    const a = earlier[side];
    const b = later[side];
    if (a.length === 0 || b.length === 0) continue;
    const overlap = b[0] <= a[a.length - 1] && a[0] <= b[b.length - 1];
    if (overlap) return `${NAME[side]} sentence ${LETTER[side]}${Math.max(a[0], b[0]) + 1} is already pinned by ${where}`;
    order.push(b[0] > a[0] ? 1 : -1);
  }
  if (order.length === 2 && order[0] !== order[1]) {
    return `crosses ${where}: links must keep both languages in the same order (monotone)`;
  }
  if (order.length > 0 && order.every((o) => o < 0)) {
    return `out of order: it comes before ${where} in the article; list pins in document order`;
  }
  return null;
}

function clip(text: string): string {
  const squashed = text.replace(/\s+/gu, " ").trim();
  return squashed.length > 60 ? `${squashed.slice(0, 57)}…` : squashed;
}
