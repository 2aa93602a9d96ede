import type { YearCount } from "@/lib/site/archive";
import { monthLabelEn } from "@/lib/site/archive";
import "./timeline.css";

const MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Years by months, each year linking to its page and the number of articles in each month to that month's page. */
export function Timeline({ id, years, current }: { id?: string; years: YearCount[]; current?: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-center font-[family-name:var(--font-ui)] text-[0.8125rem] tabular-nums" id={id} data-timeline>
        <caption className="sr-only">Articles by year and month</caption>
        <thead>
          <tr className="text-muted">
            <th scope="col" className="py-1 pr-3 text-left font-normal">
              Year
            </th>
            {MONTH_ABBR.map((month) => (
              <th key={month} scope="col" className="px-1 py-1 font-normal">
                {month}
              </th>
            ))}
            <th scope="col" className="py-1 pl-3 text-right font-normal">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year.year} id={`y${year.year}`} className="border-t border-rule" data-year={year.year}>
              <th scope="row" className="py-1.5 pr-3 text-left font-semibold">
                <a href={`/archive/${year.year}`} className="hover:text-accent" data-year-link>
                  {year.year}
                </a>
              </th>
              {year.months.map((month) => (
                <td key={month.month}>
                  {month.count > 0 ? (
                    <a
                      href={`/archive/${month.month.replace("-", "/")}`}
                      aria-label={`${monthLabelEn(month.month)}: ${month.count} article${month.count === 1 ? "" : "s"}`}
                      aria-current={month.month === current ? "page" : undefined}
                      data-month={month.month}
                      className="tl-month"
                    >
                      {month.count}
                    </a>
                  ) : (
                    <span className="tl-empty" aria-hidden="true">
                      ·
                    </span>
                  )}
                </td>
              ))}
              <td className="py-1 pl-3 text-right text-muted">{year.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
