// A worker thread of build-data's alignment pool (tinypool): aligns one article per call. Plain
// JavaScript, because worker threads do not inherit tsx's loader: it registers tsx itself, then
// loads the TypeScript aligner.
import { register } from "tsx/esm/api";

register();
const { alignArticle } = await import("../lib/site/align-article.ts");

export default function align(job) {
  return alignArticle(job);
}
