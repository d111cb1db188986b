import assert from "node:assert/strict";
import {
  commitWithRetry,
  ContentionError,
  updateKey,
} from "../../src/storage/atomic.ts";

Deno.test("updateKey() counts exactly under many concurrent increments", async () => {
  using kv = await Deno.openKv(":memory:");
  await Promise.all(
    Array.from(
      { length: 50 },
      () =>
        updateKey<number>(kv, ["n"], (cur) => (cur ?? 0) + 1, {
          maxAttempts: 100,
        }),
    ),
  );
  assert.equal((await kv.get<number>(["n"])).value, 50);
});

Deno.test("updateKey() leaves the key unchanged when update returns undefined", async () => {
  using kv = await Deno.openKv(":memory:");
  await kv.set(["k"], "a");
  const before = await kv.get(["k"]);
  const result = await updateKey<string>(kv, ["k"], () => undefined);
  assert.equal(result, "a");
  assert.equal((await kv.get(["k"])).versionstamp, before.versionstamp);
});

Deno.test("commitWithRetry() throws ContentionError after maxAttempts lost checks", async () => {
  using kv = await Deno.openKv(":memory:");
  let attempts = 0;
  await assert.rejects(
    commitWithRetry(async () => {
      attempts++;
      const cur = await kv.get(["x"]);
      await kv.set(["x"], attempts); // a concurrent writer always wins
      return { op: kv.atomic().check(cur).set(["x"], -1), result: null };
    }, { maxAttempts: 3, baseDelayMs: 1 }),
    (error) => error instanceof ContentionError && error.attempts === 3,
  );
  assert.equal(attempts, 3);
});
