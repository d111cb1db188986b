import assert from "node:assert/strict";
import { UserStore } from "../../src/storage/user_store.ts";
import { SessionStore } from "../../src/storage/session_store.ts";
import { manualClock, twoHandles } from "../support.ts";

const clock = { now: () => 1_000 };

Deno.test("userStore.recordEnhancement() counts every call of parallel updates", async () => {
  using kv = await Deno.openKv(":memory:");
  const users = new UserStore(kv, {
    clock,
    defaultPreferences: { category: "general" },
    maxAttempts: 100,
  });
  await Promise.all(
    Array.from({ length: 30 }, () => users.recordEnhancement(5)),
  );
  assert.equal((await users.get(5))?.enhancements, 30);
});

Deno.test("userStore.setPreferences() persists and keeps counters", async () => {
  using kv = await Deno.openKv(":memory:");
  const users = new UserStore(kv, {
    clock,
    defaultPreferences: { category: "general" },
  });
  assert.deepEqual(await users.preferences(1), { category: "general" });
  await users.recordEnhancement(1);
  await users.setPreferences(1, { category: "coding" });
  assert.deepEqual(await users.preferences(1), { category: "coding" });
  assert.equal((await users.get(1))?.enhancements, 1);
  await users.delete(1);
  assert.equal(await users.get(1), null);
});

Deno.test("sessionStore.update() merges changes and stamps updatedAt", async () => {
  using kv = await Deno.openKv(":memory:");
  const sessions = new SessionStore(kv, { clock });
  assert.equal(await sessions.get(10), null);
  await sessions.update(10, (s) => s);
  assert.deepEqual(await sessions.get(10), { v: 2, updatedAt: 1_000 });
  await sessions.delete(10);
  assert.equal(await sessions.get(10), null);
});

Deno.test("sessionStore: a session of an earlier version reads in today's shape", async () => {
  using kv = await Deno.openKv(":memory:");
  await kv.set(["session", 11], { updatedAt: 5, lastRequest: "old prompt" });
  const sessions = new SessionStore(kv, { clock });
  assert.deepEqual(await sessions.get(11), { v: 2, updatedAt: 5 });
});

Deno.test("sessionStore: pending questions are kept per user, expire, and are dropped by null", async () => {
  using kv = await Deno.openKv(":memory:");
  const now = manualClock(1_000);
  const sessions = new SessionStore(kv, { clock: now });
  const waiting = (askId: string, expiresAt: number) => ({
    askId,
    messageId: 3,
    request: { userId: 1, chatId: -5, prompt: "cat", category: "auto" },
    questions: [{ text: "Style?", options: ["Photo", "Drawing"] }],
    answers: [],
    expiresAt,
  });
  await sessions.changePending(-5, 1, () => waiting("a", 5_000));
  await sessions.changePending(-5, 2, () => waiting("b", 2_000));
  assert.equal((await sessions.pending(-5, 1, now.now()))?.askId, "a");
  assert.equal((await sessions.pending(-5, 2, now.now()))?.askId, "b");
  now.advance(1_500);
  assert.equal(await sessions.pending(-5, 2, now.now()), null, "expired");
  const seen: unknown[] = [];
  await sessions.changePending(-5, 1, (current) => {
    seen.push(current?.askId);
    return null;
  });
  assert.deepEqual(seen, ["a"]);
  assert.equal(await sessions.pending(-5, 1, now.now()), null);
  assert.equal((await sessions.get(-5, { fresh: true }))?.pending, undefined);
});

Deno.test("sessionStore.deleteIdle() removes questions that stopped waiting (they hold the idea) from sessions it keeps", async () => {
  using kv = await Deno.openKv(":memory:");
  const now = manualClock(1_000);
  const sessions = new SessionStore(kv, { clock: now });
  const waiting = (userId: number, expiresAt: number) => ({
    askId: `ask-${userId}`,
    messageId: 3,
    request: { userId, chatId: -5, prompt: `idea ${userId}`, category: "auto" },
    questions: [{ text: "Style?", options: ["Photo", "Drawing"] }],
    answers: [],
    expiresAt,
  });
  await sessions.changePending(-5, 1, () => waiting(1, 5_000));
  await sessions.changePending(-5, 2, () => waiting(2, 50_000));
  const before = await kv.get(["session", -5]);
  now.advance(10_000);
  // The session is young: kept, but user 1's questions expired.
  assert.equal(await sessions.deleteIdle(0), 0);
  const kept = await sessions.get(-5, { fresh: true });
  assert.deepEqual(Object.keys(kept?.pending ?? {}), ["2"]);
  assert.equal(kept?.updatedAt, 1_000, "its time stamp is kept");
  assert.ok(!JSON.stringify(await kv.get(["session", -5])).includes("idea 1"));
  assert.notEqual(
    (await kv.get(["session", -5])).versionstamp,
    before.versionstamp,
  );
  // Nothing left to drop: no rewrite.
  const stamp = (await kv.get(["session", -5])).versionstamp;
  assert.equal(await sessions.deleteIdle(0), 0);
  assert.equal((await kv.get(["session", -5])).versionstamp, stamp);
  now.advance(50_000);
  await sessions.deleteIdle(0);
  assert.equal((await sessions.get(-5, { fresh: true }))?.pending, undefined);
});

Deno.test("sessionStore: every message of an answer leads back to it", async () => {
  using kv = await Deno.openKv(":memory:");
  const sessions = new SessionStore(kv, { clock });
  await sessions.rememberAnswer(7, [20, 21], { userId: 7, answerId: "j1" });
  assert.deepEqual(await sessions.answerAt(7, 21), {
    userId: 7,
    answerId: "j1",
  });
  assert.deepEqual(await sessions.answerAt(7, 20), {
    userId: 7,
    answerId: "j1",
  });
  assert.equal(await sessions.answerAt(7, 22), null);
  assert.equal(await sessions.answerAt(8, 20), null);
});

Deno.test("userStore: a write on instance A is seen at once by B's write and after the TTL by B's cached read", async () => {
  await using kvs = await twoHandles();
  const clock = manualClock();
  const options = {
    clock,
    defaultPreferences: { category: "general" },
    cache: { ttlMs: 2_000 },
  };
  const a = new UserStore(kvs.a, options);
  const b = new UserStore(kvs.b, options);
  assert.deepEqual(await b.preferences(7), { category: "general" });
  await a.setPreferences(7, { category: "coding" });
  await a.recordEnhancement(7);

  clock.advance(2_000);
  assert.deepEqual(
    await b.preferences(7),
    { category: "general" },
    "B may serve its cached read for up to ttlMs",
  );
  assert.equal((await b.get(7, { fresh: true }))?.prefs.category, "coding");
  assert.equal((await b.preferences(7, { fresh: true })).category, "coding");

  const afterB = await b.recordEnhancement(7);
  assert.equal(afterB.enhancements, 2, "B's write counted A's enhancement");
  assert.equal(
    afterB.prefs.category,
    "coding",
    "B's write kept A's preference",
  );

  await a.setPreferences(7, { category: "writing" });
  assert.equal((await b.preferences(7)).category, "coding");
  clock.advance(2_001);
  assert.equal((await b.preferences(7)).category, "writing");
  assert.equal((await b.get(7))?.enhancements, 2);
});

Deno.test("sessionStore: a write on instance A is seen at once by B's update and after the TTL by B's cached read", async () => {
  await using kvs = await twoHandles();
  const clock = manualClock();
  const a = new SessionStore(kvs.a, { clock, cache: { ttlMs: 2_000 } });
  const b = new SessionStore(kvs.b, { clock, cache: { ttlMs: 2_000 } });
  assert.equal(await b.get(3), null);
  const first = (await a.update(3, (s) => s)).updatedAt;
  assert.equal(
    await b.get(3),
    null,
    "B may serve its cached read for up to ttlMs",
  );

  const seenByB: number[] = [];
  clock.advance(10);
  await b.update(3, (s) => {
    seenByB.push(s.updatedAt);
    return s;
  });
  assert.deepEqual(seenByB, [first], "B's update decided from A's write");

  clock.advance(10);
  const again = (await a.update(3, (s) => s)).updatedAt;
  assert.equal((await b.get(3))?.updatedAt, first + 10);
  clock.advance(2_001);
  assert.equal((await b.get(3))?.updatedAt, again);
});

Deno.test("userStore.recordEnhancement() counts exactly with two instances on one KV file", async () => {
  await using kvs = await twoHandles();
  const options = {
    clock: manualClock(),
    defaultPreferences: { category: "general" },
    maxAttempts: 100,
  };
  const a = new UserStore(kvs.a, options);
  const b = new UserStore(kvs.b, options);
  await Promise.all(
    Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).recordEnhancement(9)),
  );
  assert.equal((await a.get(9, { fresh: true }))?.enhancements, 20);
  assert.equal((await b.get(9, { fresh: true }))?.enhancements, 20);
});

Deno.test("userStore and sessionStore caches stay bounded with 10,000 distinct users", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const cache = { max: 500 };
  const users = new UserStore(kv, {
    clock,
    defaultPreferences: { category: "general" },
    cache,
  });
  const sessions = new SessionStore(kv, { clock, cache });
  for (let id = 1; id <= 10_000; id++) {
    await users.preferences(id);
    await sessions.update(id, (s) => s);
    assert.ok(users.cacheStats().size <= 500);
    assert.ok(sessions.cacheStats().size <= 500);
  }
  assert.equal(users.cacheStats().size, 500);
  assert.equal(sessions.cacheStats().size, 500);
  assert.equal((await sessions.get(10_000))?.updatedAt, clock.now());
  assert.equal(sessions.cacheStats().hits, 1);
});

Deno.test("userStore and sessionStore purgeStale() drop the cached reads whose TTL has passed and say how many", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = manualClock();
  const cache = { ttlMs: 1_000 };
  const users = new UserStore(kv, {
    clock,
    cache,
    defaultPreferences: { category: "general" },
  });
  const sessions = new SessionStore(kv, { clock, cache });
  for (let id = 1; id <= 40; id++) {
    await users.get(id);
    await sessions.get(id);
  }
  clock.advance(500);
  for (let id = 41; id <= 50; id++) await users.get(id);
  assert.equal(users.purgeStale(), 0, "none expired yet");
  clock.advance(501);
  assert.equal(users.purgeStale(), 40);
  assert.equal(sessions.purgeStale(), 40);
  assert.equal(users.cacheStats().size, 10, "the fresh ones stay");
  assert.equal(sessions.cacheStats().size, 0);
});
