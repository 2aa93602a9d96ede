import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadHanReadingsFile, tonelessReadings } from "./han-readings";

// A stand-in for pinyin-pro: a few characters' readings, and a count of the characters asked.
function fakeSource(version: string, readings: Record<string, string[]>) {
  const source = { version, asked: 0, readingsOf: (char: string) => (source.asked++, readings[char] ?? [char]) };
  return source;
}

describe("tonelessReadings", () => {
  it("keeps letters only, lower case, and spells ü both v and u", () => {
    expect(tonelessReadings(["Lv", "zhong", "ê", "zhong"])).toEqual(["lv", "lu", "zhong"]);
    expect(tonelessReadings(["字"])).toEqual([]);
  });
});

describe("loadHanReadingsFile", () => {
  let cacheDir: string;
  beforeEach(() => (cacheDir = mkdtempSync(join(tmpdir(), "han-readings-"))));
  afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

  it("tables every Han character with a reading once, then reads the table back without the source", () => {
    const source = fakeSource("1.0.0", { 重: ["zhong", "chong"], 旅: ["lv"], 〇: ["ling"] });
    const first = loadHanReadingsFile({ cacheDir, source });
    expect(first.built).toBe(true);
    expect(source.asked).toBeGreaterThan(90_000);
    expect(first.table.get("重")).toEqual(["zhong", "chong"]);
    expect(first.table.get("旅")).toEqual(["lv", "lu"]);
    expect(first.table.get("〇")).toEqual(["ling"]);
    expect(first.table.get("天")).toEqual([]);
    expect(first.table.get("a")).toEqual([]);
    expect(readFileSync(first.path, "utf8").trim().split("\n")).toHaveLength(4);

    const idle = fakeSource("1.0.0", {});
    const second = loadHanReadingsFile({ cacheDir, source: idle });
    expect(second.built).toBe(false);
    expect(idle.asked).toBe(0);
    for (const char of ["重", "旅", "〇", "天"]) expect(second.table.get(char)).toEqual(first.table.get(char));
  });

  it("rebuilds when the source's version changes", () => {
    loadHanReadingsFile({ cacheDir, source: fakeSource("1.0.0", { 天: ["tian"] }) });
    const rebuilt = loadHanReadingsFile({ cacheDir, source: fakeSource("1.0.1", { 天: ["tian"], 津: ["jin"] }) });
    expect(rebuilt.built).toBe(true);
    expect(rebuilt.table.get("津")).toEqual(["jin"]);
  });

  it("rebuilds a table cut short or altered, and says so", () => {
    const first = loadHanReadingsFile({ cacheDir, source: fakeSource("1.0.0", { 天: ["tian"], 津: ["jin"] }) });
    writeFileSync(first.path, readFileSync(first.path, "utf8").replace("jin", "jing"));
    const again = loadHanReadingsFile({ cacheDir, source: fakeSource("1.0.0", { 天: ["tian"], 津: ["jin"] }) });
    expect(again.built).toBe(true);
    expect(again.warnings).toEqual([expect.stringContaining("does not match its checksum")]);
    expect(again.table.get("津")).toEqual(["jin"]);
  });
});
