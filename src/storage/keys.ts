/**
 * The Deno KV key layout, defined once. Every key the bot writes starts with
 * one of these prefixes; docs/ARCHITECTURE.md describes the value shapes.
 *
 * @module
 */

/** `["user", userId]` → {@linkcode UserRecord}: profile and preferences. */
export const USER_PREFIX = ["user"] as const;
/** `["session", chatId]` → {@linkcode SessionData}: per-chat state, expires. */
export const SESSION_PREFIX = ["session"] as const;
/** `["history", userId, seq]` → {@linkcode HistoryItem}, one key per item. */
export const HISTORY_PREFIX = ["history"] as const;
/** `["history_meta", userId]` → {@linkcode HistoryMeta}: sequence and count. */
export const HISTORY_META_PREFIX = ["history_meta"] as const;
/** `["health", "probe"]` → last successful KV round trip, written by /healthz. */
export const HEALTH_PREFIX = ["health"] as const;

/** Key of a user's profile and preferences. */
export function userKey(userId: number): Deno.KvKey {
  return [...USER_PREFIX, userId];
}

/** Key of a chat's session. */
export function sessionKey(chatId: number): Deno.KvKey {
  return [...SESSION_PREFIX, chatId];
}

/** Key of one history item. */
export function historyItemKey(userId: number, seq: number): Deno.KvKey {
  return [...HISTORY_PREFIX, userId, seq];
}

/** Prefix of all history items of one user, oldest first when listed. */
export function historyUserPrefix(userId: number): Deno.KvKey {
  return [...HISTORY_PREFIX, userId];
}

/** Key of a user's history bookkeeping. */
export function historyMetaKey(userId: number): Deno.KvKey {
  return [...HISTORY_META_PREFIX, userId];
}
