import { DOWNLOAD_FORMATS, downloadPath, type DownloadScope } from "@/lib/export/paths";
import "./translator.css";

/**
 * The Download menu: an article's links, a year's, or the whole archive's, as TMX, TSV and plain
 * text (app/downloads/). A <details> element, so it opens without JavaScript and adds nothing to
 * the page's script.
 */
function describe(scope: DownloadScope): { kind: string; what: string; summary: string } {
  if (scope === "archive") return { kind: "archive", what: "the whole archive", summary: "Download all articles" };
  if ("year" in scope) return { kind: "year", what: `every article of ${scope.year}`, summary: `Download ${scope.year}` };
  return { kind: "article", what: "this article", summary: "Download" };
}

export function DownloadMenu({ scope = "archive" }: { scope?: DownloadScope }) {
  const { kind, what, summary } = describe(scope);
  return (
    <details className="downloads meta" data-downloads={kind}>
      <summary>{summary}</summary>
      <ul aria-label={`Download ${what}`}>
        {DOWNLOAD_FORMATS.map((format) => (
          <li key={format.ext}>
            <a href={downloadPath(format.ext, scope)} download>
              {format.label}
            </a>{" "}
            <span className="text-muted">— {format.description}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
