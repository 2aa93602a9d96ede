/**
 * The archive-wide downloads: one body file per year and format (written gzip-compressed by
 * lib/build/exports.ts from the year's articles, newest first), which the download routes frame and join.
 * Pure: the shapes and the joining rules, shared by the writer and the routes.
 */
import type { DownloadFormat } from "./paths";
import { tmxFrame } from "./tmx";
import { tsvHeader } from "./tsv";

/** Between two articles in a text download. */
export const TEXT_SEPARATOR = `\n${"=".repeat(40)}\n\n`;

/** What comes before the first body and after the last, and between two bodies, in a download of one or more years. */
export function downloadFrame(format: DownloadFormat, toolVersion: string): { head: string; between: string; tail: string } {
  if (format === "tmx") {
    const { head, tail } = tmxFrame({ toolVersion });
    return { head, between: "", tail };
  }
  if (format === "tsv") return { head: tsvHeader(), between: "", tail: "" };
  return { head: "", between: TEXT_SEPARATOR, tail: "" };
}
