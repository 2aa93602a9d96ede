/** A page's heading in both languages, English first, as every listing page shows it. */
export function PageTitle({ en, zh, className = "" }: { en: string; zh: string; className?: string }) {
  return (
    <h1 className={`${className} text-[1.75rem] leading-tight font-semibold`.trim()}>
      {en}{" "}
      <span lang="zh-Hans" className="ml-1 font-semibold">
        {zh}
      </span>
    </h1>
  );
}
