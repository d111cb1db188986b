/**
 * A bounded retry loop with exponential backoff and full jitter, after
 * std's `async/retry.ts`: the one loop that storage and Telegram code retry
 * with.
 *
 * @module
 */
import { fullJitterDelay, type Sleep, sleep as realSleep } from "./backoff.ts";

/** Options of {@linkcode retry}. */
export interface RetryOptions {
  /** Tries in all, the first included. Default 10. */
  maxAttempts?: number;
  /** Upper bound of the first pause, doubled each time. Default 4 ms. */
  baseDelayMs?: number;
  /** Cap of the pause. Default 200 ms. */
  maxDelayMs?: number;
  /** Whether a thrown error is worth another try. Default: every error. */
  retryOn?: (error: unknown) => boolean;
  /** Waits between tries; tests inject one that does not wait. */
  sleep?: Sleep;
  /** Randomness of the jitter. Default `Math.random`. */
  random?: () => number;
}

/**
 * Call `attempt` until it resolves, at most `maxAttempts` times, pausing with
 * full jitter between tries; an error `retryOn` refuses, or the last one, is
 * thrown as it is.
 *
 * @example
 * ```ts
 * import { retry } from "./retry.ts";
 * let calls = 0;
 * const value = await retry(() => {
 *   calls++;
 *   if (calls < 3) throw new Error("busy");
 *   return Promise.resolve(calls);
 * }, { baseDelayMs: 1 });
 * // value === 3
 * ```
 */
export async function retry<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const maxAttempts = options.maxAttempts ?? 10;
  const backoff = {
    baseMs: options.baseDelayMs ?? 4,
    maxMs: options.maxDelayMs ?? 200,
    random: options.random,
  };
  const wait = options.sleep ?? realSleep;
  for (let n = 1;; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const again = n < maxAttempts && (options.retryOn?.(error) ?? true);
      if (!again) throw error;
      await wait(fullJitterDelay(n - 1, backoff));
    }
  }
}
