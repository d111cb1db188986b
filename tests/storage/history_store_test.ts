import assert from "node:assert/strict";
import {
  HistoryStore,
  MAX_STORED_RESULT,
} from "../../src/storage/history_store.ts";
import { manualClock } from "../support.ts";

function entry(n: number, extra: Partial<{ requestId: string }> = {}) {
  return {
    prompt: `prompt ${n}`,
    result: `result ${n}`,
    category: "general",
    source: "ai" as const,
    ...extra,
  };
}

Deno.test("historyStore.append() keeps the newest items up to the limit", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const store = new HistoryStore(kv, { limit: 3, clock });
  for (let i = 1; i <= 5; i++) {
    await store.append(42, entry(i));
    clock.advance(1000);
  }
  const items = await store.list(42);
  assert.deepEqual(items.map((i) => i.prompt), [
    "prompt 5",
    "prompt 4",
    "prompt 3",
  ]);
  assert.equal(await store.count(42), 3);
  let stored = 0;
  for await (const _ of kv.list({ prefix: ["history", 42] })) stored++;
  assert.equal(stored, 3, "trimmed items are deleted, not only hidden");
});

Deno.test("historyStore.append() loses nothing under concurrent writers", async () => {
  using kv = await Deno.openKv(":memory:");
  const store = new HistoryStore(kv, {
    limit: 200,
    clock: manualClock(),
    maxAttempts: 50,
  });
  await Promise.all(
    Array.from({ length: 40 }, (_, i) => store.append(7, entry(i))),
  );
  const items = await store.list(7);
  assert.equal(items.length, 40);
  assert.equal(await store.count(7), 40);
  assert.deepEqual(new Set(items.map((i) => i.prompt)).size, 40);
  assert.deepEqual(
    items.map((i) => i.seq),
    Array.from({ length: 40 }, (_, i) => 40 - i),
  );
});

Deno.test("historyStore.append() trims correctly when concurrent writers exceed the limit", async () => {
  using kv = await Deno.openKv(":memory:");
  const store = new HistoryStore(kv, {
    limit: 5,
    clock: manualClock(),
    maxAttempts: 50,
  });
  await Promise.all(
    Array.from({ length: 20 }, (_, i) => store.append(7, entry(i))),
  );
  assert.equal((await store.list(7)).length, 5);
  assert.equal(await store.count(7), 5);
});

Deno.test("historyStore.append() stores a repeated requestId once", async () => {
  using kv = await Deno.openKv(":memory:");
  const store = new HistoryStore(kv, { limit: 10, clock: manualClock() });
  const first = await store.append(1, entry(1, { requestId: "job-1" }));
  const second = await store.append(1, entry(1, { requestId: "job-1" }));
  assert.equal(second.seq, first.seq);
  assert.equal(await store.count(1), 1);
});

Deno.test("historyStore.append() cuts a huge result without splitting a surrogate pair", async () => {
  using kv = await Deno.openKv(":memory:");
  const store = new HistoryStore(kv, { limit: 10, clock: manualClock() });
  const result = "a".repeat(MAX_STORED_RESULT - 1) + "😀".repeat(100);
  const item = await store.append(1, { ...entry(1), result });
  assert.equal(item.truncated, true);
  assert.ok(item.result.length <= MAX_STORED_RESULT);
  assert.ok(
    !/[\ud800-\udbff]$/.test(item.result),
    "no lone high surrogate at the end",
  );
  const [listed] = await store.list(1);
  assert.equal(listed.result, item.result);
});

Deno.test("historyStore keeps users apart and clear() removes only one user", async () => {
  using kv = await Deno.openKv(":memory:");
  const store = new HistoryStore(kv, { limit: 10, clock: manualClock() });
  await store.append(1, entry(1));
  await store.append(2, entry(2));
  assert.equal(await store.clear(1), 1);
  assert.deepEqual(await store.list(1), []);
  assert.equal(await store.count(1), 0);
  assert.deepEqual((await store.list(2)).map((i) => i.prompt), ["prompt 2"]);
  const again = await store.append(1, entry(3));
  assert.equal(again.seq, 1);
});

Deno.test("historyStore.list() pages with offset and limit", async () => {
  using kv = await Deno.openKv(":memory:");
  const store = new HistoryStore(kv, { limit: 20, clock: manualClock() });
  for (let i = 1; i <= 7; i++) await store.append(3, entry(i));
  const page = await store.list(3, { offset: 2, limit: 3 });
  assert.deepEqual(page.map((i) => i.prompt), [
    "prompt 5",
    "prompt 4",
    "prompt 3",
  ]);
});

Deno.test("historyStore rejects a limit that is not a positive integer", async () => {
  using kv = await Deno.openKv(":memory:");
  assert.throws(
    () => new HistoryStore(kv, { limit: 0, clock: manualClock() }),
    RangeError,
  );
});

Deno.test("historyStore.append() from two KV handles on one file loses nothing", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const path = `${dir}/kv.sqlite3`;
    using a = await Deno.openKv(path);
    using b = await Deno.openKv(path);
    const clock = manualClock();
    const storeA = new HistoryStore(a, { limit: 100, clock, maxAttempts: 50 });
    const storeB = new HistoryStore(b, { limit: 100, clock, maxAttempts: 50 });
    await Promise.all(
      Array.from(
        { length: 30 },
        (_, i) => (i % 2 ? storeA : storeB).append(9, entry(i)),
      ),
    );
    assert.equal((await storeA.list(9)).length, 30);
    assert.equal(await storeB.count(9), 30);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

const DAY = 86_400_000;

Deno.test("historyStore.trimOlderThan() deletes old items and keeps count and seq", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const store = new HistoryStore(kv, { limit: 50, clock });
  for (let i = 1; i <= 5; i++) {
    await store.append(1, entry(i, { requestId: `r${i}` }));
    clock.advance(DAY);
  }
  const cutoff = clock.now() - 2 * DAY; // items 4 and 5 are younger
  assert.equal(await store.trimOlderThan(1, cutoff), 3);
  assert.deepEqual((await store.list(1)).map((i) => i.prompt), [
    "prompt 5",
    "prompt 4",
  ]);
  assert.equal(await store.count(1), 2);
  assert.equal((await store.append(1, entry(6))).seq, 6, "seq continues");
  const again = await store.append(1, entry(5, { requestId: "r5" }));
  assert.equal(again.seq, 5, "a retried append is still recognised");
  assert.equal(await store.count(1), 3);
  assert.equal(await store.trimOlderThan(1, cutoff), 0, "idempotent");
});

Deno.test("historyStore.trimOlderThan() empties a history in batches", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const store = new HistoryStore(kv, { limit: 200, clock });
  for (let i = 1; i <= 150; i++) await store.append(3, entry(i));
  clock.advance(DAY);
  assert.equal(await store.trimOlderThan(3, clock.now()), 150);
  assert.equal(await store.count(3), 0);
  assert.equal((await store.list(3)).length, 0);
  assert.equal((await store.append(3, entry(151))).seq, 151);
  assert.equal(await store.count(3), 1);
});

Deno.test("historyStore.trimOlderThan() keeps meta exact while others append", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const store = new HistoryStore(kv, { limit: 200, clock, maxAttempts: 100 });
  for (let i = 0; i < 30; i++) await store.append(4, entry(i));
  clock.advance(DAY);
  const cutoff = clock.now();
  const [first, second] = await Promise.all([
    store.trimOlderThan(4, cutoff),
    store.trimOlderThan(4, cutoff),
    ...Array.from({ length: 20 }, (_, i) => store.append(4, entry(100 + i))),
  ]);
  const items = await store.list(4);
  assert.equal(items.length, 20);
  assert.ok(items.every((i) => i.createdAt >= cutoff));
  assert.equal(await store.count(4), 20);
  assert.equal(first + second, 30, "each old item counted once");
});

Deno.test("historyStore.userIds() lists every user with a history", async () => {
  using kv = await Deno.openKv(":memory:");
  const store = new HistoryStore(kv, { limit: 5, clock: manualClock() });
  for (const user of [30, 2, 1_000_000]) await store.append(user, entry(1));
  assert.deepEqual(await Array.fromAsync(store.userIds()), [2, 30, 1_000_000]);
});
