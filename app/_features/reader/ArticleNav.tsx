import type { Neighbours } from "@/lib/site/archive";
import { formatDateEn } from "@/lib/site/format";

/** Previous (older) and next (newer) article by date, at the foot of an article. */
export function ArticleNav({ neighbours }: { neighbours: Neighbours }) {
  const { previous, next } = neighbours;
  if (!previous && !next) return null;
  const link = (rel: "prev" | "next", article: NonNullable<Neighbours["previous"]>) => (
    <a href={`/articles/${article.slug}`} rel={rel} data-nav={rel} className="group block">
      <span className="meta block">
        {rel === "prev" ? "← Previous" : "Next →"} · <time dateTime={article.en.date}>{formatDateEn(article.en.date)}</time>
      </span>
      <span lang="en" className="mt-1 block leading-snug group-hover:text-accent">
        {article.en.title}
      </span>
      <span lang="zh-Hans" className="title-zh mt-0.5 block text-[0.9375rem] group-hover:text-accent">
        {article.zh.title}
      </span>
    </a>
  );
  return (
    <nav aria-label="Articles by date" className="mt-12 grid gap-6 border-t border-rule pt-6 sm:grid-cols-2">
      <div>{previous && link("prev", previous)}</div>
      <div className="sm:text-right">{next && link("next", next)}</div>
    </nav>
  );
}
