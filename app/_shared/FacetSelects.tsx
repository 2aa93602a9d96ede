/** The page and column filters of a list of articles (a month's list, the index's timeline). */
export interface Facets {
  page: string | null;
  column: string | null;
}

export const facetField = "rounded border border-rule bg-paper px-2 py-1 text-ink";

export function FacetSelects({ pages, columns, value, onChange }: { pages: string[]; columns: string[]; value: Facets; onChange(next: Facets): void }) {
  return (
    <>
      {pages.length > 0 && (
        <label>
          Page{" "}
          <select className={facetField} value={value.page ?? ""} onChange={(e) => onChange({ ...value, page: e.target.value || null })} data-filter="page">
            <option value="">all</option>
            {pages.map((page) => (
              <option key={page} value={page}>
                {page}
              </option>
            ))}
          </select>
        </label>
      )}
      {columns.length > 0 && (
        <label>
          Column{" "}
          <select className={facetField} value={value.column ?? ""} onChange={(e) => onChange({ ...value, column: e.target.value || null })} data-filter="column">
            <option value="">all</option>
            {columns.map((column) => (
              <option key={column} value={column} lang="zh-Hans">
                {column}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}
