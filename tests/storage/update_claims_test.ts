import assert from "node:assert/strict";
import { claimUpdate, releaseUpdate } from "../../src/storage/update_claims.ts";

Deno.test("claimUpdate() is true once per update; releaseUpdate() lets the next delivery claim it", async () => {
  await using kv = await Deno.openKv(":memory:");
  const update = { botId: 1, updateId: 10 };
  assert.equal(await claimUpdate(kv, update, 0), true);
  assert.equal(await claimUpdate(kv, update, 1), false);
  assert.equal(await claimUpdate(kv, { botId: 2, updateId: 10 }, 1), true);

  await releaseUpdate(kv, update);
  assert.equal(await claimUpdate(kv, update, 2), true);
  assert.equal(await claimUpdate(kv, update, 3), false);
});

Deno.test("claimUpdate() gives up on a KV that stays locked with the busy error as the cause", async () => {
  await using kv = await Deno.openKv(":memory:");
  const atomic = kv.atomic.bind(kv);
  let commits = 0;
  kv.atomic = () => {
    const op = atomic();
    op.commit = () => {
      commits++;
      return Promise.reject(new Error("database is locked"));
    };
    return op;
  };
  const error = await claimUpdate(kv, { botId: 1, updateId: 1 }, 0).then(
    () => assert.fail("claimed"),
    (e: Error) => e,
  );
  assert.match(error.message, /Cannot claim update 1: KV stayed locked/);
  assert.match(String((error.cause as Error).message), /database is locked/);
  assert.equal(commits, 10);
});
