import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repo, runScript } from "@/scripts/testing/run-script";
import { expectedBadFolderProblems } from "./fixtures/expected-problems";

/** Runs the check as a user does, in a process of its own, from the repository root. */
const checkWith = (env: Record<string, string>, ...args: string[]) => runScript("check.ts", repo, env, args);
const check = (...args: string[]) => checkWith({}, ...args);

// Each test starts tsx (a few seconds, tens on a loaded machine).
describe("npm run check (scripts/check.ts)", { timeout: 120_000 }, () => {
  it("passes on content/ and says how many articles are fine", async () => {
    expect(await check()).toEqual({ status: 0, stdout: "5 articles OK, 1 pinned link in 1 corrections file\n", stderr: "" });
  });

  it("fails on the malformed fixtures, printing every problem and a summary, no stack trace", async () => {
    const { status, stdout, stderr } = await check("lib/content/fixtures/bad");
    expect(status).toBe(1);
    expect(stdout).toBe([...expectedBadFolderProblems, "18 problems in 16 files, 1 warning", ""].join("\n"));
    expect(stderr).toBe("");
  });

  it("fails with one plain sentence when the folder does not exist", async () => {
    const { status, stdout, stderr } = await check("no-such-folder");
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe('cannot read the content folder "no-such-folder" (ENOENT)\n');
  });

  it("prints an unknown header field as a file:line warning and still passes", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "check-"));
    try {
      const seed = readFileSync("content/000_ac9c60c6ebd492a6.txt", "utf8");
      writeFileSync(path.join(dir, "a.txt"), seed.replace("Page: 6\n", "Page: 6\nTranslater: Jane Doe\n"));
      const { status, stdout } = await check(dir);
      expect(status).toBe(0);
      expect(stdout).toBe(
        `${path.join(dir, "a.txt")}:5: warning: unknown header field "Translater:" is ignored; the English header knows only Title:, Author:, Date:, Page:, Source:, Translator: and Note:\n` +
          "1 article OK, 1 warning\n",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads CONTENT_DIR as the build does when no folder is given (issue 19, item 16)", async () => {
    const { status, stdout } = await checkWith({ CONTENT_DIR: "lib/content/fixtures/bad" });
    expect(status).toBe(1);
    expect(stdout).toContain("18 problems in 16 files");
    expect((await checkWith({ CONTENT_DIR: "lib/content/fixtures/bad" }, "content")).stdout).toBe("5 articles OK, 1 pinned link in 1 corrections file\n");
  });

  it("warns about a bidi control at file:line:column, the form editors open, and passes (item 10)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "check-"));
    try {
      const seed = readFileSync("content/000_ac9c60c6ebd492a6.txt", "utf8");
      writeFileSync(path.join(dir, "a.txt"), seed.replace("Xinhua News Agency", "Xinhua \u202ENews Agency"));
      const { status, stdout } = await check(dir);
      expect(status).toBe(0);
      expect(stdout).toBe(
        `${path.join(dir, "a.txt")}:6:8: warning: bidi control U+202E (right-to-left override): removed from the text shown, searched, downloaded and cited (no printed page holds one, and it reorders the words around it); delete it from the file\n` +
          "1 article OK, 1 warning\n",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names a control character by file, line and column, which the build would fail on (item 12)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "check-"));
    try {
      const seed = readFileSync("content/000_ac9c60c6ebd492a6.txt", "utf8");
      writeFileSync(path.join(dir, "a.txt"), seed.replace("Xinhua News Agency", "Xinhua \u001bNews Agency"));
      const { status, stdout } = await check(dir);
      expect(status).toBe(1);
      expect(stdout.split("\n")[0]).toBe(
        `${path.join(dir, "a.txt")}:6: control character U+001B at column 8: no export format can hold it; delete it (an editor that shows invisible characters finds it)`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
