/**
 * Evaluates the aligner; every figure in docs/aligner.md comes from here.
 *   npm run eval [-- GOLD.json]
 *
 * 1. MAC-Dev (../shared/eval/mac-dev, the development set; skipped with a notice when absent):
 *    strict bead F1 per chapter and overall, Chinese as source, beside Bertalign's own output and
 *    the length-only Gale–Church baseline; the same with English as source; recall by gold bead
 *    type; predicted against gold unmatched sentences; the reliability table of confidences.
 * 2. The seed gold (lib/align/fixtures/seeds-gold.json, or the path in $ALIGN_GOLD or the first
 *    argument): strict beads as the CLI aligns them (flat) and as the site does (paragraphs).
 *    Every wrong bead is printed beside the gold beads it overlaps.
 * 3. Segmentation: boundary F1 of lib/segment on each gold paragraph's joined text.
 * 4. Literary passages (lib/align/fixtures/literary/{dev,heldout}): public-domain Chinese prose
 *    with the project's own free translations.
 * 5. Synthetic documents (robustness only; nothing is calibrated on them).
 *
 * Strict beads, the Bertalign MAC-Test convention: a predicted bead counts only if a gold bead has
 * exactly its indices; unmatched beads included.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { alignGaleChurch } from "../lib/align-eval/baseline";
import { beadKey, combine, strictScores, type GoldArticle, type GoldBead, type StrictScores } from "../lib/align-eval/evaluate";
import { synthesize, type Perturbation } from "../lib/align-eval/synthetic";
import { seededRandom } from "../lib/seeded-random";
import { HELD_OUT_PASSAGES } from "../lib/align-eval/synthetic-corpus";
import { alignDocument, groupByParagraph } from "../lib/align/document";
import { parseBead } from "../lib/align/format";
import { alignSentences } from "../lib/align/sentences";
import type { Bead } from "../lib/align/types";
import { loadMacDev, MAC_DEV_DIR } from "./eval/mac-dev";
import { segmentationScores, segmentSentences } from "../lib/segment";


const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const goldPath = process.argv[2] ?? process.env.ALIGN_GOLD ?? path.resolve(repoRoot, "lib/align/fixtures/seeds-gold.json");

function loadGold(): GoldArticle[] {
  try {
    return (JSON.parse(readFileSync(goldPath, "utf8")) as { articles: GoldArticle[] }).articles;
  } catch (error) {
    console.error(`eval: cannot read gold ${goldPath}: ${(error as Error).message}`);
    process.exit(2);
  }
}

type Mode = "flat" | "paragraphs" | "baseline";
const MODES: Mode[] = ["flat", "paragraphs", "baseline"];

/** Beads with Chinese as source, whichever way the mode aligned. */
function predict(article: GoldArticle, mode: Mode): Bead[] {
  if (mode === "flat") return alignSentences(article.zh, article.en, { srcLang: "zh", tgtLang: "en" });
  if (mode === "baseline") return alignGaleChurch(article.zh, article.en, "zh", "en");
  const { sentences } = alignDocument(groupByParagraph(article.en, article.enParagraph), groupByParagraph(article.zh, article.zhParagraph));
  return sentences.map((b) => ({ src: b.tgt, tgt: b.src, confidence: b.confidence }));
}

const fmt = (s: StrictScores) => `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (${s.correct}/${s.predicted} predicted, ${s.gold} gold)`;
const clip = (text: string, n = 110) => (text.length > n ? text.slice(0, n - 1) + "…" : text);
const show = (b: GoldBead) => `[${b.src.join(",")}]:[${b.tgt.join(",")}]`;

function printWrong(article: { zh: string[]; en: string[] }, predicted: Bead[], gold: GoldBead[], mode: string): void {
  const goldKeys = new Set(gold.map(show));
  for (const bead of predicted) {
    if (goldKeys.has(show(bead))) continue;
    const covering = gold.filter((g) => g.src.some((i) => bead.src.includes(i)) || g.tgt.some((j) => bead.tgt.includes(j)));
    console.log(`  ✗ ${mode} ${show(bead)} confidence ${bead.confidence.toFixed(2)}  — gold ${covering.map(show).join(" ")}`);
    console.log(`      zh: ${clip(bead.src.map((i) => article.zh[i]).join(" ")) || "∅"}`);
    console.log(`      en: ${clip(bead.tgt.map((j) => article.en[j]).join(" ")) || "∅"}`);
    for (const g of covering) {
      console.log(`      gold ${show(g)} zh: ${clip(g.src.map((i) => article.zh[i]).join(" ")) || "∅"}`);
      console.log(`      ${" ".repeat(show(g).length + 5)} en: ${clip(g.tgt.map((j) => article.en[j]).join(" ")) || "∅"}`);
    }
  }
}

function evaluateAlignment(articles: GoldArticle[]): void {
  const totals = Object.fromEntries(MODES.map((m) => [m, { correct: 0, predicted: 0, gold: 0 }])) as Record<Mode, { correct: number; predicted: number; gold: number }>;
  console.log(`Alignment, Chinese as source, strict beads (${goldPath})\n`);
  for (const article of articles) {
    const gold: GoldBead[] = article.beads.map((b) => ({ src: b.zh, tgt: b.en }));
    console.log(`${article.file}  (${article.zh.length} zh, ${article.en.length} en sentences, ${gold.length} gold beads)`);
    for (const mode of MODES) {
      const predicted = predict(article, mode);
      const s = strictScores(predicted, gold);
      totals[mode].correct += s.correct;
      totals[mode].predicted += s.predicted;
      totals[mode].gold += s.gold;
      console.log(`  ${mode.padEnd(10)} ${fmt(s)}`);
      if (mode !== "baseline") printWrong(article, predicted, gold, mode);
    }
  }
  console.log("\nOverall");
  for (const mode of MODES) {
    const t = totals[mode];
    const label = mode === "baseline" ? "baseline (length-only Gale–Church)" : mode === "flat" ? "flat (as the CLI)" : "paragraphs (as the site)";
    console.log(`  ${label.padEnd(36)} ${fmt(combine(t.correct, t.predicted, t.gold))}`);
  }
}

function evaluateSegmentation(articles: GoldArticle[]): void {
  console.log("\nSegmentation (lib/segment) against the gold sentences, boundary scores per language");
  for (const lang of ["en", "zh"] as const) {
    for (const subSentences of [false, true]) {
      const gold: string[][] = [];
      const predicted: string[][] = [];
      for (const article of articles) {
        for (const paragraph of groupByParagraph(article[lang], lang === "en" ? article.enParagraph : article.zhParagraph)) {
          gold.push(paragraph);
          predicted.push(segmentSentences(paragraph.join(lang === "en" ? " " : ""), lang, { subSentences }));
        }
      }
      const s = segmentationScores(gold, predicted);
      const label = `${lang}${subSentences ? " (with ；/: sub-sentences)" : ""}`;
      console.log(
        `  ${label.padEnd(30)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (${s.matchedBoundaries}/${s.predictedBoundaries} predicted, ${s.goldBoundaries} gold boundaries)`,
      );
    }
  }
}

function evaluateHeldOut(): void {
  const settings: Array<[string, Perturbation]> = [
    ["light", { mergeZh: 0.1, mergeEn: 0.05, dropZh: 0.03, dropEn: 0.03, maxMerge: 3 }],
    ["heavy merges", { mergeZh: 0.35, mergeEn: 0.15, dropZh: 0.05, dropEn: 0.05, maxMerge: 4 }],
    ["many gaps", { mergeZh: 0.15, mergeEn: 0.15, dropZh: 0.15, dropEn: 0.15, maxMerge: 4 }],
  ];
  console.log("\nHeld-out synthetic documents (10 per setting, half zh→en, half en→zh), strict beads");
  for (const [name, setting] of settings) {
    const totals = { ours: { correct: 0, predicted: 0, gold: 0 }, baseline: { correct: 0, predicted: 0, gold: 0 } };
    for (let k = 0; k < 10; k++) {
      const random = seededRandom(7000 + k);
      const doc = synthesize([...HELD_OUT_PASSAGES].sort(() => random() - 0.5), random, setting);
      const zhFirst = k % 2 === 0;
      const [src, tgt] = zhFirst ? [doc.zh, doc.en] : [doc.en, doc.zh];
      const gold = doc.beads.map((b) => (zhFirst ? { src: b.zh, tgt: b.en } : { src: b.en, tgt: b.zh }));
      for (const [which, predicted] of [
        ["ours", alignSentences(src, tgt)],
        ["baseline", alignGaleChurch(src, tgt)],
      ] as const) {
        const s = strictScores(predicted, gold);
        totals[which].correct += s.correct;
        totals[which].predicted += s.predicted;
        totals[which].gold += s.gold;
      }
    }
    const ours = combine(totals.ours.correct, totals.ours.predicted, totals.ours.gold);
    const base = combine(totals.baseline.correct, totals.baseline.predicted, totals.baseline.gold);
    console.log(`  ${name.padEnd(14)} ours ${fmt(ours)}\n  ${"".padEnd(14)} Gale–Church F1 ${base.f1.toFixed(3)}`);
  }
}

interface LiteraryPassage {
  name: string;
  zh: string[];
  en: string[];
  gold: GoldBead[];
}

const literaryRoot = path.resolve(repoRoot, "lib/align/fixtures/literary");
const lines = (file: string) => readFileSync(file, "utf8").split("\n").filter((line) => line.trim() !== "");

function loadLiterary(split: string): LiteraryPassage[] {
  const dir = path.join(literaryRoot, split);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".gold"))
    .sort()
    .map((f) => {
      const name = f.slice(0, -".gold".length);
      const gold = lines(path.join(dir, f)).map((line) => {
        const bead = parseBead(line);
        if (!bead) throw new Error(`${split}/${f}: not a bead line: ${line}`);
        return bead;
      });
      return { name, zh: lines(path.join(dir, `${name}.zh`)), en: lines(path.join(dir, `${name}.en`)), gold };
    });
}

/** Confidence bands for the reliability table: is a link's confidence a fair warning? */
const CONFIDENCE_BANDS = [0, 0.5, 0.8, 0.9, 0.95, 1.0001];

function printReliability(title: string, judged: { confidence: number; correct: boolean }[]): void {
  console.log(`\n  Reliability of confidences, ${title} (predicted beads, strict)`);
  for (let k = 0; k + 1 < CONFIDENCE_BANDS.length; k++) {
    const [lo, hi] = [CONFIDENCE_BANDS[k], CONFIDENCE_BANDS[k + 1]];
    const band = judged.filter((j) => j.confidence >= lo && j.confidence < hi);
    const right = band.filter((j) => j.correct).length;
    const share = band.length ? ` (${((100 * right) / band.length).toFixed(1)} %)` : "";
    console.log(`  confidence [${lo.toFixed(2)}, ${Math.min(hi, 1).toFixed(2)}${hi > 1 ? "]" : ")"}  ${right}/${band.length} right${share}`);
  }
  const sure = judged.filter((j) => j.confidence >= 0.8);
  const right = sure.filter((j) => j.correct).length;
  console.log(`  confidence ≥ 0.80          ${right}/${sure.length} right (${sure.length ? ((100 * right) / sure.length).toFixed(1) : "–"} %)`);
  const allRight = judged.filter((j) => j.correct).length;
  console.log(
    `  coverage: ${sure.length} of ${judged.length} predicted beads (${((100 * sure.length) / Math.max(1, judged.length)).toFixed(1)} %) reach 0.80, holding ${right} of the ${allRight} right ones (${((100 * right) / Math.max(1, allRight)).toFixed(1)} %)`,
  );
}

function evaluateLiterary(): void {
  console.log("\nLiterary passages (free translations, zh as source, as the CLI), strict beads");
  const judged: { confidence: number; correct: boolean }[] = [];
  for (const split of ["dev", "heldout"]) {
    const totals = { ours: { correct: 0, predicted: 0, gold: 0 }, baseline: { correct: 0, predicted: 0, gold: 0 } };
    for (const passage of loadLiterary(split)) {
      const ours = alignSentences(passage.zh, passage.en, { srcLang: "zh", tgtLang: "en" });
      const base = alignGaleChurch(passage.zh, passage.en, "zh", "en");
      const s = strictScores(ours, passage.gold);
      const b = strictScores(base, passage.gold);
      for (const [which, score] of [["ours", s], ["baseline", b]] as const) {
        totals[which].correct += score.correct;
        totals[which].predicted += score.predicted;
        totals[which].gold += score.gold;
      }
      const goldKeys = new Set(passage.gold.map(beadKey));
      for (const bead of ours) judged.push({ confidence: bead.confidence, correct: goldKeys.has(beadKey(bead)) });
      console.log(`  ${split}/${passage.name.padEnd(10)} ours F1 ${s.f1.toFixed(3)}  Gale–Church F1 ${b.f1.toFixed(3)}`);
      printWrong(passage, ours, passage.gold, "ours");
    }
    const ours = combine(totals.ours.correct, totals.ours.predicted, totals.ours.gold);
    const base = combine(totals.baseline.correct, totals.baseline.predicted, totals.baseline.gold);
    console.log(`  ${split.padEnd(8)} ours        ${fmt(ours)}\n  ${"".padEnd(8)} Gale–Church ${fmt(base)}`);
  }
  printReliability("literary passages", judged);
}

type Tally = { correct: number; predicted: number; gold: number };
const add = (t: Tally, s: StrictScores) => ((t.correct += s.correct), (t.predicted += s.predicted), (t.gold += s.gold));
const tally = (): Tally => ({ correct: 0, predicted: 0, gold: 0 });
const unmatchedCount = (beads: readonly GoldBead[]) => beads.filter((b) => !b.src.length || !b.tgt.length).reduce((n, b) => n + b.src.length + b.tgt.length, 0);

function evaluateMacDev(): void {
  const chapters = loadMacDev();
  if (!chapters) {
    console.log(`MAC-Dev: skipped, ${MAC_DEV_DIR} is absent (it lives in ../shared beside the repository on the team's machines).\n`);
    return;
  }
  console.log(`MAC-Dev (${MAC_DEV_DIR}): strict bead F1, Chinese as source\n`);
  console.log(`  ${"chapter".padEnd(44)} ${"ours".padStart(6)} ${"en→zh".padStart(6)} ${"Bertalign".padStart(9)} ${"Gale–Church".padStart(11)}  unmatched ours/gold`);
  const totals = { ours: tally(), reverse: tally(), bertalign: tally(), baseline: tally() };
  const byType = new Map<string, { found: number; total: number }>();
  const judged: { confidence: number; correct: boolean }[] = [];
  let unmatchedOurs = 0;
  let unmatchedGold = 0;
  let seconds = 0;
  for (const chapter of chapters) {
    const started = performance.now();
    const ours = alignSentences(chapter.zh, chapter.en, { srcLang: "zh", tgtLang: "en" });
    seconds += (performance.now() - started) / 1000;
    const reverse = alignSentences(chapter.en, chapter.zh, { srcLang: "en", tgtLang: "zh" }).map((b) => ({ ...b, src: b.tgt, tgt: b.src }));
    const baseline = alignGaleChurch(chapter.zh, chapter.en, "zh", "en");
    const s = strictScores(ours, chapter.gold);
    const r = strictScores(reverse, chapter.gold);
    const b = chapter.bertalign ? strictScores(chapter.bertalign, chapter.gold) : undefined;
    const g = strictScores(baseline, chapter.gold);
    add(totals.ours, s);
    add(totals.reverse, r);
    if (b) add(totals.bertalign, b);
    add(totals.baseline, g);
    const predicted = new Set(ours.map(beadKey));
    for (const bead of chapter.gold) {
      const type = `${bead.src.length}-${bead.tgt.length}`;
      const entry = byType.get(type) ?? { found: 0, total: 0 };
      entry.total++;
      if (predicted.has(beadKey(bead))) entry.found++;
      byType.set(type, entry);
    }
    const goldKeys = new Set(chapter.gold.map(beadKey));
    for (const bead of ours) judged.push({ confidence: bead.confidence, correct: goldKeys.has(beadKey(bead)) });
    unmatchedOurs += unmatchedCount(ours);
    unmatchedGold += unmatchedCount(chapter.gold);
    console.log(
      `  ${`${chapter.id} ${chapter.title}`.slice(0, 44).padEnd(44)} ${s.f1.toFixed(3).padStart(6)} ${r.f1.toFixed(3).padStart(6)} ${(b ? b.f1.toFixed(3) : "–").padStart(9)} ${g.f1.toFixed(3).padStart(11)}  ${unmatchedCount(ours)}/${unmatchedCount(chapter.gold)}`,
    );
  }
  const f1 = (t: Tally) => combine(t.correct, t.predicted, t.gold);
  console.log(
    `  ${"all six chapters".padEnd(44)} ${f1(totals.ours).f1.toFixed(3).padStart(6)} ${f1(totals.reverse).f1.toFixed(3).padStart(6)} ${f1(totals.bertalign).f1.toFixed(3).padStart(9)} ${f1(totals.baseline).f1.toFixed(3).padStart(11)}  ${unmatchedOurs}/${unmatchedGold}`,
  );
  console.log(`\n  ours, Chinese as source: ${fmt(f1(totals.ours))}; ${seconds.toFixed(1)} s in this process`);
  console.log("\n  Recall by gold bead type (Chinese-English)");
  for (const [type, { found, total }] of [...byType].sort((x, y) => y[1].total - x[1].total)) {
    console.log(`  ${type.padEnd(5)} ${String(found).padStart(4)}/${String(total).padEnd(4)} ${((100 * found) / total).toFixed(1).padStart(5)} %`);
  }
  printReliability("MAC-Dev", judged);
  console.log("");
}

evaluateMacDev();
const articles = loadGold();
evaluateAlignment(articles);
evaluateSegmentation(articles);
evaluateHeldOut();
evaluateLiterary();
