/**
 * Writes main.ts's module graph as plain JavaScript, one file per module,
 * with no source maps and almost no comments (esbuild keeps some JSDoc),
 * for measuring what Deno's own TypeScript emit costs an idle bot. Deno runs every `.ts` module from an
 * emit that ends in an inline source map holding the whole TypeScript source
 * (about 70 % of our modules' emitted text), and the isolate keeps each
 * module's source; a `.js` module is run as it is.
 *
 * Each local TypeScript module is transpiled on its own by
 * `deno bundle --inline-imports=false`; its relative `.ts` imports are then
 * pointed at the `.js` files, and every other local file the graph imports
 * (the locales' `.ftl` texts) is copied beside them. npm packages stay
 * imports, resolved by the project's deno.json.
 *
 * ```sh
 * deno run -A bench/emit_js.ts --out /tmp/promptsmith-js
 * deno run -A bench/idle_maps.ts --entry /tmp/promptsmith-js/main.js --runs 3
 * ```
 *
 * An experiment, not a way to run the bot: docs/PERFORMANCE.md ("Seventh
 * pass") has what it measured.
 *
 * @module
 */
import { runDeno } from "../tests/support.ts";
import { optionsOrExit, parseFlags, usage } from "./cli.ts";

const ROOT_URL = new URL("../", import.meta.url);
const ROOT = decodeURIComponent(ROOT_URL.pathname);

/** The flags of bench/emit_js.ts. */
export const EMIT_JS_FLAGS = {
  out: {
    type: "string",
    value: "<dir>",
    help:
      "folder to write the tree to (made if missing; must be outside the project)",
  },
} as const;

/**
 * `code` with every relative import of a `.ts` module (static, dynamic,
 * re-export, side effect) pointed at the `.js` file beside it; imports of
 * packages stay as they are. It reads esbuild's output, which has no
 * comments with import-like text and quotes every specifier with `"`: in
 * other code it would also rewrite such text in a string.
 */
export function pointImportsAtJs(code: string): string {
  return code.replace(
    /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])(\.{1,2}\/[^"'\n]*?)\.ts\2/g,
    (_match, before: string, quote: string, path: string) =>
      `${before}${quote}${path}.js${quote}`,
  );
}

/** The project's own files in main.ts's graph, by path from the root. */
async function localModules(): Promise<{ ts: string[]; other: string[] }> {
  const output = await runDeno(["info", "--json", "main.ts"]);
  if (output.code !== 0) {
    throw new Error(
      `Cannot list main.ts's modules: deno info failed:\n${output.stderr}`,
    );
  }
  const info = JSON.parse(output.stdout) as {
    modules: { specifier: string }[];
  };
  const root = ROOT_URL.href;
  const paths = info.modules
    .map((module) => module.specifier)
    .filter((specifier) => specifier.startsWith(root))
    .map((specifier) => decodeURIComponent(specifier.slice(root.length)));
  return {
    ts: paths.filter((path) => path.endsWith(".ts")),
    other: paths.filter((path) => !path.endsWith(".ts")),
  };
}

/** What {@linkcode emitJs} wrote. */
export interface EmitReport {
  /** JavaScript modules written. */
  modules: number;
  /** Other files copied. */
  copied: number;
  /** Bytes of the TypeScript sources. */
  typeScriptBytes: number;
  /** Bytes of the JavaScript written for them. */
  javaScriptBytes: number;
}

/**
 * The absolute folder `--out` names, ending in `/`.
 *
 * @throws {RangeError} when it is missing, or inside the project, symbolic
 * links followed (deno fmt and deno lint check every folder of it)
 */
export function outFolder(value: string | undefined, cwd: string): string {
  if (value === undefined) throw new RangeError("Cannot run: --out is needed");
  const folder = `${resolvePath(cwd, value)}/`.replace(/\/+$/, "/");
  const root = Deno.realPathSync(ROOT);
  // The folder may not exist yet: its nearest existing ancestor decides.
  let existing = folder;
  let real: string | undefined;
  while (real === undefined) {
    try {
      real = Deno.realPathSync(existing);
    } catch {
      existing = existing.replace(/[^/]+\/*$/, "") || "/";
    }
  }
  const resolved = `${real}/${folder.slice(existing.length)}`.replace(
    /\/+/g,
    "/",
  );
  if (`${resolved}/`.startsWith(`${root}/`)) {
    throw new RangeError(
      `Cannot run: --out must be outside the project (${root}), got "${value}"`,
    );
  }
  return folder;
}

/** `path` from `cwd`, with `.` and `..` resolved (no link is followed). */
function resolvePath(cwd: string, path: string): string {
  const parts: string[] = [];
  for (
    const part of (path.startsWith("/") ? path : `${cwd}/${path}`).split("/")
  ) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return `/${parts.join("/")}`;
}

/** Write the tree into `target`, a folder from {@linkcode outFolder}. */
export async function emitJs(target: string): Promise<EmitReport> {
  const { ts, other } = await localModules();
  const bundled = await runDeno([
    "bundle",
    "--quiet",
    "--platform=deno",
    "--inline-imports=false",
    `--outdir=${target}`,
    ...ts,
  ]);
  if (bundled.code !== 0) {
    throw new Error(`Cannot emit: deno bundle failed:\n${bundled.stderr}`);
  }
  let typeScriptBytes = 0;
  let javaScriptBytes = 0;
  for (const path of ts) {
    typeScriptBytes += (await Deno.stat(`${ROOT}${path}`)).size;
    const file = `${target}${path.slice(0, -3)}.js`;
    const code = pointImportsAtJs(await Deno.readTextFile(file));
    await Deno.writeTextFile(file, code);
    javaScriptBytes += new TextEncoder().encode(code).length;
  }
  for (const path of other) {
    const to = `${target}${path}`;
    await Deno.mkdir(to.slice(0, to.lastIndexOf("/")), { recursive: true });
    await Deno.copyFile(`${ROOT}${path}`, to);
  }
  return {
    modules: ts.length,
    copied: other.length,
    typeScriptBytes,
    javaScriptBytes,
  };
}

const USAGE = usage(
  "deno run -A bench/emit_js.ts",
  "Writes main.ts's module graph as JavaScript without source maps, for bench/idle_maps.ts --entry.",
  EMIT_JS_FLAGS,
);

if (import.meta.main) {
  const options = optionsOrExit(Deno.args, USAGE, (args) => ({
    out: outFolder(parseFlags(args, EMIT_JS_FLAGS).out, Deno.cwd()),
  }));
  if (options === null) Deno.exit();
  const report = await emitJs(options.out);
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
  console.log(
    `Wrote ${report.modules} modules (${
      kb(report.javaScriptBytes)
    } of JavaScript for ${
      kb(report.typeScriptBytes)
    } of TypeScript) and copied ${report.copied} other files into ${options.out}\n` +
      `Measure it: deno run -A bench/idle_maps.ts --entry ${options.out}main.js`,
  );
}
