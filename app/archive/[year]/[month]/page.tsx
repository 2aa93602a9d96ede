import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/app/_components/ArticleList";
import { ListControls } from "@/app/_components/ListControls";
import { Timeline } from "@/app/_components/Timeline";
import { adjacentMonths, articlesOfMonth, facets, isMonth, monthLabelEn, monthLabelZh, monthsWithArticles, timeline } from "@/lib/site/archive";
import { getArticleIndex } from "@/lib/site/data";

// One static page per month that has articles; any other address reaches the page and gets
// notFound(), a plain 404 (`dynamicParams = false` logs a NoFallbackError each time, see the article page).

export function generateStaticParams() {
  return monthsWithArticles(getArticleIndex()).map((month) => ({ year: month.slice(0, 4), month: month.slice(5, 7) }));
}

type Props = { params: Promise<{ year: string; month: string }> };

async function monthOf(params: Props["params"]): Promise<string | null> {
  const { year, month } = await params;
  const value = `${year}-${month}`;
  return isMonth(value) ? value : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const month = await monthOf(params);
  return month ? { title: `${monthLabelEn(month)} · ${monthLabelZh(month)}` } : {};
}

export default async function MonthPage({ params }: Props) {
  const month = await monthOf(params);
  const index = getArticleIndex();
  const articles = month ? articlesOfMonth(index, month) : [];
  if (!month || articles.length === 0) notFound();
  const { pages, columns } = facets(articles);
  const { older, newer } = adjacentMonths(monthsWithArticles(index), month);
  const monthLink = (value: string) => `/archive/${value.replace("-", "/")}`;
  const year = timeline(index).find((y) => y.year === month.slice(0, 4));

  return (
    <>
      <header className="mb-8 max-w-[46rem]">
        <p className="meta">
          <a href="/" className="hover:text-accent">
            Archive
          </a>{" "}
          / {month.slice(0, 4)}
        </p>
        <h1 className="mt-2 text-[1.75rem] leading-tight font-semibold">
          {monthLabelEn(month)}{" "}
          <span lang="zh-Hans" className="ml-1 font-semibold">
            {monthLabelZh(month)}
          </span>
        </h1>
        <p className="mt-2 text-muted" data-month-count>
          {articles.length} article{articles.length === 1 ? "" : "s"}
        </p>
      </header>
      {year && (
        <div className="mb-8">
          <Timeline years={[year]} current={month} />
        </div>
      )}
      <div className="mb-4">
        <ListControls listId="month-list" pages={pages} columns={columns} />
      </div>
      <ArticleList id="month-list" articles={articles} label={`Articles of ${monthLabelEn(month)}`} />
      <nav aria-label="Months" className="meta mt-8 flex justify-between gap-4">
        <span>{older && <a href={monthLink(older)} rel="prev" className="hover:text-accent">← {monthLabelEn(older)}</a>}</span>
        <span>{newer && <a href={monthLink(newer)} rel="next" className="hover:text-accent">{monthLabelEn(newer)} →</a>}</span>
      </nav>
    </>
  );
}
