/**
 * The cleanup job: removes what `expireIn` does not (history past its
 * retention, raw stat counters, sessions left without an expiry) and runs
 * extra sweeps handed in by other parts. It runs as the "promptsmith-cleanup"
 * cron (src/jobs/schedule.ts).
 *
 * Every deletion is safe to repeat and to race: history is trimmed by
 * `HistoryStore.trimOlderThan()` (meta checked in each commit) and a session
 * is deleted only if unchanged since it was read. A run also takes a lease in
 * KV first, so when several instances fire at once one does the work.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import { commitWithRetry } from "../storage/atomic.ts";
import type { HistoryStore } from "../storage/history_store.ts";
import { cronRunKey } from "../storage/keys.ts";
import { SESSION_TTL_MS, type SessionStore } from "../storage/session_store.ts";
import { deleteOldStatCounters } from "./stats.ts";
import { DAY_MS } from "../util/durations.ts";

/**
 * History items are kept 90 days by default (HISTORY_RETENTION_DAYS): long
 * enough to find and reuse a prompt from last season, short enough that the
 * prompts of someone who stopped using the bot do not stay forever. README,
 * "Privacy and security", says why.
 */
export const DEFAULT_HISTORY_RETENTION_DAYS = 90;

/** What the cleanup job works on. */
export interface CleanupDeps {
  clock: Clock;
  history: HistoryStore;
  sessions: SessionStore;
  /**
   * More sweeps run in the same leased run, by name; each gets the run's
   * time and returns how many keys it removed (for example expired job leases).
   */
  sweeps?: Record<string, (now: number) => Promise<number>>;
}

/** Options of {@linkcode runCleanup}. */
export interface CleanupOptions {
  /** Days a history item is kept (HISTORY_RETENTION_DAYS); 0 keeps it forever. Default 0. */
  historyRetentionDays?: number;
  /** A session unchanged for longer is deleted if KV has not expired it yet. Default 7 days. */
  sessionTtlMs?: number;
  /** How long a run's lease keeps other instances out, in ms. Default 10 minutes. */
  leaseMs?: number;
  /** Take the lease first; `false` runs regardless (tests, manual runs). Default true. */
  claim?: boolean;
}

/** What one cleanup run did. */
export interface CleanupReport {
  /** False when another instance held the lease: nothing was done. */
  ran: boolean;
  historyItems: number;
  /** Users whose history lost items. */
  historyUsers: number;
  sessions: number;
  statCounters: number;
  /** Keys removed by each extra sweep. */
  sweeps: Record<string, number>;
}

/** A run's lease, stored at `["cron_run", job]`. */
interface RunLease {
  owner: string;
  startedAt: number;
  until: number;
}

/**
 * Run the cleanup once (a cron job).
 *
 * @throws {RangeError} when `historyRetentionDays` is not a non-negative integer
 */
export async function runCleanup(
  kv: Deno.Kv,
  deps: CleanupDeps,
  options: CleanupOptions = {},
): Promise<CleanupReport> {
  const {
    historyRetentionDays = 0,
    sessionTtlMs = SESSION_TTL_MS,
    leaseMs = 10 * 60_000,
    claim = true,
  } = options;
  if (!Number.isSafeInteger(historyRetentionDays) || historyRetentionDays < 0) {
    throw new RangeError(
      `Cannot run cleanup: historyRetentionDays must be a non-negative integer, got ${historyRetentionDays}`,
    );
  }
  const now = deps.clock.now();
  const report: CleanupReport = {
    ran: false,
    historyItems: 0,
    historyUsers: 0,
    sessions: 0,
    statCounters: 0,
    sweeps: {},
  };
  if (claim && !(await claimRun(kv, "cleanup", { now, leaseMs }))) {
    return report;
  }
  report.ran = true;
  if (historyRetentionDays > 0) {
    const cutoff = now - historyRetentionDays * DAY_MS;
    Object.assign(report, await trimHistory(deps.history, cutoff));
  }
  report.sessions = await deps.sessions.deleteIdle(now - sessionTtlMs);
  report.statCounters = await deleteOldStatCounters(kv, { now });
  for (const [name, sweep] of Object.entries(deps.sweeps ?? {})) {
    report.sweeps[name] = await sweep(now);
  }
  return report;
}

/**
 * Take the lease of `job`'s run unless another instance holds it.
 *
 * @returns true when this caller may run the job now
 */
export async function claimRun(
  kv: Deno.Kv,
  job: string,
  options: { now: number; leaseMs: number },
): Promise<boolean> {
  const { now, leaseMs } = options;
  const key = cronRunKey(job);
  return await commitWithRetry(async () => {
    const current = await kv.get<RunLease>(key);
    if (current.value && current.value.until > now) {
      return { op: null, result: false };
    }
    const lease: RunLease = {
      owner: crypto.randomUUID(),
      startedAt: now,
      until: now + leaseMs,
    };
    // check(): of two instances claiming at once, exactly one commits.
    const op = kv.atomic().check(current).set(key, lease, {
      expireIn: leaseMs,
    });
    return { op, result: true };
  });
}

async function trimHistory(
  history: HistoryStore,
  cutoff: number,
): Promise<{ historyItems: number; historyUsers: number }> {
  let historyItems = 0;
  let historyUsers = 0;
  for await (const userId of history.userIds()) {
    const deleted = await history.trimOlderThan(userId, cutoff);
    historyItems += deleted;
    if (deleted > 0) historyUsers++;
  }
  return { historyItems, historyUsers };
}
