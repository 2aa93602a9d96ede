/**
 * The concordance's chart: matches per year, stacked by rendering. Pure: from the API's rendering
 * summary to the series and bars the SVG draws and the table beside it lists. The most frequent
 * renderings get a series each; the rest are summed as "other renderings"; pairs with none found
 * are a series of their own, drawn last. Years without matches between the first and the last are
 * kept as empty bars, so the time axis is even.
 */
export const NONE = "-";
export const OTHER = "+";

export interface SummaryYear {
  year: number;
  counts: { rendering: string; count: number }[];
}

export interface ChartModel {
  /** Renderings in stacking order (OTHER and NONE at the end when present). */
  series: string[];
  years: { year: number; values: number[]; total: number }[];
  max: number;
}

export function chartModel(groups: readonly { rendering: string; count: number }[], years: readonly SummaryYear[], maxSeries = 5): ChartModel {
  const named = groups.filter((g) => g.rendering !== NONE).slice(0, maxSeries).map((g) => g.rendering);
  const hasOther = groups.filter((g) => g.rendering !== NONE).length > named.length;
  const hasNone = groups.some((g) => g.rendering === NONE);
  const series = [...named, ...(hasOther ? [OTHER] : []), ...(hasNone ? [NONE] : [])];
  const index = new Map(named.map((r, i) => [r, i]));
  const byYear = new Map(years.map((y) => [y.year, y]));
  const out: ChartModel["years"] = [];
  if (years.length > 0) {
    const first = Math.min(...years.map((y) => y.year));
    const last = Math.max(...years.map((y) => y.year));
    for (let year = first; year <= last; year++) {
      const values = new Array<number>(series.length).fill(0);
      for (const { rendering, count } of byYear.get(year)?.counts ?? []) {
        const at = rendering === NONE ? series.indexOf(NONE) : (index.get(rendering) ?? series.indexOf(OTHER));
        values[at] += count;
      }
      out.push({ year, values, total: values.reduce((a, b) => a + b, 0) });
    }
  }
  return { series, years: out, max: Math.max(0, ...out.map((y) => y.total)) };
}

/** How a rendering is named on the page. */
export function renderingLabel(rendering: string): string {
  if (rendering === NONE) return "(no dictionary match)";
  if (rendering === OTHER) return "other renderings";
  return rendering;
}
