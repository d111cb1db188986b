/**
 * A bounded, short-lived read cache in front of Deno KV keys, coherent with
 * the writes made through it.
 *
 * - Reads for display ({@linkcode KvCache.get}) are served from memory for at
 *   most `ttlMs` after the value was read from or written to KV. That is the
 *   staleness bound: a write by another instance (or another `KvCache` on the
 *   same KV) becomes visible here at most `ttlMs` later; writes through this
 *   cache are visible at once.
 * - Read-modify-writes ({@linkcode KvCache.update}) always read KV and commit
 *   with a versionstamp check, never trusting memory; the committed value is
 *   cached with its versionstamp, a failed check evicts the key.
 * - A value is only replaced by one with a newer versionstamp, so a slow read
 *   that finishes after a write cannot put the older value back.
 *
 * @module
 */
import { LRUCache } from "lru-cache";
import type { Clock } from "../clock.ts";
import { type CommitRetryOptions, commitWithRetry } from "./atomic.ts";

/** Entries a cache keeps at most by default. */
export const DEFAULT_CACHE_MAX = 10_000;
/** How long a cached read is served by default, in milliseconds. */
export const DEFAULT_CACHE_TTL_MS = 5_000;

/** Size and TTL of a {@linkcode KvCache}. */
export interface KvCacheOptions {
  /** Entries kept at most, least recently used evicted first. Default 10,000; 0 turns caching off. */
  max?: number;
  /**
   * How long a value is served from memory, in milliseconds: the bound on how
   * stale a display read can be. Default 5,000; 0 turns caching off.
   */
  ttlMs?: number;
}

/** Counters of a {@linkcode KvCache}, for benches and metrics. */
export interface CacheStats {
  /** Entries held now, including expired ones not yet dropped. */
  size: number;
  max: number;
  ttlMs: number;
  /** Reads answered from memory. */
  hits: number;
  /** Reads that went to KV. */
  misses: number;
}

/**
 * How a cache's values are stored: a {@linkcode RecordCodec} (versions,
 * encryption). Without one, values are stored as they are.
 */
export interface ValueCodec<V> {
  decode(key: Deno.KvKey, stored: unknown): Promise<V | null>;
  encode(
    key: Deno.KvKey,
    value: V,
    options?: { expireIn?: number },
  ): Promise<unknown>;
}

/** What the cache holds per key: the value (`null`: absent) and its versionstamp. */
interface CachedEntry<V> {
  value: V | null;
  /** `null` when the key was absent when read. */
  versionstamp: string | null;
}

/** A read cache bound to one KV handle; one per store. */
export class KvCache<V> {
  readonly #kv: Deno.Kv;
  readonly #lru: LRUCache<string, CachedEntry<V>> | null;
  readonly #max: number;
  readonly #ttlMs: number;
  readonly #codec: ValueCodec<V> | undefined;
  #hits = 0;
  #misses = 0;

  /** @throws {RangeError} when `max` or `ttlMs` is not a non-negative integer */
  constructor(
    kv: Deno.Kv,
    options: KvCacheOptions & { clock: Clock; codec?: ValueCodec<V> },
  ) {
    const { max = DEFAULT_CACHE_MAX, ttlMs = DEFAULT_CACHE_TTL_MS, clock } =
      options;
    for (const [name, value] of [["max", max], ["ttlMs", ttlMs]] as const) {
      if (!Number.isSafeInteger(value) || value < 0) {
        throw new RangeError(
          `Cannot create KV cache: ${name} must be a non-negative integer, got ${value}`,
        );
      }
    }
    this.#kv = kv;
    this.#codec = options.codec;
    this.#max = max;
    this.#ttlMs = ttlMs;
    this.#lru = max === 0 || ttlMs === 0 ? null : new LRUCache({
      max,
      ttl: ttlMs,
      // Age is measured on the injected clock; ttlResolution 0 because
      // lru-cache would otherwise start a timer to debounce clock reads.
      perf: { now: () => clock.now() },
      ttlResolution: 0,
    });
  }

  /**
   * The value at `key` for display: from memory when read or written less
   * than `ttlMs` ago, else from KV. Never base a write on it.
   *
   * @param options.fresh read KV even when a cached value is present
   */
  async get(
    key: Deno.KvKey,
    options: { fresh?: boolean } = {},
  ): Promise<V | null> {
    const id = cacheIdOf(key);
    const cached = options.fresh ? undefined : this.#lru?.get(id);
    if (cached) {
      this.#hits++;
      return structuredClone(cached.value);
    }
    this.#misses++;
    const entry = await this.#read(key);
    this.#offer(id, entry);
    return entry.value;
  }

  async #read(key: Deno.KvKey): Promise<Deno.KvEntryMaybe<V>> {
    const entry = await this.#kv.get<V>(key);
    if (this.#codec === undefined) return entry;
    const value = await this.#codec.decode(key, entry.value);
    return { ...entry, value } as Deno.KvEntryMaybe<V>;
  }

  /**
   * Take an entry of `key` that the caller read itself, in a read round with
   * other keys, as a read of `key`: opened, cached and returned as
   * {@linkcode get} would (counted as a miss).
   */
  async accept(
    key: Deno.KvKey,
    entry: Deno.KvEntryMaybe<unknown>,
  ): Promise<V | null> {
    this.#misses++;
    const value = this.#codec === undefined
      ? entry.value as V | null
      : await this.#codec.decode(key, entry.value);
    this.#offer(cacheIdOf(key), { value, versionstamp: entry.versionstamp });
    return value === null ? null : structuredClone(value);
  }

  /**
   * The value at `key` if it is in memory and fresh (`undefined` when not):
   * no KV read.
   */
  peek(key: Deno.KvKey): { value: V | null } | undefined {
    const cached = this.#lru?.get(cacheIdOf(key));
    if (!cached) return undefined;
    this.#hits++;
    return { value: structuredClone(cached.value) };
  }

  /**
   * Read-modify-write `key` atomically, like `updateKey()`: KV is read on
   * every attempt and the commit checks its versionstamp. The committed value
   * is cached; a failed check or an error evicts the key.
   *
   * `update` returns the new value, or `undefined` to leave the key unchanged;
   * it may run more than once, so it must be free of side effects.
   * `options.also` adds more mutations to the same commit (an index entry).
   *
   * @returns the value stored after the update
   * @throws {ContentionError} when every attempt lost to a concurrent writer
   */
  async update(
    key: Deno.KvKey,
    update: (current: V | null) => V | undefined,
    options: CommitRetryOptions & {
      expireIn?: number;
      also?: (op: Deno.AtomicOperation, next: V) => void;
    } = {},
  ): Promise<V | null> {
    const id = cacheIdOf(key);
    try {
      return await commitWithRetry(async () => {
        const current = await this.#read(key);
        this.#offer(id, current);
        const next = update(current.value);
        if (next === undefined) return { op: null, result: current.value };
        const { expireIn } = options;
        const stored = this.#codec === undefined
          ? next
          : await this.#codec.encode(key, next, { expireIn });
        const op = this.#kv.atomic().check(current).set(key, stored, {
          expireIn,
        });
        options.also?.(op, next);
        return {
          op: observeCommit(op, (result) => {
            if (result.ok) {
              this.#offer(id, {
                value: next,
                versionstamp: result.versionstamp,
              });
            } else {
              this.#evict(id);
            }
          }),
          result: next,
        };
      }, options);
    } catch (error) {
      this.#evict(id);
      throw error;
    }
  }

  /** Delete `key` in KV and remember that it is absent. */
  async delete(key: Deno.KvKey): Promise<void> {
    const id = cacheIdOf(key);
    try {
      const result = await this.#kv.atomic().delete(key).commit();
      // The delete's versionstamp orders it after any read still in flight.
      if (result.ok) {
        this.#offer(id, { value: null, versionstamp: result.versionstamp });
      } else this.#evict(id);
    } catch (error) {
      this.#evict(id);
      throw error;
    }
  }

  /** Forget `key` in memory only. */
  evict(key: Deno.KvKey): void {
    this.#evict(cacheIdOf(key));
  }

  /**
   * Drop entries whose TTL has passed, so `stats().size` counts live ones and
   * their memory can be collected.
   *
   * @returns how many were dropped
   */
  purgeStale(): number {
    const lru = this.#lru;
    if (!lru) return 0;
    const before = lru.size;
    lru.purgeStale();
    return before - lru.size;
  }

  /** Current size and hit counters. */
  stats(): CacheStats {
    return {
      size: this.#lru?.size ?? 0,
      max: this.#max,
      ttlMs: this.#ttlMs,
      hits: this.#hits,
      misses: this.#misses,
    };
  }

  /** Cache what KV said unless a newer version is already held. */
  #offer(id: string, entry: CachedEntry<V>): void {
    const lru = this.#lru;
    if (!lru) return;
    const held = lru.peek(id);
    if (held) {
      // A read of an absent key cannot be ordered against what is held.
      if (entry.versionstamp === null) return;
      if (
        held.versionstamp !== null && held.versionstamp >= entry.versionstamp
      ) {
        return;
      }
    }
    lru.set(id, {
      value: structuredClone(entry.value),
      versionstamp: entry.versionstamp,
    });
  }

  #evict(id: string): void {
    this.#lru?.delete(id);
  }
}

/**
 * Call `onResult` when `op` is committed. `commitWithRetry()` keeps the commit
 * result to itself, and the versionstamp is what orders cached values.
 */
function observeCommit(
  op: Deno.AtomicOperation,
  onResult: (result: Deno.KvCommitResult | Deno.KvCommitError) => void,
): Deno.AtomicOperation {
  const commit = op.commit.bind(op);
  op.commit = async () => {
    let result: Deno.KvCommitResult | Deno.KvCommitError;
    try {
      result = await commit();
    } catch (error) {
      onResult({ ok: false });
      throw error;
    }
    onResult(result);
    return result;
  };
  return op;
}

/** A string that identifies a KV key, parts typed so `1` and `"1"` differ. */
function cacheIdOf(key: Deno.KvKey): string {
  return key.map((part) => {
    if (typeof part === "string") return `s${JSON.stringify(part)}`;
    if (part instanceof Uint8Array) return `u${part.join(",")}`;
    return `${(typeof part)[0]}${String(part)}`;
  }).join("/");
}
