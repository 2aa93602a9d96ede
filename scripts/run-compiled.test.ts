import { spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeEach, describe, expect, it } from "vitest";

const launcher = path.join(path.resolve(path.dirname(fileURLToPath(import.meta.url))), "run-compiled.mjs");
const dir = mkdtempSync(path.join(tmpdir(), "run-compiled-"));
const cache = path.join(dir, "cache");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entry = path.join(dir, "entry.ts");
const dependency = path.join(dir, "word.ts");

function run(file: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [launcher, file, ...args], { encoding: "utf8", env: { ...process.env, RUN_COMPILED_CACHE_DIR: cache }, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The compiled files in the cache, with their modification times. */
function compiled(): Map<string, number> {
  return new Map(readdirSync(cache).filter((f) => f.endsWith(".mjs")).map((f) => [f, statSync(path.join(cache, f)).mtimeMs]));
}

beforeEach(() => {
  rmSync(cache, { recursive: true, force: true });
  writeFileSync(dependency, 'export const word: string = "first";\n');
  writeFileSync(entry, 'import { word } from "./word";\nconsole.log(JSON.stringify({ word, argv: process.argv.slice(2), self: process.argv[1] }));\n');
});

describe("run-compiled", () => {
  it("runs the entry with its own arguments, compiled once and then reused", () => {
    const first = run(entry, "--job", "a b");
    expect(first.err).toBe("");
    const printed = JSON.parse(first.out) as { word: string; argv: string[]; self: string };
    expect(printed.word).toBe("first");
    expect(printed.argv).toEqual(["--job", "a b"]);
    expect(path.dirname(printed.self)).toBe(cache);
    const built = compiled();
    expect(built.size).toBe(1);
    expect(JSON.parse(run(entry).out).word).toBe("first");
    expect(compiled()).toEqual(built);
  });

  it("compiles again when a file the entry imports changes", () => {
    expect(JSON.parse(run(entry).out).word).toBe("first");
    writeFileSync(dependency, 'export const word: string = "second";\n');
    expect(JSON.parse(run(entry).out).word).toBe("second");
  });

  it("does not run a compiled file that was changed in the cache: it compiles the entry again", () => {
    run(entry);
    const [file] = compiled().keys();
    appendFileSync(path.join(cache, file), 'console.log("tampered");\n');
    const r = run(entry);
    expect(r.out).not.toContain("tampered");
    expect(JSON.parse(r.out).word).toBe("first");
  });

  it("compiles again when the manifest is unreadable", () => {
    run(entry);
    const [manifest] = readdirSync(cache).filter((f) => f.endsWith(".json"));
    writeFileSync(path.join(cache, manifest), "{ not json");
    expect(JSON.parse(run(entry).out).word).toBe("first");
    expect(JSON.parse(readFileSync(path.join(cache, manifest), "utf8")).format).toBe(1);
  });

  it("reports a syntax error with its file and line, and a missing entry, with exit code 1", () => {
    writeFileSync(dependency, 'export const word: string = "first";\nexport const broken = ;\n');
    const r = run(entry);
    expect(r.code).toBe(1);
    expect(r.err.split("\n")).toContain(`  ${dependency}:2: Unexpected ";"`);
    expect(r.err).toMatch(/^run-compiled: compiling .*entry\.ts failed:\n/);
    const missing = run(path.join(dir, "nope.ts"));
    expect(missing.code).toBe(1);
    expect(missing.err.trim()).toBe(`run-compiled: ${path.join(dir, "nope.ts")}: no such file`);
  });
});
