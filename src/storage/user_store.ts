/**
 * Per-user profile and preferences in Deno KV.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import type { CommitRetryOptions } from "./atomic.ts";
import { type CacheStats, KvCache, type KvCacheOptions } from "./cache.ts";
import { USER_PREFIX, userKey } from "./keys.ts";
import { PLAIN_RECORDS, type RecordKind, type Records } from "./records.ts";

/**
 * Settings a user chose (/settings). Values are ids, read through
 * `readSettings`, which replaces any it does not know by its default: a
 * record of an earlier version (only `category` and `language`) reads as the
 * defaults for the rest.
 */
export interface UserPreferences {
  /** Category id, or "auto", used when the user does not name one. */
  category: string;
  /** Interface language chosen with /language; absent: follow Telegram's `language_code`. */
  language?: string;
  /** The model prompts are written for, or "auto". */
  target?: string;
  /** "concise", "standard" or "detailed". */
  length?: string;
  /** When to ask clarifying questions first: "never", "auto" (when vague), "always". */
  clarify?: string;
  /** The language of the written prompt: "auto" or a language code. */
  answerLanguage?: string;
}

/** The shape of a profile written by this version. */
export const USER_SCHEMA = 2;

/**
 * A user's profile and preferences, one KV value. `v` is absent in records
 * of versions before /settings (whose `prefs.category` "general" was the
 * default written into every new profile, not a choice).
 */
export interface UserRecord {
  v?: number;
  id: number;
  firstSeenAt: number;
  lastSeenAt: number;
  enhancements: number;
  prefs: UserPreferences;
  /**
   * When Telegram last refused a message to the user with 403 (they blocked
   * the bot): broadcasts skip them until they are seen again after it.
   */
  blockedAt?: number;
}

/** Options of {@linkcode UserStore}. */
export interface UserStoreOptions extends CommitRetryOptions {
  clock: Clock;
  /** Preferences of a user never seen before. */
  defaultPreferences: UserPreferences;
  /**
   * The read cache in front of profiles (default: 10,000 entries, 5 s). Reads
   * may be up to `ttlMs` stale for another instance's writes; writes always
   * read KV.
   */
  cache?: KvCacheOptions;
  /** The record layer (versions, encryption). Default: plain records. */
  records?: Records;
}

/**
 * `["user", userId]`: profile and settings. Personal, so sealed like the
 * content: whatever a user chose stays as private as what they wrote.
 */
export const USER_RECORD: RecordKind<UserRecord> = {
  name: "user",
  prefix: USER_PREFIX[0],
  version: 1,
  sealed: true,
  upgrade: (value) => value as UserRecord,
};

/**
 * Profiles and preferences of users. Reads for display go through a short
 * read cache; every change reads KV and commits with a versionstamp check.
 */
export class UserStore {
  readonly #cache: KvCache<UserRecord>;
  readonly #options: UserStoreOptions;

  constructor(kv: Deno.Kv, options: UserStoreOptions) {
    this.#cache = new KvCache(kv, {
      ...options.cache,
      clock: options.clock,
      codec: (options.records ?? PLAIN_RECORDS).codec(USER_RECORD),
    });
    this.#options = options;
  }

  /**
   * The stored record, or `null` for a user never seen; possibly up to the
   * cache TTL old unless `fresh` is set.
   */
  /**
   * The cached record, without a KV read: `undefined` when it is not in
   * memory (`{ value: null }` for a user known to be new).
   */
  peek(userId: number): { value: UserRecord | null } | undefined {
    return this.#cache.peek(userKey(userId));
  }

  /**
   * Take the entry of `userId`'s profile that the caller read in its own
   * read round (`userKey(userId)` among other keys), as {@linkcode get} would.
   */
  async accept(
    userId: number,
    entry: Deno.KvEntryMaybe<unknown>,
  ): Promise<UserRecord | null> {
    return await this.#cache.accept(userKey(userId), entry);
  }

  async get(
    userId: number,
    options: { fresh?: boolean } = {},
  ): Promise<UserRecord | null> {
    return await this.#cache.get(userKey(userId), options);
  }

  /**
   * The user's preferences, defaults filled in; possibly up to the cache TTL
   * old unless `fresh` is set.
   */
  async preferences(
    userId: number,
    options: { fresh?: boolean } = {},
  ): Promise<UserPreferences> {
    const record = await this.get(userId, options);
    return { ...this.#options.defaultPreferences, ...record?.prefs };
  }

  /** Count one enhancement and mark the user as seen now; atomic. */
  async recordEnhancement(userId: number): Promise<UserRecord> {
    const now = this.#options.clock.now();
    const stored = await this.#cache.update(
      userKey(userId),
      (cur) => {
        const base = cur ?? this.#fresh(userId, now);
        return {
          ...base,
          lastSeenAt: now,
          enhancements: base.enhancements + 1,
        };
      },
      this.#options,
    );
    return stored!;
  }

  /** Change some preferences; atomic. */
  async setPreferences(
    userId: number,
    patch: Partial<UserPreferences>,
  ): Promise<UserRecord> {
    const now = this.#options.clock.now();
    const stored = await this.#cache.update(
      userKey(userId),
      (cur) => {
        const base = upgraded(cur ?? this.#fresh(userId, now));
        return { ...base, lastSeenAt: now, prefs: { ...base.prefs, ...patch } };
      },
      this.#options,
    );
    return stored!;
  }

  /**
   * Note that the user blocked the bot (a 403), if they have a profile;
   * atomic. A user never seen is left alone: there is nothing to skip.
   */
  async markBlocked(userId: number): Promise<void> {
    const now = this.#options.clock.now();
    await this.#cache.update(
      userKey(userId),
      (cur) => (cur === null ? undefined : { ...cur, blockedAt: now }),
      this.#options,
    );
  }

  /** Forget the user's profile and preferences. */
  async delete(userId: number): Promise<void> {
    await this.#cache.delete(userKey(userId));
  }

  /**
   * Drop cached reads whose TTL has passed: they are never served again, and
   * after a burst of distinct users they are most of the cache. The idle
   * collector calls it once the bot is quiet.
   *
   * @returns how many were dropped
   */
  purgeStale(): number {
    return this.#cache.purgeStale();
  }

  /** Size and hit counters of the read cache. */
  cacheStats(): CacheStats {
    return this.#cache.stats();
  }

  #fresh(userId: number, now: number): UserRecord {
    return {
      v: USER_SCHEMA,
      id: userId,
      firstSeenAt: now,
      lastSeenAt: now,
      enhancements: 0,
      prefs: { ...this.#options.defaultPreferences },
    };
  }
}

/**
 * A profile in this version's shape, for a write: an earlier version's
 * default category ("general", never chosen) becomes Auto.
 */
function upgraded(record: UserRecord): UserRecord {
  if (record.v === USER_SCHEMA) return record;
  const prefs = record.prefs.category === "general"
    ? { ...record.prefs, category: "auto" }
    : record.prefs;
  return { ...record, v: USER_SCHEMA, prefs };
}
