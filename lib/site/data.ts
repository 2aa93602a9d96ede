/**
 * Edge module: the app's only way to content. Reads the archive database that
 * `scripts/build-data.ts` writes (lib/store), so the parser and the aligner (jieba, dictionaries)
 * stay out of Next's bundle. One connection per server process, reopened when a build replaces
 * the file.
 */
import { summaryService } from "@/lib/serve/concordance-summary";
import { ArchiveReader, archiveFile } from "@/lib/store/database";

const reader = new ArchiveReader(archiveFile());

/** The database as the site reads it. */
export const archive = () => reader.get();

/** Concordance summaries: cheap ones at once, long ones on a worker thread, kept per state of the database. */
export const summaries = summaryService({ file: archiveFile() });
