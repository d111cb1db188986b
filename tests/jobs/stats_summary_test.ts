import assert from "node:assert/strict";
import {
  ANSWER_TIME_BOUNDS_MS,
  type DailyStats,
  readRecentStats,
  recordEnhancementStat,
  rollupDay,
} from "../../src/jobs/stats.ts";
import { summarizeStats } from "../../src/jobs/stats_summary.ts";

const DAY = 86_400_000;
/** Noon UTC, 2025-03-10: the clock every test here reads. */
const NOW = Date.UTC(2025, 2, 10, 12);

/** A rollup with `users` active users on the day `back` days before NOW. */
function rollup(
  back: number,
  users: number,
  targets: Record<string, number> = {},
): DailyStats {
  return {
    day: new Date(NOW - back * DAY).toISOString().slice(0, 10),
    enhancements: { ai: users, offline: 0, total: users },
    activeUsers: users,
    answerTimes: new Array(ANSWER_TIME_BOUNDS_MS.length + 1).fill(0),
    categories: {},
    targets,
    computedAt: NOW,
  };
}

Deno.test("summarizeStats() averages active users over the days since the first one with any, today included", async () => {
  using kv = await Deno.openKv(":memory:");
  const clock = { now: () => NOW };
  for (const userId of [1, 1]) {
    await recordEnhancementStat(kv, { source: "offline", userId, now: NOW });
  }
  await rollupDay(kv, "2025-03-10", { now: clock.now() });
  const summary = summarizeStats(
    await readRecentStats(kv, { now: clock.now(), days: 30 }),
  );
  assert.deepEqual(summary.today, { enhancements: 2, activeUsers: 1 });
  // Not 1 / 30: the 29 days before the first prompt are not days of use.
  assert.deepEqual(summary.activeUsers, { average: 1, max: 1 });
});

Deno.test("summarizeStats() counts quiet days after the first use as 0 and never averages above the busiest day", () => {
  const days = Array.from({ length: 30 }, (_, i) => rollup(29 - i, 0));
  days[20] = rollup(9, 4);
  days[25] = rollup(4, 2);
  const { activeUsers } = summarizeStats(days);
  assert.deepEqual(activeUsers, { average: 6 / 10, max: 4 });
  assert.deepEqual(
    summarizeStats(days.map((d) => ({ ...d, activeUsers: 0 }))).activeUsers,
    { average: 0, max: 0 },
  );
  assert.deepEqual(summarizeStats([]).activeUsers, { average: 0, max: 0 });
});

Deno.test("summarizeStats() gives the targets' whole over every target, those outside the top included", () => {
  const targets = {
    chat: 10,
    claude: 5,
    reasoning: 4,
    midjourney: 3,
    stable_diffusion: 2,
    natural_image: 1,
    video: 1,
  };
  const summary = summarizeStats([rollup(0, 26, targets)]);
  assert.equal(summary.targets.length, 5);
  assert.equal(summary.targeted, 26);
});
