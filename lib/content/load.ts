// Edge module: the only part of lib/content that touches the file system.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { decodeUtf8 } from "./decode";
import { parseArticle } from "./parse";
import { assignSlugs } from "./slug";
import type { Article, ContentProblem, ParsedArticle } from "./types";

/** Path as a person types it from the repository root (the working directory of npm scripts). */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative.split(path.sep).join("/") : absolute;
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest first; the slug breaks ties so the order never depends on the file system. */
export function newestFirst(a: Article, b: Article): number {
  return byName(b.en.date, a.en.date) || byName(a.slug, b.slug);
}

/** A corrections file, `<name>.links` beside its article `<name>.txt` (see lib/corrections). */
export interface LinksFile {
  /** As shown in problems, e.g. `content/000_x.links`. */
  file: string;
  /** The plain file name of its article, as in `Article.file`. */
  article: string;
  text: string;
}

export const LINKS_EXTENSION = ".links";

/** The article file name without its extension: `a.txt` and `a.links` belong together. */
export const stem = (name: string) => name.replace(/\.[^.]*$/, "");

/** An error stops the file from being published; a warning is only reported. */
export const isError = (problem: ContentProblem) => problem.severity !== "warning";

/**
 * Reads every non-hidden entry of `dir`, whatever its extension, so nothing a writer puts there is
 * skipped silently: a folder or an unreadable or binary file becomes a problem, and one bad file
 * never stops the others from being parsed. Problems name files relative to the repository root.
 * A `<name>.links` file is not an article but the corrections of the article `<name>.*` beside it;
 * one without such an article is a problem. Its lines are checked later, against the sentences.
 * `problems` holds errors and warnings (`severity: "warning"`) in file and line order.
 */
export function loadContent(dir: string): { articles: Article[]; problems: ContentProblem[]; links: LinksFile[] } {
  const problems: ContentProblem[] = [];
  const parsed: ParsedArticle[] = [];
  const names = readdirSync(dir).filter((name) => !name.startsWith(".")).sort(byName);
  // Problems and slug messages use the displayed path; the article keeps its plain file name.
  const fileNameOf = new Map<string, string>();
  const linksFiles: { name: string; shown: string; text: string }[] = [];

  for (const name of names) {
    const absolute = path.resolve(dir, name);
    const shown = displayPath(absolute);
    let bytes: Uint8Array;
    try {
      if (!statSync(absolute).isFile()) {
        problems.push({ file: shown, line: 1, message: "this is a folder, not an article file; articles must sit directly in the content folder" });
        continue;
      }
      bytes = readFileSync(absolute);
    } catch (error) {
      const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
      problems.push({ file: shown, line: 1, message: `this file cannot be read (${reason})` });
      continue;
    }
    const decoded = decodeUtf8(shown, bytes);
    if (!decoded.ok) {
      problems.push(decoded.problem);
      continue;
    }
    if (name.endsWith(LINKS_EXTENSION)) {
      linksFiles.push({ name, shown, text: decoded.text });
      continue;
    }
    const result = parseArticle(shown, decoded.text);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    problems.push(...result.warnings);
    fileNameOf.set(shown, name);
    parsed.push(result.article);
  }

  const slugged = assignSlugs(parsed);
  problems.push(...slugged.problems);
  const articles = slugged.articles.map((article) => ({ ...article, file: fileNameOf.get(article.file) ?? article.file }));

  const articleNames = names.filter((name) => !name.endsWith(LINKS_EXTENSION));
  const links: LinksFile[] = [];
  for (const { name, shown, text } of linksFiles) {
    const owners = articleNames.filter((other) => stem(other) === stem(name));
    if (owners.length !== 1) {
      problems.push({
        file: shown,
        line: 1,
        message:
          owners.length === 0
            ? `no article beside this corrections file: it must be named after its article (${stem(name)}.txt)`
            : `${owners.length} files share this corrections file's name (${owners.join(", ")}); rename all but one`,
      });
      continue;
    }
    // An article that failed to parse already has its problem; its corrections wait for it.
    if (articles.some((a) => a.file === owners[0])) links.push({ file: shown, article: owners[0], text });
  }
  problems.sort((a, b) => byName(a.file, b.file) || a.line - b.line);
  return { articles: articles.sort(newestFirst), problems, links };
}

/** `content/x.txt:12: message` (`content/x.txt:12: warning: message`), the form editors and terminals turn into links. */
export function formatProblem(problem: ContentProblem): string {
  const at = problem.column === undefined ? `${problem.line}` : `${problem.line}:${problem.column}`;
  return `${problem.file}:${at}: ${problem.severity === "warning" ? "warning: " : ""}${problem.message}`;
}
