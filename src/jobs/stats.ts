/**
 * Usage statistics: cheap raw counters written per enhancement, and a rollup
 * job that turns them into one small record per UTC day.
 *
 * Raw data lives under `["stats", "counter" | "active" | "salt" | "seen", …]`:
 * per day, enhancements by source, answer times in buckets (for the median
 * and the 95th percentile), categories and targets. Distinct users are
 * counted by markers keyed with a hash of the user id under the day's random
 * salt, never the id; markers and salt expire after
 * {@linkcode STATS_ACTIVE_TTL_MS}, so after two days not even the hashes can
 * be linked. Counters (a KV `sum` cannot carry an expiry) are dropped after
 * {@linkcode STATS_RAW_TTL_MS} by {@linkcode deleteOldStatCounters}. Rollups
 * under `["stats", "daily", day]` are kept.
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
  statsDayCounterKey,
  statsDayCounterPrefix,
  statsSaltKey,
  statsSeenKey,
  utcDay,
} from "../storage/keys.ts";
import { DAY_MS } from "../util/durations.ts";
import { hmacSha256, toHex } from "../util/sha256.ts";

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
  /** From the request's acceptance to the answer, in milliseconds. */
  answerMs?: number;
  /** The category written for. */
  category?: string;
  /** The model family written for. */
  target?: string;
}

/** The rollup of one UTC day. */
export interface DailyStats {
  /** `"YYYY-MM-DD"`, UTC. */
  day: string;
  enhancements: { ai: number; offline: number; total: number };
  /** Distinct users who got an enhancement that day. */
  activeUsers: number;
  /**
   * Answers by answer time: `answerTimes[i]` answers took at most
   * `ANSWER_TIME_BOUNDS_MS[i]` (and more than the bound before); the last
   * entry counts the slower ones. Empty in rollups of earlier versions.
   */
  answerTimes: number[];
  /** Enhancements by category id. */
  categories: Record<string, number>;
  /** Enhancements by target id. */
  targets: Record<string, number>;
  /** When the rollup was computed, in ms since the epoch. */
  computedAt: number;
}

/** How long raw counters are kept: 8 days, so a rollup can catch up after an outage. */
export const STATS_RAW_TTL_MS = 8 * DAY_MS;
/**
 * How long the active-user markers and the salt they are hashed with are
 * kept: two days, so that the rollups of the day and of the day after see
 * them, and no longer.
 */
export const STATS_ACTIVE_TTL_MS = 2 * DAY_MS;
/** Upper bounds of the answer-time buckets, in milliseconds; one more bucket holds the rest. */
export const ANSWER_TIME_BOUNDS_MS: readonly number[] = [
  500,
  1_000,
  2_000,
  3_000,
  5_000,
  8_000,
  13_000,
  20_000,
  30_000,
  45_000,
  60_000,
  90_000,
  120_000,
];

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
  const seenKey = stat.requestId === undefined
    ? undefined
    : statsSeenKey(stat.requestId);
  return await commitWithRetry(async () => {
    const [salt, seen] = await kv.getMany<string[]>([
      statsSaltKey(day),
      ...(seenKey ? [seenKey] : []),
    ]) as [Deno.KvEntryMaybe<string>, Deno.KvEntryMaybe<string>?];
    const op = kv.atomic();
    if (seen !== undefined) {
      if (seen.versionstamp !== null) return { op: null, result: false };
      op.check(seen).set(seenKey!, day, { expireIn: STATS_RAW_TTL_MS });
    }
    // The first count of a day makes its salt; a concurrent first loses and reads it.
    const daySalt = salt.value ?? newSalt();
    if (salt.value === null) {
      op.check(salt).set(statsSaltKey(day), daySalt, {
        expireIn: STATS_ACTIVE_TTL_MS,
      });
    }
    op.sum(statsCounterKey(day, stat.source), 1n);
    if (stat.answerMs !== undefined) {
      op.sum(
        statsDayCounterKey(day, "answer_ms", answerBucket(stat.answerMs)),
        1n,
      );
    }
    if (stat.category) {
      op.sum(statsDayCounterKey(day, "category", stat.category), 1n);
    }
    if (stat.target) op.sum(statsDayCounterKey(day, "target", stat.target), 1n);
    op.set(statsActiveKey(day, activeMark(daySalt, stat.userId)), true, {
      expireIn: STATS_ACTIVE_TTL_MS,
    });
    return { op, result: true };
  }, options);
}

/** The index of the answer-time bucket `ms` falls in. */
export function answerBucket(ms: number): number {
  const index = ANSWER_TIME_BOUNDS_MS.findIndex((bound) => ms <= bound);
  return index < 0 ? ANSWER_TIME_BOUNDS_MS.length : index;
}

/**
 * The `q` quantile (0 to 1) of answer times in milliseconds, from bucket
 * counts: linear within the bucket it falls in; the open last bucket
 * answers its lower bound. `null` without answers.
 */
export function answerTimeQuantile(
  counts: readonly number[],
  q: number,
): number | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const rank = q * total;
  let below = 0;
  for (const [i, count] of counts.entries()) {
    if (count > 0 && below + count >= rank) {
      const lower = i === 0 ? 0 : ANSWER_TIME_BOUNDS_MS[i - 1];
      const upper = ANSWER_TIME_BOUNDS_MS[i];
      if (upper === undefined) return lower;
      return lower + (upper - lower) * Math.max(0, rank - below) / count;
    }
    below += count;
  }
  return ANSWER_TIME_BOUNDS_MS.at(-1)!;
}

/** The marker of a user on a day: 16 hex characters of HMAC-SHA256(salt, id). */
function activeMark(salt: string, userId: number): string {
  return toHex(hmacSha256(salt, String(userId))).slice(0, 16);
}

function newSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
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
  const fresh: DailyStats = {
    day,
    enhancements: { ai: 0, offline: 0, total: 0 },
    activeUsers: 0,
    answerTimes: [],
    categories: {},
    targets: {},
    computedAt: options.now,
  };
  for await (
    const entry of kv.list<Deno.KvU64>({ prefix: statsDayCounterPrefix(day) })
  ) {
    const [kind, name] = entry.key.slice(-2);
    const count = Number(entry.value.value);
    if (kind === "enhancements" && (name === "ai" || name === "offline")) {
      fresh.enhancements[name] = count;
    } else if (kind === "answer_ms" && typeof name === "number") {
      fresh.answerTimes[name] = count;
    } else if (kind === "category") fresh.categories[String(name)] = count;
    else if (kind === "target") fresh.targets[String(name)] = count;
  }
  fresh.answerTimes = Array.from(
    { length: ANSWER_TIME_BOUNDS_MS.length + 1 },
    (_, i) => fresh.answerTimes[i] ?? 0,
  );
  for await (const _ of kv.list({ prefix: statsActivePrefix(day) })) {
    fresh.activeUsers++;
  }
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
  const stored = (await kv.get<DailyStats>(statsDailyKey(day))).value;
  return stored === null ? null : filled(stored);
}

/**
 * The rollups of the `days` UTC days up to and including the day of `now`,
 * oldest first; a day without one is all zeros (`computedAt` 0).
 */
export async function readRecentStats(
  kv: Deno.Kv,
  options: { now: number; days: number },
): Promise<DailyStats[]> {
  const days = Array.from(
    { length: options.days },
    (_, i) => utcDay(options.now - (options.days - 1 - i) * DAY_MS),
  );
  const found = new Map<string, DailyStats>();
  const entries = kv.list<DailyStats>({
    start: statsDailyKey(days[0]),
    end: statsDailyKey(`${days.at(-1)}~`),
  });
  for await (const entry of entries) {
    found.set(String(entry.key.at(-1)), filled(entry.value));
  }
  return days.map((day) => found.get(day) ?? filled({ day }));
}

/** A rollup with the fields earlier versions lacked filled in. */
function filled(stats: Partial<DailyStats> & { day: string }): DailyStats {
  return {
    day: stats.day,
    enhancements: stats.enhancements ?? { ai: 0, offline: 0, total: 0 },
    activeUsers: stats.activeUsers ?? 0,
    answerTimes: stats.answerTimes ??
      new Array(ANSWER_TIME_BOUNDS_MS.length + 1).fill(0),
    categories: stats.categories ?? {},
    targets: stats.targets ?? {},
    computedAt: stats.computedAt ?? 0,
  };
}

/** Field by field the larger of two rollups. */
function larger(cur: DailyStats | null, fresh: DailyStats): DailyStats {
  if (!cur) return fresh;
  const old = filled(cur);
  const ai = Math.max(old.enhancements.ai, fresh.enhancements.ai);
  const offline = Math.max(
    old.enhancements.offline,
    fresh.enhancements.offline,
  );
  return {
    day: fresh.day,
    enhancements: { ai, offline, total: ai + offline },
    activeUsers: Math.max(old.activeUsers, fresh.activeUsers),
    answerTimes: fresh.answerTimes.map((n, i) =>
      Math.max(n, old.answerTimes[i] ?? 0)
    ),
    categories: largerCounts(old.categories, fresh.categories),
    targets: largerCounts(old.targets, fresh.targets),
    computedAt: Math.max(old.computedAt, fresh.computedAt),
  };
}

function largerCounts(
  a: Record<string, number>,
  b: Record<string, number>,
): Record<string, number> {
  const out = { ...a };
  for (const [name, n] of Object.entries(b)) {
    out[name] = Math.max(n, out[name] ?? 0);
  }
  return out;
}
