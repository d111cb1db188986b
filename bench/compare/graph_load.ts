/**
 * Times loading a module graph, and nothing else, in a fresh process: the
 * specifiers given as arguments are imported one after another with
 * `performance.now()` around each dynamic import, then the process prints one
 * JSON line and exits (main.ts registers crons at import, which would keep it
 * alive). Importing main.ts does not start the bot: it starts only when it is
 * the main module.
 *
 * ```sh
 * deno run -A bench/compare/graph_load.ts ./main.ts
 * deno run -A bench/compare/graph_load.ts openai
 * ```
 *
 * Prints `{"loads":[{"specifier":"./main.ts","ms":…}],"sinceProcessStartMs":…}`:
 * the second is `performance.now()` at the end, which counts from the start
 * of the runtime.
 *
 * @module
 */
const ROOT = new URL("../../", import.meta.url);

const loads: { specifier: string; ms: number }[] = [];
for (const specifier of Deno.args) {
  // Paths are taken from the project root; bare names go through the import map.
  const target = specifier.startsWith(".")
    ? new URL(specifier, ROOT).href
    : specifier;
  const started = performance.now();
  await import(target);
  loads.push({
    specifier,
    ms: Math.round((performance.now() - started) * 10) / 10,
  });
}
console.log(JSON.stringify({
  loads,
  sinceProcessStartMs: Math.round(performance.now() * 10) / 10,
}));
Deno.exit(0);
