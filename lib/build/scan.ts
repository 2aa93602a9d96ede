// Edge module: what is in the content folder, read without parsing: each article file, its
// corrections file, and a hash of both, so the build can tell what changed since the last one.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { displayPath, LINKS_EXTENSION, stem } from "@/lib/content/load";
import type { ContentProblem } from "@/lib/content/types";
import type { SourceFile } from "./article";

export interface ContentEntry {
  /** File name in the content folder. */
  name: string;
  /** Its corrections file's name, when it has one. */
  links: string | null;
}

export interface ContentScan {
  entries: ContentEntry[];
  /** Folders, unreadable files, corrections files without their article. */
  problems: ContentProblem[];
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every non-hidden entry of the folder, in name order; nothing a writer puts there is skipped silently. */
export function scanContent(dir: string): ContentScan {
  const names = readdirSync(dir).filter((name) => !name.startsWith(".")).sort(byName);
  const problems: ContentProblem[] = [];
  const articles: string[] = [];
  const links: string[] = [];
  for (const name of names) {
    const full = path.join(dir, name);
    let isFile = false;
    try {
      isFile = statSync(full).isFile();
    } catch (error) {
      problems.push({ file: displayPath(full), line: 1, message: `this file cannot be read (${(error as NodeJS.ErrnoException).code ?? error})` });
      continue;
    }
    if (!isFile) problems.push({ file: displayPath(full), line: 1, message: "this is a folder, not an article file; articles must sit directly in the content folder" });
    else (name.endsWith(LINKS_EXTENSION) ? links : articles).push(name);
  }
  const linksOf = new Map<string, string>();
  for (const name of links) {
    const owners = articles.filter((other) => stem(other) === stem(name));
    if (owners.length === 1) linksOf.set(owners[0], name);
    else {
      problems.push({
        file: displayPath(path.join(dir, name)),
        line: 1,
        message:
          owners.length === 0
            ? `no article beside this corrections file: it must be named after its article (${stem(name)}.txt)`
            : `${owners.length} files share this corrections file's name (${owners.join(", ")}); rename all but one`,
      });
    }
  }
  return { entries: articles.map((name) => ({ name, links: linksOf.get(name) ?? null })), problems };
}

/**
 * An article file and its corrections file as the build processes them, with the hash of both and
 * of the build's code (`buildVersion`): the same hash means the same stored article. Or a problem
 * when the file cannot be read.
 */
export function readSource(dir: string, entry: ContentEntry, buildVersion: string): { source: SourceFile; inputHash: string } | { problem: ContentProblem } {
  const full = path.join(dir, entry.name);
  try {
    const bytes = readFileSync(full);
    const hash = createHash("sha256").update(`${buildVersion}\0`).update(bytes);
    let links: SourceFile["links"] = null;
    if (entry.links) {
      const linksPath = path.join(dir, entry.links);
      const text = readFileSync(linksPath, "utf8");
      hash.update("\0links\0").update(text);
      links = { shown: displayPath(linksPath), text };
    }
    return { source: { name: entry.name, shown: displayPath(full), bytes: new Uint8Array(bytes), links }, inputHash: hash.digest("hex").slice(0, 32) };
  } catch (error) {
    return { problem: { file: displayPath(full), line: 1, message: `this file cannot be read (${(error as NodeJS.ErrnoException).code ?? error})` } };
  }
}
