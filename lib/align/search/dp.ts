/**
 * Dynamic programming over a (possibly banded) grid of unit boundaries. Cell (u, v) means the
 * first u source units and v target units are aligned. A unit is a sentence, or a block of
 * sentences in the coarse passes; `srcBounds[u]` maps a unit boundary to a sentence index, so
 * costs are always asked for sentence ranges.
 */

export interface Grid {
  /** Sentence index of each source unit boundary; length = units + 1, from the first to the end. */
  srcBounds: Int32Array;
  tgtBounds: Int32Array;
}

/** Inclusive column range [lo[u], hi[u]] searched in each row u. */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

/** A move of the DP: how many source and target units one bead takes. */
export interface Step {
  du: number;
  dv: number;
}

export interface DpOptions {
  steps: readonly Step[];
  /**
   * Cost of the bead joining sentences [i0, i1) and [j0, j1) taken with step `step`. Past
   * `budget` the bead is hopeless, and a cost function may stop pricing it and return any value
   * above the budget.
   */
  cost(i0: number, i1: number, j0: number, j1: number, step: number, budget: number): number;
  /** When set, also compute each chosen bead's posterior probability at this temperature. */
  temperature?: number;
  /** Beads costlier than the best at their end cell by more than this are dropped (default PRUNE_MARGIN). */
  pruneMargin?: number;
}

/** A chosen bead, in units and in sentences. */
export interface DpBead {
  u0: number;
  u1: number;
  v0: number;
  v1: number;
  cost: number;
  /** Posterior probability of this exact bead (1 when no temperature was given). */
  posterior: number;
}

/**
 * A bead costlier than the best found so far at its end cell by more than this is dropped (and
 * need not be fully priced): it cannot be on the best path, and at the default temperature its
 * weight in the posterior is below e^(−12).
 */
const PRUNE_MARGIN = 3;

export function fullBand(rows: number, cols: number): Band {
  return { lo: new Int32Array(rows + 1), hi: new Int32Array(rows + 1).fill(cols) };
}

/**
 * Viterbi search for the cheapest monotone path from (0, 0) to (N, M) inside the band, and when a
 * temperature is given, a soft-min forward–backward pass over the same cells giving each chosen
 * bead's posterior: exp(−(α(start) + cost + β(end) − α(N, M)) / T), the probability of the bead
 * among all alignments weighted by exp(−cost / T).
 */
export function runDp(grid: Grid, band: Band, options: DpOptions): DpBead[] {
  const { srcBounds, tgtBounds } = grid;
  const { steps, cost, temperature } = options;
  const margin = options.pruneMargin ?? PRUNE_MARGIN;
  const rows = srcBounds.length - 1;
  const { lo, hi } = band;
  const rowStart = new Int32Array(rows + 2);
  for (let u = 0; u <= rows; u++) rowStart[u + 1] = rowStart[u] + Math.max(0, hi[u] - lo[u] + 1);
  const cells = rowStart[rows + 1];
  const nSteps = steps.length;
  const soft = temperature !== undefined && temperature > 0;
  const T = soft ? temperature : 1;

  const best = new Float64Array(cells).fill(Infinity);
  const back = new Uint8Array(cells).fill(255);
  const alpha = soft ? new Float64Array(cells).fill(Infinity) : null;
  // Each cell's row of step costs is set to ∞ when the loop reaches it (below), while it is in the
  // cache: a fill of the whole array beforehand was a pass of its own over tens of megabytes.
  const stepCost = soft ? new Float32Array(cells * nSteps) : null;
  const at = (u: number, v: number) => (v < lo[u] || v > hi[u] ? -1 : rowStart[u] + v - lo[u]);
  const order = soft ? Int32Array.from(steps, (_, s) => s) : unmatchedFirst(steps);

  if (at(0, 0) < 0) throw new Error("band must contain the origin");
  best[at(0, 0)] = 0;
  if (alpha) alpha[at(0, 0)] = 0;
  if (stepCost) stepCost.fill(Infinity, 0, nSteps);

  for (let u = 0; u <= rows; u++) {
    for (let v = lo[u]; v <= hi[u]; v++) {
      if (u === 0 && v === 0) continue;
      const idx = rowStart[u] + v - lo[u];
      let bestCost = Infinity;
      let bestStep = 255;
      let softMin = Infinity;
      let softSum = 0;
      if (stepCost) for (let s = 0; s < nSteps; s++) stepCost[idx * nSteps + s] = Infinity;
      for (let k = 0; k < nSteps; k++) {
        const s = order[k];
        const pu = u - steps[s].du;
        const pv = v - steps[s].dv;
        if (pu < 0 || pv < 0) continue;
        const pidx = at(pu, pv);
        if (pidx < 0) continue;
        const prev = best[pidx];
        if (prev === Infinity) continue;
        const budget = bestCost + margin - prev;
        const c = cost(srcBounds[pu], srcBounds[u], tgtBounds[pv], tgtBounds[v], s, budget);
        if (!(c < Infinity) || c > budget) continue;
        // Of equally cheap beads the first step wins, whatever order they were priced in.
        if (prev + c < bestCost || (prev + c === bestCost && s < bestStep)) {
          bestCost = prev + c;
          bestStep = s;
        }
        if (alpha && stepCost) {
          stepCost[idx * nSteps + s] = c;
          const term = alpha[pidx] + c;
          if (term < softMin) {
            softSum = softSum * Math.exp((term - softMin) / T) + 1;
            softMin = term;
          } else softSum += Math.exp((softMin - term) / T);
        }
      }
      best[idx] = bestCost;
      back[idx] = bestStep;
      if (alpha) alpha[idx] = softMin === Infinity ? Infinity : softMin - T * Math.log(softSum);
    }
  }

  const end = at(rows, tgtBounds.length - 1);
  if (end < 0 || best[end] === Infinity) throw new Error("no alignment path inside the band");

  const beads: DpBead[] = [];
  let u = rows;
  let v = tgtBounds.length - 1;
  while (u > 0 || v > 0) {
    const idx = at(u, v);
    const s = back[idx];
    const pu = u - steps[s].du;
    const pv = v - steps[s].dv;
    beads.push({ u0: pu, u1: u, v0: pv, v1: v, cost: best[idx] - best[at(pu, pv)], posterior: 1 });
    u = pu;
    v = pv;
  }
  beads.reverse();

  if (alpha && stepCost) {
    const beta = backwardSoftMin(grid, band, rowStart, steps, stepCost, T);
    const total = alpha[end];
    for (const b of beads) {
      const e = at(b.u1, b.v1);
      const s = back[e];
      const logp = -(alpha[at(b.u0, b.v0)] + stepCost[e * nSteps + s] + beta[e] - total) / T;
      b.posterior = Math.min(1, Math.max(0, Math.exp(logp)));
    }
  }
  return beads;
}

/**
 * The steps in the order a search without posteriors prices them: beads with an unmatched side
 * first. They cost next to nothing to price, and the best of them gives the linked beads after
 * them a finite budget, which a cost function may use to stop pricing a hopeless bead (the coarse
 * levels do). Only the cheapest bead is kept, so the order changes no result; with posteriors
 * every bead within the margin counts, and the steps keep their own order.
 */
function unmatchedFirst(steps: readonly Step[]): Int32Array {
  const unmatched = steps.flatMap((step, s) => (step.du === 0 || step.dv === 0 ? [s] : []));
  const linked = steps.flatMap((step, s) => (step.du === 0 || step.dv === 0 ? [] : [s]));
  return Int32Array.from([...unmatched, ...linked]);
}

/** β(u, v): soft-min cost of all ways to finish from (u, v), over the beads priced forward. */
function backwardSoftMin(
  grid: Grid,
  band: Band,
  rowStart: Int32Array,
  steps: readonly Step[],
  stepCost: Float32Array,
  T: number,
): Float64Array {
  const rows = grid.srcBounds.length - 1;
  const cols = grid.tgtBounds.length - 1;
  const { lo, hi } = band;
  const nSteps = steps.length;
  const beta = new Float64Array(rowStart[rows + 1]).fill(Infinity);
  beta[rowStart[rows] + cols - lo[rows]] = 0;
  for (let u = rows; u >= 0; u--) {
    for (let v = hi[u]; v >= lo[u]; v--) {
      const idx = rowStart[u] + v - lo[u];
      if (u === rows && v === cols) continue;
      let softMin = Infinity;
      let softSum = 0;
      for (let s = 0; s < nSteps; s++) {
        const nu = u + steps[s].du;
        const nv = v + steps[s].dv;
        if (nu > rows || nv < lo[nu] || nv > hi[nu]) continue;
        const nidx = rowStart[nu] + nv - lo[nu];
        const c = stepCost[nidx * nSteps + s];
        if (!(c < Infinity) || beta[nidx] === Infinity) continue;
        const term = c + beta[nidx];
        if (term < softMin) {
          softSum = softSum * Math.exp((term - softMin) / T) + 1;
          softMin = term;
        } else softSum += Math.exp((softMin - term) / T);
      }
      beta[idx] = softMin === Infinity ? Infinity : softMin - T * Math.log(softSum);
    }
  }
  return beta;
}
