import type { Metadata } from "next";
import { Search } from "@/app/_components/Search";

export const metadata: Metadata = { title: "Search · 搜索" };

export default function SearchPage() {
  return (
    <>
      <header className="mb-6 max-w-[46rem]">
        <h1 className="text-[1.75rem] leading-tight font-semibold">
          Search <span lang="zh-Hans" className="ml-1 font-semibold">搜索</span>
        </h1>
        <p className="mt-2 text-muted">
          Every sentence of every article, in English and Chinese. A result is a sentence and its translation; it opens the article at that sentence.
        </p>
      </header>
      <Search />
    </>
  );
}
