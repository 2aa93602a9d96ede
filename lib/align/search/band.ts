import { fullBand, runDp, type Band, type DpBead, type DpOptions, type Grid, type Step } from "./dp";

/**
 * Coarse-to-fine search (Vecalign's recursion): when the grid is too large for an exact DP, pair up
 * neighbouring units into blocks, align the blocks the same way, project that path back onto the
 * finer grid and search only a band of `width` units around it. Each level costs O(units × band),
 * so the whole search is near-linear in time and memory.
 */

export interface SearchOptions extends DpOptions {
  /** Steps (in blocks) and cost used on the coarse levels. */
  coarseSteps: readonly Step[];
  coarseCost(i0: number, i1: number, j0: number, j1: number, step: number, budget: number): number;
  /** Grids with at most this many cells are searched exactly. */
  exactCells: number;
  /** The same on the coarse levels (default `exactCells`): where the search stops halving. */
  coarseExactCells?: number;
  /** Half-width, in units, of the band around the path projected onto the finest grid. */
  width: number;
  /** The same on the coarse grids, where a unit is a block and the path is rarely off by more. */
  coarseWidth: number;
  /**
   * A path already found on this grid (a previous pass with other costs): search a band around it
   * instead of repeating the coarse passes.
   */
  guide?: readonly DpBead[];
}

export function identityGrid(srcStart: number, srcEnd: number, tgtStart: number, tgtEnd: number): Grid {
  return { srcBounds: range(srcStart, srcEnd), tgtBounds: range(tgtStart, tgtEnd) };
}

export function search(grid: Grid, options: SearchOptions): DpBead[] {
  const rows = grid.srcBounds.length - 1;
  const cols = grid.tgtBounds.length - 1;
  if ((rows + 1) * (cols + 1) <= options.exactCells || rows < 4 || cols < 4) {
    return runDp(grid, fullBand(rows, cols), options);
  }
  if (options.guide) return searchBand(grid, bandAroundPath(options.guide, rows, cols, 1, options.width), options);
  const coarseGrid = { srcBounds: halve(grid.srcBounds), tgtBounds: halve(grid.tgtBounds) };
  const coarseExactCells = options.coarseExactCells ?? options.exactCells;
  const coarsePath = search(coarseGrid, {
    ...options,
    steps: options.coarseSteps,
    cost: options.coarseCost,
    temperature: undefined,
    width: options.coarseWidth,
    exactCells: coarseExactCells,
  });
  return searchBand(grid, bandAroundPath(coarsePath, rows, cols, 2, options.width), options);
}

/** Widenings of a band before its path is accepted as it is. */
const MAX_WIDENINGS = 4;

/**
 * The DP inside a band, widened where the best path runs along the band's edge and searched
 * again: a path pressed against the edge is one the band held back (a coarse level misled by
 * repeated text, a guide from a worse model), and the better path is likely just outside.
 */
function searchBand(grid: Grid, band: Band, options: SearchOptions): DpBead[] {
  let path = runDp(grid, band, options);
  for (let k = 0; k < MAX_WIDENINGS; k++) {
    const wider = widenWhereHeld(path, band, grid.tgtBounds.length - 1, 2 * options.width);
    if (!wider) break;
    band = wider;
    path = runDp(grid, band, options);
  }
  return path;
}

/**
 * The band widened by `width` units around the stretches where the path touches its edge (not
 * the grid's edge), or null when the path touches it nowhere.
 */
export function widenWhereHeld(path: readonly DpBead[], band: Band, cols: number, width: number): Band | null {
  const rows = band.lo.length - 1;
  const lo = Int32Array.from(band.lo);
  const hi = Int32Array.from(band.hi);
  let held = false;
  for (const b of path) {
    const atLow = b.v1 === band.lo[b.u1] && band.lo[b.u1] > 0;
    const atHigh = b.v1 === band.hi[b.u1] && band.hi[b.u1] < cols;
    if (!atLow && !atHigh) continue;
    held = true;
    for (let r = Math.max(0, b.u1 - width); r <= Math.min(rows, b.u1 + width); r++) {
      if (atLow) lo[r] = Math.max(0, Math.min(lo[r], b.v1 - width));
      if (atHigh) hi[r] = Math.min(cols, Math.max(hi[r], b.v1 + width));
    }
  }
  if (!held) return null;
  // Monotone again, so every cell of the band stays reachable.
  for (let r = 1; r <= rows; r++) if (hi[r] < hi[r - 1]) hi[r] = hi[r - 1];
  for (let r = rows - 1; r >= 0; r--) if (lo[r] > lo[r + 1]) lo[r] = lo[r + 1];
  return { lo, hi };
}

/** Every other boundary, always keeping the last one. */
function halve(bounds: Int32Array): Int32Array {
  const units = bounds.length - 1;
  const out = new Int32Array(Math.ceil(units / 2) + 1);
  for (let k = 0; k < out.length - 1; k++) out[k] = bounds[2 * k];
  out[out.length - 1] = bounds[units];
  return out;
}

/**
 * The cells a coarse path covers once each block is expanded into `factor` fine units, widened by
 * `width` units to each side and made monotone so every cell of the band stays reachable.
 */
export function bandAroundPath(path: readonly DpBead[], rows: number, cols: number, factor: number, width: number): Band {
  const lo = new Int32Array(rows + 1).fill(cols);
  const hi = new Int32Array(rows + 1).fill(0);
  const toRow = (u: number) => Math.min(rows, u * factor);
  const toCol = (v: number) => Math.min(cols, v * factor);
  for (const b of path) {
    const c0 = toCol(b.v0);
    const c1 = toCol(b.v1);
    for (let r = toRow(b.u0); r <= toRow(b.u1); r++) {
      if (c0 < lo[r]) lo[r] = c0;
      if (c1 > hi[r]) hi[r] = c1;
    }
  }
  // Widen sideways: a diagonal path shifted by k rows is also within k columns of the band.
  const wideLo = new Int32Array(rows + 1);
  const wideHi = new Int32Array(rows + 1);
  for (let r = 0; r <= rows; r++) {
    wideLo[r] = Math.max(0, lo[r] - width);
    wideHi[r] = Math.min(cols, hi[r] + width);
  }
  wideLo[0] = 0;
  wideHi[rows] = cols;
  for (let r = 1; r <= rows; r++) if (wideHi[r] < wideHi[r - 1]) wideHi[r] = wideHi[r - 1];
  for (let r = rows - 1; r >= 0; r--) if (wideLo[r] > wideLo[r + 1]) wideLo[r] = wideLo[r + 1];
  return { lo: wideLo, hi: wideHi };
}

function range(start: number, end: number): Int32Array {
  const out = new Int32Array(end - start + 1);
  for (let k = 0; k < out.length; k++) out[k] = start + k;
  return out;
}
