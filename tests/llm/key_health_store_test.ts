import assert from "node:assert/strict";
import {
  initialKeyHealth,
  KeyHealthStore,
  type KeyHealthStoreOptions,
} from "../../src/llm/key_health_store.ts";
import { llmKeyHealthKey } from "../../src/storage/keys.ts";

/** A clock stopped at the epoch: revisions count writes, 1, 2, 3… */
const AT_EPOCH: KeyHealthStoreOptions = { clock: { now: () => 0 } };

Deno.test("keyHealthStore.get() returns a fresh closed record for an unknown key", async () => {
  using kv = await Deno.openKv(":memory:");
  const store = new KeyHealthStore(kv, AT_EPOCH);
  const health = await store.get("unknown");
  assert.deepEqual(health, initialKeyHealth());
  assert.equal(health.state, "closed");
  assert.equal(health.rev, 0);
});

Deno.test("keyHealthStore.update() writes under llm_key_health and bumps rev", async () => {
  using kv = await Deno.openKv(":memory:");
  const store = new KeyHealthStore(kv, AT_EPOCH);
  const first = await store.update("k1", (h) => ({ ...h, parked: true }));
  assert.equal(first.changed, true);
  assert.equal(first.health.rev, 1);
  const second = await store.update(
    "k1",
    (h) => ({ ...h, consecutiveFailures: 2 }),
  );
  assert.equal(second.health.rev, 2);
  const stored = await kv.get(llmKeyHealthKey("k1"));
  assert.deepEqual(stored.value, second.health);
  assert.deepEqual(await store.get("k1"), {
    ...initialKeyHealth(),
    rev: 2,
    parked: true,
    consecutiveFailures: 2,
  });
});

Deno.test("keyHealthStore.update() leaves the record alone when change returns undefined", async () => {
  using kv = await Deno.openKv(":memory:");
  const store = new KeyHealthStore(kv, AT_EPOCH);
  await store.update("k1", (h) => ({ ...h, parked: true }));
  const before = await kv.get(llmKeyHealthKey("k1"));
  const result = await store.update("k1", () => undefined);
  assert.equal(result.changed, false);
  assert.equal(result.health.rev, 1);
  assert.equal(
    (await kv.get(llmKeyHealthKey("k1"))).versionstamp,
    before.versionstamp,
  );
  assert.equal((await store.update("k2", () => undefined)).health.rev, 0);
  assert.equal((await kv.get(llmKeyHealthKey("k2"))).versionstamp, null);
});

Deno.test("keyHealthStore.getMany() reads more than 10 keys in the order asked", async () => {
  using kv = await Deno.openKv(":memory:");
  const store = new KeyHealthStore(kv, AT_EPOCH);
  const ids = Array.from({ length: 23 }, (_, i) => `key-${i}`);
  for (const [i, id] of ids.entries()) {
    if (i % 2 === 0) {
      await store.update(id, (h) => ({ ...h, consecutiveFailures: i }));
    }
  }
  const records = await store.getMany(ids.toReversed());
  assert.deepEqual(
    records.map((h) => h.consecutiveFailures),
    ids.map((_, i) => (i % 2 === 0 ? i : 0)).toReversed(),
  );
});

Deno.test("keyHealthStore.update() loses no write when two KV handles of one file race", async () => {
  const dir = await Deno.makeTempDir({ prefix: "key-health-" });
  try {
    using kvA = await Deno.openKv(`${dir}/kv.sqlite3`);
    using kvB = await Deno.openKv(`${dir}/kv.sqlite3`);
    const stores = [
      new KeyHealthStore(kvA, { ...AT_EPOCH, maxAttempts: 100 }),
      new KeyHealthStore(kvB, { ...AT_EPOCH, maxAttempts: 100 }),
    ];
    await Promise.all(
      Array.from(
        { length: 20 },
        (_, i) =>
          stores[i % 2].update("shared", (h) => ({
            ...h,
            consecutiveFailures: h.consecutiveFailures + 1,
          })),
      ),
    );
    const seenByA = await stores[0].get("shared");
    const seenByB = await stores[1].get("shared");
    assert.equal(seenByA.consecutiveFailures, 20);
    assert.equal(seenByA.rev, 20);
    assert.deepEqual(seenByB, seenByA);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("keyHealthStore.get() fills fields a record written by an older version lacks", async () => {
  using kv = await Deno.openKv(":memory:");
  await kv.set(llmKeyHealthKey("old"), { rev: 4, state: "open", parked: true });
  const health = await new KeyHealthStore(kv).get("old");
  assert.equal(health.rev, 4);
  assert.equal(health.state, "open");
  assert.equal(health.parked, true);
  assert.deepEqual(health.outcomes, []);
  assert.equal(health.probeLatencyMs, null);
  assert.equal(health.lastErrorCode, null);
});

Deno.test("keyHealthStore reads lastErrorCode: null when absent or unset, the code when stored", async () => {
  using kv = await Deno.openKv(":memory:");
  const store = new KeyHealthStore(kv, AT_EPOCH);
  await kv.set(llmKeyHealthKey("unset"), {
    ...initialKeyHealth(),
    lastErrorCode: undefined,
  });
  assert.equal((await store.get("unset")).lastErrorCode, null);
  await kv.set(llmKeyHealthKey("absent"), { rev: 2, state: "closed" });
  const [unset, absent] = await store.getMany(["unset", "absent"]);
  assert.equal(unset.lastErrorCode, null);
  assert.equal(absent.lastErrorCode, null);
  const updated = await store.update("absent", (h) => {
    assert.equal(h.lastErrorCode, null);
    return { ...h, lastErrorCode: "insufficient_quota" };
  });
  assert.equal(updated.health.lastErrorCode, "insufficient_quota");
  assert.equal((await store.get("absent")).lastErrorCode, "insufficient_quota");
});

Deno.test("keyHealthStore.update() gives a record written again after it expired a newer rev", async () => {
  using kv = await Deno.openKv(":memory:");
  let now = 5_000;
  const store = new KeyHealthStore(kv, { clock: { now: () => now } });
  const first = await store.update("k", (h) => ({ ...h, parked: true }));
  assert.equal(first.health.rev, 5_000);
  const second = await store.update("k", (h) => h);
  assert.equal(second.health.rev, 5_001, "writes in the same ms still count");
  await kv.delete(llmKeyHealthKey("k")); // what expireIn does after 30 idle days
  now = 6_000;
  const again = await store.update("k", (h) => h);
  assert.ok(again.health.rev > second.health.rev);
});
