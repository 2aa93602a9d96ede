import type { SiteArticle } from "@/lib/site/article";
import { formatDateEn, pageLabelZh } from "@/lib/site/format";

/** Where the article comes from, and that the English is a translation: under the title block. */
export function SourceLine({ article }: { article: SiteArticle }) {
  const { en, zh, source, translator, note } = article;
  const page = pageLabelZh(zh.page, en.page);
  return (
    <p className="meta" data-source>
      <span lang="zh-Hans">{source.zh}</span>
      {source.en !== source.zh && <> ({source.en})</>}, {formatDateEn(en.date)}
      {page && (
        <>
          , <span lang="zh-Hans">{page}</span>
        </>
      )}
      {zh.column && (
        <>
          , <span lang="zh-Hans">专栏：{zh.column}</span>
        </>
      )}
      . <span data-translation-note>English translation{translator ? ` by ${translator}` : ""}{note ? ` (${note})` : ""}.</span>
    </p>
  );
}
