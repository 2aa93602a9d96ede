// npm run check [-- DIR]: validates every file of the content folder (default content/) and prints
// all problems as `file:line: message`. Exit 0 when every article is fine, 1 otherwise.
import { formatProblem, loadContent } from "../lib/content/load";

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
  if (problems.length > 0) {
    const files = new Set(problems.map((problem) => problem.file)).size;
    console.log(`${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`);
    return 1;
  }
  console.log(`${articles.length} article${articles.length === 1 ? "" : "s"} OK`);
  return 0;
}

process.exitCode = main();
