import type { SiteBead, SiteRow } from "@/lib/site/article";
import { rowsHtml } from "@/lib/site/rows-html";
import { ServerHtml } from "@/app/_shared/ServerHtml";

/** The two-column grid shared by the title block and the body; the view mode decides its columns (globals.css). */
export const pairGrid = "pair";

/**
 * The article body (markup contract: lib/site/rows-html.ts), sent once as HTML and not again in
 * the flight data (StaticHtml.tsx). `slug` keys it for the server render.
 */
export function Rows({ slug, rows, beads }: { slug: string; rows: SiteRow[]; beads: SiteBead[] }) {
  return <ServerHtml htmlKey={`rows:${slug}`} html={rowsHtml(rows, beads)} className="rows" />;
}
