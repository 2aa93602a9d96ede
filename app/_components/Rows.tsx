import type { SiteParagraph, SiteRow } from "@/lib/site/article";

/*
 * Markup contract (the sentence-linking work builds on it): each row is a grid of exactly two
 * cells, English first, each cell a list of <p>, one per paragraph. Paragraph text goes through
 * <ParagraphText>, the one place that will later split a paragraph into sentence elements.
 */

/** The two-column grid shared by the title block and the body so their columns line up. */
export const pairGrid = "grid grid-cols-1 gap-y-4 wide:grid-cols-2 wide:gap-x-14 wide:items-baseline";

export function ParagraphText({ paragraph }: { paragraph: SiteParagraph }) {
  return <p data-paragraph={paragraph.index}>{paragraph.text}</p>;
}

function Cell({ lang, paragraphs }: { lang: "en" | "zh"; paragraphs: SiteParagraph[] }) {
  return (
    <div
      lang={lang === "en" ? "en" : "zh-Hans"}
      data-cell={lang}
      className={lang === "en" ? "prose-en" : "prose-zh"}
    >
      {paragraphs.map((paragraph) => (
        <ParagraphText key={paragraph.index} paragraph={paragraph} />
      ))}
    </div>
  );
}

export function Rows({ rows }: { rows: SiteRow[] }) {
  return (
    <div className="divide-y divide-rule wide:divide-y-0">
      {rows.map((row, i) => (
        <div key={i} data-row={i} className={`${pairGrid} py-6 first:pt-0 wide:py-0 wide:pb-8`}>
          <Cell lang="en" paragraphs={row.en} />
          <Cell lang="zh" paragraphs={row.zh} />
        </div>
      ))}
    </div>
  );
}
