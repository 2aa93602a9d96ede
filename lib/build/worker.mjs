// A worker thread of the build's pool (tinypool, lib/build/update.ts): takes one content file through the whole
// pipeline per call (lib/build/article.ts), or writes one year's download file. Plain JavaScript, because worker threads do not
// inherit tsx's loader: it registers tsx itself, then loads the TypeScript pipeline.
import { register } from "tsx/esm/api";

register();
const { processArticle } = await import("./article.ts");
const { writeYearFile } = await import("./exports.ts");

export default function process({ source, build }) {
  return processArticle(source, build);
}

/** One year's download file (lib/build/exports.ts), when the build has many to write: read from the new database file. */
export function yearFile(task) {
  return writeYearFile(task);
}
