/**
 * Sentence aligner CLI in the convention of Vecalign, Bertalign and the hunalign corpora.
 *   npm run --silent align -- SRC TGT            one bead per line: [i,j]:[k]
 *   npm run --silent align -- --job FILE         lines SRC<TAB>TGT<TAB>OUT; beads go to OUT
 * Run with --help for the options. Exit codes: 0 success, 2 bad usage or unreadable input
 * (with --job: at least one job line failed; the others are still done).
 */
import { readFileSync, realpathSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import { alignSentences } from "../lib/align/sentences";
import { beadJson, formatBead, formatHandLadder, formatLadder } from "../lib/align/format";
import { decodeUtf8 } from "../lib/content/decode";
import { detectLang } from "../lib/align/lang";
import { alignWithoutBlanks } from "../lib/align/blanks";
import type { Bead, Lang } from "../lib/align/types";

const USAGE = `usage: npm run --silent align -- [options] SRC TGT
       npm run --silent align -- [options] --job FILE

Aligns two UTF-8 files of one sentence per line and prints one bead per line, source first:
  [i,j]:[k]   0-based line numbers; [i]:[] and []:[k] for lines left unmatched.
Every line of both files appears exactly once, in order. Blank lines are never
aligned: each is a bead of its own ([i]:[] or []:[k]), except one between two
lines of one link, which stays inside that link ([1]:[1,2,3] when line 2 of
TGT is blank), since a bead is a run of consecutive lines in every format.

options:
  --src-lang en|zh   language of SRC (default: detected from the text)
  --tgt-lang en|zh   language of TGT (default: detected from the text)
  --format FORMAT    text (default): the bead lines above;
                     json: a JSON array of {src, tgt, confidence};
                     ladder: hunalign's output, a line per bead at the rung
                     where it starts, SRC_POS<TAB>TGT_POS<TAB>confidence
                     (0 0 first; the closing rung is not written);
                     hand-ladder: the ladder hunalign reads (-hand=FILE),
                     SRC_POS<TAB>TGT_POS, closing rung included
  --job FILE         align many pairs in one process; each line of FILE is
                     SRC<TAB>TGT<TAB>OUT (paths relative to the directory
                     you ran the command in) and the beads are written to OUT.
                     A failing line is reported with its line number and skipped.
  -h, --help         show this help`;

/**
 * Where relative paths start: the directory the user ran the command in. npm runs a package's
 * script in the package's root and names the directory it was started in in INIT_CWD, so
 * `npm run align -- a.zh a.en` from any folder reads that folder's files.
 */
const userDir = process.env.npm_lifecycle_event === "align" && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
/** A path as the user typed it, resolved from their directory; messages keep their spelling. */
const userPath = (file: string) => resolve(userDir, file);

/** An error the user can act on: printed as one line, no stack trace. */
class InputError extends Error {}

const FORMATS = ["text", "json", "ladder", "hand-ladder"] as const;
type Format = (typeof FORMATS)[number];

interface Options {
  srcLang?: Lang;
  tgtLang?: Lang;
  format: Format;
  job?: string;
  files: string[];
}

function parseArgs(argv: string[]): Options | "help" {
  const options: Options = { format: "text", files: [] };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    const value = () => {
      const v = argv[++k];
      if (v === undefined) throw new InputError(`${arg} needs a value`);
      return v;
    };
    if (arg === "-h" || arg === "--help") return "help";
    else if (arg === "--src-lang") options.srcLang = lang(value(), arg);
    else if (arg === "--tgt-lang") options.tgtLang = lang(value(), arg);
    else if (arg === "--format") {
      const f = value();
      if (!(FORMATS as readonly string[]).includes(f)) throw new InputError(`--format must be ${FORMATS.join(", ")}, not "${f}"`);
      options.format = f as Format;
    } else if (arg === "--job") options.job = value();
    else if (arg.startsWith("-") && arg !== "-") throw new InputError(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.job !== undefined && options.files.length > 0) throw new InputError("give either --job FILE or SRC TGT, not both");
  if (options.job === undefined && options.files.length !== 2) throw new InputError("expected two files, SRC and TGT (see --help)");
  return options;
}

function lang(value: string, flag: string): Lang {
  if (value !== "en" && value !== "zh") throw new InputError(`${flag} must be en or zh, not "${value}"`);
  return value;
}

/** The file's lines; an empty file has none, a final newline does not start another line. */
function readLines(path: string): string[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(userPath(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : (error as Error).message;
    throw new InputError(`cannot read ${path}: ${reason}`);
  }
  // The content loader's decoder: strict UTF-8 with the line of a bad byte, BOM dropped, and
  // CRLF or lone CR (old Mac files) read as line breaks, so the CLI and the site see the same lines.
  const decoded = decodeUtf8(path, bytes);
  if (!decoded.ok) throw new InputError(`${path}: line ${decoded.problem.line}: ${decoded.problem.message}`);
  const text = decoded.text;
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function render(beads: Bead[], format: Format): string {
  if (format === "json") return JSON.stringify(beads.map(beadJson)) + "\n";
  if (format === "ladder") return formatLadder(beads);
  if (format === "hand-ladder") return formatHandLadder(beads);
  return beads.map((b) => formatBead(b) + "\n").join("");
}

const LANG_NAMES: Record<Lang, string> = { en: "English", zh: "Chinese" };

/**
 * What would make the output meaningless although it is well-formed: a file with only blank lines
 * (nothing to link), or two files in one language (a translation pair has two). Printed as
 * warnings on stderr; the beads are still written.
 */
function inputWarnings(src: Input, tgt: Input): string[] {
  const warnings: string[] = [];
  const text = (lines: readonly string[]) => lines.filter((line) => line.trim() !== "");
  for (const [input, other] of [[src, tgt], [tgt, src]] as const) {
    if (input.lines.length > 0 && text(input.lines).length === 0) warnings.push(`${input.path}: only blank lines, nothing to align: every line of ${other.path} is left unmatched`);
  }
  if (text(src.lines).length === 0 || text(tgt.lines).length === 0) return warnings;
  const srcLang = src.lang ?? detectLang(text(src.lines));
  const tgtLang = tgt.lang ?? detectLang(text(tgt.lines));
  if (srcLang === tgtLang) warnings.push(`${src.path} and ${tgt.path} are both ${LANG_NAMES[srcLang]}: a translation pair has one file in each language (--src-lang/--tgt-lang set them when the guess is wrong)`);
  return warnings;
}

interface Input {
  path: string;
  lines: readonly string[];
  lang?: Lang;
}

function alignFiles(src: string, tgt: string, options: Options, where = ""): string {
  const srcLines = readLines(src);
  const tgtLines = readLines(tgt);
  const warnings = inputWarnings({ path: src, lines: srcLines, lang: options.srcLang }, { path: tgt, lines: tgtLines, lang: options.tgtLang });
  for (const warning of warnings) console.error(`align: ${where}warning: ${warning}`);
  const beads = alignWithoutBlanks(srcLines, tgtLines, (a, b) => alignSentences(a, b, { srcLang: options.srcLang, tgtLang: options.tgtLang }));
  return render(beads, options.format);
}

/** A path as the file system resolves it (symbolic links followed), so two spellings of one file compare equal. */
function sameFileKey(file: string): string {
  try {
    return realpathSync(userPath(file));
  } catch {
    return userPath(file);
  }
}

const jobFields = (line: string) => line.split("\t");
const isJobLine = (line: string) => line.trim() !== "" && !line.startsWith("#");

/** Every file the job reads: the job file itself and each line's SRC and TGT. */
function jobInputs(jobFile: string, lines: readonly string[]): Set<string> {
  const inputs = new Set([sameFileKey(jobFile)]);
  for (const line of lines.filter(isJobLine)) {
    const fields = jobFields(line);
    if (fields.length === 3) for (const input of fields.slice(0, 2)) if (input !== "") inputs.add(sameFileKey(input));
  }
  return inputs;
}

function runJob(jobFile: string, options: Options): number {
  const lines = readLines(jobFile);
  // An output that is also an input (of this line or another) would be overwritten before or after it is read.
  const inputs = jobInputs(jobFile, lines);
  let failures = 0;
  lines.forEach((line, k) => {
    if (!isJobLine(line)) return;
    const where = `${jobFile}:${k + 1}`;
    const fields = jobFields(line);
    if (fields.length !== 3 || fields.some((f) => f === "")) {
      console.error(`align: ${where}: expected SRC<TAB>TGT<TAB>OUT, got ${fields.length} field(s)`);
      failures++;
      return;
    }
    const [src, tgt, out] = fields;
    if (inputs.has(sameFileKey(out))) {
      console.error(`align: ${where}: refusing to write ${out}: it is an input of this job; name another OUT`);
      failures++;
      return;
    }
    try {
      const result = alignFiles(src, tgt, options, `${where}: `);
      try {
        writeFileSync(userPath(out), result);
      } catch (error) {
        throw new InputError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      console.error(`align: ${where}: ${error.message}`);
      failures++;
    }
  });
  return failures > 0 ? 2 : 0;
}

function main(argv: string[]): number {
  const options = parseArgs(argv);
  if (options === "help") {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  if (options.job !== undefined) return runJob(options.job, options);
  process.stdout.write(alignFiles(options.files[0], options.files[1], options));
  return 0;
}

// A CLI job lasts seconds, and in a job of MAC-Dev's six chapters V8's optimising compiler took
// about 40 % of the CPU time on its worker threads, compiling the search with the whole bead model
// inlined into it, several times over. Without inlining that job took a sixth less CPU time on the
// loaded machine, and a 35,000-sentence pair the same time (docs/aligner-v3.md, fourth round).
// It changes no result.
setFlagsFromString("--no-turbo-inlining");

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof InputError) {
    console.error(`align: ${error.message}`);
    process.exitCode = 2;
  } else {
    // An aligner bug still gets one readable line; the stack only on request.
    console.error(`align: internal error: ${(error as Error).message}`);
    if (process.env.ALIGN_DEBUG) console.error((error as Error).stack);
    process.exitCode = 1;
  }
}
