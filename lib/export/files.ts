// Edge module: writes the export files the Download menus link to (public/downloads/, git-ignored).
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import writeFileAtomic from "write-file-atomic";
import type { SiteArticle } from "@/lib/site/article";
import { exportBeads } from "./beads";
import { DOWNLOADS_DIR, DOWNLOAD_FORMATS, downloadPath, type DownloadFormat } from "./paths";
import { toBilingualText } from "./text";
import { tmxBody, tmxBodyOf, tmxFrame, tmxUnit } from "./tmx";
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
  /** Articles whose three files were (re)written; the others were unchanged and kept. */
  written: number;
  /** Whether the archive files were rewritten (false: nothing changed since the last build). */
  archiveWritten: boolean;
  /** Bytes of each whole-archive file. */
  archive: Record<DownloadFormat, number>;
}

/** What the last build wrote, so the next writes only what changed (`.cache/downloads.json`). */
interface Manifest {
  version: string;
  toolVersion: string;
  /** Slugs in archive order, each with a hash of its article data. */
  articles: [string, string][];
}

export interface DownloadsOptions {
  /** Where to keep the manifest; without it every file is written every time. */
  manifest?: string;
  /** exportVersion(): a change of the export code rewrites everything. */
  version?: string;
}

/** A hash of the export code (lib/export, tests excluded) and of the XML writer's version. */
export function exportVersion(root: string): string {
  const hash = createHash("sha256");
  const dir = path.join(root, "lib", "export");
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ts$/.test(name) || /\.test\.ts$/.test(name)) continue;
    hash.update(`${name}\0`).update(readFileSync(path.join(dir, name))).update("\0");
  }
  try {
    hash.update(JSON.parse(readFileSync(path.join(root, "node_modules", "fast-xml-parser", "package.json"), "utf8")).version);
  } catch {
    hash.update("absent");
  }
  return hash.digest("hex").slice(0, 12);
}

function readManifest(file: string | undefined): Manifest | null {
  if (!file) return null;
  try {
    const m = JSON.parse(readFileSync(file, "utf8")) as Manifest;
    return typeof m.version === "string" && Array.isArray(m.articles) ? m : null;
  } catch {
    return null;
  }
}

/**
 * Writes, under `publicDir/downloads/`, each article's TMX, TSV and text
 * (`articles/<slug>.<ext>`) and the whole archive in the three formats (`archive.<ext>`), articles
 * in the order given. Incremental with a manifest: an article whose data and export code are
 * unchanged keeps its files (the archive reuses them), and when nothing changed at all the
 * archive is not rewritten either. Files of articles no longer in the list are removed.
 */
export function writeDownloads(
  publicDir: string,
  articles: readonly SiteArticle[],
  toolVersion: string,
  options: DownloadsOptions = {},
): DownloadsReport {
  const root = path.join(publicDir, DOWNLOADS_DIR);
  const target = (format: DownloadFormat, slug?: string) => path.join(publicDir, ...downloadPath(format, slug).split("/"));
  const version = options.version ?? "";
  const previous = readManifest(options.manifest);
  const same = previous !== null && previous.version === version;
  const before = new Map(same ? previous.articles : []);
  if (!same) rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, "articles"), { recursive: true });

  const keyed = articles.map((article) => ({ article, key: createHash("sha256").update(JSON.stringify(article)).digest("hex").slice(0, 16) }));
  const formats = DOWNLOAD_FORMATS.map((f) => f.ext);
  const kept = (slug: string, key: string) => before.get(slug) === key && formats.every((f) => existsSync(target(f, slug)));

  // Files of articles that are gone.
  const slugs = new Set(articles.map((a) => a.slug));
  for (const name of readdirSync(path.join(root, "articles"))) {
    if (!slugs.has(name.replace(/\.[^.]*$/, ""))) rmSync(path.join(root, "articles", name), { force: true });
  }

  const unchanged =
    same &&
    previous.toolVersion === toolVersion &&
    previous.articles.length === keyed.length &&
    keyed.every(({ article, key }, n) => previous.articles[n][0] === article.slug && kept(article.slug, key)) &&
    formats.every((f) => existsSync(target(f)));

  let written = 0;
  if (!unchanged) {
    const tsv = bufferedFile(target("tsv"));
    const txt = bufferedFile(target("txt"));
    const tmx = bufferedFile(target("tmx"));
    const archiveFrame = tmxFrame({ toolVersion });
    try {
      tsv.write(tsvHeader());
      tmx.write(archiveFrame.head);
      keyed.forEach(({ article, key }, n) => {
        let body: string;
        let rows: string;
        let text: string;
        if (kept(article.slug, key)) {
          body = tmxBodyOf(readFileSync(target("tmx", article.slug), "utf8"));
          rows = readFileSync(target("tsv", article.slug), "utf8").slice(tsvHeader().length);
          text = readFileSync(target("txt", article.slug), "utf8");
        } else {
          const beads = exportBeads(article);
          body = tmxBody(beads.map(tmxUnit));
          rows = tsvRows(beads);
          text = toBilingualText(article, beads);
          const frame = tmxFrame({ toolVersion: article.alignerVersion });
          writeFileSync(target("tmx", article.slug), frame.head + body + frame.tail);
          writeFileSync(target("tsv", article.slug), tsvHeader() + rows);
          writeFileSync(target("txt", article.slug), text);
          written++;
        }
        tmx.write(body);
        tsv.write(rows);
        txt.write(n === 0 ? text : `\n${"=".repeat(40)}\n\n${text}`);
      });
      tmx.write(archiveFrame.tail);
    } finally {
      tsv.close();
      txt.close();
      tmx.close();
    }
  }

  if (options.manifest) {
    const manifest: Manifest = { version, toolVersion, articles: keyed.map(({ article, key }) => [article.slug, key]) };
    mkdirSync(path.dirname(options.manifest), { recursive: true });
    writeFileAtomic.sync(options.manifest, JSON.stringify(manifest), { fsync: false });
  }
  const size = (format: DownloadFormat) => statSync(target(format)).size;
  return { articles: articles.length, written, archiveWritten: !unchanged, archive: { tmx: size("tmx"), tsv: size("tsv"), txt: size("txt") } };
}
