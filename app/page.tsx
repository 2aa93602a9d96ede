import { DownloadMenu } from "@/app/_components/DownloadMenu";
import { getArticleIndex } from "@/lib/site/data";
import { formatDateEn, pageLabelZh } from "@/lib/site/format";

export default function HomePage() {
  const articles = getArticleIndex();
  return (
    <>
      <header className="mb-10 max-w-[40rem] wide:mb-14">
        <h1 className="text-[1.75rem] leading-tight font-semibold">
          Articles <span lang="zh-Hans" className="ml-1 font-semibold">文章</span>
        </h1>
        <p className="mt-3 text-[1.0625rem] leading-relaxed text-muted">
          Chinese newspaper articles and their English translations, read side by side, paragraph by paragraph.
          Newest first.
        </p>
        <div className="mt-3">
          <DownloadMenu />
        </div>
      </header>
      <ol className="divide-y divide-rule border-y border-rule" aria-label="Articles, newest first">
        {articles.map((article) => {
          const zhPage = pageLabelZh(article.zh.page, article.en.page);
          return (
            <li key={article.slug} data-slug={article.slug} className="grid gap-x-10 gap-y-2 py-6 wide:grid-cols-[10rem_1fr]">
              <p className="meta wide:pt-1.5">
                <time dateTime={article.en.date}>{formatDateEn(article.en.date)}</time>
                {zhPage && (
                  <span lang="zh-Hans" className="ml-2 wide:ml-0 wide:block wide:mt-0.5">
                    {zhPage}
                  </span>
                )}
              </p>
              <a href={`/articles/${article.slug}`} className="group block max-w-[46rem]">
                <span lang="en" className="block text-[1.25rem] leading-snug font-semibold group-hover:text-accent text-balance">
                  {article.en.title}
                </span>
                <span lang="zh-Hans" className="title-zh mt-1.5 block text-[1.125rem] leading-normal group-hover:text-accent">
                  {article.zh.title}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </>
  );
}
