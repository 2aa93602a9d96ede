/**
 * View modes of the article page. The mode lives in a `data-view` attribute on <html>, set before
 * first paint by a tiny inline script (`viewScript`), and CSS does the layout; with no attribute
 * the page is side by side on wide screens and stacked on narrow ones.
 */

export const VIEWS = ["side-by-side", "interleaved", "en", "zh"] as const;
export type View = (typeof VIEWS)[number];

export const VIEW_PARAM = "view";
export const VIEW_STORAGE_KEY = "parallel-reader:view";

export const VIEW_LABELS: Record<View, { label: string; title: string }> = {
  "side-by-side": { label: "Side by side", title: "English and Chinese side by side" },
  interleaved: { label: "Interleaved", title: "Each paragraph, then its translation" },
  en: { label: "English", title: "English only" },
  zh: { label: "中文", title: "Chinese only (中文)" },
};

export function parseView(value: unknown): View | null {
  return typeof value === "string" && (VIEWS as readonly string[]).includes(value) ? (value as View) : null;
}

/** The URL's mode wins over the stored one; invalid values of either are ignored. */
export function chooseView(fromUrl: unknown, fromStorage: unknown): View | null {
  return parseView(fromUrl) ?? parseView(fromStorage);
}

/**
 * The inline script for <head>. It repeats `chooseView` in plain ES5 because it runs before any
 * bundle; storage may throw (privacy modes), in which case the URL alone decides.
 */
export function viewScript(): string {
  const views = JSON.stringify(VIEWS);
  return (
    `(function(){var v=${views},d=document.documentElement,m=null;` +
    `try{m=new URLSearchParams(location.search).get(${JSON.stringify(VIEW_PARAM)})}catch(e){}` +
    `if(v.indexOf(m)<0){try{m=localStorage.getItem(${JSON.stringify(VIEW_STORAGE_KEY)})}catch(e){m=null}}` +
    `if(v.indexOf(m)>=0)d.setAttribute("data-view",m)})();`
  );
}
