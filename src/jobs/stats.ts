/**
 * Usage statistics: cheap raw counters written per enhancement, and a rollup
 * job that turns them into one small record per UTC day.
 *
 * Raw data lives under `["stats", "counter" | "active" | "seen", …]` and is
 * dropped after {@linkcode STATS_RAW_TTL_MS}: markers by `expireIn`, counters
 * (a KV `sum` cannot carry an expiry) by {@linkcode deleteOldStatCounters}.
 * Rollups under `["stats", "daily", day]` are kept.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import {
  type CommitRetryOptions,
  commitWithRetry,
  updateKey,
} from "../storage/atomic.ts";
import {
  STATS_COUNTER_PREFIX,
  statsActiveKey,
  statsActivePrefix,
  statsCounterKey,
  statsDailyKey,
  statsSeenKey,
  utcDay,
} from "../storage/keys.ts";
import { DAY_MS } from "../util/durations.ts";

/** How an enhancement was produced, as counted. */
export type StatSource = "ai" | "offline";

/** One enhancement to count. */
export interface EnhancementStat {
  source: StatSource;
  userId: number;
  /** When it was answered, in ms since the epoch; picks the UTC day. */
  now: number;
  /** Idempotency token (the job id): a second call with it is not counted. */
  requestId?: string;
}

/** The rollup of one UTC day. */
export interface DailyStats {
  /** `"YYYY-MM-DD"`, UTC. */
  day: string;
  enhancements: { ai: number; offline: number; total: number };
  /** Distinct users who got an enhancement that day. */
  activeUsers: number;
  /** When the rollup was computed, in ms since the epoch. */
  computedAt: number;
}

/** How long raw counters and markers are kept: 8 days, so a rollup can catch up after an outage. */
export const STATS_RAW_TTL_MS = 8 * DAY_MS;
const SOURCES: readonly StatSource[] = ["ai", "offline"];

/**
 * Count one enhancement: a conflict-free KV `sum` on the day's counter and a
 * marker for the day's active users, in one commit.
 *
 * @returns false when `requestId` was counted before
 * @example
 * ```ts ignore
 * await recordEnhancementStat(kv, { source: "ai", userId, now: clock.now(), requestId: job.id });
 * ```
 */
export async function recordEnhancementStat(
  kv: Deno.Kv,
  stat: EnhancementStat,
  options: CommitRetryOptions = {},
): Promise<boolean> {
  const day = utcDay(stat.now);
  const expireIn = STATS_RAW_TTL_MS;
  return await commitWithRetry(async () => {
    const op = kv.atomic();
    if (stat.requestId !== undefined) {
      const seen = await kv.get(statsSeenKey(stat.requestId));
      if (seen.versionstamp !== null) return { op: null, result: false };
      op.check(seen).set(statsSeenKey(stat.requestId), day, { expireIn });
    }
    op.sum(statsCounterKey(day, stat.source), 1n);
    op.set(statsActiveKey(day, stat.userId), true, { expireIn });
    return { op, result: true };
  }, options);
}

/**
 * Compute the rollup of `day` from the raw counters and store it.
 *
 * Idempotent and safe to run twice at once: counters only grow, so the stored
 * rollup takes the larger of each number and never goes back, even when a
 * slower run with older counts commits last or the raw counters expired.
 *
 * @param day `"YYYY-MM-DD"`, UTC
 * @returns the stored rollup
 */
export async function rollupDay(
  kv: Deno.Kv,
  day: string,
  options: { now: number } & CommitRetryOptions,
): Promise<DailyStats> {
  const [ai, offline] = await kv.getMany<Deno.KvU64[]>(
    SOURCES.map((source) => statsCounterKey(day, source)),
  );
  let activeUsers = 0;
  for await (const _ of kv.list({ prefix: statsActivePrefix(day) })) {
    activeUsers++;
  }
  const fresh: DailyStats = {
    day,
    enhancements: {
      ai: Number(ai.value?.value ?? 0n),
      offline: Number(offline.value?.value ?? 0n),
      total: 0,
    },
    activeUsers,
    computedAt: options.now,
  };
  fresh.enhancements.total = fresh.enhancements.ai +
    fresh.enhancements.offline;
  const stored = await updateKey<DailyStats>(
    kv,
    statsDailyKey(day),
    (cur) => larger(cur, fresh),
    options,
  );
  return stored!;
}

/** Options of {@linkcode runStatsRollup}. */
export interface StatsRollupOptions extends CommitRetryOptions {
  /** How many UTC days to roll up, today included. Default 2 (today and yesterday). */
  days?: number;
}

/**
 * Roll up today and the days before it (a cron job). Each day is recomputed
 * from scratch, so running it again or on two instances at once is harmless.
 *
 * @returns the stored rollups, oldest first
 */
export async function runStatsRollup(
  kv: Deno.Kv,
  deps: { clock: Clock },
  options: StatsRollupOptions = {},
): Promise<DailyStats[]> {
  const { days = 2 } = options;
  const now = deps.clock.now();
  const results: DailyStats[] = [];
  for (let back = days - 1; back >= 0; back--) {
    const day = utcDay(now - back * DAY_MS);
    results.push(await rollupDay(kv, day, { ...options, now }));
  }
  return results;
}

/**
 * Delete raw counters of days older than {@linkcode STATS_RAW_TTL_MS} (their
 * rollups stay). Deleting an already deleted key is harmless, so two runs at
 * once are too.
 *
 * @returns how many counters were deleted
 */
export async function deleteOldStatCounters(
  kv: Deno.Kv,
  options: { now: number },
): Promise<number> {
  const oldest = utcDay(options.now - STATS_RAW_TTL_MS);
  let deleted = 0;
  for await (const entry of kv.list({ prefix: STATS_COUNTER_PREFIX })) {
    const day = entry.key[STATS_COUNTER_PREFIX.length];
    // Days sort as strings: the first day young enough ends the scan.
    if (typeof day !== "string" || day >= oldest) break;
    await kv.delete(entry.key);
    deleted++;
  }
  return deleted;
}

/** The stored rollup of `day` (`"YYYY-MM-DD"`, UTC), or `null`. */
export async function readDailyStats(
  kv: Deno.Kv,
  day: string,
): Promise<DailyStats | null> {
  return (await kv.get<DailyStats>(statsDailyKey(day))).value;
}

/** Field by field the larger of two rollups. */
function larger(cur: DailyStats | null, fresh: DailyStats): DailyStats {
  if (!cur) return fresh;
  const ai = Math.max(cur.enhancements.ai, fresh.enhancements.ai);
  const offline = Math.max(
    cur.enhancements.offline,
    fresh.enhancements.offline,
  );
  return {
    day: fresh.day,
    enhancements: { ai, offline, total: ai + offline },
    activeUsers: Math.max(cur.activeUsers, fresh.activeUsers),
    computedAt: Math.max(cur.computedAt, fresh.computedAt),
  };
}
