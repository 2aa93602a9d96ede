/**
 * The order keys of the archive database. Pure.
 *
 * An article's row id is its place in date order: its day (days since 0000-01-01) times 2^17 plus a
 * slot within the day. A sentence pair's row id is its article's id times 2^14 plus the bead's
 * position. So `ORDER BY id` is date order for articles and for pairs alike, a month or a year is
 * a range of ids, and the full-text index, which returns pairs in row id order, gives search
 * results in date order without sorting them: the first page of a term found a million times
 * costs what the first page of a rare term costs. Both ids stay below 2^53, exact in JavaScript.
 */
import { daysInMonth } from "@/lib/content/dates";

const SLOT_BITS = 17;
const BEAD_BITS = 14;
const SLOTS = 2 ** SLOT_BITS;
const BEADS = 2 ** BEAD_BITS;
/** Beads an article may have: its pairs' ids must not run into the next slot. */
export const MAX_BEADS = BEADS;

/** Days since 0000-01-01 (proleptic Gregorian) of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  const at = new Date(Date.UTC(2000, month - 1, day));
  at.setUTCFullYear(year);
  return Math.round((at.getTime() - EPOCH) / 86_400_000);
}

const EPOCH = (() => {
  const at = new Date(Date.UTC(2000, 0, 1));
  at.setUTCFullYear(0);
  return at.getTime();
})();

/** The article id of a date and a slot in [0, 2^17). */
export const articleId = (date: string, slot: number) => dayNumber(date) * SLOTS + slot;

/** The first slot an article asks for on its day: from a hash of its file name, so it is the same on every build. */
export function preferredSlot(fileHash: string): number {
  return parseInt(fileHash.slice(0, 8), 16) % SLOTS;
}

/** The next slot to try when the preferred one is taken on that day. */
export const nextSlot = (slot: number) => (slot + 1) % SLOTS;

export const pairId = (article: number, bead: number) => article * BEADS + bead;

/** Article ids of the days from `first` to `last` (YYYY-MM-DD, inclusive). */
export function articleRange(first: string, last: string): { lo: number; hi: number } {
  return { lo: dayNumber(first) * SLOTS, hi: (dayNumber(last) + 1) * SLOTS - 1 };
}

/** Pair ids of the same days. */
export function pairRange(first: string, last: string): { lo: number; hi: number } {
  const { lo, hi } = articleRange(first, last);
  return { lo: lo * BEADS, hi: (hi + 1) * BEADS - 1 };
}

/** First and last date of a month ("1958-08") or a year ("1958"). */
export function dateSpan(period: string): { first: string; last: string } {
  if (/^\d{4}$/.test(period)) return { first: `${period}-01-01`, last: `${period}-12-31` };
  const [year, month] = period.split("-").map(Number);
  return { first: `${period}-01`, last: `${period}-${daysInMonth(year, month)}` };
}
