import assert from "node:assert/strict";
import { REDUCING_GC, startIdleGc } from "../../src/util/idle_gc.ts";
import { runDeno } from "../support.ts";

Deno.test("startIdleGc() collects once the process was quiet for two looks and the heap grew, never while busy", () => {
  let heap = 100;
  let busy = true;
  let collected = 0;
  const idle = startIdleGc({
    busy: () => busy,
    heapUsed: () => heap,
    gc: () => {
      collected++;
      heap = 110;
    },
    minGrowthBytes: 50,
    everyMs: 60_000,
  });
  try {
    heap = 400;
    idle.look();
    idle.look();
    assert.equal(collected, 0, "busy: never");
    busy = false;
    idle.look();
    assert.equal(collected, 0, "one quiet look is not enough");
    idle.look();
    assert.equal(collected, 1);
    assert.equal(idle.collections, 1);
    // The heap is back near the baseline: nothing to collect.
    idle.look();
    idle.look();
    assert.equal(collected, 1);
    // A burst again: busy resets the quiet count.
    busy = true;
    heap = 500;
    idle.look();
    busy = false;
    idle.look();
    assert.equal(collected, 1);
    idle.look();
    assert.equal(collected, 2);
  } finally {
    idle.stop();
  }
});

Deno.test("startIdleGc() does nothing without a collector (no --expose-gc) and starts no timer", () => {
  const idle = startIdleGc({ busy: () => false, gc: undefined });
  idle.look();
  assert.equal(idle.collections, 0);
  idle.stop();
});

Deno.test("startIdleGc() asks V8 for its memory-reducing collection", () => {
  const asked: unknown[] = [];
  const idle = startIdleGc({
    busy: () => false,
    heapUsed: () => 0,
    gc: (options) => asked.push(options),
    everyMs: 60_000,
  });
  try {
    assert.equal(idle.settle(), true);
    assert.deepEqual(asked, [{
      type: "major",
      execution: "sync",
      flavor: "last-resort",
    }]);
    assert.equal(asked[0], REDUCING_GC);
  } finally {
    idle.stop();
  }
});

Deno.test("startIdleGc().settle() collects at once when idle, whatever the heap grew by; when busy, the next quiet period collects instead", () => {
  let busy = false;
  let collected = 0;
  const idle = startIdleGc({
    busy: () => busy,
    heapUsed: () => 100,
    gc: () => collected++,
    minGrowthBytes: 1_000_000,
    everyMs: 60_000,
  });
  try {
    assert.equal(idle.settle(), true);
    assert.equal(collected, 1, "no growth needed");
    // Nothing grew: the looks do not collect again.
    idle.look();
    idle.look();
    assert.equal(collected, 1);
    busy = true;
    assert.equal(idle.settle(), false);
    assert.equal(collected, 1, "never while busy");
    idle.look();
    busy = false;
    idle.look();
    assert.equal(collected, 1, "one quiet look is not enough");
    idle.look();
    assert.equal(collected, 2, "owed: collected without growth");
    idle.look();
    idle.look();
    assert.equal(collected, 2, "and only once");
  } finally {
    idle.stop();
  }
});

Deno.test("startIdleGc().settle() does nothing without a collector", () => {
  const idle = startIdleGc({ busy: () => false, gc: undefined });
  assert.equal(idle.settle(), false);
  assert.equal(idle.collections, 0);
  idle.stop();
});

Deno.test("startIdleGc() tidies once quiet, and collects when tidying dropped enough entries, even without heap growth", () => {
  let busy = false;
  let stale = 0;
  const order: string[] = [];
  const idle = startIdleGc({
    busy: () => busy,
    heapUsed: () => 100,
    gc: () => order.push("gc"),
    tidy: () => {
      order.push(`tidy ${stale}`);
      const dropped = stale;
      stale = 0;
      return dropped;
    },
    minGrowthBytes: 1_000_000,
    minTidied: 1_000,
    everyMs: 60_000,
  });
  try {
    stale = 5_000;
    busy = true;
    idle.look();
    assert.deepEqual(order, [], "never while busy");
    busy = false;
    idle.look();
    assert.deepEqual(order, [], "not after one quiet look");
    idle.look();
    assert.deepEqual(
      order,
      ["tidy 5000", "gc"],
      "tidied first, then collected",
    );
    stale = 999;
    idle.look();
    idle.look();
    assert.deepEqual(
      order,
      ["tidy 5000", "gc", "tidy 999"],
      "too few dropped: no collection",
    );
    stale = 1_000;
    idle.look();
    assert.deepEqual(order.slice(3), ["tidy 1000", "gc"]);
  } finally {
    idle.stop();
  }
});

Deno.test("REDUCING_GC is a collection V8 runs as memory-reducing (V8 ignores options it does not know)", async () => {
  const traced = async (...args: string[]) => {
    const out = await runDeno([
      "run",
      "--v8-flags=--expose-gc,--trace-gc",
      "tests/fixtures/reducing_gc_probe.ts",
      ...args,
    ]);
    assert.equal(out.code, 0, out.stderr);
    return out.stdout;
  };
  assert.match(await traced(), /Mark-Compact \(reduce\)/);
  // The control: a plain gc() is a full collection too, traced without "(reduce)".
  const plain = await traced("plain");
  assert.match(plain, /Mark-Compact/);
  assert.doesNotMatch(plain, /\(reduce\)/);
});

Deno.test("startIdleGc() counts what tidying dropped over every look since the last collection", () => {
  const dropped = [600, 0, 600, 999];
  let collected = 0;
  const idle = startIdleGc({
    busy: () => false,
    heapUsed: () => 100,
    gc: () => collected++,
    tidy: () => dropped.shift() ?? 0,
    minGrowthBytes: 1_000_000,
    minTidied: 1_000,
    quietLooks: 1,
    everyMs: 60_000,
  });
  try {
    idle.look();
    idle.look();
    assert.equal(collected, 0, "600 so far");
    idle.look();
    assert.equal(collected, 1, "1,200 over three looks");
    idle.look();
    assert.equal(collected, 1, "the count starts again after a collection");
  } finally {
    idle.stop();
  }
});

Deno.test("startIdleGc().settle() tidies first; a tidy that throws counts as nothing dropped; after stop() nothing collects", () => {
  const order: string[] = [];
  let fail = false;
  const idle = startIdleGc({
    busy: () => false,
    heapUsed: () => 100,
    gc: () => order.push("gc"),
    tidy: () => {
      order.push("tidy");
      if (fail) throw new Error("tidy failed");
      return 5_000;
    },
    quietLooks: 1,
    everyMs: 60_000,
  });
  assert.equal(idle.settle(), true);
  assert.deepEqual(order, ["tidy", "gc"]);
  fail = true;
  idle.look();
  assert.deepEqual(order, ["tidy", "gc", "tidy"], "no collection, no throw");
  fail = false;
  idle.look();
  assert.deepEqual(order.slice(3), ["tidy", "gc"], "it goes on after a throw");
  fail = true;
  assert.equal(idle.settle(), true, "settle collects though tidy throws");
  assert.deepEqual(order.slice(5), ["tidy", "gc"]);
  fail = false;
  idle.stop();
  assert.equal(idle.settle(), false);
  idle.look();
  assert.equal(order.length, 7, "nothing after stop()");
  assert.equal(idle.collections, 3);
});
