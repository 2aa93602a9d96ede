import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Timeline } from "@/app/_features/archive/Timeline";
import { DownloadMenu } from "@/app/_features/citation/DownloadMenu";
import { isYear } from "@/lib/site/archive";
import { archive } from "@/lib/site/data";
import { adjacentYears, timelineOf } from "@/lib/store/reader";
import { PageTitle } from "@/app/_shared/PageTitle";

// A year's months and their article counts, with the year's downloads. Rendered on its first
// request and kept by the page cache while the year's counts are unchanged (lib/serve/page-cache.mjs).
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  return isYear(year) ? { title: `${year} · ${year}年` } : {};
}

export default async function YearPage({ params }: Props) {
  const { year } = await params;
  const db = archive();
  const counts = isYear(year) ? timelineOf(db, year)[0] : undefined;
  if (!counts) notFound();
  const { older, newer } = adjacentYears(db, year);
  return (
    <>
      <header className="mb-8 max-w-[46rem]">
        <p className="meta">
          <a href="/" className="hover:text-accent">
            Archive
          </a>
        </p>
        <PageTitle className="mt-2" en={year} zh={`${year}年`} />
        <p className="mt-2 text-muted" data-year-count>
          {counts.count.toLocaleString("en")} article{counts.count === 1 ? "" : "s"}
        </p>
        <div className="mt-3">
          <DownloadMenu scope={{ year }} />
        </div>
      </header>
      <Timeline years={[counts]} />
      <nav aria-label="Years" className="meta mt-8 flex justify-between gap-4">
        <span>{older && <a href={`/archive/${older}`} rel="prev" className="hover:text-accent">← {older}</a>}</span>
        <span>{newer && <a href={`/archive/${newer}`} rel="next" className="hover:text-accent">{newer} →</a>}</span>
      </nav>
    </>
  );
}
