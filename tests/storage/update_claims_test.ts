import assert from "node:assert/strict";
import {
  claimUpdate,
  claimUpdateGuessingAbsent,
  releaseUpdate,
} from "../../src/storage/update_claims.ts";

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

Deno.test("claimUpdateGuessingAbsent() claims with no read while the keys are absent, and reads them when one is not", async () => {
  await using kv = await Deno.openKv(":memory:");
  const keys = [["profile", 7], ["role", 7]];
  const reads: Deno.KvKey[][] = [];
  const getMany = kv.getMany.bind(kv);
  kv.getMany = ((asked: Deno.KvKey[]) => {
    reads.push(asked);
    return getMany(asked);
  }) as typeof kv.getMany;
  const update = (updateId: number) => ({ botId: 1, updateId });

  const fresh = await claimUpdateGuessingAbsent(kv, update(1), {
    now: 0,
    keys,
  });
  assert.deepEqual(fresh, {
    claimed: true,
    guessed: true,
    entries: keys.map((key) => ({ key, value: null, versionstamp: null })),
  });
  assert.equal(reads.length, 0);
  assert.equal(await claimUpdate(kv, update(1), 1), false, "it was claimed");

  // A key holds something: the guess is refused, the keys are read, the update claimed.
  await kv.set(["role", 7], { role: "banned" });
  const known = await claimUpdateGuessingAbsent(kv, update(2), {
    now: 2,
    keys,
  });
  assert.equal(known.claimed, true);
  assert.ok(known.claimed && !known.guessed);
  assert.deepEqual(known.entries.map((entry) => entry.value), [
    null,
    { role: "banned" },
  ]);
  assert.equal(reads.length, 1);
  assert.equal(await claimUpdate(kv, update(2), 3), false, "it was claimed");

  // A duplicate: refused, and the read finds the claim.
  const duplicate = await claimUpdateGuessingAbsent(kv, update(1), {
    now: 4,
    keys: [["profile", 8]],
  });
  assert.deepEqual(duplicate, { claimed: false });
});

Deno.test("claimUpdate() and claimUpdateGuessingAbsent() give up on a KV that stays locked with the busy error as the cause", async () => {
  const claims = {
    claimUpdate: (kv: Deno.Kv) => claimUpdate(kv, { botId: 1, updateId: 1 }, 0),
    claimUpdateGuessingAbsent: (kv: Deno.Kv) =>
      claimUpdateGuessingAbsent(kv, { botId: 1, updateId: 1 }, {
        now: 0,
        keys: [["profile", 1]],
      }),
  };
  for (const [name, claim] of Object.entries(claims)) {
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
    const error = await claim(kv).then(
      () => assert.fail(`${name} claimed`),
      (e: Error) => e,
    );
    assert.match(error.message, /Cannot claim update 1: KV stayed locked/);
    assert.match(String((error.cause as Error).message), /database is locked/);
    assert.equal(commits, 10, name);
  }
});
