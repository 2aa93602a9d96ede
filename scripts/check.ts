// npm run check [-- DIR]: validates every file of the content folder (DIR, else CONTENT_DIR, else content/), corrections
// files (`<name>.links`) included, and prints all problems as `file:line: message` (warnings as
// `file:line: warning: message`: an unknown header field, a pin that moved with its text). Exit 0
// when there are no errors (warnings alone do not fail), 1 otherwise.
import { formatProblem, isError, loadContent } from "../lib/content/load";
import type { ContentProblem } from "../lib/content/types";
import { articleCorrections, segmentArticle } from "../lib/corrections";

function main(): number {
  // CONTENT_DIR as the build reads it (scripts/archive-paths.ts), so both look at the same folder.
  const dir = process.argv[2] ?? (process.env.CONTENT_DIR || "content");
  let result: ReturnType<typeof loadContent>;
  try {
    result = loadContent(dir);
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
    console.error(`cannot read the content folder "${dir}" (${reason})`);
    return 1;
  }
  const { articles, links } = result;
  const problems: ContentProblem[] = [...result.problems];
  let pins = 0;
  for (const file of links) {
    const article = articles.find((a) => a.file === file.article)!;
    const checked = articleCorrections(file, segmentArticle(article));
    problems.push(...checked.problems, ...checked.warnings);
    pins += checked.pins.length;
  }
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  for (const problem of problems) console.log(formatProblem(problem));
  const errors = problems.filter(isError);
  const warnings = problems.length - errors.length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const andWarnings = warnings > 0 ? `, ${plural(warnings, "warning")}` : "";
  if (errors.length > 0) {
    const files = new Set(errors.map((problem) => problem.file)).size;
    console.log(`${plural(errors.length, "problem")} in ${plural(files, "file")}${andWarnings}`);
    return 1;
  }
  const pinned = links.length > 0 ? `, ${plural(pins, "pinned link")} in ${plural(links.length, "corrections file")}` : "";
  console.log(`${plural(articles.length, "article")} OK${pinned}${andWarnings}`);
  return 0;
}

process.exitCode = main();
