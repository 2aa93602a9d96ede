// npm run check [-- DIR]: validates every file of the content folder (default content/) and prints
// all problems as `file:line: message` (warnings as `file:line: warning: message`). Exit 0 when
// there are no errors (warnings alone do not fail), 1 otherwise.
import { formatProblem, isError, loadContent } from "../lib/content/load";

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
  const { articles, problems } = result;
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
  console.log(`${plural(articles.length, "article")} OK${andWarnings}`);
  return 0;
}

process.exitCode = main();
