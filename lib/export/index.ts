/** Exports of the aligned text: TMX 1.4b, TSV and plain bilingual text. Pure: the build writes the files. */
export { exportBeads, type ExportBead } from "./beads";
export { toTmx, writeTmx, tmxUnit, tmxFrame, tmxBody, tmxBodyOf, TMX_LANG, type TmxHeader } from "./tmx";
export { toTsv, tsvHeader, tsvRow, tsvRows, tsvField, parseTsv, TSV_COLUMNS } from "./tsv";
export { toBilingualText } from "./text";
export { downloadPath, parseArchiveDownload, parseArticleDownload, DOWNLOAD_FORMATS, type DownloadFormat, type DownloadScope } from "./paths";
