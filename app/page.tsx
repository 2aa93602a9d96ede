import { ArticleList } from "@/app/_features/archive/ArticleList";
import { ListParts } from "@/app/_features/archive/ListParts";
import { Timeline } from "@/app/_features/archive/Timeline";
import { TimelineFilters } from "@/app/_features/archive/TimelineFilters";
import { DownloadMenu } from "@/app/_features/citation/DownloadMenu";
import { LIST_PART_SIZE, parseListPart, parseListView } from "@/lib/site/archive";
import { archive } from "@/lib/site/data";
import { articleCount, facetsOf, filteredArticles, latestArticles, timelineOf } from "@/lib/store/reader";
import { PageTitle } from "@/app/_shared/PageTitle";

/** How many of the newest articles the home page lists; the rest are reached by month. */
const LATEST_COUNT = 20;

// Rendered per request from the database (a few indexed reads), so it is never older than the archive.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: Props) {
  const db = archive();
  const total = articleCount(db);
  const latest = latestArticles(db, LATEST_COUNT);
  // With a page or column filter (TimelineFilters), the list under the timeline is the articles it
  // counts, in parts of LIST_PART_SIZE, instead of the latest.
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) params.set(key, Array.isArray(value) ? value[0] : (value ?? ""));
  const facets = facetsOf(db);
  const view = parseListView(params.toString(), facets);
  const part = parseListPart(params.toString());
  const filtered = view.page || view.column ? filteredArticles(db, { ...view, offset: (part - 1) * LIST_PART_SIZE, limit: LIST_PART_SIZE }) : null;
  return (
    <>
      <header className="mb-10 max-w-[40rem] wide:mb-14">
        <PageTitle en="Articles" zh="文章" />
        <p className="mt-3 text-[1.0625rem] leading-relaxed text-muted">
          Chinese newspaper articles and their English translations, read side by side, paragraph by paragraph.
          {total > LATEST_COUNT ? ` The ${LATEST_COUNT} newest of ${total.toLocaleString("en")}; browse the rest by year and month.` : " Newest first."}
        </p>
        <div className="mt-3">
          <DownloadMenu />
        </div>
      </header>
      <section aria-labelledby="by-month" className="mb-12">
        <h2 id="by-month" className="meta mb-3 font-semibold tracking-wide uppercase">
          By year and month
        </h2>
        <TimelineFilters tableId="timeline" {...facets} />
        <Timeline id="timeline" years={timelineOf(db)} />
      </section>
      {filtered ? (
        <section aria-labelledby="filtered">
          <h2 id="filtered" className="meta mb-3 font-semibold tracking-wide uppercase" data-filtered-count={filtered.total}>
            {[view.page && `Page ${view.page}`, view.column && `专栏：${view.column}`].filter(Boolean).join(" · ")} · {filtered.total} article
            {filtered.total === 1 ? "" : "s"}
          </h2>
          <ArticleList id="filtered-list" articles={filtered.articles} label="Articles that pass the filters, newest first" />
          <ListParts view={view} part={part} parts={Math.ceil(filtered.total / LIST_PART_SIZE)} />
        </section>
      ) : (
        <section aria-labelledby="latest">
          <h2 id="latest" className="meta mb-3 font-semibold tracking-wide uppercase">
            Latest
          </h2>
          <ArticleList articles={latest} label="Articles, newest first" />
        </section>
      )}
    </>
  );
}
