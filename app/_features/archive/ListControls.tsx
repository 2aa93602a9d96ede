"use client";

import { formatListView, type ListView } from "@/lib/site/archive";
import { FacetSelects, facetField } from "@/app/_shared/FacetSelects";

/**
 * Filters (page, column) and order (newest or oldest first) of a month's list. The list is the
 * server's: a choice loads the address that asks for it (`?page=6&column=…&sort=oldest`), from its
 * first part, so a filtered list can be linked and reloads as it was.
 */
export function ListControls({ pages, columns, view, total, first, shown }: { pages: string[]; columns: string[]; view: ListView; total: number; first: number; shown: number }) {
  const update = (next: ListView) => {
    const url = new URL(window.location.href);
    url.search = formatListView(next);
    window.location.assign(url.href);
  };
  const range = shown === total ? `${total} shown` : `${first}–${first + shown - 1} of ${total} shown`;

  return (
    <div className="meta flex flex-wrap items-center gap-x-5 gap-y-2" data-list-controls>
      <FacetSelects pages={pages} columns={columns} value={view} onChange={(next) => update({ ...view, ...next })} />
      <label>
        Order{" "}
        <select className={facetField} value={view.sort} onChange={(e) => update({ ...view, sort: e.target.value === "oldest" ? "oldest" : "newest" })} data-sort>
          <option value="newest">newest first</option>
          <option value="oldest">oldest first</option>
        </select>
      </label>
      <span aria-live="polite" data-shown>
        {range}
      </span>
    </div>
  );
}
