import type { YearCount } from "./archive";
import { monthLabelEn } from "./archive";
import { escapeHtml } from "./rows-html";

/*
 * The archive timeline as an HTML string: years by months, each year linking to its page and the
 * number of articles in each month to that month's page. Pure. A string, not JSX, so that the page
 * sends it once, as HTML, not again in React's flight data (StaticHtml.tsx): over the paper's
 * eighty years it is nearly a thousand cells.
 *
 * Markup contract (TimelineFilters.tsx and the e2e tests rely on it): `table[data-timeline]`, a row
 * `tr[data-year]` per year whose last cell is the year's total, each month with articles an
 * `a[data-month]` whose text is its count, each month without a `span.tl-empty`.
 */

const MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const plural = (n: number) => `${n} article${n === 1 ? "" : "s"}`;

function yearRow(year: YearCount, current: string | undefined, query: string): string {
  const cells = year.months.map(({ month, count }) => {
    if (count === 0) return '<td><span class="tl-empty" aria-hidden="true">·</span></td>';
    const currentAttribute = month === current ? ' aria-current="page"' : "";
    return `<td><a href="/archive/${month.replace("-", "/")}${escapeHtml(query)}" aria-label="${monthLabelEn(month)}: ${plural(count)}"${currentAttribute} data-month="${month}" class="tl-month">${count}</a></td>`;
  });
  const label = escapeHtml(year.year);
  return (
    `<tr id="y${label}" class="border-t border-rule" data-year="${label}">` +
    `<th scope="row" class="py-1.5 pr-3 text-left font-semibold"><a href="/archive/${label}" class="hover:text-accent" data-year-link="">${label}</a></th>` +
    `${cells.join("")}<td class="py-1 pl-3 text-right text-muted">${year.count}</td></tr>`
  );
}

/** `query` (a list view, `?page=6`) is kept by every month link, so a filter survives a move along the strip. */
export function timelineHtml(years: readonly YearCount[], options: { id?: string; current?: string; query?: string } = {}): string {
  const head = MONTH_ABBR.map((month) => `<th scope="col" class="px-1 py-1 font-normal">${month}</th>`).join("");
  return (
    `<table class="w-full border-collapse text-center font-[family-name:var(--font-ui)] text-[0.8125rem] tabular-nums"${options.id ? ` id="${escapeHtml(options.id)}"` : ""} data-timeline="">` +
    '<caption class="sr-only">Articles by year and month</caption>' +
    `<thead><tr class="text-muted"><th scope="col" class="py-1 pr-3 text-left font-normal">Year</th>${head}<th scope="col" class="py-1 pl-3 text-right font-normal">Total</th></tr></thead>` +
    `<tbody>${years.map((year) => yearRow(year, options.current, options.query ?? "")).join("")}</tbody></table>`
  );
}
