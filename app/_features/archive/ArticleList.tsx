import type { SiteArticleSummary } from "@/lib/site/article";
import { formatDateEn, pageLabelZh } from "@/lib/site/format";

/**
 * A list of articles, newest first: date and page on the left, both titles on the right. Each
 * item carries its date, page and column as data attributes for the list controls (ListControls).
 */
export function ArticleList({ articles, label, id }: { articles: SiteArticleSummary[]; label: string; id?: string }) {
  return (
    <ol id={id} data-article-list className="divide-y divide-rule border-y border-rule" aria-label={label}>
      {articles.map((article) => {
        const zhPage = pageLabelZh(article.zh.page, article.en.page);
        return (
          <li
            key={article.slug}
            data-slug={article.slug}
            data-date={article.en.date}
            data-page={article.en.page ?? ""}
            data-column={article.zh.column}
            className="grid gap-x-10 gap-y-2 py-6 wide:grid-cols-[10rem_1fr]"
          >
            <p className="meta wide:pt-1.5">
              <time dateTime={article.en.date}>{formatDateEn(article.en.date)}</time>
              {zhPage && (
                <span lang="zh-Hans" className="ml-2 wide:ml-0 wide:block wide:mt-0.5">
                  {zhPage}
                </span>
              )}
              {article.zh.column && (
                <span lang="zh-Hans" className="ml-2 wide:ml-0 wide:block wide:mt-0.5" data-column-label>
                  专栏：{article.zh.column}
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
  );
}
