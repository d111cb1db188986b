import assert from "node:assert/strict";
import { startIdleGc } from "../../src/util/idle_gc.ts";

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
