/**
 * Rate limits and quotas in Deno KV, exact across instances: a per-user burst
 * limit (any 60 s), a per-user daily quota (UTC day) and a global per-minute
 * cap that protects the API keys.
 *
 * One request is checked against every limit and admitted in one atomic
 * commit that checks the versionstamps of all the counters it read, so a
 * request refused by one limit consumes none of the others and parallel
 * requests are never over-admitted.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import {
  type AttemptPlan,
  type CommitRetryOptions,
  commitWithRetry,
} from "./atomic.ts";
import {
  rateBurstKey,
  rateDailyKey,
  rateGlobalKey,
  rateNoticeKey,
  utcDay,
} from "./keys.ts";

/** The limits a request can hit. */
export type RateLimitName = "burst" | "daily" | "global";

/** A refused request: which limit, its size, and when the user may try again. */
export interface RateLimitRefusal {
  ok: false;
  limit: RateLimitName;
  /** The configured size of that limit. */
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

/** The burst window, in milliseconds. */
export const BURST_WINDOW_MS = 60_000;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
// The burst log keeps one timestamp per admission: 1,000 stays near 9 KB.
const MAX_BURST = 1_000;

interface Limits {
  burst: number;
  daily: number;
  global: number;
}

/** Where each enabled limit lives for a request made at `now`. */
interface Plan {
  burst?: Deno.KvKey;
  daily?: Deno.KvKey;
  global?: Deno.KvKey;
  dailyEnd: number;
  minuteEnd: number;
}

/**
 * Admits requests under the burst, daily and global limits.
 *
 * @example
 * ```ts
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
      burst: options.burstPerMinute ?? 5,
      daily: options.dailyPerUser ?? 50,
      global: options.globalPerMinute ?? 60,
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
   * Count one request of `userId` if every limit allows it.
   *
   * Admins pass untouched and are not counted. When several limits refuse,
   * the one that lasts longest is reported, so "try again at" is true.
   *
   * @throws {ContentionError} when every attempt lost to concurrent writers
   */
  async consume(
    userId: number,
    options: { isAdmin?: boolean } = {},
  ): Promise<RateLimitDecision> {
    if (options.isAdmin) return { ok: true };
    return await commitWithRetry<RateLimitDecision>(async () => {
      const now = this.#options.clock.now();
      const plan = this.#plan(userId, now);
      const names = (["burst", "daily", "global"] as const).filter((n) =>
        plan[n]
      );
      const entries = await this.#kv.getMany(names.map((n) => plan[n]!));
      const counters = new Map(names.map((n, i) => [n, entries[i]]));
      const refusal = this.#refusal(counters, plan, now);
      if (refusal) return await this.#refuse(userId, refusal, now);
      return { op: this.#admit(counters, plan, now), result: { ok: true } };
    }, this.#options);
  }

  #plan(userId: number, now: number): Plan {
    const day = utcDay(now);
    const minute = Math.floor(now / MINUTE_MS);
    const { burst, daily, global } = this.#limits;
    return {
      burst: burst > 0 ? rateBurstKey(userId) : undefined,
      daily: daily > 0 ? rateDailyKey(userId, day) : undefined,
      global: global > 0 ? rateGlobalKey(minute) : undefined,
      dailyEnd: (Math.floor(now / DAY_MS) + 1) * DAY_MS,
      minuteEnd: (minute + 1) * MINUTE_MS,
    };
  }

  /** The limit that refuses a request now, the longest-lasting one when several do. */
  #refusal(
    counters: Map<RateLimitName, Deno.KvEntryMaybe<unknown>>,
    plan: Plan,
    now: number,
  ): Omit<RateLimitRefusal, "notify"> | null {
    const found: Omit<RateLimitRefusal, "notify">[] = [];
    const { burst, daily, global } = this.#limits;
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
    if (plan.global && count(counters.get("global")) >= global) {
      found.push({
        ok: false,
        limit: "global",
        max: global,
        retryAt: plan.minuteEnd,
      });
    }
    return found.reduce<Omit<RateLimitRefusal, "notify"> | null>(
      (latest, r) => (latest && latest.retryAt >= r.retryAt ? latest : r),
      null,
    );
  }

  /** Refuse; note the refusal the first time in its window so the user is told once. */
  async #refuse(
    userId: number,
    refusal: Omit<RateLimitRefusal, "notify">,
    now: number,
  ): Promise<AttemptPlan<RateLimitDecision>> {
    const key = rateNoticeKey(userId, refusal.limit);
    const notice = await this.#kv.get<{ until: number }>(key);
    if (notice.value && notice.value.until > now) {
      return { op: null, result: { ...refusal, notify: false } };
    }
    // check(): of two refusals at once, only the one that commits notifies.
    const op = this.#kv.atomic().check(notice).set(
      key,
      { until: refusal.retryAt },
      { expireIn: Math.max(1, refusal.retryAt - now) },
    );
    return { op, result: { ...refusal, notify: true } };
  }

  /** One commit that counts the request in every enabled limit, checking each counter read. */
  #admit(
    counters: Map<RateLimitName, Deno.KvEntryMaybe<unknown>>,
    plan: Plan,
    now: number,
  ): Deno.AtomicOperation {
    const op = this.#kv.atomic();
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
    if (plan.global) {
      op.set(plan.global, count(counters.get("global")) + 1, {
        expireIn: plan.minuteEnd - now,
      });
    }
    return op;
  }
}

/**
 * A sentence telling the user which limit was hit and when to try again.
 *
 * @example
 * ```ts
 * formatLimitMessage({ ok: false, limit: "daily", max: 50, retryAt, notify: true }, now);
 * // "You've reached your daily limit of 50 prompts. It resets in 5 h 12 min (at 00:00 UTC)."
 * ```
 */
export function formatLimitMessage(
  decision: RateLimitRefusal,
  now: number,
): string {
  const wait = formatWait(decision.retryAt - now);
  const prompts = decision.max === 1 ? "1 prompt" : `${decision.max} prompts`;
  switch (decision.limit) {
    case "burst":
      return `You're sending prompts too quickly: the limit is ${prompts} per minute. Try again in ${wait}.`;
    case "daily":
      return `You've reached your daily limit of ${prompts}. It resets in ${wait} (at 00:00 UTC).`;
    case "global":
      return `Promptsmith is at its limit of ${prompts} per minute for everyone right now. Try again in ${wait}.`;
  }
}

/** "40 s", "3 min", "5 h 12 min": rounded up, so the user never comes back too early. */
function formatWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

function count(entry: Deno.KvEntryMaybe<unknown> | undefined): number {
  return typeof entry?.value === "number" ? entry.value : 0;
}

/** Admission times still inside the burst window, oldest first. */
function recentTimes(
  entry: Deno.KvEntryMaybe<unknown> | undefined,
  now: number,
): number[] {
  const times = Array.isArray(entry?.value) ? entry.value as number[] : [];
  return times.filter((t) => t > now - BURST_WINDOW_MS);
}
