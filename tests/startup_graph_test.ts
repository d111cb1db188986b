/**
 * What main.ts loads before it asks Telegram anything (issue 9, start-up).
 *
 * @module
 */
import assert from "node:assert/strict";

Deno.test("main.ts's module graph loads no CommonJS package (Deno's Node loader costs 35-70 ms)", async () => {
  const probe = new URL("./fixtures/commonjs_probe.ts", import.meta.url);
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", probe.pathname],
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder();
  assert.equal(out.code, 0, text.decode(out.stderr));
  const loaded: string[] = JSON.parse(text.decode(out.stdout).trim());
  // A package whose "main" is a CommonJS build: map it to its ESM file in deno.json.
  assert.deepEqual(loaded, []);
});
