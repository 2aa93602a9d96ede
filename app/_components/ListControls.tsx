"use client";

import { useEffect, useState } from "react";
import { formatListView, matchesListView, parseListView, type ListView } from "@/lib/site/archive";
import { FacetSelects, facetField } from "./FacetSelects";

/**
 * Filters (page, column) and order (newest or oldest first) for the server-rendered article list
 * `#listId`. It hides and reorders the list's items in place and keeps the choice in the address
 * (`?page=6&column=…&sort=oldest`), so a filtered list can be linked.
 */
export function ListControls({ listId, pages, columns }: { listId: string; pages: string[]; columns: string[] }) {
  const [view, setView] = useState<ListView>({ page: null, column: null, sort: "newest" });
  const [shown, setShown] = useState<number | null>(null);

  useEffect(() => {
    setView(parseListView(window.location.search, { pages, columns }));
  }, [pages, columns]);

  useEffect(() => {
    const list = document.getElementById(listId);
    if (!list) return;
    const items = [...list.querySelectorAll<HTMLElement>(":scope > li")];
    // Server order is newest first; date, then the server's order, decide either way.
    const ordered = items
      .map((item, i) => ({ item, i }))
      .sort((a, b) => {
        const byDate = (a.item.dataset.date ?? "").localeCompare(b.item.dataset.date ?? "");
        return view.sort === "oldest" ? byDate || b.i - a.i : -byDate || a.i - b.i;
      })
      .map(({ item }) => item);
    if (ordered.some((item, i) => items[i] !== item)) list.append(...ordered);
    let count = 0;
    for (const item of items) {
      const match = matchesListView({ page: item.dataset.page || null, column: item.dataset.column ?? "" }, view);
      item.hidden = !match;
      if (match) count++;
    }
    setShown(count);
  }, [listId, view]);

  const update = (next: ListView) => {
    setView(next);
    const url = new URL(window.location.href);
    url.search = formatListView(next);
    window.history.replaceState(window.history.state, "", url.href);
  };

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
        {shown !== null && `${shown} shown`}
      </span>
    </div>
  );
}
