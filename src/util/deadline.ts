/**
 * Bounding a wait by time.
 *
 * @module
 */

/**
 * `promise`'s value, or `undefined` when `ms` pass first; the timer is cleared
 * either way, so nothing is left pending. `promise` keeps running: this only
 * stops waiting for it.
 *
 * @example
 * ```ts
 * import { within } from "./deadline.ts";
 * const answer = await within(new Promise<number>(() => {}), 10); // undefined
 * ```
 */
export async function within<T>(
  promise: Promise<T>,
  ms: number,
): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), Math.max(0, ms));
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
