// Edge module: the version of the build's per-article code, read from the source files it is made of.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { ALIGNER_PACKAGES } from "@/lib/site/alignment-cache";
import { SCHEMA_VERSION } from "@/lib/store/schema";

const ENTRY = "lib/build/article.ts";

function packageVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "absent";
  }
}

/**
 * A hash of everything that decides an article's stored record besides its own files: every source
 * file that `lib/build/article.ts` imports, directly or not (found by esbuild, so a new import is
 * never forgotten), the versions of the packages among them and of the aligner's data packages,
 * and the database schema. When it changes, every article is made again; when it does not, an
 * article whose files are unchanged is left as it is.
 */
export async function buildVersion(root: string): Promise<string> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    packages: "external",
    alias: { "@": "." },
    logLevel: "silent",
  });
  const hash = createHash("sha256").update(`schema ${SCHEMA_VERSION}\0`);
  for (const file of Object.keys(result.metafile.inputs).sort()) hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update("\0");
  const packages = new Set<string>(ALIGNER_PACKAGES);
  for (const output of Object.values(result.metafile.outputs)) {
    for (const { path: specifier, external } of output.imports) {
      if (external && !specifier.startsWith("node:")) packages.add(specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]);
    }
  }
  for (const name of [...packages].sort()) hash.update(`${name}@${packageVersion(root, name)}\0`);
  return hash.digest("hex").slice(0, 16);
}
