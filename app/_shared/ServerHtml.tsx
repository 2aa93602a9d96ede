import { putStaticHtml } from "./static-html";
import { StaticHtml } from "./StaticHtml";

/**
 * HTML made on the server that the page sends once, as HTML, and not again in React's flight
 * data (StaticHtml.tsx). `htmlKey` must be unique to the page and its content (the slug in it).
 */
export function ServerHtml({ htmlKey, html, className }: { htmlKey: string; html: string; className?: string }) {
  putStaticHtml(htmlKey, html);
  return <StaticHtml htmlKey={htmlKey} className={className} />;
}
