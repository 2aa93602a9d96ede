import type { Metadata } from "next";
import { Search } from "@/app/_features/search/Search";
import { archive } from "@/lib/site/data";
import { facetsOf, yearsWithArticles } from "@/lib/store/reader";
import { PageTitle } from "@/app/_shared/PageTitle";

export const metadata: Metadata = { title: "Search · 搜索" };

export default function SearchPage() {
  const db = archive();
  const { pages, columns } = facetsOf(db);
  return (
    <>
      <header className="mb-6 max-w-[46rem]">
        <PageTitle en="Search" zh="搜索" />
        <p className="mt-2 text-muted">
          Every sentence of every article, in English and Chinese. A result is a sentence and its translation; it opens the article at that sentence. The
          concordance marks how the first term is rendered in the other language and counts the renderings over the years.
        </p>
      </header>
      <Search years={[...yearsWithArticles(db)].reverse()} pages={pages} columns={columns} />
    </>
  );
}
