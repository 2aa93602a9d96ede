/**
 * Bidi controls in text that leaves the site (copied citations and passages, the citation tags,
 * structured data, the page title). The parser already removes them from article text
 * (lib/content/bidi.ts); this stays as a second guard where there is nothing to contain one (no
 * `unicode-bidi: isolate` outside the page).
 */
export { stripBidiControls } from "@/lib/content/bidi";
