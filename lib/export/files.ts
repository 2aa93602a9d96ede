// Edge module: writes the export files the Download menus link to (public/downloads/, git-ignored).
import { closeSync, mkdirSync, openSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import type { SiteArticle } from "@/lib/site/article";
import { exportBeads } from "./beads";
import { DOWNLOADS_DIR, downloadPath, type DownloadFormat } from "./paths";
import { toBilingualText } from "./text";
import { tmxUnit, writeTmx } from "./tmx";
import { tsvHeader, tsvRows } from "./tsv";

/** A file descriptor with a write buffer: the archive is streamed, never held whole in memory. */
function bufferedFile(file: string) {
  const fd = openSync(file, "w");
  let chunks: string[] = [];
  let size = 0;
  const flush = () => {
    if (chunks.length > 0) writeSync(fd, chunks.join(""));
    chunks = [];
    size = 0;
  };
  return {
    write(chunk: string) {
      chunks.push(chunk);
      size += chunk.length;
      if (size > 1 << 20) flush();
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}

export interface DownloadsReport {
  articles: number;
  /** Bytes of each whole-archive file. */
  archive: Record<DownloadFormat, number>;
}

/**
 * Writes, under `publicDir/downloads/`, each article's TMX, TSV and text
 * (`articles/<slug>.<ext>`) and the whole archive in the three formats (`archive.<ext>`), articles
 * in the order given. The folder is rewritten from scratch so a removed article leaves nothing.
 */
export function writeDownloads(publicDir: string, articles: readonly SiteArticle[], toolVersion: string): DownloadsReport {
  const root = path.join(publicDir, DOWNLOADS_DIR);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, "articles"), { recursive: true });
  const target = (format: DownloadFormat, slug?: string) => path.join(publicDir, ...downloadPath(format, slug).split("/"));

  const tsv = bufferedFile(target("tsv"));
  const txt = bufferedFile(target("txt"));
  const tmx = bufferedFile(target("tmx"));
  tsv.write(tsvHeader());
  try {
    function* eachArticle() {
      for (const [n, article] of articles.entries()) {
        const beads = exportBeads(article);
        const text = toBilingualText(article, beads);
        const rows = tsvRows(beads);
        // Each <tu> is built once, for the article's file and the archive's.
        const units = beads.map(tmxUnit);
        const one: string[] = [];
        writeTmx([units], { toolVersion: article.alignerVersion }, (chunk) => one.push(chunk));
        writeFileSync(target("tmx", article.slug), one.join(""));
        writeFileSync(target("tsv", article.slug), tsvHeader() + rows);
        writeFileSync(target("txt", article.slug), text);
        tsv.write(rows);
        txt.write(n === 0 ? text : `\n${"=".repeat(40)}\n\n${text}`);
        yield units;
      }
    }
    writeTmx(eachArticle(), { toolVersion }, (chunk) => tmx.write(chunk));
  } finally {
    tsv.close();
    txt.close();
    tmx.close();
  }
  const size = (format: DownloadFormat) => statSync(target(format)).size;
  return { articles: articles.length, archive: { tmx: size("tmx"), tsv: size("tsv"), txt: size("txt") } };
}
