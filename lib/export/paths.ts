/**
 * Where the export files are served (app/downloads/): an article's, a year's and the whole
 * archive's, in each format. Pure; the Download menus link here and the routes read these names.
 */
export const DOWNLOAD_FORMATS = [
  { ext: "tmx", label: "TMX 1.4b", description: "translation memory for CAT tools" },
  { ext: "tsv", label: "TSV", description: "spreadsheet, one link per row" },
  { ext: "txt", label: "Text", description: "plain bilingual text" },
] as const;

export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number]["ext"];

export const DOWNLOADS_DIR = "downloads";

/** What a download holds: one article, one year of the archive, or all of it. */
export type DownloadScope = { slug: string } | { year: string } | "archive";

/** `/downloads/articles/<slug>.tmx`, `/downloads/archive-1958.tmx`, or the whole archive, `/downloads/archive.tmx`. */
export function downloadPath(format: DownloadFormat, scope: DownloadScope = "archive"): string {
  if (scope === "archive") return `/${DOWNLOADS_DIR}/archive.${format}`;
  if ("year" in scope) return `/${DOWNLOADS_DIR}/archive-${scope.year}.${format}`;
  return `/${DOWNLOADS_DIR}/articles/${scope.slug}.${format}`;
}

const FORMAT = "(tmx|tsv|txt)";

/** The archive download a file name asks for (`archive.tmx`, `archive-1958.tsv`), or null. */
export function parseArchiveDownload(name: string): { format: DownloadFormat; year: string | null } | null {
  const match = new RegExp(`^archive(?:-(\\d{4}))?\\.${FORMAT}$`).exec(name);
  return match ? { year: match[1] ?? null, format: match[2] as DownloadFormat } : null;
}

/** The article download a file name asks for (`<slug>.tmx`), or null. */
export function parseArticleDownload(name: string): { format: DownloadFormat; slug: string } | null {
  const match = new RegExp(`^([a-z0-9-]{1,200})\\.${FORMAT}$`).exec(name);
  return match ? { slug: match[1], format: match[2] as DownloadFormat } : null;
}
