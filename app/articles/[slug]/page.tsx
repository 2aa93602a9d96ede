import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LearnControls } from "@/app/_components/LearnControls";
import { PrintSource } from "@/app/_components/PrintSource";
import { Reader } from "@/app/_components/Reader";
import { ReaderSettings } from "@/app/_components/ReaderSettings";
import { Rows, pairGrid } from "@/app/_components/Rows";
import { TranslationPopover } from "@/app/_components/TranslationPopover";
import { ViewControl } from "@/app/_components/ViewControl";
import { DownloadMenu } from "@/app/_components/DownloadMenu";
import { getArticle, getArticleIndex } from "@/lib/site/data";
import { formatDateEn, formatDateZh, pageLabelZh } from "@/lib/site/format";

// Every article is prerendered. An unknown slug reaches the page and gets notFound(), a plain 404:
// `dynamicParams = false` would give the same 404 but makes Next 15 log an internal
// NoFallbackError with a stack trace for each one (vercel/next.js#90537).

export function generateStaticParams() {
  return getArticleIndex().map(({ slug }) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return article ? { title: article.en.title, description: article.zh.title } : {};
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const { en, zh } = article;
  const zhPage = pageLabelZh(zh.page, en.page);

  return (
    <article id="reader" data-slug={article.slug}>
      <header className="article-header">
        <h1 className={pairGrid}>
          <span lang="en" className="block text-[1.75rem] leading-[1.25] font-semibold text-balance">
            {en.title}
          </span>
          <span lang="zh-Hans" className="title-zh block text-[1.625rem] leading-[1.5] font-semibold wide:text-[1.75rem]">
            {zh.title}
          </span>
        </h1>
        <div className={`${pairGrid} mt-4`}>
          <p lang="en" className="meta">
            <time dateTime={en.date}>{formatDateEn(en.date)}</time>
            {en.page && <> · Page {en.page}</>}
            {en.author && <> · {en.author}</>}
          </p>
          <p lang="zh-Hans" className="meta">
            <time dateTime={zh.date}>{formatDateZh(zh.date)}</time>
            {zhPage && <> · {zhPage}</>}
            {zh.column && <> · 专栏：{zh.column}</>}
          </p>
        </div>
        <div className="reader-controls">
          <ViewControl />
          <ReaderSettings>
            <LearnControls slug={article.slug} rootId="reader" />
          </ReaderSettings>
        </div>
      </header>
      <Rows rows={article.rows} beads={article.beads} />
      <p className="article-footer meta mt-10">
        Sentences are linked by this site&apos;s aligner; a dotted underline marks a link it is unsure of, ⊘ a sentence
        with no counterpart{article.beads.some((b) => b.checked) && <>, and a ✓ a link a person has checked</>}.{" "}
        <a href={`/articles/${article.slug}/alignment.json`} className="underline underline-offset-2 hover:text-accent">
          Alignment data
        </a>
      </p>
      <DownloadMenu slug={article.slug} />
      <PrintSource
        path={`/articles/${article.slug}`}
        source={[zh.title, formatDateZh(zh.date), zhPage].filter(Boolean).join("，")}
      />
      <span id="article-end" hidden />
      <Reader rootId="reader" />
      <TranslationPopover rootId="reader" />
    </article>
  );
}
