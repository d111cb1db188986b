/**
 * The layers of src/, top to bottom, as docs/ARCHITECTURE.md lists them: a
 * file may import from its own layer and the layers below it, never above.
 *
 * @module
 */
import assert from "node:assert/strict";

const SRC = new URL("../src/", import.meta.url);

/** Top first. A name ending in "/" is a folder; otherwise a file directly in src/. */
export const LAYERS: readonly (readonly string[])[] = [
  ["app.ts", "console/"],
  ["bot.ts"],
  ["features/"],
  ["middleware/"],
  ["context.ts"],
  ["config/"],
  ["jobs/"],
  ["ui/"],
  ["server/"],
  ["telegram/"],
  ["enhance/"],
  ["llm/"],
  ["storage/"],
  ["metrics/"],
  ["util/", "logging.ts", "clock.ts", "version.ts"],
];

/** Layers whose code does not need Telegram, so never imports grammY. */
const WITHOUT_GRAMMY = [
  "config/",
  "enhance/",
  "llm/",
  "storage/",
  "metrics/",
  "util/",
  "logging.ts",
];

function layerOf(path: string): number {
  const index = LAYERS.findIndex((layer) =>
    layer.some((entry) =>
      entry.endsWith("/") ? path.startsWith(entry) : path === entry
    )
  );
  if (index < 0) {
    throw new Error(`src/${path} is in no layer: add it to LAYERS`);
  }
  return index;
}

interface Import {
  from: string;
  to: string;
  specifier: string;
}

async function* sourceFiles(dir: URL, prefix = ""): AsyncGenerator<string> {
  for await (const entry of Deno.readDir(dir)) {
    if (entry.isDirectory) {
      yield* sourceFiles(
        new URL(`${entry.name}/`, dir),
        `${prefix}${entry.name}/`,
      );
    } else if (entry.name.endsWith(".ts")) yield `${prefix}${entry.name}`;
  }
}

async function imports(): Promise<Import[]> {
  const found: Import[] = [];
  for await (const path of sourceFiles(SRC)) {
    const text = await Deno.readTextFile(new URL(path, SRC));
    const pattern =
      /(?:import|export)\s[^;]*?\sfrom\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/gs;
    for (const match of text.matchAll(pattern)) {
      const specifier = match[1] ?? match[2];
      if (!specifier.startsWith(".")) {
        found.push({ from: path, to: specifier, specifier });
        continue;
      }
      const target = new URL(specifier, new URL(path, SRC)).href.slice(
        SRC.href.length,
      );
      found.push({ from: path, to: target, specifier });
    }
  }
  return found;
}

Deno.test("every file of src/ is in a layer", async () => {
  for await (const path of sourceFiles(SRC)) layerOf(path);
});

Deno.test("imports only go down the layers (ARCHITECTURE.md)", async () => {
  const upward = (await imports())
    .filter((i) => i.specifier.startsWith("."))
    .filter((i) => layerOf(i.to) < layerOf(i.from))
    .map((i) => `src/${i.from} imports src/${i.to}`);
  assert.deepEqual(upward, []);
});

Deno.test("the domain, LLM, storage, config and util layers never import grammY", async () => {
  const offending = (await imports())
    .filter((i) => i.to === "grammy" || i.to.startsWith("grammy/"))
    .filter((i) =>
      WITHOUT_GRAMMY.some((entry) =>
        entry.endsWith("/") ? i.from.startsWith(entry) : i.from === entry
      )
    )
    .map((i) => `src/${i.from} imports ${i.to}`);
  assert.deepEqual(offending, []);
});

Deno.test("the layer check catches an upward import", () => {
  assert.ok(layerOf("storage/kv.ts") > layerOf("llm/key_pool.ts"));
  assert.ok(layerOf("util/text.ts") > layerOf("storage/kv.ts"));
  assert.throws(() => layerOf("nowhere/x.ts"), /in no layer/);
});
