import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CiteButton } from "@/app/_features/citation/CiteButton";
import { DownloadMenu } from "@/app/_features/citation/DownloadMenu";
import { LearnControls } from "@/app/_features/learners/LearnControls";
import { ArticleNav } from "@/app/_features/reader/ArticleNav";
import { PrintSource } from "@/app/_features/reader/PrintSource";
import { Reader } from "@/app/_features/reader/Reader";
import { Rows, pairGrid } from "@/app/_features/reader/Rows";
import { SourceLine } from "@/app/_features/reader/SourceLine";
import { StickyHeader } from "@/app/_features/reader/StickyHeader";
import { TranslationPopover } from "@/app/_features/reader/TranslationPopover";
import { ViewControl } from "@/app/_features/reader/ViewControl";
import { ReaderSettings } from "@/app/_features/settings/ReaderSettings";
import { ServerHtml } from "@/app/_shared/ServerHtml";
import type { SiteArticle } from "@/lib/site/article";
import type { CitationData } from "@/lib/site/citation";
import { cache } from "react";
import { archive } from "@/lib/site/data";
import { articleBySlug, neighboursOf } from "@/lib/store/reader";
import { formatDateEn, formatDateZh, pageLabelZh } from "@/lib/site/format";
import { stripBidiControls } from "@/lib/site/bidi";
import { SITE_IMAGE, citationTags, newsArticleJsonLd, paperName, scriptJson } from "@/lib/site/metadata";
import { siteConfig } from "@/site.config";

// No article is rendered by `next build`: each is rendered from the database on its first request
// and kept by the page cache (lib/serve/page-cache.mjs) while its data is unchanged. An unknown
// slug gets notFound(), a plain 404 that is never kept.
export function generateStaticParams() {
  return [];
}

const getArticle = cache((slug: string) => articleBySlug(archive(), slug));

type Props = { params: Promise<{ slug: string }> };

const articleUrl = (slug: string) => `${siteConfig.url}/articles/${slug}`;

function citationData(article: SiteArticle): CitationData {
  return {
    url: articleUrl(article.slug),
    siteName: siteConfig.name,
    en: { title: article.en.title, author: article.en.author, date: article.en.date, page: article.en.page },
    zh: { title: article.zh.title, pageLabel: pageLabelZh(article.zh.page, article.en.page) },
    source: article.source,
    translator: article.translator,
    note: article.note,
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  const url = articleUrl(article.slug);
  const title = stripBidiControls(article.en.title);
  return {
    title,
    description: stripBidiControls(article.zh.title),
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      url,
      title,
      description: stripBidiControls(`${article.zh.title} (${paperName(article.source)}, ${formatDateEn(article.en.date)}; English translation)`),
      siteName: siteConfig.name,
      // og:locale only: the Chinese original is on the same page, not a page of its own in another locale.
      locale: "en_US",
      publishedTime: article.en.date,
      images: [SITE_IMAGE],
      ...(article.en.author ? { authors: [stripBidiControls(article.en.author)] } : {}),
    },
    other: citationTags(article, url),
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const { en, zh } = article;
  const zhPage = pageLabelZh(zh.page, en.page);
  const cite = citationData(article);

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
        <div className={`${pairGrid} article-dates mt-4`}>
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
        {/* The source line and Cite share a line: on a phone every row under the title pushes the text down. */}
        <div className="mt-3 flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <SourceLine article={article} />
          <div className="cite-article">
            <CiteButton data={cite} scope="article" label="Cite" />
          </div>
        </div>
        <div className="reader-controls">
          <ViewControl />
          <ReaderSettings>
            <LearnControls slug={article.slug} rootId="reader" />
          </ReaderSettings>
        </div>
      </header>
      <Rows slug={article.slug} rows={article.rows} beads={article.beads} />
      <p className="article-footer meta mt-10">
        Sentences are linked by this site&apos;s aligner; a dotted underline marks a link it is unsure of, ⊘ a sentence
        with no counterpart{article.beads.some((b) => b.checked) && <>, and a ✓ a link a person has checked</>}.{" "}
        <a href={`/articles/${article.slug}/alignment.json`} className="underline underline-offset-2 hover:text-accent">
          Alignment data
        </a>
      </p>
      <DownloadMenu scope={{ slug: article.slug }} />
      <ArticleNav neighbours={neighboursOf(archive(), article.slug)} />
      <PrintSource
        path={`/articles/${article.slug}`}
        source={[zh.title, formatDateZh(zh.date), zhPage].filter(Boolean).join("，")}
      />
      <span id="article-end" hidden />
      <Reader rootId="reader">
        <CiteButton data={cite} scope="passage" label="Cite" />
        <CiteButton data={cite} scope="passage-text" label="Copy text" />
      </Reader>
      <TranslationPopover rootId="reader" />
      <StickyHeader rootId="reader" />
      {/* Sent once, as HTML: React's flight data would repeat it (StaticHtml.tsx). */}
      <ServerHtml
        htmlKey={`ld:${article.slug}`}
        html={`<script type="application/ld+json">${scriptJson(newsArticleJsonLd(article, articleUrl(article.slug), siteConfig.name))}</script>`}
      />
    </article>
  );
}
