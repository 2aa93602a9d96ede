import { DOWNLOAD_FORMATS, downloadPath } from "@/lib/export/paths";
import "./translator.css";

/**
 * The Download menu: the article's links (or, without a slug, the whole archive's) as TMX, TSV and
 * plain text, static files the build writes under /downloads/. A <details> element, so it opens
 * without JavaScript and adds nothing to the page's script.
 */
export function DownloadMenu({ slug }: { slug?: string }) {
  const what = slug === undefined ? "the whole archive" : "this article";
  return (
    <details className="downloads meta" data-downloads={slug === undefined ? "archive" : "article"}>
      <summary>{slug === undefined ? "Download all articles" : "Download"}</summary>
      <ul aria-label={`Download ${what}`}>
        {DOWNLOAD_FORMATS.map((format) => (
          <li key={format.ext}>
            <a href={downloadPath(format.ext, slug)} download>
              {format.label}
            </a>{" "}
            <span className="text-muted">— {format.description}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
