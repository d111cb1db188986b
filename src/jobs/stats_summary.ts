/**
 * What `/stats` shows (`StatsSummary`, src/ui/stats_texts.ts), computed from
 * the daily rollups: totals, answer-time quantiles over every answer of the
 * period, active users per day, the top categories and targets, and one
 * point per day for the chart.
 *
 * @module
 */
import { utcDay } from "../storage/keys.ts";
import type { StatsSummary } from "../ui/stats_texts.ts";
import {
  answerTimeQuantile,
  type DailyStats,
  readRecentStats,
  rollupDay,
} from "./stats.ts";

/** How many categories and targets the summary lists. */
export const TOP_COUNT = 5;

/**
 * Summarize `days` (oldest first, today last), as `readRecentStats` gives
 * them.
 */
export function summarizeStats(days: readonly DailyStats[]): StatsSummary {
  const ai = sum(days.map((d) => d.enhancements.ai));
  const offline = sum(days.map((d) => d.enhancements.offline));
  const times = mergedCounts(days.map((d) => d.answerTimes));
  const active = days.map((d) => d.activeUsers);
  const inUse = activeUsersSinceFirstUse(active);
  const today = days.at(-1);
  return {
    days: days.length,
    enhancements: { ai, offline, total: ai + offline },
    today: {
      enhancements: today?.enhancements.total ?? 0,
      activeUsers: today?.activeUsers ?? 0,
    },
    p50Ms: answerTimeQuantile(times, 0.5),
    p95Ms: answerTimeQuantile(times, 0.95),
    activeUsers: {
      average: inUse.length === 0 ? 0 : sum(inUse) / inUse.length,
      max: Math.max(0, ...active),
    },
    categories: top(days.map((d) => d.categories)),
    targets: top(days.map((d) => d.targets)),
    targeted: sum(days.flatMap((d) => Object.values(d.targets))),
    points: days.map((d) => ({
      day: d.day,
      ai: d.enhancements.ai,
      offline: d.enhancements.offline,
      activeUsers: d.activeUsers,
      p50Ms: answerTimeQuantile(d.answerTimes, 0.5),
      p95Ms: answerTimeQuantile(d.answerTimes, 0.95),
    })),
  };
}

/**
 * The active users of the days from the first with any to today: the days
 * the average of "active users a day" is taken over. Days before anyone used
 * the bot in the period say nothing about its use (it may not have been
 * running; a stored zero rollup cannot tell, since the first rollup run also
 * rolls up the day before), so they are left out; a quiet day after the
 * first use counts as 0. Any activity thus makes the average at least
 * 1 / days, and never more than the busiest day.
 */
function activeUsersSinceFirstUse(active: readonly number[]): number[] {
  const first = active.findIndex((n) => n > 0);
  return first < 0 ? [] : active.slice(first);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function mergedCounts(all: readonly (readonly number[])[]): number[] {
  const out: number[] = [];
  for (const counts of all) {
    counts.forEach((n, i) => (out[i] = (out[i] ?? 0) + n));
  }
  return out;
}

function top(all: readonly Record<string, number>[]): [string, number][] {
  const totals = new Map<string, number>();
  for (const counts of all) {
    for (const [id, n] of Object.entries(counts)) {
      totals.set(id, (totals.get(id) ?? 0) + n);
    }
  }
  return [...totals]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_COUNT);
}

/** Options of {@linkcode loadStatsSummary}. */
export interface LoadStatsOptions {
  now: number;
  /** Days up to and including today. */
  days: number;
}

/**
 * Roll up today (the hourly cron may be up to an hour behind), then read and
 * summarize the last `days` days.
 */
export async function loadStatsSummary(
  kv: Deno.Kv,
  options: LoadStatsOptions,
): Promise<StatsSummary> {
  await rollupDay(kv, utcDay(options.now), { now: options.now });
  return summarizeStats(await readRecentStats(kv, options));
}
