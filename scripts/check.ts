// npm run check [-- DIR]: validates every file of the content folder (default content/), corrections
// files (`<name>.links`) included, and prints all problems as `file:line: message`. Exit 0 when
// every article and every pin is fine, 1 otherwise. Pins that moved with their text are warnings.
import { formatProblem, loadContent } from "../lib/content/load";
import type { ContentProblem } from "../lib/content/types";
import { articleCorrections, segmentArticle } from "../lib/corrections";

function main(): number {
  const dir = process.argv[2] ?? "content";
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
  const warnings: ContentProblem[] = [];
  let pins = 0;
  for (const file of links) {
    const article = articles.find((a) => a.file === file.article)!;
    const checked = articleCorrections(file, segmentArticle(article));
    problems.push(...checked.problems);
    warnings.push(...checked.warnings);
    pins += checked.pins.length;
  }
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  for (const warning of warnings) console.log(formatProblem(warning));
  for (const problem of problems) console.log(formatProblem(problem));
  if (problems.length > 0) {
    const files = new Set(problems.map((problem) => problem.file)).size;
    console.log(`${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`);
    return 1;
  }
  const pinned = links.length > 0 ? `, ${pins} pinned link${pins === 1 ? "" : "s"} in ${links.length} corrections file${links.length === 1 ? "" : "s"}` : "";
  console.log(`${articles.length} article${articles.length === 1 ? "" : "s"} OK${pinned}`);
  return 0;
}

process.exitCode = main();
