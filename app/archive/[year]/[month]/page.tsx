import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/app/_features/archive/ArticleList";
import { ListControls } from "@/app/_features/archive/ListControls";
import { ListParts } from "@/app/_features/archive/ListParts";
import { Timeline } from "@/app/_features/archive/Timeline";
import { formatListView, isMonth, LIST_PART_SIZE, monthLabelEn, monthLabelZh, parseListPart, parseListView, type YearCount } from "@/lib/site/archive";
import { archive } from "@/lib/site/data";
import { adjacentMonths, facetsOf, monthArticles, monthCounts, timelineOf } from "@/lib/store/reader";
import { PageTitle } from "@/app/_shared/PageTitle";

// Rendered per request from the database: the filters, order and part of the list come from the
// address. A month without articles, or a part past the end, is a plain 404.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ year: string; month: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function monthOf(params: Props["params"]): Promise<string | null> {
  const { year, month } = await params;
  const value = `${year}-${month}`;
  return isMonth(value) ? value : null;
}

/** The address's query as a string, each parameter once, for the defensive parsers of lib/site/archive. */
async function searchOf(searchParams: Props["searchParams"]): Promise<string> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) params.set(key, Array.isArray(value) ? value[0] : (value ?? ""));
  return params.toString();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const month = await monthOf(params);
  return month ? { title: `${monthLabelEn(month)} · ${monthLabelZh(month)}` } : {};
}

/** The nearest months before and after `month` with articles, among `counts` (months newest first). */
function adjacentFiltered(counts: Map<string, number>, month: string): { older: string | null; newer: string | null } {
  const months = [...counts.keys()];
  return { older: months.find((m) => m < month) ?? null, newer: months.filter((m) => m > month).at(-1) ?? null };
}

function filteredYear(year: YearCount, counts: Map<string, number>): YearCount {
  const months = year.months.map(({ month }) => ({ month, count: counts.get(month) ?? 0 }));
  return { year: year.year, count: months.reduce((sum, m) => sum + m.count, 0), months };
}

export default async function MonthPage({ params, searchParams }: Props) {
  const month = await monthOf(params);
  if (!month) notFound();
  const db = archive();
  const year = timelineOf(db, month.slice(0, 4))[0];
  const monthCount = year?.months.find((m) => m.month === month)?.count ?? 0;
  if (monthCount === 0) notFound();
  const search = await searchOf(searchParams);
  const { pages, columns } = facetsOf(db, month);
  const view = parseListView(search, { pages, columns });
  const part = parseListPart(search);
  const { articles, total } = monthArticles(db, month, { ...view, offset: (part - 1) * LIST_PART_SIZE, limit: LIST_PART_SIZE });
  if (articles.length === 0 && part > 1) notFound();
  // A filter (page, column) is kept by the strip and by previous/next, which then step to the
  // nearest months with articles that pass it; the strip counts those articles.
  const filtered = view.page !== null || view.column !== null;
  const query = filtered ? formatListView({ ...view, sort: "newest" }) : "";
  const { older, newer } = filtered ? adjacentFiltered(monthCounts(db, view), month) : adjacentMonths(db, month);
  const strip = filtered ? filteredYear(year, monthCounts(db, view)) : year;
  const monthLink = (value: string) => `/archive/${value.replace("-", "/")}${query}`;

  return (
    <>
      <header className="mb-8 max-w-[46rem]">
        <p className="meta">
          <a href="/" className="hover:text-accent">
            Archive
          </a>{" "}
          /{" "}
          <a href={`/archive/${month.slice(0, 4)}`} className="hover:text-accent">
            {month.slice(0, 4)}
          </a>
        </p>
        <PageTitle className="mt-2" en={monthLabelEn(month)} zh={monthLabelZh(month)} />
        <p className="mt-2 text-muted" data-month-count>
          {monthCount} article{monthCount === 1 ? "" : "s"}
        </p>
      </header>
      <div className="mb-8">
        <Timeline years={[strip]} current={month} query={query} />
      </div>
      <div className="mb-4">
        <ListControls pages={pages} columns={columns} view={view} total={total} first={(part - 1) * LIST_PART_SIZE + 1} shown={articles.length} />
      </div>
      <ArticleList id="month-list" articles={articles} label={`Articles of ${monthLabelEn(month)}`} />
      <ListParts view={view} part={part} parts={Math.ceil(total / LIST_PART_SIZE)} />
      <nav aria-label="Months" className="meta mt-8 flex justify-between gap-4">
        <span>{older && <a href={monthLink(older)} rel="prev" className="hover:text-accent">← {monthLabelEn(older)}</a>}</span>
        <span>{newer && <a href={monthLink(newer)} rel="next" className="hover:text-accent">{monthLabelEn(newer)} →</a>}</span>
      </nav>
    </>
  );
}
