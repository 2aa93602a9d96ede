import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { expectedBadFolderProblems } from "./fixtures/expected-problems";

function check(...args: string[]) {
  const run = spawnSync("node_modules/.bin/tsx", ["scripts/check.ts", ...args], { encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run check (scripts/check.ts)", () => {
  it("passes on content/ and says how many articles are fine", () => {
    expect(check()).toEqual({ status: 0, stdout: "5 articles OK, 1 pinned link in 1 corrections file\n", stderr: "" });
  });

  it("fails on the malformed fixtures, printing every problem and a summary, no stack trace", () => {
    const { status, stdout, stderr } = check("lib/content/fixtures/bad");
    expect(status).toBe(1);
    expect(stdout).toBe([...expectedBadFolderProblems, "19 problems in 16 files", ""].join("\n"));
    expect(stderr).toBe("");
  });

  it("fails with one plain sentence when the folder does not exist", () => {
    const { status, stdout, stderr } = check("no-such-folder");
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe('cannot read the content folder "no-such-folder" (ENOENT)\n');
  });
});
