import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readLinks, replaceLinks } from "./files";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function linksFile(text?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "links-"));
  dirs.push(dir);
  const file = path.join(dir, "a.links");
  if (text !== undefined) writeFileSync(file, text);
  return file;
}

describe("replaceLinks: compare-and-swap on a corrections file (issue 19, item 5)", () => {
  it("writes when the file still holds what the writer read", () => {
    const file = linksFile("e1 = z1 | a b\n");
    expect(replaceLinks(file, "e1 = z1 | a b\n", "e2 = z2 | c d\n")).toEqual({ ok: true });
    expect(readFileSync(file, "utf8")).toBe("e2 = z2 | c d\n");
  });

  it("two writers: edit mode's undo after a failed re-align keeps the change npm run pin made meanwhile", () => {
    const file = linksFile("");
    const editMode = "e1 = z1 | a b\n";
    const pin = "e1 = z1 | a b\ne5 = z5 | e f\n";
    // Edit mode writes its edit, then re-aligns (slow); meanwhile npm run pin adds a pin.
    expect(replaceLinks(file, "", editMode).ok).toBe(true);
    expect(replaceLinks(file, editMode, pin).ok).toBe(true);
    // The re-align failed: edit mode would put back what it read before its edit.
    expect(replaceLinks(file, editMode, "")).toEqual({ ok: false, found: pin });
    expect(readFileSync(file, "utf8")).toBe(pin);
  });

  it("an empty text removes the file, and a missing file reads as empty", () => {
    const file = linksFile("e1 = z1 | a b\n");
    expect(replaceLinks(file, "e1 = z1 | a b\n", "").ok).toBe(true);
    expect(existsSync(file)).toBe(false);
    expect(readLinks(file)).toBe("");
  });

  it("waits for another writer's lock, takes over a stale one, and leaves none behind", () => {
    const file = linksFile("x\n");
    const lock = path.join(path.dirname(file), ".a.links.lock");
    writeFileSync(lock, "999999");
    expect(() => replaceLinks(file, "x\n", "y\n", 200)).toThrow(/is held by another writer/);
    expect(readFileSync(file, "utf8")).toBe("x\n");
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    expect(replaceLinks(file, "x\n", "y\n").ok).toBe(true);
    expect(readFileSync(file, "utf8")).toBe("y\n");
    expect(existsSync(lock)).toBe(false);
  });
});
