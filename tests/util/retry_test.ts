import assert from "node:assert/strict";
import { retry } from "../../src/util/retry.ts";

Deno.test("retry() tries again with growing pauses until the attempt resolves", async () => {
  const waits: number[] = [];
  let calls = 0;
  const value = await retry(() => {
    calls++;
    if (calls < 4) return Promise.reject(new Error("busy"));
    return Promise.resolve("done");
  }, {
    baseDelayMs: 10,
    maxDelayMs: 25,
    random: () => 0.999,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
  assert.equal(value, "done");
  assert.deepEqual(waits, [9, 19, 24]);
});

Deno.test("retry() throws the last error after maxAttempts, and at once for one retryOn refuses", async () => {
  let calls = 0;
  await assert.rejects(
    retry(() => {
      calls++;
      return Promise.reject(new Error(`try ${calls}`));
    }, { maxAttempts: 3, sleep: () => Promise.resolve() }),
    /try 3/,
  );
  calls = 0;
  await assert.rejects(
    retry(() => {
      calls++;
      return Promise.reject(new TypeError("fatal"));
    }, {
      retryOn: (e) => !(e instanceof TypeError),
      sleep: () => Promise.resolve(),
    }),
    /fatal/,
  );
  assert.equal(calls, 1);
});
