/**
 * Rate limits and quotas in Deno KV, exact across instances: a per-user burst
 * limit (any 60 s), a per-user daily quota (UTC day) and a global per-minute
 * cap that protects the API keys, shared fairly.
 *
 * One request is checked against every limit and admitted in one atomic
 * commit that checks the versionstamps of all the counters it read, so a
 * request refused by one limit consumes none of the others and parallel
 * requests are never over-admitted.
 *
 * The global cap is fair ({@linkcode fairShare}): the first half of each
 * minute's cap goes first come, first served; after that a user may take
 * another slot only while their admissions this minute are below their share
 * of what is left, `max(1, floor(left / users))`, where `users` counts
 * everyone admitted this minute, the asker included. Someone with no prompt
 * yet this minute is therefore never refused before the cap itself is
 * reached, and the heaviest users are refused first. The counts it needs (the
 * minute's total and number of users, and the asker's own count) are read in
 * the same `getMany` and written in the same commit as the other counters.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import { type CommitRetryOptions, commitWithRetry } from "./atomic.ts";
import {
  rateBurstKey,
  rateDailyKey,
  rateGlobalKey,
  rateGlobalUserKey,
  rateNoticeKey,
  utcDay,
} from "./keys.ts";
import { DAY_MS, MINUTE_MS } from "../util/durations.ts";

/**
 * The limits a request can hit: "share" is the global cap's fair share
 * ({@linkcode fairShare}), "global" the cap itself.
 */
export type RateLimitName = "burst" | "daily" | "global" | "share";

/** A refused request: which limit, its size, and when the user may try again. */
export interface RateLimitRefusal {
  ok: false;
  limit: RateLimitName;
  /** The configured size of that limit ("share": of the global cap). */
  max: number;
  /** When a request would be admitted again by this limit, in ms since the epoch. */
  retryAt: number;
  /** True only the first time the user hits this limit within its window: tell them once. */
  notify: boolean;
}

/** The outcome of {@linkcode RateLimiter.consume}. */
export type RateLimitDecision = { ok: true } | RateLimitRefusal;

/** Options of {@linkcode RateLimiter}; every limit is off when 0. */
export interface RateLimiterOptions extends CommitRetryOptions {
  clock: Clock;
  /** Requests per user in any 60 s (at most 1,000). Default 5. */
  burstPerMinute?: number;
  /** Requests per user per UTC day. Default 50. */
  dailyPerUser?: number;
  /** Requests of all users per calendar minute. Default 60. */
  globalPerMinute?: number;
}

/** The limits by default: RATE_LIMIT_PER_MINUTE, DAILY_QUOTA, GLOBAL_RATE_LIMIT_PER_MINUTE. */
export const DEFAULT_RATE_LIMITS = Object.freeze({
  burstPerMinute: 5,
  dailyPerUser: 50,
  globalPerMinute: 60,
});

/** The burst window, in milliseconds. */
export const BURST_WINDOW_MS = 60_000;

// The burst log keeps one timestamp per admission: 1,000 stays near 9 KB.
const MAX_BURST = 1_000;

interface Limits {
  burst: number;
  daily: number;
  global: number;
}

/**
 * One user's own limits, in place of RATE_LIMIT_PER_MINUTE and DAILY_QUOTA:
 * those of their role (src/middleware/roles.ts). 0 turns a limit off.
 */
export interface UserLimits {
  burstPerMinute: number;
  dailyPerUser: number;
}

/** Options of {@linkcode RateLimiter.check} and {@linkcode RateLimiter.consume}. */
export interface LimitCheckOptions {
  /** Exempt: nothing is read or written. */
  isAdmin?: boolean;
  /** This user's own limits (their role's); default the configured ones. */
  limits?: UserLimits;
  /**
   * The limits the decision may pick from, when the user's role is read in
   * the same round as the counters: every counter one of them enables is
   * read, and `decide` is told which applies.
   */
  anyOf?: readonly UserLimits[];
}

/**
 * `["rate_global", minute]`: what the global cap counted in one minute.
 * Older versions stored the admissions alone, as a number.
 */
export interface GlobalUsage {
  /** Admissions of all users in the minute. */
  admitted: number;
  /** How many users they came from. */
  users: number;
}

/** The counters a request reads, in `getMany` order. */
const COUNTERS = ["burst", "daily", "global", "globalUser"] as const;
type Counter = typeof COUNTERS[number];

/** Where each enabled limit lives for a request made at `now`. */
interface Plan {
  burst?: Deno.KvKey;
  daily?: Deno.KvKey;
  global?: Deno.KvKey;
  /** The asker's own count under the global cap; present with `global`. */
  globalUser?: Deno.KvKey;
  dailyEnd: number;
  minuteEnd: number;
}

type Counters = Map<Counter, Deno.KvEntryMaybe<unknown>>;

/** What one admission takes: see {@linkcode RateLimiter.check}. */
export interface LimitCheck {
  /** The keys to read, in this order, in the caller's read round. */
  readonly keys: readonly Deno.KvKey[];
  /**
   * Decide from the entries read for `keys` and add to `op` what the
   * decision writes: the counters (admitted), or the note that the user was
   * told (a refusal with `notify`); nothing for a refusal told before.
   */
  decide(
    entries: readonly Deno.KvEntryMaybe<unknown>[],
    op: Deno.AtomicOperation,
    /** The user's limits after all (one of `anyOf`), or `"exempt"`: admitted, nothing written. */
    limits?: UserLimits | "exempt",
  ): RateLimitDecision;
}
type Refusal = Omit<RateLimitRefusal, "notify">;

/**
 * Admits requests under the burst, daily and global limits.
 *
 * @example
 * ```ts ignore
 * const limiter = new RateLimiter(kv, { clock, burstPerMinute: 5, dailyPerUser: 50 });
 * const decision = await limiter.consume(userId, { isAdmin });
 * if (!decision.ok) {
 *   if (decision.notify) await ctx.reply(formatLimitMessage(decision, clock.now()));
 *   return;
 * }
 * ```
 */
export class RateLimiter {
  readonly #kv: Deno.Kv;
  readonly #options: RateLimiterOptions;
  readonly #limits: Limits;

  /** @throws {RangeError} when a limit is not a non-negative integer, or the burst is over 1,000 */
  constructor(kv: Deno.Kv, options: RateLimiterOptions) {
    const limits = {
      burst: options.burstPerMinute ?? DEFAULT_RATE_LIMITS.burstPerMinute,
      daily: options.dailyPerUser ?? DEFAULT_RATE_LIMITS.dailyPerUser,
      global: options.globalPerMinute ?? DEFAULT_RATE_LIMITS.globalPerMinute,
    };
    for (const [name, value] of Object.entries(limits)) {
      if (!Number.isSafeInteger(value) || value < 0) {
        throw new RangeError(
          `Cannot create rate limiter: ${name} limit must be a non-negative integer, got ${value}`,
        );
      }
    }
    if (limits.burst > MAX_BURST) {
      throw new RangeError(
        `Cannot create rate limiter: burst limit must be at most ${MAX_BURST}, got ${limits.burst}`,
      );
    }
    this.#kv = kv;
    this.#options = options;
    this.#limits = limits;
  }

  /**
   * What admitting one request of `userId` now takes, without any I/O: the
   * keys to read, and how to decide from what was read. A caller folds both
   * into its own read round and commit (prompt acceptance does, with the job
   * it creates); {@linkcode consume} is the stand-alone use. With every limit
   * off, or for an admin, there is nothing to read and nothing to write.
   */
  check(userId: number, options: LimitCheckOptions = {}): LimitCheck {
    const own = this.#own(options.limits);
    const read = [own, ...(options.anyOf ?? []).map((l) => this.#own(l))];
    const widest: Limits = {
      burst: Math.max(...read.map((l) => l.burst)),
      daily: Math.max(...read.map((l) => l.daily)),
      global: own.global,
    };
    const { burst, daily, global } = widest;
    if (options.isAdmin || (burst === 0 && daily === 0 && global === 0)) {
      return { keys: [], decide: () => ({ ok: true }) };
    }
    const now = this.#options.clock.now();
    const plan = this.#plan(userId, now, widest);
    const names = COUNTERS.filter((n) => plan[n]);
    const noticeKey = rateNoticeKey(userId);
    return {
      keys: [...names.map((n) => plan[n]!), noticeKey],
      decide: (entries, op, picked) => {
        if (picked === "exempt") return { ok: true };
        const limits = picked === undefined ? own : this.#own(picked);
        // Only the counters of the limits that apply are decided and written.
        const used = this.#plan(userId, now, limits);
        const counters: Counters = new Map(
          names.filter((n) => used[n]).map((
            n,
          ) => [n, entries[names.indexOf(n)]]),
        );
        const notice = entries[names.length] as Deno.KvEntryMaybe<Notices>;
        const refusal = this.#refusal(counters, used, now, limits);
        if (refusal) return refuse(op, refusal, notice, noticeKey, now);
        admit(op, counters, used, now);
        return { ok: true };
      },
    };
  }

  /** A user's limits with the global cap; the configured ones when not given. */
  #own(limits: UserLimits | undefined): Limits {
    if (limits === undefined) return this.#limits;
    const burst = Math.min(MAX_BURST, limits.burstPerMinute);
    return { burst, daily: limits.dailyPerUser, global: this.#limits.global };
  }

  /**
   * Count one request of `userId` if every limit allows it: one read round
   * and one commit, none when every limit is off or for an admin.
   *
   * Admins pass untouched and are not counted. When several limits refuse,
   * the one that lasts longest is reported, so "try again at" is true.
   *
   * @throws {ContentionError} when every attempt lost to concurrent writers
   */
  async consume(
    userId: number,
    options: LimitCheckOptions = {},
  ): Promise<RateLimitDecision> {
    const first = this.check(userId, options);
    if (first.keys.length === 0) return { ok: true };
    return await commitWithRetry<RateLimitDecision>(async (n) => {
      const check = n === 1 ? first : this.check(userId, options);
      const entries = await this.#kv.getMany(check.keys);
      const op = this.#kv.atomic();
      const decision = check.decide(entries, op);
      // A refusal the user was told about already writes nothing.
      const writes = decision.ok || decision.notify;
      return { op: writes ? op : null, result: decision };
    }, this.#options);
  }

  #plan(userId: number, now: number, limits: Limits): Plan {
    const day = utcDay(now);
    const minute = Math.floor(now / MINUTE_MS);
    const { burst, daily, global } = limits;
    return {
      burst: burst > 0 ? rateBurstKey(userId) : undefined,
      daily: daily > 0 ? rateDailyKey(userId, day) : undefined,
      global: global > 0 ? rateGlobalKey(minute) : undefined,
      globalUser: global > 0 ? rateGlobalUserKey(minute, userId) : undefined,
      dailyEnd: (Math.floor(now / DAY_MS) + 1) * DAY_MS,
      minuteEnd: (minute + 1) * MINUTE_MS,
    };
  }

  /** The limit that refuses a request now, the longest-lasting one when several do. */
  #refusal(
    counters: Counters,
    plan: Plan,
    now: number,
    limits: Limits,
  ): Refusal | null {
    const found: Refusal[] = [];
    const { burst, daily, global } = limits;
    const times = recentTimes(counters.get("burst"), now);
    if (plan.burst && times.length >= burst) {
      const retryAt = times[times.length - burst] + BURST_WINDOW_MS;
      found.push({ ok: false, limit: "burst", max: burst, retryAt });
    }
    if (plan.daily && count(counters.get("daily")) >= daily) {
      found.push({
        ok: false,
        limit: "daily",
        max: daily,
        retryAt: plan.dailyEnd,
      });
    }
    if (plan.global) {
      const usage = globalUsage(counters.get("global"));
      const mine = count(counters.get("globalUser"));
      const limit = usage.admitted >= global
        ? "global"
        : mine >= fairShare(global, usage, mine)
        ? "share"
        : null;
      // Within a minute the share only shrinks: refused now, refused until it ends.
      if (limit) {
        found.push({ ok: false, limit, max: global, retryAt: plan.minuteEnd });
      }
    }
    return found.reduce<Refusal | null>(
      (latest, r) => (latest && latest.retryAt >= r.retryAt ? latest : r),
      null,
    );
  }
}

/** `["rate_notice", userId]`: until when the user was told about each limit. */
type Notices = Partial<Record<RateLimitName, number>>;

/**
 * Refuse; note the refusal the first time in its window (in `op`) so the user
 * is told once. Of two refusals at once, only the one that commits notifies.
 */
function refuse(
  op: Deno.AtomicOperation,
  refusal: Refusal,
  notice: Deno.KvEntryMaybe<Notices>,
  key: Deno.KvKey,
  now: number,
): RateLimitRefusal {
  const told = notice.value ?? {};
  if ((told[refusal.limit] ?? 0) > now) return { ...refusal, notify: false };
  const next: Notices = { ...told, [refusal.limit]: refusal.retryAt };
  const until = Math.max(...Object.values(next).map((t) => t ?? 0));
  op.check(notice).set(key, next, { expireIn: Math.max(1, until - now) });
  return { ...refusal, notify: true };
}

/** Count the request in every enabled limit (in `op`), checking each counter read. */
function admit(
  op: Deno.AtomicOperation,
  counters: Counters,
  plan: Plan,
  now: number,
): void {
  for (const entry of counters.values()) op.check(entry);
  if (plan.burst) {
    const times = [...recentTimes(counters.get("burst"), now), now];
    op.set(plan.burst, times, { expireIn: BURST_WINDOW_MS });
  }
  if (plan.daily) {
    op.set(plan.daily, count(counters.get("daily")) + 1, {
      expireIn: plan.dailyEnd - now,
    });
  }
  if (plan.global && plan.globalUser) {
    const usage = globalUsage(counters.get("global"));
    const mine = count(counters.get("globalUser"));
    const next: GlobalUsage = {
      admitted: usage.admitted + 1,
      users: usage.users + (mine === 0 ? 1 : 0),
    };
    const expireIn = plan.minuteEnd - now;
    op.set(plan.global, next, { expireIn });
    op.set(plan.globalUser, mine + 1, { expireIn });
  }
}

/**
 * The global cap's fair share: how many admissions this minute a user may
 * have and still take another slot. While less than half of the cap is used
 * it is unbounded (first come, first served); after that it is the slots left
 * divided among the minute's users, the asker included, and at least 1, so a
 * user with no admission yet this minute always gets one while any is left.
 *
 * @param cap the global cap per minute
 * @param usage what the minute counted so far
 * @param mine the asker's admissions this minute
 * @returns the share; a request is admitted while `mine` is below it
 *
 * @example
 * ```ts
 * fairShare(60, { admitted: 20, users: 4 }, 5); // Infinity: first half
 * fairShare(60, { admitted: 40, users: 9 }, 5); // 2 = floor(20 / 9)
 * fairShare(60, { admitted: 40, users: 9 }, 0); // 2 = floor(20 / 10)
 * ```
 */
export function fairShare(
  cap: number,
  usage: GlobalUsage,
  mine: number,
): number {
  if (usage.admitted < Math.ceil(cap / 2)) return Infinity;
  const users = usage.users + (mine === 0 ? 1 : 0);
  return Math.max(1, Math.floor((cap - usage.admitted) / users));
}

function count(entry: Deno.KvEntryMaybe<unknown> | undefined): number {
  return typeof entry?.value === "number" ? entry.value : 0;
}

/** The minute's usage; an older version's bare number counts every admission as a user. */
function globalUsage(
  entry: Deno.KvEntryMaybe<unknown> | undefined,
): GlobalUsage {
  const value = entry?.value;
  if (typeof value === "number") return { admitted: value, users: value };
  if (typeof value !== "object" || value === null) {
    return { admitted: 0, users: 0 };
  }
  const { admitted, users } = value as Partial<GlobalUsage>;
  return {
    admitted: typeof admitted === "number" ? admitted : 0,
    users: typeof users === "number" ? users : 0,
  };
}

/** Admission times still inside the burst window, oldest first. */
function recentTimes(
  entry: Deno.KvEntryMaybe<unknown> | undefined,
  now: number,
): number[] {
  const times = Array.isArray(entry?.value) ? entry.value as number[] : [];
  return times.filter((t) => t > now - BURST_WINDOW_MS);
}
