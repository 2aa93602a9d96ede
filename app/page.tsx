import { ArticleList } from "@/app/_components/ArticleList";
import { DownloadMenu } from "@/app/_components/DownloadMenu";
import { Timeline } from "@/app/_components/Timeline";
import { TimelineFilters } from "@/app/_components/TimelineFilters";
import { archive } from "@/lib/site/data";
import { articleCount, facetsOf, latestArticles, timelineOf } from "@/lib/store/reader";

/** How many of the newest articles the home page lists; the rest are reached by month. */
const LATEST_COUNT = 20;

// Rendered per request from the database (a few indexed reads), so it is never older than the archive.
export const dynamic = "force-dynamic";

export default function HomePage() {
  const db = archive();
  const total = articleCount(db);
  const latest = latestArticles(db, LATEST_COUNT);
  return (
    <>
      <header className="mb-10 max-w-[40rem] wide:mb-14">
        <h1 className="text-[1.75rem] leading-tight font-semibold">
          Articles <span lang="zh-Hans" className="ml-1 font-semibold">文章</span>
        </h1>
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
        <TimelineFilters tableId="timeline" {...facetsOf(db)} />
        <Timeline id="timeline" years={timelineOf(db)} />
      </section>
      <section aria-labelledby="latest">
        <h2 id="latest" className="meta mb-3 font-semibold tracking-wide uppercase">
          Latest
        </h2>
        <ArticleList articles={latest} label="Articles, newest first" />
      </section>
    </>
  );
}
