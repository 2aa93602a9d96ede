import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

/** The CLI run as `npm run align` runs it: a separate process on files, compiled once into .cache/compiled. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = mkdtempSync(path.join(tmpdir(), "align-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

function align(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, "scripts", "run-compiled.mjs"), path.join(repoRoot, "scripts", "align.ts"), ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// One English sentence (line 1) is split into two Chinese sentences (lines 1 and 2).
const en = file(
  "bees.en",
  [
    "My father kept bees behind the house.",
    "He knew each hive as well as he knew his own children, and every morning he talked to the bees, telling them the news of the village.",
    "When my grandfather died, he went out first to tell the bees.",
    "Otherwise, he said, they would fly away.",
  ].join("\n") + "\n",
);
const zh = file(
  "bees.zh",
  [
    "父亲在屋后养蜂。",
    "他熟悉每一个蜂箱，就像熟悉自己的孩子一样。",
    "每天早上他都跟蜜蜂说话，把村里的新闻讲给它们听。",
    "祖父去世的时候，他头一个出去告诉蜜蜂。",
    "他说，不然它们就会飞走。",
  ].join("\n") + "\n",
);

describe("align CLI", () => {
  it("prints one bead per line, source first, in both directions", () => {
    const forward = align(en, zh);
    expect(forward.code).toBe(0);
    expect(forward.out).toBe("[0]:[0]\n[1]:[1,2]\n[2]:[3]\n[3]:[4]\n");
    const backward = align(zh, en);
    expect(backward.out).toBe("[0]:[0]\n[1,2]:[1]\n[3]:[2]\n[4]:[3]\n");
  });

  it("--format json gives the beads with confidences in [0, 1]", () => {
    const r = align("--format", "json", en, zh);
    expect(r.code).toBe(0);
    const beads = JSON.parse(r.out) as Array<{ src: number[]; tgt: number[]; confidence: number }>;
    expect(beads.map((b) => [b.src, b.tgt])).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
      [[2], [3]],
      [[3], [4]],
    ]);
    for (const b of beads) {
      expect(b.confidence).toBeGreaterThanOrEqual(0);
      expect(b.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("--format ladder writes hunalign's ladder, --format hand-ladder the one hunalign reads", () => {
    // Beads [0]:[0] [1]:[1,2] [2]:[3] [3]:[4]: rungs (0,0) (1,1) (2,3) (3,4), closing rung (4,5).
    const ladder = align("--format", "ladder", en, zh);
    expect(ladder.code).toBe(0);
    const rows = ladder.out.split("\n").slice(0, -1).map((line) => line.split("\t"));
    expect(rows.map((r) => r.slice(0, 2).join(" "))).toEqual(["0 0", "1 1", "2 3", "3 4"]);
    for (const r of rows) {
      expect(r).toHaveLength(3);
      expect(Number(r[2])).toBeGreaterThanOrEqual(0);
      expect(Number(r[2])).toBeLessThanOrEqual(1);
    }
    expect(align("--format", "hand-ladder", en, zh).out).toBe("0\t0\n1\t1\n2\t3\n3\t4\n4\t5\n");
    const bad = align("--format", "xml", en, zh);
    expect(bad.code).toBe(2);
    expect(bad.err.trim()).toBe('align: --format must be text, json, ladder, hand-ladder, not "xml"');
  });

  it("treats blank lines and CRLF line ends as sentences of their own, leaving blanks unmatched", () => {
    const withBlank = file("blank.zh", "父亲在屋后养蜂。\r\n\r\n他熟悉每一个蜂箱，就像熟悉自己的孩子一样。\r\n每天早上他都跟蜜蜂说话，把村里的新闻讲给它们听。\r\n祖父去世的时候，他头一个出去告诉蜜蜂。\r\n他说，不然它们就会飞走。\r\n");
    const r = align(en, withBlank);
    expect(r.code).toBe(0);
    expect(r.out).toBe("[0]:[0]\n[]:[1]\n[1]:[2,3]\n[2]:[4]\n[3]:[5]\n");
  });

  it("a blank line between two lines of one link stays inside it, the same in every format (issue 19, item 15)", () => {
    // English 1 is translated by Chinese 1 and 2 (as in bees.zh), with a blank line between them.
    const split = file("split.zh", "父亲在屋后养蜂。\n他熟悉每一个蜂箱，就像熟悉自己的孩子一样。\n\n每天早上他都跟蜜蜂说话，把村里的新闻讲给它们听。\n祖父去世的时候，他头一个出去告诉蜜蜂。\n他说，不然它们就会飞走。\n");
    // The link keeps both halves of the translation and its lines consecutive: taking the blank
    // out would put it out of order (or, forbidding the link, pair English 0 with Chinese 0 and 1).
    expect(align(en, split).out).toBe("[0]:[0]\n[1]:[1,2,3]\n[2]:[4]\n[3]:[5]\n");
    const json = JSON.parse(align("--format", "json", en, split).out) as Array<{ src: number[]; tgt: number[] }>;
    expect(json.map((b) => [b.src, b.tgt])).toEqual([
      [[0], [0]],
      [[1], [1, 2, 3]],
      [[2], [4]],
      [[3], [5]],
    ]);
    const rungs = (out: string) => out.split("\n").slice(0, -1).map((line) => line.split("\t").slice(0, 2).join(" "));
    expect(rungs(align("--format", "ladder", en, split).out)).toEqual(["0 0", "1 1", "2 4", "3 5"]);
    expect(align("--format", "hand-ladder", en, split).out).toBe("0\t0\n1\t1\n2\t4\n3\t5\n4\t6\n");
    // A blank at a link's edge is a bead of its own: a trailing blank after Chinese 2.
    const edge = file("edge.zh", "父亲在屋后养蜂。\n他熟悉每一个蜂箱，就像熟悉自己的孩子一样。\n每天早上他都跟蜜蜂说话，把村里的新闻讲给它们听。\n\n祖父去世的时候，他头一个出去告诉蜜蜂。\n他说，不然它们就会飞走。\n");
    expect(align(en, edge).out).toBe("[0]:[0]\n[1]:[1,2]\n[]:[3]\n[2]:[4]\n[3]:[5]\n");
  }, 300_000);

  it("reads old Mac line ends (CR only) as lines, as the content loader does", () => {
    const crOnly = file("cr.zh", "父亲在屋后养蜂。\r\r他熟悉每一个蜂箱，就像熟悉自己的孩子一样。\r每天早上他都跟蜜蜂说话，把村里的新闻讲给它们听。\r祖父去世的时候，他头一个出去告诉蜜蜂。\r他说，不然它们就会飞走。\r");
    const r = align(en, crOnly);
    expect(r.code).toBe(0);
    expect(r.out).toBe("[0]:[0]\n[]:[1]\n[1]:[2,3]\n[2]:[4]\n[3]:[5]\n");
  });

  it("an empty file leaves every line of the other file unmatched", () => {
    const empty = file("empty.txt", "");
    expect(align(empty, zh).out).toBe("[]:[0]\n[]:[1]\n[]:[2]\n[]:[3]\n[]:[4]\n");
    expect(align(en, empty).out).toBe("[0]:[]\n[1]:[]\n[2]:[]\n[3]:[]\n");
    const both = align(empty, empty);
    expect(both.code).toBe(0);
    expect(both.out).toBe("");
  });

  it("rejects non-UTF-8 input with one line naming the file and line, exit code 2", () => {
    const bad = file("latin1.txt", Buffer.concat([Buffer.from("first line\nsecond line\n"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])]));
    const r = align(en, bad);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toEqual([
      `align: ${bad}: line 3: this file is not UTF-8 text (unexpected byte 0xE9 on this line); save it with UTF-8 encoding`,
    ]);
  });

  it("reports an unreadable file in one line with exit code 2", () => {
    const missing = path.join(dir, "nope.txt");
    const r = align(missing, zh);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`align: cannot read ${missing}: no such file`);
    const directory = align(dir, zh);
    expect(directory.code).toBe(2);
    expect(directory.err.trim()).toBe(`align: cannot read ${dir}: is a directory`);
  });

  it("--job aligns many pairs in one process and reports bad lines by number, going on", () => {
    const outA = path.join(dir, "a.out");
    const outB = path.join(dir, "b.out");
    const missing = path.join(dir, "missing.txt");
    const job = file("job.tsv", [`${en}\t${zh}\t${outA}`, `${missing}\t${zh}\t${path.join(dir, "never.out")}`, "only-one-field", `${zh}\t${en}\t${outB}`].join("\n") + "\n");
    const r = align("--job", job);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toEqual([
      `align: ${job}:2: cannot read ${missing}: no such file`,
      `align: ${job}:3: expected SRC<TAB>TGT<TAB>OUT, got 1 field(s)`,
    ]);
    expect(readFileSync(outA, "utf8")).toBe("[0]:[0]\n[1]:[1,2]\n[2]:[3]\n[3]:[4]\n");
    expect(readFileSync(outB, "utf8")).toBe("[0]:[0]\n[1,2]:[1]\n[3]:[2]\n[4]:[3]\n");
  });

  it("--src-lang/--tgt-lang override detection; bad options are usage errors", () => {
    expect(align("--src-lang", "en", "--tgt-lang", "zh", en, zh).out).toBe("[0]:[0]\n[1]:[1,2]\n[2]:[3]\n[3]:[4]\n");
    const badLang = align("--src-lang", "fr", en, zh);
    expect(badLang.code).toBe(2);
    expect(badLang.err.trim()).toBe('align: --src-lang must be en or zh, not "fr"');
    const oneFile = align(en);
    expect(oneFile.code).toBe(2);
    expect(oneFile.err).toContain("expected two files");
  });

  it("through npm, reads relative paths from the directory it was run in, not the package's root", () => {
    // npm runs the script in the repository's root; INIT_CWD names the user's directory.
    const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ["npm"];
    const sub = mkdtempSync(path.join(dir, "here-"));
    writeFileSync(path.join(sub, "bees.en"), readFileSync(en));
    writeFileSync(path.join(sub, "bees.zh"), readFileSync(zh));
    writeFileSync(path.join(sub, "job.tsv"), "bees.zh\tbees.en\tbees.align\n");
    const run = (...args: string[]) => spawnSync(npm[0], [...npm.slice(1), "--prefix", repoRoot, "run", "--silent", "align", "--", ...args], { cwd: sub, encoding: "utf8", timeout: 60_000 });
    const direct = run("bees.en", "bees.zh");
    expect(direct.stderr).toBe("");
    expect(direct.stdout).toBe("[0]:[0]\n[1]:[1,2]\n[2]:[3]\n[3]:[4]\n");
    const job = run("--job", "job.tsv");
    expect(job.status).toBe(0);
    expect(readFileSync(path.join(sub, "bees.align"), "utf8")).toBe("[0]:[0]\n[1,2]:[1]\n[3]:[2]\n[4]:[3]\n");
  });

  it("--help prints the usage and exits 0", () => {
    const r = align("--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain("usage: npm run --silent align -- [options] SRC TGT");
    expect(r.out).toContain("--job FILE");
  });
  it("--job refuses an OUT that is one of the job's inputs (its own, another line's, the job file) and leaves it intact", () => {
    const enCopy = file("keep.en", readFileSync(en, "utf8"));
    const zhCopy = file("keep.zh", readFileSync(zh, "utf8"));
    const fine = path.join(dir, "fine.out");
    const lines = [`${enCopy}\t${zhCopy}\t${zhCopy}`, `${enCopy}\t${zh}\t${path.join(dir, ".", "keep.en")}`, `${en}\t${zh}\t${fine}`];
    const job = file("self.tsv", lines.join("\n") + "\n");
    const jobText = readFileSync(job, "utf8");
    const selfJob = file("self2.tsv", `${en}\t${zh}\t${path.join(dir, "self2.tsv")}\n`);
    const r = align("--job", job);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toEqual([
      `align: ${job}:1: refusing to write ${zhCopy}: it is an input of this job; name another OUT`,
      `align: ${job}:2: refusing to write ${path.join(dir, ".", "keep.en")}: it is an input of this job; name another OUT`,
    ]);
    expect(readFileSync(enCopy, "utf8")).toBe(readFileSync(en, "utf8"));
    expect(readFileSync(zhCopy, "utf8")).toBe(readFileSync(zh, "utf8"));
    expect(readFileSync(job, "utf8")).toBe(jobText);
    expect(readFileSync(fine, "utf8")).toBe("[0]:[0]\n[1]:[1,2]\n[2]:[3]\n[3]:[4]\n");
    const s = align("--job", selfJob);
    expect(s.code).toBe(2);
    expect(s.err).toContain("refusing to write");
    expect(readFileSync(selfJob, "utf8")).toBe(`${en}\t${zh}\t${path.join(dir, "self2.tsv")}\n`);
  });

  it("warns on stderr about a blank-only file and about two files in one language, still writing the beads", () => {
    const blanks = file("blanks.zh", "\n\n  \n");
    const b = align(en, blanks);
    expect(b.code).toBe(0);
    expect(b.err.trim()).toBe(`align: warning: ${blanks}: only blank lines, nothing to align: every line of ${en} is left unmatched`);
    expect(b.out).toBe("[0]:[]\n[1]:[]\n[2]:[]\n[3]:[]\n[]:[0]\n[]:[1]\n[]:[2]\n");
    const same = align(en, en);
    expect(same.code).toBe(0);
    expect(same.err.trim()).toBe(
      `align: warning: ${en} and ${en} are both English: a translation pair has one file in each language (--src-lang/--tgt-lang set them when the guess is wrong)`,
    );
    expect(align(en, zh).err).toBe("");
  });
});
