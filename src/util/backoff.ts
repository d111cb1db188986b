/**
 * Waiting between retries: exponential backoff with full jitter, and a sleep
 * that callers inject so that tests never wait.
 *
 * @module
 */

/** Waits `ms` milliseconds, or less when `signal` aborts; never rejects. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Options of {@linkcode fullJitterDelay}. */
export interface BackoffOptions {
  /** Upper bound of the first delay in milliseconds; doubles each attempt. */
  baseMs: number;
  /** Cap of the upper bound in milliseconds. */
  maxMs: number;
  /** Source of randomness in [0, 1). Default `Math.random`. */
  random?: () => number;
}

/**
 * The delay before retry `attempt` (0 for the first retry): a uniformly random
 * value between 0 and `min(maxMs, baseMs * 2^attempt)` ("full jitter"), so
 * that clients that failed together do not retry together.
 *
 * @param attempt how many retries came before this one
 * @param options base, cap and randomness
 * @returns whole milliseconds, at least 0 and at most `maxMs`
 * @throws {RangeError} when `attempt` is negative or not an integer
 *
 * @example
 * ```ts
 * fullJitterDelay(3, { baseMs: 250, maxMs: 5_000 }); // somewhere in [0, 2000]
 * ```
 */
export function fullJitterDelay(
  attempt: number,
  options: BackoffOptions,
): number {
  if (!Number.isInteger(attempt) || attempt < 0) {
    throw new RangeError(
      `Cannot compute backoff: attempt must be a non-negative integer, got ${attempt}`,
    );
  }
  const random = options.random ?? Math.random;
  return Math.floor(random() * exponentialDelay(attempt, options));
}

/**
 * The un-jittered exponential delay: `min(maxMs, baseMs * 2^attempt)`.
 *
 * @param attempt how many failures came before, 0 for the first
 * @param options base and cap
 * @returns milliseconds
 */
export function exponentialDelay(
  attempt: number,
  options: Pick<BackoffOptions, "baseMs" | "maxMs">,
): number {
  // 2 ** attempt grows to Infinity for huge attempts; the cap still holds.
  return Math.min(options.maxMs, options.baseMs * 2 ** attempt);
}

/**
 * The real {@linkcode Sleep}: a timer that is cleared when `signal` aborts,
 * so that nothing is left pending.
 *
 * @example
 * ```ts ignore
 * await sleep(250, request.signal);
 * request.signal?.throwIfAborted();
 * ```
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
