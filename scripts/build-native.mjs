// Builds the one native addon, better-sqlite3 (the archive database's driver), from its source in
// node_modules, because `.npmrc` sets ignore-scripts: its install script would first try to
// download a prebuilt binary, and nothing here may download. Runs node-gyp, which npm ships, against
// the installed Node's own headers. Does nothing when the built addon already loads in this Node;
// a stale or broken one is built again. Plain JavaScript: it runs before anything is compiled.
//
//   node scripts/build-native.mjs     (first in `npm run build`, `npm run dev` and `npm test`)
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve("better-sqlite3/package.json"));

/** Whether the addon loads in this Node, with the full-text search the archive needs (in a child, so a crash is only a "no"). */
function loads() {
  try {
    execFileSync(process.execPath, ["-e", "const D = require('better-sqlite3'); new D(':memory:').exec('CREATE VIRTUAL TABLE t USING fts5(a)')"], { cwd: packageDir, stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

/** npm's own node-gyp: beside the npm that runs this script, or where npm is installed. */
function nodeGyp() {
  const candidates = [
    process.env.npm_config_node_gyp,
    path.join(path.dirname(process.execPath), "..", "lib", "node_modules", "npm", "node_modules", "node-gyp", "bin", "node-gyp.js"),
  ].filter(Boolean);
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error("node-gyp was not found (it comes with npm); install npm alongside Node.js");
  return found;
}

/** Node's headers, installed with Node (never downloaded): <prefix>/include/node. */
function nodeDir() {
  const candidates = [process.env.npm_config_nodedir, path.resolve(path.dirname(process.execPath), "..")].filter(Boolean);
  const found = candidates.find((dir) => existsSync(path.join(dir, "include", "node", "node_api.h")));
  if (!found) throw new Error(`Node's headers were not found (looked for include/node/node_api.h under ${candidates.join(", ")}); install them with Node.js, or set npm_config_nodedir`);
  return found;
}

if (loads()) {
  process.exit(0);
}
const started = performance.now();
console.log("build-native: building better-sqlite3 from source (about a minute; once per install)");
try {
  execFileSync(process.execPath, [nodeGyp(), "rebuild", "--release", `--nodedir=${nodeDir()}`, "-j", String(availableParallelism())], {
    cwd: packageDir,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, npm_config_nodedir: nodeDir() },
  });
} catch (error) {
  console.error(`build-native: building better-sqlite3 failed (${error.message}); it needs python3, make and a C++ compiler (on Debian: apt-get install -y python3 make g++)`);
  process.exit(1);
}
if (!loads()) {
  console.error("build-native: better-sqlite3 was built but does not load in this Node.js");
  process.exit(1);
}
const built = readdirSync(path.join(packageDir, "build", "Release")).filter((name) => name.endsWith(".node"));
console.log(`build-native: better-sqlite3 built (${built.join(", ")}) in ${((performance.now() - started) / 1000).toFixed(0)} s`);
