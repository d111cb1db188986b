/**
 * A `.env` file: `NAME=value` lines, read at start so that a checkout runs
 * with `deno task start` and no exported variables.
 *
 * @module
 */

/** The file read at start by default (ENV_FILE). */
export const DEFAULT_ENV_FILE = ".env";

/** What {@linkcode parseDotenv} read. */
export interface Dotenv {
  /** Variables in file order; a later line wins over an earlier one. */
  values: Record<string, string>;
  /** One entry per line that is not a variable, a comment or blank: `line 3: …`. Never quotes a value. */
  problems: string[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ESCAPES: Record<string, string> = {
  n: "\n",
  r: "\r",
  t: "\t",
  '"': '"',
  "\\": "\\",
};

/**
 * Parse the text of a `.env` file: `NAME=value`, optionally after `export `;
 * `#` starts a comment (after a space, in an unquoted value); `"…"` values
 * know `\n`, `\t`, `\"` and `\\`; `'…'` values are literal.
 *
 * @example
 * ```ts
 * parseDotenv('BOT_TOKEN=123:abc\n# a comment\nLOG_LEVEL="debug" # inline').values;
 * // { BOT_TOKEN: "123:abc", LOG_LEVEL: "debug" }
 * ```
 */
export function parseDotenv(text: string): Dotenv {
  const values: Record<string, string> = {};
  const problems: string[] = [];
  text.replace(/^\uFEFF/, "").split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const assignment = line.replace(/^export\s+/, "");
    const equals = assignment.indexOf("=");
    const name = equals < 0 ? assignment : assignment.slice(0, equals).trim();
    if (equals < 0 || !NAME.test(name)) {
      problems.push(`line ${index + 1}: expected NAME=value`);
      return;
    }
    const value = parseValue(assignment.slice(equals + 1).trim());
    if (value === null) {
      problems.push(`line ${index + 1}: ${name} has an unclosed quote`);
      return;
    }
    values[name] = value;
  });
  return { values, problems };
}

function parseValue(text: string): string | null {
  const quote = text[0];
  if (quote === "'") {
    const end = text.indexOf("'", 1);
    return end < 0 ? null : text.slice(1, end);
  }
  if (quote === '"') {
    let value = "";
    for (let i = 1; i < text.length; i++) {
      const char = text[i];
      if (char === '"') return value;
      if (char === "\\" && i + 1 < text.length) {
        const next = text[++i];
        value += ESCAPES[next] ?? `\\${next}`;
      } else value += char;
    }
    return null;
  }
  const comment = text.search(/\s#/);
  return (comment < 0 ? text : text.slice(0, comment)).trim();
}

/**
 * Read `path` when it exists and set each variable it holds that the
 * environment does not have yet: a variable exported in the shell wins.
 *
 * @returns the names set and the file's problems; `null` when there is no file
 */
export async function loadDotenv(
  path: string,
): Promise<{ loaded: string[]; problems: string[] } | null> {
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    if (
      error instanceof Deno.errors.NotFound ||
      error instanceof Deno.errors.NotCapable ||
      error instanceof Deno.errors.PermissionDenied
    ) return null;
    throw error;
  }
  const { values, problems } = parseDotenv(text);
  const loaded: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (Deno.env.get(name) !== undefined) continue;
    Deno.env.set(name, value);
    loaded.push(name);
  }
  return { loaded, problems };
}
