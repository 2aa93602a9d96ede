import type { PreparedSide } from "../../types";
import { extractNumbers } from "./extract";
import type { NumberKind, NumberMention } from "./mention";

/** Matching the numbers of two spans: which mentions of one side find a partner on the other. */
/**
 * How much a mention counts as evidence. Small counts, ordinals and "half" are often rendered
 * differently (两国 "both countries", 上半年 "the first half"), and English datelines add the month
 * a Chinese one leaves out (新华社3日讯 "Xinhua, August 3rd"), so these weigh half.
 */
export function mentionWeight(m: NumberMention): number {
  if (m.kind === "ordinal" || m.kind === "fraction" || m.kind === "month") return 0.5;
  if (m.kind === "count" && (m.range?.[1] ?? m.value) <= 10) return 0.5;
  return 1;
}

const KIND_CODES: Record<NumberKind, number> = { count: 0, percent: 1, year: 2, month: 3, day: 4, ordinal: 5, fraction: 6 };
const DAY = KIND_CODES.day;
const ORDINAL = KIND_CODES.ordinal;
const PERCENT = KIND_CODES.percent;

/**
 * The mentions of many sentences in flat arrays, sentence i owning [offset[i], offset[i+1]):
 * a span of sentences is a contiguous slice, so comparing spans allocates nothing.
 */
interface MentionTable {
  offset: Int32Array;
  kind: Int8Array;
  lo: Float64Array;
  hi: Float64Array;
  approx: Uint8Array;
  isRange: Uint8Array;
  /** ranges[k] = number of range mentions before mention k, to skip range checks cheaply. */
  ranges: Int32Array;
  weight: Float64Array;
  /** weightPrefix[k] = total weight of mentions before mention k. */
  weightPrefix: Float64Array;
}

function mentionTable(perSentence: readonly (readonly NumberMention[])[]): MentionTable {
  const n = perSentence.reduce((a, m) => a + m.length, 0);
  const t: MentionTable = {
    offset: new Int32Array(perSentence.length + 1),
    kind: new Int8Array(n),
    lo: new Float64Array(n),
    hi: new Float64Array(n),
    approx: new Uint8Array(n),
    isRange: new Uint8Array(n),
    ranges: new Int32Array(n + 1),
    weight: new Float64Array(n),
    weightPrefix: new Float64Array(n + 1),
  };
  let k = 0;
  perSentence.forEach((mentions, i) => {
    for (const m of mentions) {
      t.kind[k] = KIND_CODES[m.kind];
      t.lo[k] = m.range ? m.range[0] : m.value;
      t.hi[k] = m.range ? m.range[1] : m.value;
      t.approx[k] = m.approx ? 1 : 0;
      t.isRange[k] = m.range ? 1 : 0;
      t.weight[k] = mentionWeight(m);
      t.ranges[k + 1] = t.ranges[k] + t.isRange[k];
      t.weightPrefix[k + 1] = t.weightPrefix[k] + t.weight[k];
      k++;
    }
    t.offset[i + 1] = k;
  });
  return t;
}

const kindsMatch = (a: number, b: number) => a === b || (a === DAY && b === ORDINAL) || (a === ORDINAL && b === DAY);

/**
 * Equal within rounding: a translator may write 4.326 billion as "4.33 billion" (0.5%), and
 * "more than"/"about" allows 10%. Integers below 10,000 written exactly must be equal; ranges
 * match when they overlap.
 */
function looseMatch(A: MentionTable, i: number, B: MentionTable, j: number): boolean {
  const big = Math.max(Math.abs(A.hi[i]), Math.abs(B.hi[j]));
  const fuzzy = A.approx[i] || B.approx[j];
  const exactInts = !fuzzy && A.kind[i] !== PERCENT && big < 1e4 && Number.isInteger(A.lo[i]) && Number.isInteger(B.lo[j]);
  const tol = exactInts ? 0 : big * (fuzzy ? 0.1 : 0.005);
  return A.lo[i] <= B.hi[j] + tol && B.lo[j] <= A.hi[i] + tol;
}

/** A point that lies inside some range of the other span counts as matched too. */
function insideRange(A: MentionTable, i: number, B: MentionTable, b0: number, b1: number): boolean {
  if (A.isRange[i]) return false;
  for (let j = b0; j < b1; j++) {
    if (B.isRange[j] && kindsMatch(A.kind[i], B.kind[j]) && B.lo[j] <= A.lo[i] && A.lo[i] <= B.hi[j]) return true;
  }
  return false;
}

let usedA = new Uint8Array(64);
let usedB = new Uint8Array(64);

/**
 * One-to-one matching of the mentions A[a0, a1) and B[b0, b1): exact pairs first, then pairs
 * equal within rounding or overlapping as ranges; then leftover points inside a range of the
 * other side ("from 40,000 to 50,000" against 四五万). Writes weighted sums into `out`.
 */
function matchSpans(A: MentionTable, a0: number, a1: number, B: MentionTable, b0: number, b1: number, out: NumberOverlap): void {
  const na = a1 - a0;
  const nb = b1 - b0;
  if (na === 0 || nb === 0) {
    out.matchedA = out.matchedB = 0;
    out.totalA = A.weightPrefix[a1] - A.weightPrefix[a0];
    out.totalB = B.weightPrefix[b1] - B.weightPrefix[b0];
    return;
  }
  if (usedA.length < na) usedA = new Uint8Array(na * 2);
  if (usedB.length < nb) usedB = new Uint8Array(nb * 2);
  // Loops rather than fill: a span holds a few mentions, and the builtin's call cost more.
  for (let k = 0; k < na; k++) usedA[k] = 0;
  for (let k = 0; k < nb; k++) usedB[k] = 0;
  let pairs = 0;
  for (let pass = 0; pass < 2 && pairs < na && pairs < nb; pass++) {
    for (let i = a0; i < a1; i++) {
      if (usedA[i - a0]) continue;
      for (let j = b0; j < b1; j++) {
        if (usedB[j - b0] || !kindsMatch(A.kind[i], B.kind[j])) continue;
        const hit = pass === 0 ? A.lo[i] === B.lo[j] && A.hi[i] === B.hi[j] : looseMatch(A, i, B, j);
        if (hit) {
          usedA[i - a0] = usedB[j - b0] = 1;
          pairs++;
          break;
        }
      }
    }
  }
  const rangesA = A.ranges[a1] - A.ranges[a0];
  const rangesB = B.ranges[b1] - B.ranges[b0];
  out.matchedA = out.matchedB = out.totalA = out.totalB = 0;
  for (let i = a0; i < a1; i++) {
    out.totalA += A.weight[i];
    if (usedA[i - a0] || (rangesB > 0 && insideRange(A, i, B, b0, b1))) out.matchedA += A.weight[i];
  }
  for (let j = b0; j < b1; j++) {
    out.totalB += B.weight[j];
    if (usedB[j - b0] || (rangesA > 0 && insideRange(B, j, A, a0, a1))) out.matchedB += B.weight[j];
  }
}

export interface NumberOverlap {
  /** Weighted mentions of `a` that found a partner in `b`. */
  matchedA: number;
  matchedB: number;
  /** Weighted totals (see `mentionWeight`). */
  totalA: number;
  totalB: number;
}

/** Weighted overlap of two multisets of mentions (see `matchSpans` for the matching). */
export function numberSimilarity(a: readonly NumberMention[], b: readonly NumberMention[]): NumberOverlap {
  const out: NumberOverlap = { matchedA: 0, matchedB: 0, totalA: 0, totalB: 0 };
  matchSpans(mentionTable([a]), 0, a.length, mentionTable([b]), 0, b.length, out);
  return out;
}

/** Weighted evidence for a span pair; `srcMatched + tgtMatched` is what found a partner. */
export interface NumberEvidence {
  srcMatched: number;
  tgtMatched: number;
  srcTotal: number;
  tgtTotal: number;
}

/**
 * Evidence for the span pair; the returned object is reused by the next call, so copy what you
 * keep.
 */
export type NumberEvidenceFn = (srcStart: number, srcEnd: number, tgtStart: number, tgtEnd: number) => Readonly<NumberEvidence>;

/** Extracts every sentence's mentions once; the returned function compares spans. */
export function prepareNumberEvidence(src: PreparedSide, tgt: PreparedSide): NumberEvidenceFn {
  const A = mentionTable(src.sentences.map((s) => extractNumbers(s, src.lang)));
  const B = mentionTable(tgt.sentences.map((s) => extractNumbers(s, tgt.lang)));
  const overlap: NumberOverlap = { matchedA: 0, matchedB: 0, totalA: 0, totalB: 0 };
  const result: NumberEvidence = { srcMatched: 0, tgtMatched: 0, srcTotal: 0, tgtTotal: 0 };
  return (i0, i1, j0, j1) => {
    matchSpans(A, A.offset[i0], A.offset[i1], B, B.offset[j0], B.offset[j1], overlap);
    result.srcMatched = overlap.matchedA;
    result.tgtMatched = overlap.matchedB;
    result.srcTotal = overlap.totalA;
    result.tgtTotal = overlap.totalB;
    return result;
  };
}
