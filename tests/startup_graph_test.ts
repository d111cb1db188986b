/**
 * What main.ts loads before it asks Telegram anything (issue 9, start-up).
 *
 * @module
 */
import assert from "node:assert/strict";
import { runDeno } from "./support.ts";

Deno.test("main.ts's module graph loads no CommonJS package (Deno's Node loader costs 35-70 ms)", async () => {
  const probe = new URL("./fixtures/commonjs_probe.ts", import.meta.url);
  const out = await runDeno(["run", "-A", probe.pathname]);
  assert.equal(out.code, 0, out.stderr);
  const loaded: string[] = JSON.parse(out.stdout.trim());
  // A package whose "main" is a CommonJS build: map it to its ESM file in deno.json.
  assert.deepEqual(loaded, []);
});
