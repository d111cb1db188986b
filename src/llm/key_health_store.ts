/**
 * The health record of each LLM API key in Deno KV, shared by every instance
 * of the bot. The rules that change a record live in `src/llm/circuit.ts`;
 * this store only reads and writes it atomically.
 *
 * @module
 */
import type { ProviderErrorKind } from "./provider.ts";
import { type Clock, SYSTEM_CLOCK } from "../clock.ts";
import { type CommitRetryOptions, commitWithRetry } from "../storage/atomic.ts";
import { llmKeyHealthKey } from "../storage/keys.ts";
import { DAY_MS } from "../util/durations.ts";

/** Circuit breaker state of a key. */
export type CircuitState = "closed" | "open" | "half_open";

/**
 * What every instance knows about one API key. Times are milliseconds since
 * the epoch, 0 or `null` when unset. Kept small: two windows of at most a few
 * dozen numbers.
 */
export interface KeyHealth {
  /**
   * Revision: grows with every write and never goes back, even when the
   * record expired and is written anew; tells a newer copy from an older one.
   */
  rev: number;
  state: CircuitState;
  /** The key was refused (auth): only a successful health probe closes it. */
  parked: boolean;
  consecutiveFailures: number;
  /** Before this time the key is not used (rate limit) or not tried (open). */
  cooldownUntil: number;
  /** The cooldown was advised by the server (`Retry-After`): never used before it ends. */
  cooldownAdvised: boolean;
  /** While half-open: when the claim of the one request or probe testing the key lapses. */
  leaseUntil: number;
  lastErrorKind: ProviderErrorKind | null;
  /**
   * The provider's error code of the last failure (`error.code` of its JSON
   * body, e.g. `"invalid_api_key"`), `"insufficient_quota"` for any failure
   * saying the key has no balance left (HTTP 402 included; see `failureCode`
   * in `src/llm/circuit.ts`), `null` when it gave none. While the key is
   * parked, a probe failure that is no refusal (a timeout, a 5xx, a 429)
   * keeps the code of the refusal: that is still why the key is parked. Like
   * `lastErrorKind`, kept after a success. Records written before this field
   * existed read as `null`.
   */
  lastErrorCode: string | null;
  lastErrorAt: number | null;
  lastSuccessAt: number | null;
  /** Recent attempts, oldest first: 1 succeeded, 0 failed. */
  outcomes: number[];
  /** Durations of recent successful attempts in milliseconds, oldest first. */
  latenciesMs: number[];
  lastProbeAt: number | null;
  probeLatencyMs: number | null;
}

/** The result of {@linkcode KeyHealthStore.update}. */
export interface KeyHealthUpdate {
  /** The record after the update, or the current one when nothing changed. */
  health: KeyHealth;
  /** Whether this call wrote the record. */
  changed: boolean;
}

/** Options of {@linkcode KeyHealthStore}. */
export interface KeyHealthStoreOptions extends CommitRetryOptions {
  /** Source of the time a new revision starts from (default: system clock). */
  clock?: Clock;
  /**
   * Records expire this long after their last write, so that removed keys do
   * not stay forever. Default 30 days; the health job rewrites broken keys.
   */
  expireInMs?: number;
}

/** KV's limit of keys per `getMany` call. */
const GET_MANY_LIMIT = 10;
const DEFAULT_EXPIRE_IN_MS = 30 * DAY_MS;

/**
 * The record of a key nobody has used yet: closed, no history.
 *
 * @returns a fresh object each time
 */
export function initialKeyHealth(): KeyHealth {
  return {
    rev: 0,
    state: "closed",
    parked: false,
    consecutiveFailures: 0,
    cooldownUntil: 0,
    cooldownAdvised: false,
    leaseUntil: 0,
    lastErrorKind: null,
    lastErrorCode: null,
    lastErrorAt: null,
    lastSuccessAt: null,
    outcomes: [],
    latenciesMs: [],
    lastProbeAt: null,
    probeLatencyMs: null,
  };
}

/**
 * Reads and writes {@linkcode KeyHealth} records, one KV entry per key id.
 *
 * @example
 * ```ts ignore
 * const store = new KeyHealthStore(kv);
 * const { health } = await store.update(keyId, (h) => ({ ...h, parked: true }));
 * ```
 */
export class KeyHealthStore {
  readonly #kv: Deno.Kv;
  readonly #options: Required<KeyHealthStoreOptions>;

  /**
   * @param kv the KV store
   * @param options record expiry and the bounds of atomic retries
   */
  constructor(kv: Deno.Kv, options: KeyHealthStoreOptions = {}) {
    this.#kv = kv;
    this.#options = {
      clock: options.clock ?? SYSTEM_CLOCK,
      expireInMs: options.expireInMs ?? DEFAULT_EXPIRE_IN_MS,
      maxAttempts: options.maxAttempts ?? 10,
      baseDelayMs: options.baseDelayMs ?? 4,
      maxDelayMs: options.maxDelayMs ?? 200,
    };
  }

  /**
   * The record of one key.
   *
   * @returns the stored record, or {@linkcode initialKeyHealth} when there is none
   */
  async get(keyId: string): Promise<KeyHealth> {
    const entry = await this.#kv.get<KeyHealth>(llmKeyHealthKey(keyId));
    return withDefaults(entry.value);
  }

  /**
   * The records of many keys, read in batches of 10 (KV's limit).
   *
   * @returns one record per id, in the order of `keyIds`
   */
  async getMany(keyIds: readonly string[]): Promise<KeyHealth[]> {
    const records: KeyHealth[] = [];
    for (let i = 0; i < keyIds.length; i += GET_MANY_LIMIT) {
      const batch = keyIds.slice(i, i + GET_MANY_LIMIT).map(llmKeyHealthKey);
      const entries = await this.#kv.getMany<KeyHealth[]>(batch);
      records.push(...entries.map((entry) => withDefaults(entry.value)));
    }
    return records;
  }

  /**
   * Read-check-set one key's record. `change` may run more than once (when
   * another writer wins) and must be free of side effects; it returns the
   * new record, or `undefined` to leave the record as it is. `rev` is set by
   * the store: one more than before, or the current time when that is more
   * (so that a record written again after it expired is still newer).
   *
   * @throws {ContentionError} when every attempt lost to concurrent writers
   */
  async update(
    keyId: string,
    change: (current: KeyHealth) => KeyHealth | undefined,
  ): Promise<KeyHealthUpdate> {
    const key = llmKeyHealthKey(keyId);
    return await commitWithRetry<KeyHealthUpdate>(async () => {
      const entry = await this.#kv.get<KeyHealth>(key);
      const current = withDefaults(entry.value);
      const next = change(current);
      if (next === undefined) {
        return { op: null, result: { health: current, changed: false } };
      }
      const rev = Math.max(current.rev + 1, this.#options.clock.now());
      const health = { ...next, rev };
      // check() first: a concurrent writer must lose, not overwrite.
      const op = this.#kv.atomic().check(entry).set(key, health, {
        expireIn: this.#options.expireInMs,
      });
      return { op, result: { health, changed: true } };
    }, this.#options);
  }
}

/** A stored record with the fields a newer version added filled in. */
function withDefaults(value: Partial<KeyHealth> | null): KeyHealth {
  if (value === null) return initialKeyHealth();
  const health = { ...initialKeyHealth(), ...value };
  // Older versions typed this field optional: an unset one reads as null too.
  health.lastErrorCode ??= null;
  return health;
}
