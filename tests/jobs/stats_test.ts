import assert from "node:assert/strict";
import {
  deleteOldStatCounters,
  readDailyStats,
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
