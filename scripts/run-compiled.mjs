// Runs a TypeScript command-line entry compiled by esbuild into one JavaScript file, kept in
// .cache/compiled and compiled again only when a file it is built from has changed.
//
//   node scripts/run-compiled.mjs ENTRY.ts [ARGS...]     (`npm run align` is this with scripts/align.ts)
//
// Why not tsx: tsx compiles every source file on every start, which was most of the CPU time of a
// translator's one-article `npm run align` (docs/aligner.md, "Speed"). Plain JavaScript, so that
// nothing has to compile it.
//
// The cache verifies what it holds. A manifest per entry records the SHA-256 of every file esbuild
// compiled (hashed from the very bytes handed to esbuild), of tsconfig.json and esbuild's
// package.json (its version), and of the compiled file; any difference, a missing file or an
// unreadable manifest means a new build. Packages stay in node_modules (not bundled) and are
// loaded from there at run time, as under tsx.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import writeFileAtomic from "write-file-atomic";

const MANIFEST_FORMAT = 1;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cacheDir = path.resolve(process.env.RUN_COMPILED_CACHE_DIR ?? path.join(repoRoot, ".cache", "compiled"));
/** Files that change how every entry compiles without being compiled themselves. */
const buildSettings = [path.join(repoRoot, "tsconfig.json"), path.join(repoRoot, "node_modules", "esbuild", "package.json")];
/** A compiled file no manifest names any more is deleted once it is this old: a process that verified it a moment ago may still be loading it. */
const STALE_AFTER_MS = 60_000;
const LOADERS = { ".ts": "ts", ".mts": "ts", ".cts": "ts", ".tsx": "tsx", ".js": "js", ".mjs": "js", ".cjs": "js", ".jsx": "jsx", ".json": "json" };

const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

function hashOf(file) {
  try {
    return sha256(readFileSync(file));
  } catch {
    return null;
  }
}

/** The entry's name in the cache: its file name and a hash of its absolute path, so two entries never share a manifest. */
function cacheName(entry) {
  return `${path.basename(entry, path.extname(entry))}-${sha256(entry).slice(0, 12)}`;
}

/** The compiled file, when the manifest, every file it lists and the compiled file itself are as recorded; else null. */
function verifiedOutput(manifestPath) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  } catch {
    return null;
  }
  if (manifest?.format !== MANIFEST_FORMAT || typeof manifest.sources !== "object" || typeof manifest.output !== "string") return null;
  for (const [file, hash] of Object.entries(manifest.sources)) if (hashOf(file) !== hash) return null;
  const output = path.join(cacheDir, path.basename(manifest.output));
  return hashOf(output) === manifest.outputHash ? output : null;
}

/** esbuild reads each source through this plugin, so the manifest holds the hash of exactly what was compiled. */
function hashingPlugin(sources) {
  return {
    name: "hash-sources",
    setup(build) {
      build.onLoad({ filter: /.*/ }, (args) => {
        const loader = LOADERS[path.extname(args.path)];
        if (args.namespace !== "file" || loader === undefined) return undefined;
        const contents = readFileSync(args.path);
        sources[args.path] = sha256(contents);
        return { contents, loader };
      });
    },
  };
}

async function compile(entry, name, manifestPath) {
  const { build } = await import("esbuild");
  const sources = {};
  for (const file of buildSettings) sources[file] = hashOf(file);
  let result;
  try {
    result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: "node",
      format: "esm",
      packages: "external",
      write: false,
      absWorkingDir: repoRoot,
      plugins: [hashingPlugin(sources)],
      logLevel: "silent",
    });
  } catch (error) {
    // esbuild names files relative to its working directory, the repository; the user gets them whole.
    const messages = (error.errors ?? []).map((e) => `${e.location ? `${path.resolve(repoRoot, e.location.file)}:${e.location.line}: ` : ""}${e.text}`);
    throw new Error(`compiling ${path.relative(process.cwd(), entry)} failed:\n  ${messages.join("\n  ") || error.message}`);
  }
  const code = result.outputFiles[0].contents;
  const outputHash = sha256(code);
  const output = path.join(cacheDir, `${name}-${outputHash.slice(0, 16)}.mjs`);
  mkdirSync(cacheDir, { recursive: true });
  writeFileAtomic.sync(output, code);
  writeFileAtomic.sync(manifestPath, JSON.stringify({ format: MANIFEST_FORMAT, entry, output: path.basename(output), outputHash, sources }, null, 1) + "\n");
  removeStale(name, path.basename(output));
  return output;
}

function removeStale(name, current) {
  const now = Date.now();
  for (const file of readdirSync(cacheDir)) {
    if (!file.startsWith(`${name}-`) || !file.endsWith(".mjs") || file === current) continue;
    try {
      if (now - statSync(path.join(cacheDir, file)).mtimeMs > STALE_AFTER_MS) rmSync(path.join(cacheDir, file), { force: true });
    } catch {
      // Another process removed it first.
    }
  }
}

async function main() {
  const [entryArg] = process.argv.slice(2);
  if (entryArg === undefined) throw new Error("usage: node scripts/run-compiled.mjs ENTRY.ts [ARGS...]");
  const entry = path.resolve(entryArg);
  if (!statSync(entry, { throwIfNoEntry: false })?.isFile()) throw new Error(`${entryArg}: no such file`);
  const name = cacheName(entry);
  const manifestPath = path.join(cacheDir, `${name}.json`);
  const output = verifiedOutput(manifestPath) ?? (await compile(entry, name, manifestPath));
  // The entry sees the command line it would see run directly: node, itself, its own arguments.
  process.argv.splice(1, 2, output);
  await import(pathToFileURL(output).href);
}

main().catch((error) => {
  console.error(`run-compiled: ${error.message}`);
  process.exitCode = 1;
});
