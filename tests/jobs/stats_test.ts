import assert from "node:assert/strict";
import {
  ANSWER_TIME_BOUNDS_MS,
  answerBucket,
  answerTimeQuantile,
  deleteOldStatCounters,
  readDailyStats,
  readRecentStats,
  recordEnhancementStat,
  rollupDay,
  runStatsRollup,
} from "../../src/jobs/stats.ts";

const NOON = Date.UTC(2025, 2, 10, 12, 0, 0);
const DAY = 86_400_000;

Deno.test("recordEnhancementStat() counts by source and rollupDay() sums the day", async () => {
  using kv = await Deno.openKv(":memory:");
  for (
    const [userId, source] of [[1, "ai"], [1, "ai"], [2, "offline"]] as const
  ) {
    await recordEnhancementStat(kv, { userId, source, now: NOON });
  }
  await recordEnhancementStat(kv, { userId: 3, source: "ai", now: NOON + DAY });
  const day = await rollupDay(kv, "2025-03-10", { now: NOON + 1 });
  assert.deepEqual(day, {
    day: "2025-03-10",
    enhancements: { ai: 2, offline: 1, total: 3 },
    activeUsers: 2,
    answerTimes: new Array(ANSWER_TIME_BOUNDS_MS.length + 1).fill(0),
    categories: {},
    targets: {},
    computedAt: NOON + 1,
  });
  assert.deepEqual(await readDailyStats(kv, "2025-03-10"), day);
  assert.equal(await readDailyStats(kv, "2025-03-12"), null);
});

Deno.test("recordEnhancementStat() counts a requestId once", async () => {
  using kv = await Deno.openKv(":memory:");
  const stat = {
    userId: 1,
    source: "ai" as const,
    now: NOON,
    requestId: "job-1",
  };
  assert.equal(await recordEnhancementStat(kv, stat), true);
  assert.equal(await recordEnhancementStat(kv, stat), false);
  const parallel = await Promise.all(
    Array.from(
      { length: 10 },
      () =>
        recordEnhancementStat(kv, { ...stat, requestId: "job-2" }, {
          maxAttempts: 50,
        }),
    ),
  );
  assert.equal(parallel.filter(Boolean).length, 1);
  const day = await rollupDay(kv, "2025-03-10", { now: NOON });
  assert.equal(day.enhancements.ai, 2);
});

Deno.test("recordEnhancementStat() counts exactly under parallel calls", async () => {
  using kv = await Deno.openKv(":memory:");
  await Promise.all(
    Array.from({ length: 60 }, (_, i) =>
      recordEnhancementStat(kv, {
        userId: i % 7,
        source: i % 3 === 0 ? "offline" : "ai",
        now: NOON,
      })),
  );
  const day = await rollupDay(kv, "2025-03-10", { now: NOON });
  assert.deepEqual(day.enhancements, { ai: 40, offline: 20, total: 60 });
  assert.equal(day.activeUsers, 7);
});

Deno.test("rollupDay() never lowers a stored rollup", async () => {
  using kv = await Deno.openKv(":memory:");
  for (let i = 0; i < 4; i++) {
    await recordEnhancementStat(kv, { userId: i, source: "ai", now: NOON });
  }
  await rollupDay(kv, "2025-03-10", { now: NOON });
  // Raw counters gone (expired or deleted): a later rollup must keep the numbers.
  assert.equal(await deleteOldStatCounters(kv, { now: NOON + 30 * DAY }), 1);
  for await (const e of kv.list({ prefix: ["stats", "active"] })) {
    await kv.delete(e.key);
  }
  const again = await rollupDay(kv, "2025-03-10", { now: NOON + 30 * DAY });
  assert.deepEqual(again.enhancements, { ai: 4, offline: 0, total: 4 });
  assert.equal(again.activeUsers, 4);
  assert.equal(again.computedAt, NOON + 30 * DAY);
});

Deno.test("runStatsRollup() rolls up today and yesterday, idempotently and in parallel", async () => {
  using kv = await Deno.openKv(":memory:");
  const justAfterMidnight = Date.UTC(2025, 2, 11, 0, 5);
  await recordEnhancementStat(kv, { userId: 1, source: "ai", now: NOON });
  await recordEnhancementStat(kv, {
    userId: 2,
    source: "offline",
    now: justAfterMidnight,
  });
  const clock = { now: () => justAfterMidnight };
  const runs = await Promise.all([
    runStatsRollup(kv, { clock }, { maxAttempts: 50 }),
    runStatsRollup(kv, { clock }, { maxAttempts: 50 }),
  ]);
  assert.deepEqual(runs[0], runs[1]);
  assert.deepEqual(
    runs[0].map((d) => [d.day, d.enhancements.total, d.activeUsers]),
    [["2025-03-10", 1, 1], ["2025-03-11", 1, 1]],
  );
  assert.deepEqual(await runStatsRollup(kv, { clock }), runs[0]);
});

Deno.test("deleteOldStatCounters() deletes counters past the raw retention only", async () => {
  using kv = await Deno.openKv(":memory:");
  for (let d = 0; d < 12; d++) {
    await recordEnhancementStat(kv, {
      userId: 1,
      source: "ai",
      now: NOON + d * DAY,
    });
    await recordEnhancementStat(kv, {
      userId: 1,
      source: "offline",
      now: NOON + d * DAY,
    });
  }
  const now = NOON + 11 * DAY; // 2025-03-21; the oldest kept day is 2025-03-13
  assert.equal(await deleteOldStatCounters(kv, { now }), 6);
  const days = new Set<unknown>();
  for await (const e of kv.list({ prefix: ["stats", "counter"] })) {
    days.add(e.key[2]);
  }
  assert.equal([...days][0], "2025-03-13");
  assert.equal(days.size, 9);
  assert.equal(await deleteOldStatCounters(kv, { now }), 0);
});

Deno.test("recordEnhancementStat() buckets answer times and counts categories and targets; rollupDay() sums them", async () => {
  using kv = await Deno.openKv(":memory:");
  const answers = [
    [400, "coding", "chat"],
    [1_500, "coding", "claude"],
    [1_800, "image", "midjourney"],
    [250_000, "coding", "chat"],
  ] as const;
  for (const [i, [answerMs, category, target]] of answers.entries()) {
    await recordEnhancementStat(kv, {
      userId: i,
      source: "ai",
      now: NOON,
      answerMs,
      category,
      target,
    });
  }
  const day = await rollupDay(kv, "2025-03-10", { now: NOON });
  const expected = new Array(ANSWER_TIME_BOUNDS_MS.length + 1).fill(0);
  expected[0] = 1; // ≤ 0.5 s
  expected[2] = 2; // 1 to 2 s
  expected[ANSWER_TIME_BOUNDS_MS.length] = 1; // past the last bound
  assert.deepEqual(day.answerTimes, expected);
  assert.deepEqual(day.categories, { coding: 3, image: 1 });
  assert.deepEqual(day.targets, { chat: 2, claude: 1, midjourney: 1 });
});

Deno.test("answerBucket() and answerTimeQuantile() agree with the bucket bounds", () => {
  assert.equal(answerBucket(0), 0);
  assert.equal(answerBucket(500), 0);
  assert.equal(answerBucket(501), 1);
  assert.equal(answerBucket(120_000), ANSWER_TIME_BOUNDS_MS.length - 1);
  assert.equal(answerBucket(10_000_000), ANSWER_TIME_BOUNDS_MS.length);
  const counts = new Array(ANSWER_TIME_BOUNDS_MS.length + 1).fill(0);
  assert.equal(answerTimeQuantile(counts, 0.5), null);
  // 10 answers between 2 and 3 s: the median is half-way through that bucket.
  counts[answerBucket(2_500)] = 10;
  assert.equal(answerTimeQuantile(counts, 0.5), 2_500);
  assert.equal(answerTimeQuantile(counts, 0.95), 2_950);
  // One very slow answer of 20: the 95th percentile is at the open bucket's lower bound.
  counts[ANSWER_TIME_BOUNDS_MS.length] = 10;
  assert.equal(answerTimeQuantile(counts, 0.95), 120_000);
  assert.equal(answerTimeQuantile(counts, 0.25), 2_500);
});

Deno.test("active-user markers hold a salted hash, never the user id, and count distinct users", async () => {
  using kv = await Deno.openKv(":memory:");
  const userId = 987_654_321;
  for (let i = 0; i < 3; i++) {
    await recordEnhancementStat(kv, { userId, source: "ai", now: NOON + i });
  }
  await recordEnhancementStat(kv, { userId: 5, source: "ai", now: NOON });
  const marks: Deno.KvKey[] = [];
  for await (const e of kv.list({ prefix: ["stats", "active"] })) {
    marks.push(e.key);
  }
  assert.equal(marks.length, 2);
  for (const key of marks) {
    assert.match(String(key.at(-1)), /^[0-9a-f]{16}$/);
    assert.ok(!key.includes(userId) && !key.includes(String(userId)));
  }
  // Another day has another salt: the same user gets another mark.
  await recordEnhancementStat(kv, { userId, source: "ai", now: NOON + DAY });
  const next: unknown[] = [];
  for await (
    const e of kv.list({ prefix: ["stats", "active", "2025-03-11"] })
  ) next.push(e.key.at(-1));
  assert.equal(next.length, 1);
  assert.ok(!marks.some((key) => key.at(-1) === next[0]));
  assert.equal(
    (await rollupDay(kv, "2025-03-10", { now: NOON })).activeUsers,
    2,
  );
});

Deno.test("readRecentStats() gives the last days oldest first, zeros where none, and fills in rollups of earlier versions", async () => {
  using kv = await Deno.openKv(":memory:");
  await recordEnhancementStat(kv, { userId: 1, source: "ai", now: NOON });
  await rollupDay(kv, "2025-03-10", { now: NOON });
  // A rollup as earlier versions stored it.
  await kv.set(["stats", "daily", "2025-03-08"], {
    day: "2025-03-08",
    enhancements: { ai: 1, offline: 2, total: 3 },
    activeUsers: 2,
    computedAt: NOON - 2 * DAY,
  });
  const recent = await readRecentStats(kv, { now: NOON + DAY, days: 5 });
  assert.deepEqual(
    recent.map((d) => [d.day, d.enhancements.total, d.computedAt > 0]),
    [
      ["2025-03-07", 0, false],
      ["2025-03-08", 3, true],
      ["2025-03-09", 0, false],
      ["2025-03-10", 1, true],
      ["2025-03-11", 0, false],
    ],
  );
  assert.deepEqual(recent[1].categories, {});
  assert.equal(recent[1].answerTimes.length, ANSWER_TIME_BOUNDS_MS.length + 1);
});
