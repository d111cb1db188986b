/**
 * Per-user profile and preferences in Deno KV.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import { type CommitRetryOptions, updateKey } from "./atomic.ts";
import { userKey } from "./keys.ts";

/** Settings a user chose. */
export interface UserPreferences {
  /** Category id used when the user does not name one. */
  category: string;
}

/** A user's profile and preferences, one KV value. */
export interface UserRecord {
  id: number;
  firstSeenAt: number;
  lastSeenAt: number;
  enhancements: number;
  prefs: UserPreferences;
}

/** Options of {@linkcode UserStore}. */
export interface UserStoreOptions extends CommitRetryOptions {
  clock: Clock;
  /** Preferences of a user never seen before. */
  defaultPreferences: UserPreferences;
}

/** Profiles and preferences of users. */
export class UserStore {
  readonly #kv: Deno.Kv;
  readonly #options: UserStoreOptions;

  constructor(kv: Deno.Kv, options: UserStoreOptions) {
    this.#kv = kv;
    this.#options = options;
  }

  /** The stored record, or `null` for a user never seen. */
  async get(userId: number): Promise<UserRecord | null> {
    return (await this.#kv.get<UserRecord>(userKey(userId))).value;
  }

  /** The user's preferences, defaults filled in. */
  async preferences(userId: number): Promise<UserPreferences> {
    const record = await this.get(userId);
    return { ...this.#options.defaultPreferences, ...record?.prefs };
  }

  /** Count one enhancement and mark the user as seen now; atomic. */
  async recordEnhancement(userId: number): Promise<UserRecord> {
    const now = this.#options.clock.now();
    const stored = await updateKey<UserRecord>(
      this.#kv,
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
    const stored = await updateKey<UserRecord>(
      this.#kv,
      userKey(userId),
      (cur) => {
        const base = cur ?? this.#fresh(userId, now);
        return { ...base, lastSeenAt: now, prefs: { ...base.prefs, ...patch } };
      },
      this.#options,
    );
    return stored!;
  }

  /** Forget the user's profile and preferences. */
  async delete(userId: number): Promise<void> {
    await this.#kv.delete(userKey(userId));
  }

  #fresh(userId: number, now: number): UserRecord {
    return {
      id: userId,
      firstSeenAt: now,
      lastSeenAt: now,
      enhancements: 0,
      prefs: { ...this.#options.defaultPreferences },
    };
  }
}
