import { chartModel, NONE, OTHER, renderingLabel } from "@/lib/search/chart";
import type { RenderingSummary } from "@/lib/serve/search-response";

/**
 * Matches per year stacked by rendering, over the whole archive within the filters: an SVG for the
 * eye (role="img", its summary in the label) and the same numbers as a table for screen readers
 * and for copying. Years run left to right; each bar's segments are the series bottom up.
 */

const COLOURS = ["#1f6f8b", "#c4552b", "#6b8e23", "#8a4fa3", "#b8860b"];
const colourOf = (rendering: string, i: number) => (rendering === NONE ? "#9a948a" : rendering === OTHER ? "#c9c2b4" : COLOURS[i % COLOURS.length]);

// Heights in pixels, positions across in per cent of the width: the chart fills any width while
// its labels keep their size (a scaled viewBox made them 5 px on a phone).
const HEIGHT = 160;
const AXIS = 18;
const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/**
 * A year label's place: centred under its bar, except under the first and last of narrow bars
 * (decades of years), where a centred label would spill out of the chart and be cut ("946"); there
 * it starts at the first bar's left edge or ends at the last one's right edge.
 */
function labelPlace(k: number, years: number, step: number): { x: string; textAnchor: "start" | "middle" | "end" } {
  const narrow = step < 0.05;
  if (narrow && k === 0) return { x: pct(0), textAnchor: "start" };
  if (narrow && k === years - 1) return { x: pct(1), textAnchor: "end" };
  return { x: pct(k * step + step / 2), textAnchor: "middle" };
}

export function ConcordanceChart({ summary, term }: { summary: RenderingSummary; term: string }) {
  const model = chartModel(summary.groups, summary.years);
  if (model.years.length === 0) return null;
  const step = 1 / model.years.length;
  const bar = Math.min(0.045, step * 0.8);
  const scale = (HEIGHT - AXIS - 4) / Math.max(1, model.max);
  // Eight labels at most: at 320 px each still has room for its four digits.
  const labelEvery = Math.ceil(model.years.length / 8);
  const first = model.years[0].year;
  const last = model.years.at(-1)!.year;
  return (
    <figure className="mt-4" data-chart>
      <figcaption className="meta mb-1">
        Matches per year, {first}–{last}, by rendering
      </figcaption>
      <ul className="meta mb-2 flex flex-wrap gap-x-4 gap-y-1" aria-hidden="true">
        {model.series.map((rendering, i) => (
          <li key={rendering} className="flex items-center gap-1">
            <span className="inline-block h-3 w-3 rounded-sm" style={{ background: colourOf(rendering, i) }} />
            {renderingLabel(rendering)}
          </li>
        ))}
      </ul>
      <svg
        height={HEIGHT}
        className="block w-full max-w-[40rem]"
        role="img"
        aria-label={`Bar chart: ${summary.total} matches of ${term} from ${first} to ${last}, stacked by rendering; the table below lists the numbers.`}
      >
        {model.years.map(({ year, values }, k) => {
          let y = HEIGHT - AXIS;
          const x = k * step + (step - bar) / 2;
          return (
            <g key={year}>
              {values.map((value, i) => {
                if (value === 0) return null;
                const h = value * scale;
                y -= h;
                return (
                  <rect key={i} x={pct(x)} y={y} width={pct(bar)} height={h} fill={colourOf(model.series[i], i)} data-year={year} data-series={model.series[i]}>
                    <title>{`${year}: ${renderingLabel(model.series[i])} ${value}`}</title>
                  </rect>
                );
              })}
              {k % labelEvery === 0 && (
                <text {...labelPlace(k, model.years.length, step)} y={HEIGHT - 4} fontSize="11" fill="currentColor">
                  {year}
                </text>
              )}
            </g>
          );
        })}
        <line x1="0" x2="100%" y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} stroke="currentColor" strokeWidth="0.5" />
      </svg>
      <table className="sr-only" data-chart-table>
        <caption>Matches of {term} per year and rendering</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {model.series.map((rendering) => (
              <th scope="col" key={rendering}>
                {renderingLabel(rendering)}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {model.years
            .filter((y) => y.total > 0)
            .map(({ year, values, total }) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                {values.map((value, i) => (
                  <td key={i}>{value}</td>
                ))}
                <td>{total}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </figure>
  );
}
