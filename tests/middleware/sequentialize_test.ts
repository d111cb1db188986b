import assert from "node:assert/strict";
import type { Context } from "grammy";
import { sequentialize } from "../../src/middleware/sequentialize.ts";

function ctxOf(key: string | undefined): Context {
  return { key } as unknown as Context;
}

Deno.test("sequentialize() runs updates of one key in order and others in parallel", async () => {
  const run = sequentialize<Context>((ctx) =>
    (ctx as unknown as { key?: string }).key
  );
  const events: string[] = [];
  const gates = new Map<string, PromiseWithResolvers<void>>();
  const handler = (name: string) => async () => {
    events.push(`start ${name}`);
    const gate = Promise.withResolvers<void>();
    gates.set(name, gate);
    await gate.promise;
    events.push(`end ${name}`);
  };
  const a1 = run(ctxOf("a"), handler("a1"));
  const a2 = run(ctxOf("a"), handler("a2"));
  const b1 = run(ctxOf("b"), handler("b1"));
  const none = run(ctxOf(undefined), handler("none"));
  await new Promise((r) => setTimeout(r, 0));
  assert.deepEqual(events.toSorted(), ["start a1", "start b1", "start none"]);
  gates.get("b1")!.resolve();
  gates.get("none")!.resolve();
  gates.get("a1")!.resolve();
  await a1;
  await new Promise((r) => setTimeout(r, 0));
  assert.ok(events.includes("start a2"));
  assert.ok(events.indexOf("end a1") < events.indexOf("start a2"));
  gates.get("a2")!.resolve();
  await Promise.all([a2, b1, none]);
});

Deno.test("sequentialize() lets the next update run after one that threw", async () => {
  const run = sequentialize<Context>(() => "k");
  const first = run(ctxOf("k"), () => Promise.reject(new Error("boom")));
  const second = run(ctxOf("k"), () => Promise.resolve());
  await assert.rejects(Promise.resolve(first), /boom/);
  await second;
});
