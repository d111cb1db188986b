/**
 * docs/SCALING.md's table of KV work per update is what the real wiring
 * does: the table is measured again (bench/kv_per_update.ts) and compared.
 *
 * @module
 */
import assert from "node:assert/strict";
import { costTable, measureKvPerUpdate } from "../bench/kv_per_update.ts";

Deno.test("SCALING.md's KV reads and commits per update kind are the measured ones (deno run -A bench/kv_per_update.ts)", async () => {
  const doc = await Deno.readTextFile(
    new URL("../docs/SCALING.md", import.meta.url),
  );
  const rows = (table: string) =>
    table.split("\n")
      .filter((line) => line.startsWith("| ") && !/^\|\s*-/.test(line))
      .map((line) => line.split("|").slice(1, -1).map((cell) => cell.trim()));
  const start = doc.indexOf("| update ");
  assert.ok(start >= 0, "SCALING.md has the table");
  const documented = rows(doc.slice(start, doc.indexOf("\n\n", start)));
  assert.deepEqual(documented, rows(costTable(await measureKvPerUpdate())));
});
