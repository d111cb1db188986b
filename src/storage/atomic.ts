/**
 * Bounded retries for optimistic Deno KV transactions.
 *
 * @module
 */
import { retry } from "../util/retry.ts";

/** Options of {@linkcode commitWithRetry}. */
export interface CommitRetryOptions {
  /** How many times the transaction is built and committed at most. Default 10. */
  maxAttempts?: number;
  /** Upper bound of the first jittered pause in milliseconds; doubles each time. Default 4. */
  baseDelayMs?: number;
  /** Cap of one pause in milliseconds. Default 200. */
  maxDelayMs?: number;
}

/** What one attempt builds: the operation to commit and the value to return when it lands. */
export interface AttemptPlan<T> {
  /** `null` when there is nothing to write; the attempt then succeeds at once. */
  op: Deno.AtomicOperation | null;
  result: T;
}

/** Thrown when every attempt lost to a concurrent writer. */
export class ContentionError extends Error {
  override readonly name = "ContentionError";
  readonly attempts: number;

  constructor(attempts: number) {
    super(
      `Cannot commit KV transaction: lost to concurrent writers ${attempts} times`,
    );
    this.attempts = attempts;
  }
}

/**
 * Build and commit an atomic operation until its checks pass.
 *
 * `attempt` must read what it depends on and add a `check()` for each read, so
 * a concurrent writer makes the commit fail instead of being overwritten; it is
 * then called again with fresh reads after a short pause with full jitter.
 *
 * @example
 * ```ts ignore
 * await commitWithRetry(async () => {
 *   const cur = await kv.get<number>(["n"]);
 *   const op = kv.atomic().check(cur).set(["n"], (cur.value ?? 0) + 1);
 *   return { op, result: (cur.value ?? 0) + 1 };
 * });
 * ```
 * @throws {ContentionError} when `maxAttempts` commits all failed their checks
 */
export async function commitWithRetry<T>(
  attempt: (attemptNumber: number) => Promise<AttemptPlan<T>>,
  options: CommitRetryOptions = {},
): Promise<T> {
  const { maxAttempts = 10, baseDelayMs = 4, maxDelayMs = 200 } = options;
  try {
    return await retry(async (n) => {
      const plan = await attempt(n);
      if (plan.op === null || await commitOnce(plan.op)) return plan.result;
      throw LOST_RACE;
    }, {
      maxAttempts,
      baseDelayMs,
      maxDelayMs,
      retryOn: (error) => error === LOST_RACE,
    });
  } catch (error) {
    if (error === LOST_RACE) throw new ContentionError(maxAttempts);
    throw error;
  }
}

/** Thrown inside the retry loop when a commit's checks failed: another writer won. */
const LOST_RACE = Symbol("lost race");

/**
 * Commit the operation `build()` makes, building and committing it again when
 * SQLite says "database is locked" (another process sharing the KV file is
 * writing), with the jittered backoff of {@linkcode commitWithRetry}. Unlike
 * it, a failed check is returned as it is, not retried: for blind records
 * whose check means "already recorded".
 *
 * @returns the commit's result
 * @throws the last busy error after `maxAttempts`, or any other error at once
 */
export async function commitRetryingBusy(
  build: () => Deno.AtomicOperation,
  options: CommitRetryOptions = {},
): Promise<Deno.KvCommitResult | Deno.KvCommitError> {
  const { maxAttempts = 10, baseDelayMs = 4, maxDelayMs = 200 } = options;
  return await retry(() => build().commit(), {
    maxAttempts,
    baseDelayMs,
    maxDelayMs,
    retryOn: isBusyError,
  });
}

/**
 * Read-modify-write one key atomically.
 *
 * `update` gets the current value (or `null`) and returns the new value, or
 * `undefined` to leave the key unchanged. It may run more than once, so it must
 * be free of side effects.
 *
 * @returns the value stored after the update (the current one when unchanged)
 */
export async function updateKey<T>(
  kv: Deno.Kv,
  key: Deno.KvKey,
  update: (current: T | null) => T | undefined,
  options: CommitRetryOptions & { expireIn?: number } = {},
): Promise<T | null> {
  return await commitWithRetry(async () => {
    const current = await kv.get<T>(key);
    const next = update(current.value);
    if (next === undefined) return { op: null, result: current.value };
    const op = kv.atomic().check(current).set(key, next, {
      expireIn: options.expireIn,
    });
    return { op, result: next };
  }, options);
}

/**
 * Commit once. SQLite's "database is locked" (another process holds the write
 * lock of a shared KV file) counts as a lost race: the caller retries.
 *
 * @returns whether it landed
 */
export async function commitOnce(op: Deno.AtomicOperation): Promise<boolean> {
  try {
    return (await op.commit()).ok;
  } catch (error) {
    if (isBusyError(error)) return false;
    throw error;
  }
}

/** True for SQLite's transient lock errors surfaced by Deno KV. */
export function isBusyError(error: unknown): boolean {
  return error instanceof Error &&
    /database is (locked|busy)/i.test(error.message);
}

/** Keys one `getMany` may read: Deno KV refuses more. */
export const GET_MANY_LIMIT = 10;

/**
 * Checks one atomic commit may carry everywhere the bot runs: denokv's remote
 * protocol (KV Connect, the self-hosted denokv server) refuses more than 10 by
 * throwing (`MAX_CHECKS` in its proto/limits.rs). A local SQLite KV allows
 * 100, as Deno's docs say Deploy does; the tests enforce 10 themselves
 * (tests/kv_limits.ts). A commit whose checks grow with the data is split to
 * stay within it.
 */
export const MAX_COMMIT_CHECKS = 10;

/**
 * Read any number of keys in one round: `getMany` calls of at most
 * {@linkcode GET_MANY_LIMIT} keys each, sent together. The entries come back
 * in `keys` order. They are not one snapshot across calls; a commit that
 * depends on them checks their versionstamps.
 */
export async function getManyAtOnce(
  kv: Deno.Kv,
  keys: readonly Deno.KvKey[],
): Promise<Deno.KvEntryMaybe<unknown>[]> {
  if (keys.length <= GET_MANY_LIMIT) return await kv.getMany([...keys]);
  const chunks: Deno.KvKey[][] = [];
  for (let i = 0; i < keys.length; i += GET_MANY_LIMIT) {
    chunks.push(keys.slice(i, i + GET_MANY_LIMIT));
  }
  return (await Promise.all(chunks.map((chunk) => kv.getMany(chunk)))).flat();
}
