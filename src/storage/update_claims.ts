/**
 * At-most-once processing of Telegram updates across re-deliveries and
 * instances: the first to claim an `update_id` in KV handles it. A claim is
 * released when handling failed for a reason that may pass (Telegram or KV
 * unavailable), so that Telegram's redelivery is handled.
 *
 * @module
 */
import { absentEntry } from "./absence_guess.ts";
import { commitRetryingBusy, isBusyError } from "./atomic.ts";
import { updateClaimKey } from "./keys.ts";
import { DAY_MS } from "../util/durations.ts";

/** Telegram keeps an undelivered update for at most 24 hours. */
export const UPDATE_CLAIM_TTL_MS = DAY_MS;

/** How a claim's commit waits for another process's SQLite write lock. */
const BUSY_RETRY = { maxAttempts: 10, baseDelayMs: 10, maxDelayMs: 100 };

/**
 * Claim an update of a bot. Returns true for exactly one caller per `updateId`, whichever
 * process or delivery it comes from; later callers get false.
 *
 * @throws {Error} when KV stays locked by other processes; its `cause` is the last busy error
 */
export async function claimUpdate(
  kv: Deno.Kv,
  update: { botId: number; updateId: number },
  now: number,
): Promise<boolean> {
  return await commitClaim(kv, update, now, []);
}

/**
 * Commit the claim of `update`, checking it and `absent` are absent. Another
 * process may hold the SQLite write lock: the commit is tried again, the
 * claim is still open.
 *
 * @throws {Error} when KV stays locked; its `cause` is the last busy error
 */
async function commitClaim(
  kv: Deno.Kv,
  update: { botId: number; updateId: number },
  now: number,
  absent: readonly Deno.KvKey[],
): Promise<boolean> {
  const key = updateClaimKey(update.botId, update.updateId);
  try {
    const result = await commitRetryingBusy(
      () =>
        kv.atomic()
          .check(absentEntry(key), ...absent.map(absentEntry))
          .set(key, now, { expireIn: UPDATE_CLAIM_TTL_MS }),
      BUSY_RETRY,
    );
    return result.ok;
  } catch (error) {
    if (!isBusyError(error)) throw error;
    throw new Error(
      `Cannot claim update ${update.updateId}: KV stayed locked`,
      { cause: error },
    );
  }
}

/** Outcome of {@linkcode claimUpdateGuessingAbsent}. */
export type GuessedClaim =
  | {
    claimed: true;
    /** What `keys` hold, in their order. */
    entries: Deno.KvEntryMaybe<unknown>[];
    /** Whether the guess held: nothing was read. */
    guessed: boolean;
  }
  | { claimed: false };

/**
 * Claim an update and learn what `keys` hold (the sender's profile, role and
 * access), guessing that they are all absent: the claim's commit checks that
 * they are, so when it lands the entries are known and nothing was read.
 * When it is refused (a duplicate, or a key holds something), the claim and
 * the keys are read in one round, and an update nobody claimed yet is claimed
 * as {@linkcode claimUpdate} does; the entries are those read.
 *
 * @throws {Error} when KV stays locked by other processes; its `cause` is the last busy error
 */
export async function claimUpdateGuessingAbsent(
  kv: Deno.Kv,
  update: { botId: number; updateId: number },
  options: { now: number; keys: readonly Deno.KvKey[] },
): Promise<GuessedClaim> {
  const { now, keys } = options;
  if (await commitClaim(kv, update, now, keys)) {
    return { claimed: true, entries: keys.map(absentEntry), guessed: true };
  }
  const key = updateClaimKey(update.botId, update.updateId);
  const [claim, ...entries] = await kv.getMany([key, ...keys]);
  if (claim.versionstamp !== null) return { claimed: false };
  if (!await claimUpdate(kv, update, now)) return { claimed: false };
  return { claimed: true, entries, guessed: false };
}

/**
 * Release the claim of an update this caller holds, so that the next delivery
 * of the update is handled. Only the caller whose {@linkcode claimUpdate}
 * returned true may release it: nobody else can have written the claim since.
 */
export async function releaseUpdate(
  kv: Deno.Kv,
  update: { botId: number; updateId: number },
): Promise<void> {
  await kv.delete(updateClaimKey(update.botId, update.updateId));
}
