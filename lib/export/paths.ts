/**
 * Where the export files are served. The build writes them under `public/downloads/` (git-ignored),
 * which Next serves as static files; the Download menus link here.
 */
export const DOWNLOAD_FORMATS = [
  { ext: "tmx", label: "TMX 1.4b", description: "translation memory for CAT tools" },
  { ext: "tsv", label: "TSV", description: "spreadsheet, one link per row" },
  { ext: "txt", label: "Text", description: "plain bilingual text" },
] as const;

export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number]["ext"];

export const DOWNLOADS_DIR = "downloads";

/** `/downloads/articles/<slug>.tmx`, or the whole archive, `/downloads/archive.tmx`. */
export function downloadPath(format: DownloadFormat, slug?: string): string {
  return slug === undefined ? `/${DOWNLOADS_DIR}/archive.${format}` : `/${DOWNLOADS_DIR}/articles/${slug}.${format}`;
}

export const ARCHIVE_DOWNLOADS = DOWNLOAD_FORMATS.map((f) => ({ ...f, href: downloadPath(f.ext) }));
