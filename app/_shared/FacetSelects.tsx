/** The page and column filters of a list of articles (a month's list, the index's timeline). */
export interface Facets {
  page: string | null;
  column: string | null;
}

export const facetField = "rounded border border-rule bg-paper px-2 py-1 text-ink";

/** A labelled filter: "all" (or `none`) first, then the values; the empty choice is null. */
export function FilterSelect({ label, none = "all", values, value, onChange, filter, lang }: { label: string; none?: string; values: readonly string[]; value: string | null; onChange(next: string | null): void; filter: string; lang?: string }) {
  return (
    <label>
      {label}{" "}
      <select className={facetField} value={value ?? ""} onChange={(e) => onChange(e.target.value || null)} data-filter={filter}>
        <option value="">{none}</option>
        {values.map((v) => (
          <option key={v} value={v} lang={lang}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FacetSelects({ pages, columns, value, onChange }: { pages: string[]; columns: string[]; value: Facets; onChange(next: Facets): void }) {
  return (
    <>
      {pages.length > 0 && <FilterSelect label="Page" values={pages} value={value.page} onChange={(page) => onChange({ ...value, page })} filter="page" />}
      {columns.length > 0 && <FilterSelect label="Column" values={columns} value={value.column} onChange={(column) => onChange({ ...value, column })} filter="column" lang="zh-Hans" />}
    </>
  );
}
