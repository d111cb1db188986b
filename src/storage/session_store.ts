/**
 * Per-chat session state in Deno KV, expiring after a period of silence.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import type { CommitRetryOptions } from "./atomic.ts";
import { type CacheStats, KvCache, type KvCacheOptions } from "./cache.ts";
import { SESSION_PREFIX, sessionKey } from "./keys.ts";
import {
  PLAIN_RECORDS,
  type RecordCodec,
  type RecordKind,
  type Records,
} from "./records.ts";
import { DAY_MS } from "../util/durations.ts";

/**
 * State of one chat. Nothing but its time stamp yet: the prompt workshop gives
 * it the answer a button or reply refers to. It never held anything a feature
 * reads back; the `lastRequest` of earlier versions is dropped on read.
 */
export interface SessionData {
  updatedAt: number;
}

/** How long a silent chat keeps its session: 7 days. */
export const SESSION_TTL_MS = 7 * DAY_MS;

/** Options of {@linkcode SessionStore}. */
export interface SessionStoreOptions extends CommitRetryOptions {
  clock: Clock;
  /** Expiry of a session after its last write, in milliseconds. */
  ttlMs?: number;
  /**
   * The read cache in front of sessions (default: 10,000 entries, 5 s). Reads
   * may be up to its `ttlMs` stale for another instance's writes; updates
   * always read KV.
   */
  cache?: KvCacheOptions;
  /** The record layer (versions, encryption). Default: plain records. */
  records?: Records;
}

/**
 * `["session", chatId]`: per-chat state, which holds the user's words (the
 * workshop's answers), so it is sealed. Version 0 sessions may hold the
 * `lastRequest` (a prompt) of earlier versions: it is dropped.
 */
export const SESSION_RECORD: RecordKind<SessionData> = {
  name: "session",
  prefix: SESSION_PREFIX[0],
  version: 1,
  sealed: true,
  upgrade: (value, from) => {
    if (from > 0) return value as SessionData;
    const { lastRequest: _, ...rest } = value as SessionData & {
      lastRequest?: unknown;
    };
    return rest;
  },
  legacyExpireIn: (session, now) =>
    Math.max(1, session.updatedAt + SESSION_TTL_MS - now),
};

/**
 * Sessions of chats. Reads go through a short read cache; every update reads
 * KV and commits with a versionstamp check.
 */
export class SessionStore {
  readonly #kv: Deno.Kv;
  readonly #cache: KvCache<SessionData>;
  readonly #options: SessionStoreOptions;
  readonly #codec: RecordCodec<SessionData>;

  constructor(kv: Deno.Kv, options: SessionStoreOptions) {
    this.#kv = kv;
    this.#codec = (options.records ?? PLAIN_RECORDS).codec(SESSION_RECORD);
    this.#cache = new KvCache(kv, {
      ...options.cache,
      clock: options.clock,
      codec: this.#codec,
    });
    this.#options = options;
  }

  /**
   * The chat's session, or `null` when none is stored or it expired; possibly
   * up to the cache TTL old unless `fresh` is set.
   */
  async get(
    chatId: number,
    options: { fresh?: boolean } = {},
  ): Promise<SessionData | null> {
    const stored = await this.#cache.get(sessionKey(chatId), options);
    return stored === null ? null : current(stored);
  }

  /** Read-modify-write the chat's session atomically and refresh its expiry. */
  async update(
    chatId: number,
    change: (current: SessionData) => SessionData,
  ): Promise<SessionData> {
    const now = this.#options.clock.now();
    const stored = await this.#cache.update(
      sessionKey(chatId),
      (cur) => ({
        ...change(cur ? current(cur) : { updatedAt: now }),
        updatedAt: now,
      }),
      { ...this.#options, expireIn: this.#options.ttlMs ?? SESSION_TTL_MS },
    );
    return stored!;
  }

  /** Forget the chat's session. */
  async delete(chatId: number): Promise<void> {
    await this.#cache.delete(sessionKey(chatId));
  }

  /**
   * Delete sessions last written before `cutoff`, and those still holding the
   * `lastRequest` (a prompt) that earlier versions stored and nothing reads;
   * each only if unchanged since it was listed (a session refreshed meanwhile
   * is kept).
   *
   * @returns how many were deleted
   */
  async deleteIdle(cutoff: number): Promise<number> {
    let deleted = 0;
    for await (const entry of this.#kv.list({ prefix: SESSION_PREFIX })) {
      const legacy = typeof entry.value === "object" && entry.value !== null &&
        "lastRequest" in entry.value;
      const session = legacy
        ? null
        : await this.#codec.decode(entry.key, entry.value);
      if (session !== null && session.updatedAt >= cutoff) continue;
      const result = await this.#kv.atomic().check(entry).delete(entry.key)
        .commit();
      if (result.ok) deleted++;
    }
    return deleted;
  }

  /** Size and hit counters of the read cache. */
  cacheStats(): CacheStats {
    return this.#cache.stats();
  }
}

/** A stored session in today's shape: fields of earlier versions dropped. */
function current(stored: SessionData): SessionData {
  return { updatedAt: stored.updatedAt };
}
