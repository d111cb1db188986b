/**
 * Command-line flags of the bench scripts, described once: the same table
 * gives `node:util`'s `parseArgs` its options and `--help` its text, so the
 * two cannot drift apart.
 *
 * ```ts
 * const flags = { runs: { type: "string", default: "5", help: "runs" } } as const;
 * if (wantsHelp(Deno.args)) console.log(usage("deno task x", flags));
 * const values = parseFlags(Deno.args, flags);
 * ```
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

/** One flag: its type, default and a line of help. */
export interface Flag {
  type: "string" | "boolean";
  default?: string | boolean;
  /** What it does, one line. */
  help: string;
  /** The placeholder shown after a string flag, e.g. `<n>`. */
  value?: string;
}

/** Flags by name (without the dashes). */
export type Flags = Record<string, Flag>;

/** Whether the arguments ask for help (`--help` or `-h`), whatever else they hold. */
export function wantsHelp(args: readonly string[]): boolean {
  return args.some((arg) => arg === "--help" || arg === "-h");
}

/** The help text: the command line, then one line per flag with its default. */
export function usage(command: string, summary: string, flags: Flags): string {
  const rows = Object.entries(flags).map(([name, flag]) => {
    const left = flag.type === "string"
      ? `--${name} ${flag.value ?? "<value>"}`
      : `--${name}`;
    const fallback = flag.type === "string" && flag.default !== undefined &&
        flag.default !== ""
      ? ` (default ${flag.default})`
      : "";
    return [left, `${flag.help}${fallback}`];
  });
  rows.push(["--help, -h", "print this text and exit"]);
  const width = Math.max(...rows.map(([left]) => left.length));
  return [
    `Usage: ${command} [options]`,
    "",
    summary,
    "",
    "Options:",
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`),
  ].join("\n");
}

/** The values of `F`: a boolean, a string, or a string that may be absent (no default). */
export type FlagValues<F extends Flags> = {
  [K in keyof F]: F[K]["type"] extends "boolean" ? boolean
    : F[K] extends { default: string } ? string
    : string | undefined;
};

/**
 * Parse `args` against `flags`. A leading `--` is dropped: `deno task x -- …`
 * passes it through.
 *
 * @throws {TypeError} for an unknown flag or a missing value, in parseArgs's words
 */
export function parseFlags<F extends Flags>(
  args: string[],
  flags: F,
): FlagValues<F> {
  const options = Object.fromEntries(
    Object.entries(flags).map(([name, flag]) => [
      name,
      flag.default === undefined
        ? { type: flag.type }
        : { type: flag.type, default: flag.default },
    ]),
  ) as NonNullable<ParseArgsConfig["options"]>;
  const given = args[0] === "--" ? args.slice(1) : args;
  const { values } = parseArgs({ args: given, options, strict: true });
  return values as FlagValues<F>;
}

/**
 * A whole number from a flag's text.
 *
 * @throws {RangeError} when it is not an integer from `min` to `max`
 */
export function integerFlag(
  name: string,
  value: string,
  min: number,
  max: number,
): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isInteger(n) || n < min || n > max) {
    throw new RangeError(
      `Cannot run: --${name} must be an integer from ${min} to ${max}, got "${value}"`,
    );
  }
  return n;
}

/**
 * The absolute path of the file a flag names (a relative one from `cwd`), or
 * `undefined` when the flag was not given.
 *
 * @throws {RangeError} when no file is there
 */
export function fileFlag(
  name: string,
  value: string | undefined,
  cwd: string = Deno.cwd(),
): string | undefined {
  if (value === undefined) return undefined;
  const path = value.startsWith("/") ? value : `${cwd}/${value}`;
  let file = false;
  try {
    file = Deno.statSync(path).isFile;
  } catch {
    // Reported below.
  }
  if (!file) {
    throw new RangeError(`Cannot run: --${name} names no file: "${value}"`);
  }
  return path;
}

/**
 * The options `parse` makes of `args`, or null after printing `usage` (for
 * `--help`, exit code 0) or what is wrong with the flags and `usage` (exit
 * code 2, set on `Deno.exitCode`).
 *
 * @throws what `parse` throws other than a `TypeError` or `RangeError`
 */
export function optionsOrExit<T>(
  args: string[],
  usageText: string,
  parse: (args: string[]) => T,
): T | null {
  if (wantsHelp(args)) {
    console.log(usageText);
    return null;
  }
  try {
    return parse(args);
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError)) {
      throw error;
    }
    console.error(`${error.message}\n\n${usageText}`);
    Deno.exitCode = 2;
    return null;
  }
}
