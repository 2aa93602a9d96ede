// Command-line options of the project's scripts, read by Node's own parser (node:util parseArgs).
// Every script declares its options, so a mistyped one (`--cout 20000`) stops the script with a
// message instead of running a long benchmark on the default.
import path from "node:path";
import { parseArgs } from "node:util";

type OptionSpec = { type: "string"; default?: string } | { type: "boolean"; default?: boolean };

/** Parses `argv` against `spec`; throws on an unknown option or a missing value. */
export function parseOptions<S extends Record<string, OptionSpec>>(spec: S, argv: string[]) {
  return parseArgs({ args: argv, options: spec, allowPositionals: true, strict: true });
}

/** The script's options, or a one-line error naming the script and exit code 2. */
export function readOptions<S extends Record<string, OptionSpec>>(spec: S, argv = process.argv.slice(2)) {
  try {
    return parseOptions(spec, argv);
  } catch (error) {
    return fail((error as Error).message);
  }
}

/** A numeric option's value; a value that is not a number is an error, not NaN. */
export function numberOption(name: string, value: string): number {
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number)) return fail(`--${name} must be a number, not "${value}"`);
  return number;
}

function fail(message: string): never {
  console.error(`${path.basename(process.argv[1] ?? "script")}: ${message}`);
  process.exit(2);
}
