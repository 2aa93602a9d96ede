"use client";

import { useEffect, useRef, useState } from "react";
import { formatListView, monthLabelEn, parseListView, type ListView } from "@/lib/site/archive";
import { FacetSelects } from "@/app/_shared/FacetSelects";

type Filter = Pick<ListView, "page" | "column">;

/**
 * Filters by page and column across the whole archive, on the server-rendered timeline `#tableId`
 * (Timeline.tsx). The counts come from /archive/counts.json, asked once per filter; each month
 * then shows how many of its articles pass, and links to its page with the same filters
 * (`/archive/1958/08?page=6`), where the month's own list applies them. Months with none show
 * "·" instead of a link. The choice is kept in the address (`/?page=6`), and the home page lists
 * the articles it counts there (app/page.tsx, in parts of 50), so a filtered timeline can be linked.
 */
export function TimelineFilters({ tableId, pages, columns }: { tableId: string; pages: string[]; columns: string[] }) {
  const [filter, setFilter] = useState<Filter>({ page: null, column: null });
  const [summary, setSummary] = useState("");
  const counted = useRef(new Map<string, Promise<Record<string, number>>>());
  // The server's links and totals, to restore when the filters are cleared.
  const original = useRef<Map<Element, { text: string; href: string | null; label: string | null }> | null>(null);

  useEffect(() => {
    const { page, column } = parseListView(window.location.search, { pages, columns });
    if (page || column) setFilter({ page, column });
  }, [pages, columns]);

  useEffect(() => {
    const table = document.getElementById(tableId);
    if (!table) return;
    const cells = [...table.querySelectorAll<HTMLAnchorElement>("a[data-month]")];
    const totals = [...table.querySelectorAll<HTMLElement>("tr[data-year] > td:last-child")];
    original.current ??= new Map([...cells, ...totals].map((el) => [el, { text: el.textContent ?? "", href: el.getAttribute("href"), label: el.getAttribute("aria-label") }]));
    const saved = original.current;

    if (!filter.page && !filter.column) {
      for (const [el, { text, href, label }] of saved) {
        el.textContent = text;
        if (href !== null) el.setAttribute("href", href);
        if (label !== null) el.setAttribute("aria-label", label);
        el.removeAttribute("data-filtered-out");
      }
      setSummary("");
      return;
    }

    let cancelled = false;
    const query = formatListView({ ...filter, sort: "newest" });
    let asked = counted.current.get(query);
    if (!asked) {
      asked = fetch(`/archive/counts.json${query}`).then((response) => {
        if (!response.ok) throw new Error(`counts.json: ${response.status}`);
        return response.json() as Promise<Record<string, number>>;
      });
      counted.current.set(query, asked);
    }
    asked.then(
      (data) => {
        if (cancelled) return;
        const counts = new Map(Object.entries(data));
        for (const cell of cells) {
          const month = cell.dataset.month!;
          const count = counts.get(month) ?? 0;
          cell.textContent = count > 0 ? String(count) : "·";
          cell.toggleAttribute("data-filtered-out", count === 0);
          if (count > 0) {
            cell.setAttribute("href", `${saved.get(cell)!.href}${query}`);
            cell.setAttribute("aria-label", `${monthLabelEn(month)}: ${count} article${count === 1 ? "" : "s"}`);
          } else {
            cell.removeAttribute("href");
            cell.removeAttribute("aria-label");
          }
        }
        for (const total of totals) {
          const year = total.parentElement!.dataset.year!;
          total.textContent = String([...counts].reduce((sum, [month, n]) => sum + (month.startsWith(`${year}-`) ? n : 0), 0));
        }
        const all = [...counts.values()].reduce((sum, n) => sum + n, 0);
        setSummary(`${all} article${all === 1 ? "" : "s"}`);
      },
      () => {
        counted.current.delete(query);
        if (!cancelled) setSummary("The filters could not be loaded.");
      },
    );
    return () => {
      cancelled = true;
    };
  }, [tableId, filter]);

  // The server lists the articles a filter counts (app/page.tsx), so a change loads that list.
  const update = (next: Filter) => {
    setFilter(next);
    const url = new URL(window.location.href);
    url.search = formatListView({ ...next, sort: "newest" });
    window.location.assign(url.href);
  };

  return (
    <div className="meta mb-3 flex flex-wrap items-center gap-x-5 gap-y-2" data-timeline-filters>
      <FacetSelects pages={pages} columns={columns} value={filter} onChange={(next) => update({ ...filter, ...next })} />
      <span aria-live="polite" data-filter-summary>
        {summary}
      </span>
    </div>
  );
}
