/**
 * How often a user may run /export or /forget: each reads and writes all of
 * the user's records, so each is taken at most once per cooldown. The
 * cooldown is a record kept by /forget (`KEPT_USER_RECORDS`), or forgetting
 * would lift its own cooldown; it expires by itself.
 *
 * @module
 */
import { type CommitRetryOptions, commitWithRetry } from "./atomic.ts";
import { privacyCooldownKey } from "./keys.ts";

/** How long after /export or /forget the same command is refused: a minute. */
export const PRIVACY_COOLDOWN_MS = 60_000;

/** `["privacy_cooldown", userId, action]`: the command may run again from `until`. */
interface CooldownRecord {
  until: number;
}

/** The outcome of {@linkcode takePrivacyTurn}. */
export type PrivacyTurn =
  | { ok: true }
  /** Refused: the command ran less than a cooldown ago; it may run again in `waitMs`. */
  | { ok: false; waitMs: number };

/**
 * Take the user's turn at `action`, in one checked commit: refused while the
 * last one is within the cooldown, else the cooldown starts at `now`.
 */
export async function takePrivacyTurn(
  kv: Deno.Kv,
  userId: number,
  options: CommitRetryOptions & {
    action: "export" | "forget";
    now: number;
    cooldownMs?: number;
  },
): Promise<PrivacyTurn> {
  const key = privacyCooldownKey(userId, options.action);
  const cooldownMs = options.cooldownMs ?? PRIVACY_COOLDOWN_MS;
  return await commitWithRetry<PrivacyTurn>(async () => {
    const entry = await kv.get<CooldownRecord>(key);
    // KV deletes expired keys lazily: the stored time decides.
    const until = entry.value?.until ?? 0;
    if (until > options.now) {
      return { op: null, result: { ok: false, waitMs: until - options.now } };
    }
    const record: CooldownRecord = { until: options.now + cooldownMs };
    const op = kv.atomic().check(entry).set(key, record, {
      expireIn: cooldownMs,
    });
    return { op, result: { ok: true } };
  }, options);
}

/**
 * Give back a turn taken by {@linkcode takePrivacyTurn} whose command did not
 * finish, so that the user can try again at once, as the error they see says.
 */
export async function releasePrivacyTurn(
  kv: Deno.Kv,
  userId: number,
  action: "export" | "forget",
): Promise<void> {
  await kv.delete(privacyCooldownKey(userId, action));
}
