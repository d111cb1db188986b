/**
 * At-most-once processing of Telegram updates across re-deliveries and
 * instances: the first to claim an `update_id` in KV handles it. A claim is
 * released when handling failed for a reason that may pass (Telegram or KV
 * unavailable), so that Telegram's redelivery is handled.
 *
 * @module
 */
import { isBusyError } from "./atomic.ts";
import { updateClaimKey } from "./keys.ts";
import { DAY_MS } from "../util/durations.ts";
import { retry } from "../util/retry.ts";

/** Telegram keeps an undelivered update for at most 24 hours. */
export const UPDATE_CLAIM_TTL_MS = DAY_MS;

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
  const { botId, updateId } = update;
  const key = updateClaimKey(botId, updateId);
  try {
    // Another process may hold the SQLite write lock: try again, the claim is still open.
    return await retry(async () => {
      const res = await kv.atomic()
        .check({ key, versionstamp: null })
        .set(key, now, { expireIn: UPDATE_CLAIM_TTL_MS })
        .commit();
      return res.ok;
    }, {
      maxAttempts: 10,
      baseDelayMs: 10,
      maxDelayMs: 100,
      retryOn: isBusyError,
    });
  } catch (error) {
    if (!isBusyError(error)) throw error;
    throw new Error(`Cannot claim update ${updateId}: KV stayed locked`, {
      cause: error,
    });
  }
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
