import type { YearCount } from "@/lib/site/archive";
import { timelineHtml } from "@/lib/site/timeline-html";
import { ServerHtml } from "@/app/_shared/ServerHtml";
import "./timeline.css";

/** Years by months (lib/site/timeline-html.ts), sent once, as HTML. */
export function Timeline({ id, years, current, query }: { id?: string; years: YearCount[]; current?: string; query?: string }) {
  const html = timelineHtml(years, { id, current, query });
  // The key names the content, so two timelines rendered at once never take each other's HTML.
  const key = `timeline:${id ?? ""}:${current ?? ""}:${query ?? ""}:${years.map((y) => `${y.year}=${y.months.map((m) => m.count).join(",")}`).join(";")}`;
  return <ServerHtml htmlKey={key} html={html} className="overflow-x-auto" />;
}
