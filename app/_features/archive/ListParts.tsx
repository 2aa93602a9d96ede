import { formatListView, type ListView } from "@/lib/site/archive";

/** Links to the other parts of a long list (`?p=2`), keeping its filters and order; nothing for a list of one part. */
export function ListParts({ view, part, parts }: { view: ListView; part: number; parts: number }) {
  if (parts <= 1) return null;
  const shown = [...new Set([1, part - 2, part - 1, part, part + 1, part + 2, parts])].filter((n) => n >= 1 && n <= parts).sort((a, b) => a - b);
  const link = (n: number, label: string, rel?: string) =>
    n === part ? (
      <span aria-current="page" className="font-semibold">
        {label}
      </span>
    ) : (
      <a href={formatListView(view, n) || "?"} rel={rel} className="hover:text-accent">
        {label}
      </a>
    );
  return (
    <nav aria-label="Parts of the list" className="meta mt-6 flex flex-wrap items-center gap-x-3 gap-y-1" data-list-parts>
      {part > 1 && link(part - 1, "← Previous", "prev")}
      {shown.map((n, i) => (
        <span key={n}>
          {i > 0 && shown[i - 1] < n - 1 && <span className="mr-3">…</span>}
          {link(n, String(n))}
        </span>
      ))}
      {part < parts && link(part + 1, "Next →", "next")}
    </nav>
  );
}
