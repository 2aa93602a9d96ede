// A worker thread of the build's pool (tinypool, lib/build/update.ts): takes one content file through the whole
// pipeline per call (lib/build/article.ts). Plain JavaScript, because worker threads do not
// inherit tsx's loader: it registers tsx itself, then loads the TypeScript pipeline.
import { register } from "tsx/esm/api";

register();
const { processArticle } = await import("./article.ts");

export default function process({ source, build }) {
  return processArticle(source, build);
}
