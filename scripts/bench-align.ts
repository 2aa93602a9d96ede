/**
 * Aligner benchmark (figures, not a test): time, CPU and peak memory of our aligner beside a plain
 * length-only Gale–Church baseline, on (a) the five gold articles, (b) MAC-Dev's six chapters
 * (../shared/eval/mac-dev; skipped when absent), (c) a synthetic pair of N English sentences
 * (default 100,000), plus (d) a seed-sized article as the site aligns it (`alignDocument`,
 * paragraphs then sentences), CPU per article cold and warm, and (e) the MAC-Dev job through the
 * CLI (`align -- --job`) as `npm run align` runs it (compiled once into .cache/compiled by
 * scripts/run-compiled.mjs), CPU time of the whole process, start-up and dictionary load included,
 * with its start-up alone beside it, and (f) the same chapters aligned five times over in one
 * process, what the job costs once V8 has warmed up. Each measurement runs in a fresh child
 * process so its peak resident memory (getrusage maxRSS) is its own. hunalign is measured beside
 * it when it is on the PATH.
 *   npm run bench:align [-- --sentences N]
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { alignGaleChurch } from "../lib/align-eval/baseline";
import { strictScores, type GoldBead } from "../lib/align-eval/evaluate";
import { synthesize } from "../lib/align-eval/synthetic";
import { seededRandom } from "../lib/seeded-random";
import { CALIBRATION_PASSAGES, HELD_OUT_PASSAGES, type Passage } from "../lib/align-eval/synthetic-corpus";
import { alignDocument, groupByParagraph } from "../lib/align/document";
import { alignSentences } from "../lib/align/sentences";
import { loadLexicalResources } from "../lib/align/signals/lexicon";
import type { Bead } from "../lib/align/types";
import { loadMacDev, MAC_DEV_DIR } from "./eval/mac-dev";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..");
const goldPath = process.env.ALIGN_GOLD ?? path.resolve(repoRoot, "lib/align/fixtures/seeds-gold.json");
const argValue = (flag: string) => {
  const k = process.argv.indexOf(flag);
  return k >= 0 ? process.argv[k + 1] : undefined;
};
const syntheticSize = Number(argValue("--sentences") ?? 100_000);

interface Doc {
  src: string[];
  tgt: string[];
  gold: GoldBead[];
}

function goldArticles(): Doc[] {
  const { articles } = JSON.parse(readFileSync(goldPath, "utf8")) as {
    articles: Array<{ en: string[]; zh: string[]; beads: Array<{ en: number[]; zh: number[] }> }>;
  };
  return articles.map((a) => ({ src: a.zh, tgt: a.en, gold: a.beads.map((b) => ({ src: b.zh, tgt: b.en })) }));
}

/**
 * A long pair with known alignment: passages of the hand-written corpus drawn in a seeded random
 * order until the English side has `size` sentences, with merges (up to 4-1), splits and
 * sentences dropped on either side, so the banded search has real work to do.
 */
function syntheticPair(size: number): Doc {
  const random = seededRandom(20240611);
  const all: Passage[] = [...CALIBRATION_PASSAGES, ...HELD_OUT_PASSAGES];
  const passages: Passage[] = [];
  for (let count = 0; count < size; ) {
    const p = all[Math.floor(random() * all.length)];
    passages.push(p);
    count += p.length;
  }
  const doc = synthesize(passages, random, { mergeZh: 0.1, mergeEn: 0.05, dropZh: 0.03, dropEn: 0.03, maxMerge: 4 });
  return { src: doc.zh, tgt: doc.en, gold: doc.beads.map((b) => ({ src: b.zh, tgt: b.en })) };
}

function macDevDocs(): Doc[] {
  return (loadMacDev() ?? []).map((c) => ({ src: c.zh, tgt: c.en, gold: c.gold }));
}

/** CPU seconds (user + system) of a command and its children, and its wall time. */
function timed(command: string, args: string[]): { cpuSeconds: number; seconds: number } {
  const quoted = [command, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  const started = performance.now();
  const out = execFileSync("bash", ["-c", `TIMEFORMAT='%U %S'; { time ${quoted} >/dev/null; } 2>&1`], { cwd: repoRoot, encoding: "utf8" });
  const seconds = (performance.now() - started) / 1000;
  const [user, system] = out.trim().split("\n").pop()!.split(" ").map(Number);
  return { cpuSeconds: user + system, seconds };
}

interface CliFigures {
  job: { cpuSeconds: number; seconds: number };
  startup: { cpuSeconds: number; seconds: number };
  startupThroughNpm: { cpuSeconds: number; seconds: number };
}

/**
 * The CLI aligning MAC-Dev's six chapters as one job, run as `npm run align` runs it: node on
 * scripts/run-compiled.mjs, the CLI compiled beforehand (a first run after a change compiles it,
 * once). Its start-up alone is a job of one one-line pair (node, modules, dictionary and jieba),
 * also measured through npm itself, whose own start-up a user pays too.
 */
function cliJob(): CliFigures | null {
  const chapters = loadMacDev();
  if (!chapters) return null;
  const dir = mkdtempSync(path.join(tmpdir(), "bench-align-"));
  try {
    const job = chapters.map((c) => `${path.join(MAC_DEV_DIR, "split", `${c.id}.zh`)}\t${path.join(MAC_DEV_DIR, "split", `${c.id}.en`)}\t${path.join(dir, `${c.id}.align`)}`);
    writeFileSync(path.join(dir, "job.tsv"), job.join("\n") + "\n");
    writeFileSync(path.join(dir, "one.zh"), "父亲在屋后养蜂。\n");
    writeFileSync(path.join(dir, "one.en"), "My father kept bees behind the house.\n");
    writeFileSync(path.join(dir, "one.tsv"), `${path.join(dir, "one.zh")}\t${path.join(dir, "one.en")}\t${path.join(dir, "one.align")}\n`);
    const cli = (...args: string[]) => [path.join(repoRoot, "scripts", "run-compiled.mjs"), path.join(repoRoot, "scripts", "align.ts"), ...args];
    timed(process.execPath, cli("--job", path.join(dir, "one.tsv")));
    const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ["npm"];
    return {
      job: timed(process.execPath, cli("--job", path.join(dir, "job.tsv"))),
      startup: timed(process.execPath, cli("--job", path.join(dir, "one.tsv"))),
      startupThroughNpm: timed(npm[0], [...npm.slice(1), "--prefix", repoRoot, "run", "--silent", "align", "--", "--job", path.join(dir, "one.tsv")]),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** hunalign on the PATH, or null (it is not installed by the project: Debian's bookworm has no package). */
function hunalignPath(): string | null {
  const r = spawnSync("bash", ["-c", "command -v hunalign"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

/**
 * CPU per seed-sized article as the site aligns it (alignDocument over its paragraphs): the first
 * pass over the five gold articles (cold: code not yet optimised by the JIT), then, after 10 more
 * passes, the mean and the least of 20 (warm; the least is the pass another process on the machine
 * disturbed least). Those 20 passes still hold much of the optimising compiler's work, so the
 * mean over 200 passes (1,000 articles), the first included, is given too: what one of an archive
 * build's aligning processes spends per article.
 */
function seedArticles(): { coldMs: number; warmMs: number; bestMs: number; longRunMs: number } {
  const { articles } = JSON.parse(readFileSync(goldPath, "utf8")) as {
    articles: Array<{ en: string[]; zh: string[]; enParagraph: number[]; zhParagraph: number[] }>;
  };
  const docs = articles.map((a) => [groupByParagraph(a.en, a.enParagraph), groupByParagraph(a.zh, a.zhParagraph)] as const);
  loadLexicalResources();
  const pass = () => {
    const cpu = process.cpuUsage();
    for (const [en, zh] of docs) alignDocument(en, zh);
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / 1000 / docs.length;
  };
  const warmups = 10;
  const rounds = 20;
  const longRun = 200;
  const coldMs = pass();
  let allMs = coldMs;
  for (let k = 0; k < warmups; k++) allMs += pass();
  let total = 0;
  let bestMs = Infinity;
  for (let k = 0; k < rounds; k++) {
    const ms = pass();
    total += ms;
    bestMs = Math.min(bestMs, ms);
  }
  allMs += total;
  for (let k = 1 + warmups + rounds; k < longRun; k++) allMs += pass();
  return { coldMs, warmMs: total / rounds, bestMs, longRunMs: allMs / longRun };
}

/**
 * MAC-Dev's six chapters aligned five times over in one process (V8 flags as the CLI sets them):
 * CPU seconds per round. The later rounds run code V8 has already optimised, so start-up plus
 * their mean is about the least a cold CLI job could cost if no warm-up were left.
 */
function warmJobRounds(): number[] {
  const docs = macDevDocs();
  loadLexicalResources();
  const rounds: number[] = [];
  for (let k = 0; k < 5; k++) {
    const cpu = process.cpuUsage();
    for (const d of docs) alignSentences(d.src, d.tgt);
    const used = process.cpuUsage(cpu);
    rounds.push((used.user + used.system) / 1e6);
  }
  return rounds;
}

type Aligner = "ours" | "gale-church";
type Case = "articles" | "mac-dev" | "synthetic";

interface Measurement {
  sentences: number;
  seconds: number;
  cpuSeconds: number;
  f1: number;
  maxRssMb: number;
  heapMb: number;
  dictionaryMs?: number;
}

/** Runs one case with one aligner in this process and prints the measurement as JSON. */
function child(which: Case, aligner: Aligner): void {
  const docs = which === "articles" ? goldArticles() : which === "mac-dev" ? macDevDocs() : [syntheticPair(syntheticSize)];
  let dictionaryMs: number | undefined;
  if (aligner === "ours") {
    const started = performance.now();
    loadLexicalResources();
    dictionaryMs = performance.now() - started;
  }
  const align = (d: Doc): Bead[] => (aligner === "ours" ? alignSentences(d.src, d.tgt) : alignGaleChurch(d.src, d.tgt));
  const cpu = process.cpuUsage();
  const started = performance.now();
  const predicted = docs.map(align);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  let correct = 0;
  let predictedCount = 0;
  let goldCount = 0;
  docs.forEach((d, k) => {
    const s = strictScores(predicted[k], d.gold);
    correct += s.correct;
    predictedCount += s.predicted;
    goldCount += s.gold;
  });
  const result: Measurement = {
    sentences: docs.reduce((n, d) => n + d.src.length + d.tgt.length, 0),
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    f1: (2 * correct) / (predictedCount + goldCount),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapMb: process.memoryUsage().heapUsed / 2 ** 20,
    dictionaryMs,
  };
  process.stdout.write(JSON.stringify(result) + "\n");
}

/** This script run again as a child with these arguments (and node flags), and the JSON of its last line. */
function fromChild<T>(args: string[], nodeFlags: string[] = []): T {
  const output = execFileSync(process.execPath, [...process.execArgv, ...nodeFlags, fileURLToPath(import.meta.url), ...args], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(output.trim().split("\n").pop()!) as T;
}

function measure(which: Case, aligner: Aligner): Measurement {
  return fromChild<Measurement>(["--child", which, aligner, "--sentences", String(syntheticSize)]);
}

function main(): void {
  const rows: string[][] = [["case", "aligner", "sentences", "seconds", "cpu s", "sentences/s", "peak RSS MB", "strict F1"]];
  let dictionaryMs: number | undefined;
  const hasMacDev = loadMacDev() !== null;
  if (!hasMacDev) console.log(`MAC-Dev: skipped, ${MAC_DEV_DIR} is absent.\n`);
  for (const which of ["articles", "mac-dev", "synthetic"] as Case[]) {
    if (which === "mac-dev" && !hasMacDev) continue;
    for (const aligner of ["ours", "gale-church"] as Aligner[]) {
      const m = measure(which, aligner);
      if (m.dictionaryMs !== undefined) dictionaryMs = m.dictionaryMs;
      const label = which === "articles" ? "5 gold articles" : which === "mac-dev" ? "MAC-Dev 6 chapters" : `synthetic ${syntheticSize.toLocaleString("en")}`;
      rows.push([
        label,
        aligner,
        String(m.sentences),
        m.seconds.toFixed(2),
        m.cpuSeconds.toFixed(2),
        Math.round(m.sentences / m.seconds).toLocaleString("en"),
        m.maxRssMb.toFixed(0),
        m.f1.toFixed(3),
      ]);
    }
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const [k, r] of rows.entries()) {
    console.log(r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "));
    if (k === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
  console.log(`\nsentences = source + target sentences aligned; seconds = wall time of the alignment alone;`);
  console.log(`peak RSS = the child process's maximum resident memory, including Node itself and, for ours, the dictionary.`);
  if (dictionaryMs !== undefined) console.log(`dictionary + jieba load (compact lexicon from .cache/lexicon): ${dictionaryMs.toFixed(0)} ms`);
  const seed = fromChild<ReturnType<typeof seedArticles>>(["--child-seed"]);
  console.log(
    `\nseed-sized article as the site aligns it (alignDocument, 5 gold articles): ${seed.warmMs.toFixed(1)} ms CPU each warm (mean of 20 passes after 10; least ${seed.bestMs.toFixed(1)} ms), ${seed.coldMs.toFixed(1)} ms on the first pass`,
  );
  console.log(`  over 1,000 articles in one process (200 passes, the first included): ${seed.longRunMs.toFixed(1)} ms CPU each`);
  const job = cliJob();
  if (job) {
    const fmt = (t: { cpuSeconds: number; seconds: number }) => `${t.cpuSeconds.toFixed(2)} s CPU (user + system), ${t.seconds.toFixed(2)} s wall`;
    console.log(`\nMAC-Dev job through the CLI as npm run align runs it (align --job, one process, start-up and dictionary load included):`);
    console.log(`  node scripts/run-compiled.mjs scripts/align.ts --job:  ${fmt(job.job)}`);
    console.log(`  its start-up alone (a one-line pair):                  ${fmt(job.startup)}`);
    console.log(`  the same through npm run --silent align (npm's own start-up too): ${fmt(job.startupThroughNpm)}`);
  }
  if (hasMacDev) {
    const rounds = fromChild<number[]>(["--child-warm-job"], ["--no-turbo-inlining"]);
    const later = rounds.slice(2);
    console.log(`\nMAC-Dev aligned five times over in one process: ${rounds.map((r) => r.toFixed(2)).join(", ")} s CPU; rounds 3-5 ${(later.reduce((a, b) => a + b, 0) / later.length).toFixed(2)} s on average`);
    console.log(`  (warm code: start-up plus this is about the least a cold CLI job could cost with no warm-up left)`);
  }
  const hunalign = hunalignPath();
  console.log(hunalign ? `\nhunalign found at ${hunalign}; not yet wired into this benchmark.` : "\nhunalign: not on the PATH, not measured (Debian bookworm, this machine's suite, has no hunalign package).");
}

const childAt = process.argv.indexOf("--child");
if (process.argv.includes("--child-seed")) process.stdout.write(JSON.stringify(seedArticles()) + "\n");
else if (process.argv.includes("--child-warm-job")) process.stdout.write(JSON.stringify(warmJobRounds()) + "\n");
else if (childAt >= 0) child(process.argv[childAt + 1] as Case, process.argv[childAt + 2] as Aligner);
else main();
