import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = mkdtempSync(path.join(tmpdir(), "align-eval-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A two-paragraph gold article written for this test: the second Chinese sentence joins two
 * English ones, so the gold has a 1-2 bead with Chinese as source. The last pair translate each
 * other, but this gold deliberately leaves them unmatched ([2]:[] and []:[3]), so the aligner's
 * right answer [2]:[3] counts as wrong and the scores and the printout of wrong beads can be
 * checked: predicted [0]:[0] [1]:[1,2] [2]:[3], 2 of 3 in the gold; 2 of the 4 gold beads found:
 * P 2/3, R 1/2, F1 4/7.
 */
const gold = {
  articles: [
    {
      file: "test-article.txt",
      en: [
        "The boat went out before the stars had faded.",
        "Old Chen stood at the stern.",
        "He had one hand on the tiller.",
        "The wind turned in the afternoon.",
      ],
      zh: ["星星还没有隐去，船就出海了。", "老陈站在船尾，一只手扶着舵。", "下午风向变了。"],
      enParagraph: [0, 0, 0, 1],
      zhParagraph: [0, 0, 1],
      beads: [
        { zh: [0], en: [0] },
        { zh: [1], en: [1, 2] },
        { zh: [2], en: [] },
        { zh: [], en: [3] },
      ],
    },
  ],
};

describe("npm run eval", () => {
  it("scores strict beads with Chinese as source and prints the wrong ones beside the gold", () => {
    const goldPath = path.join(dir, "gold.json");
    writeFileSync(goldPath, JSON.stringify(gold));
    const r = spawnSync(path.join(repoRoot, "node_modules", ".bin", "tsx"), [path.join(repoRoot, "scripts", "eval.ts"), goldPath], {
      cwd: repoRoot,
      encoding: "utf8",
      timeout: 120_000,
      // npm test reads nothing outside the repository: MAC-Dev points at a folder that does not exist.
      env: { ...process.env, MAC_DEV_DIR: path.join(dir, "no-mac-dev") },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`MAC-Dev: skipped, ${path.join(dir, "no-mac-dev")} is absent`);
    expect(r.stdout).toContain("flat       P 0.667  R 0.500  F1 0.571  (2/3 predicted, 4 gold)");
    expect(r.stdout).toContain("✗ flat [2]:[3]");
    expect(r.stdout).toMatch(/gold \[2\]:\[\] zh: 下午风向变了。/);
    expect(r.stdout).toMatch(/Segmentation \(lib\/segment\)/);
  });
});
