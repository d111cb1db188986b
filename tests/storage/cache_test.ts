import assert from "node:assert/strict";
import { KvCache } from "../../src/storage/cache.ts";
import { ContentionError } from "../../src/storage/atomic.ts";
import { manualClock } from "../support.ts";

/** `kv` whose `get()` runs `after` once a read has returned, before the caller sees it. */
function kvWithHook(
  kv: Deno.Kv,
  after: (key: Deno.KvKey) => Promise<void>,
): Deno.Kv {
  return new Proxy(kv, {
    get(target, prop) {
      if (prop === "get") {
        return async (key: Deno.KvKey) => {
          const entry = await target.get(key);
          await after(key);
          return entry;
        };
      }
      const value = Reflect.get(target, prop);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

Deno.test("kvCache.get() serves a cached value until the TTL passes on the injected clock", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const cache = new KvCache<string>(kv, { clock, ttlMs: 1_000 });
  await kv.set(["k"], "a");
  assert.equal(await cache.get(["k"]), "a");
  await kv.set(["k"], "b"); // another instance writes behind the cache
  clock.advance(1_000);
  assert.equal(await cache.get(["k"]), "a", "within the TTL: stale by design");
  assert.equal(await cache.get(["k"], { fresh: true }), "b");
  await kv.set(["k"], "c");
  clock.advance(1_001);
  assert.equal(await cache.get(["k"]), "c", "past the TTL: read from KV");
  assert.deepEqual(
    { hits: cache.stats().hits, misses: cache.stats().misses },
    { hits: 1, misses: 3 },
  );
});

Deno.test("kvCache.get() caches an absent key until a write through the cache", async () => {
  using kv = await Deno.openKv(":memory:");
  const cache = new KvCache<number>(kv, { clock: manualClock() });
  assert.equal(await cache.get(["n"]), null);
  assert.equal(await cache.update(["n"], (cur) => (cur ?? 0) + 1), 1);
  assert.equal(await cache.get(["n"]), 1);
  assert.equal(cache.stats().misses, 1, "the write refreshed the cache");
});

Deno.test("kvCache.update() decides from KV, not from a stale cached value", async () => {
  using kv = await Deno.openKv(":memory:");
  const cache = new KvCache<number>(kv, { clock: manualClock() });
  await cache.update(["n"], () => 1);
  await kv.set(["n"], 10); // another instance's write the cache has not seen
  assert.equal(await cache.update(["n"], (cur) => (cur ?? 0) + 1), 11);
  assert.equal((await kv.get(["n"])).value, 11);
  assert.equal(await cache.get(["n"]), 11);
});

Deno.test("kvCache.update() evicts the key when its check fails", async () => {
  using kv = await Deno.openKv(":memory:");
  await kv.set(["n"], 1);
  let writes = 0;
  // Every read is followed by another writer's commit: every check fails.
  const racing = kvWithHook(kv, async (key) => {
    await kv.set(key, 100 + ++writes);
  });
  const cache = new KvCache<number>(racing, { clock: manualClock() });
  await assert.rejects(
    cache.update(["n"], (cur) => (cur ?? 0) + 1, {
      maxAttempts: 2,
      baseDelayMs: 1,
    }),
    ContentionError,
  );
  assert.equal(cache.stats().size, 0, "the value read before the race is gone");
  assert.equal(
    await new KvCache<number>(kv, { clock: manualClock() }).get(["n"]),
    102,
  );
});

Deno.test("kvCache.update() retries after a lost check and caches what it committed", async () => {
  using kv = await Deno.openKv(":memory:");
  await kv.set(["n"], 1);
  let raced = false;
  const racing = kvWithHook(kv, async (key) => {
    if (raced) return;
    raced = true;
    await kv.set(key, 50);
  });
  const cache = new KvCache<number>(racing, { clock: manualClock() });
  assert.equal(await cache.update(["n"], (cur) => (cur ?? 0) + 1), 51);
  assert.equal(await cache.get(["n"]), 51);
  assert.equal(cache.stats().hits, 1);
});

Deno.test("kvCache.get() does not put back a value older than a write that finished first", async () => {
  using kv = await Deno.openKv(":memory:");
  await kv.set(["k"], "old");
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let arrived!: () => void;
  const atGate = new Promise<void>((resolve) => (arrived = resolve));
  let first = true;
  const slow = kvWithHook(kv, async () => {
    if (!first) return;
    first = false;
    arrived();
    await gate; // the first read returns "old" only after the write below
  });
  const cache = new KvCache<string>(slow, { clock: manualClock() });
  const staleRead = cache.get(["k"]);
  await atGate; // that read has its value; only then does the write start
  await cache.update(["k"], () => "new");
  release();
  assert.equal(await staleRead, "old");
  assert.equal(await cache.get(["k"]), "new");
});

Deno.test("kvCache.delete() remembers the key as absent", async () => {
  using kv = await Deno.openKv(":memory:");
  const cache = new KvCache<string>(kv, { clock: manualClock() });
  await cache.update(["k"], () => "v");
  await cache.delete(["k"]);
  assert.equal(await cache.get(["k"]), null);
  assert.equal((await kv.get(["k"])).versionstamp, null);
  assert.equal(cache.stats().hits, 1);
});

Deno.test("kvCache.get() returns copies, so a caller cannot change the cached value", async () => {
  using kv = await Deno.openKv(":memory:");
  const cache = new KvCache<{ n: number }>(kv, { clock: manualClock() });
  const written = await cache.update(["o"], () => ({ n: 1 }));
  written!.n = 99;
  const read = await cache.get(["o"]);
  read!.n = 98;
  assert.deepEqual(await cache.get(["o"]), { n: 1 });
});

Deno.test("kvCache keeps at most max entries and drops expired ones on purge", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const cache = new KvCache<number>(kv, { clock, max: 100, ttlMs: 1_000 });
  for (let i = 0; i < 1_000; i++) await cache.get(["u", i]);
  assert.equal(cache.stats().size, 100);
  clock.advance(500);
  for (let i = 0; i < 30; i++) await cache.get(["u", 2_000 + i]);
  clock.advance(501);
  assert.equal(cache.purgeStale(), 70, "the 70 older ones are dropped");
  assert.equal(cache.stats().size, 30);
  clock.advance(500);
  assert.equal(cache.purgeStale(), 30);
  assert.equal(cache.stats().size, 0);
  assert.equal(cache.purgeStale(), 0);
  const off = new KvCache<number>(kv, { clock, max: 0 });
  assert.equal(off.purgeStale(), 0);
});

Deno.test("kvCache with max 0 or ttlMs 0 always reads KV", async () => {
  using kv = await Deno.openKv(":memory:");
  for (const options of [{ max: 0 }, { ttlMs: 0 }]) {
    const cache = new KvCache<string>(kv, { clock: manualClock(), ...options });
    await cache.update(["k"], () => "a");
    await kv.set(["k"], "b");
    assert.equal(await cache.get(["k"]), "b");
    assert.deepEqual(cache.stats().size, 0);
  }
});

Deno.test("kvCache constructor rejects a negative or fractional size", async () => {
  using kv = await Deno.openKv(":memory:");
  assert.throws(
    () => new KvCache(kv, { clock: manualClock(), max: -1 }),
    /max must be a non-negative integer, got -1/,
  );
  assert.throws(
    () => new KvCache(kv, { clock: manualClock(), ttlMs: 1.5 }),
    RangeError,
  );
});

Deno.test("kvCache tells keys apart by part type", async () => {
  using kv = await Deno.openKv(":memory:");
  const cache = new KvCache<string>(kv, { clock: manualClock() });
  await cache.update(["k", 1], () => "number");
  await cache.update(["k", "1"], () => "string");
  await cache.update(["k", 1n], () => "bigint");
  assert.equal(await cache.get(["k", 1]), "number");
  assert.equal(await cache.get(["k", "1"]), "string");
  assert.equal(await cache.get(["k", 1n]), "bigint");
});
