/**
 * The key pool: an {@linkcode LlmProvider} over every configured key of every
 * provider in the chain, with circuit breakers whose state lives in Deno KV
 * and is shared by every instance of the bot.
 *
 * One request, step by step:
 *
 * 1. Pick a key: a key due for a half-open trial first (ONE request claims it,
 *    in this process and across instances through KV; the others skip it),
 *    then keys in service, primary provider first, the least recently picked
 *    first; keys cooling down after a 429 without `Retry-After` only when
 *    nothing else is left. Parked keys, open circuits and keys in an advised
 *    cooldown are skipped at once.
 * 2. Try it, within what is left of the request's deadline and, until the
 *    first token arrives, the first-token deadline.
 * 3. On failure, apply the rule of its kind (see `circuit.ts`) and move on to
 *    the next key: "bad_request" and the caller's abort end the request at
 *    once. Before another attempt, `onReset` discards what was streamed.
 *    Only the key's own slowness is held against it: no first token in time,
 *    or its attempt timeout. An attempt cut by the request's deadline (a slow
 *    but working provider, still streaming) ends the request like an abort:
 *    the key is released, nothing is recorded.
 * 4. After a round in which every usable key failed, wait with exponential
 *    backoff and full jitter, and start another round; never past the deadline.
 * 5. When no key is usable, or the deadline or the last round is reached,
 *    throw "unavailable" at once: the caller answers offline.
 *
 * @module
 */
import { type Clock, SYSTEM_CLOCK } from "../clock.ts";
import { describeError, getLog } from "../logging.ts";
import type { LlmMetrics } from "../metrics/metrics.ts";
import { NOOP_TRACING, type Tracing } from "../metrics/tracing.ts";
import {
  initialKeyHealth,
  type KeyHealth,
  type KeyHealthStore,
  type KeyHealthUpdate,
} from "./key_health_store.ts";
import {
  fullJitterDelay,
  type Sleep,
  sleep as realSleep,
} from "../util/backoff.ts";
import { sha256, toHex } from "../util/sha256.ts";
import {
  type CircuitRules,
  claimTrial,
  DEFAULT_CIRCUIT_RULES,
  failureCode,
  isKeyFailure,
  keyAvailability,
  medianLatencyMs,
  recordFailure,
  recordSuccess,
  releaseTrial,
  successRate,
} from "./circuit.ts";
import type { KeyProbe } from "./key_probe.ts";
import {
  type CompletionRequest,
  type CompletionResult,
  type LlmProvider,
  type ProviderAvailability,
  ProviderError,
  type ProviderErrorKind,
} from "./provider.ts";

/** How long one request may take by default, every key and retry included (LLM_DEADLINE_MS). */
export const DEFAULT_DEADLINE_MS = 60_000;
/** How long an attempt may wait for its first token by default (LLM_FIRST_TOKEN_MS). */
export const DEFAULT_FIRST_TOKEN_MS = 20_000;

const log = getLog("llm");

/** One API key as the pool sees it. */
export interface PooledKey {
  /** Stable id that reveals nothing about the key: see {@linkcode keyId}. */
  readonly id: string;
  /** Name of its provider, e.g. "primary" or "groq". */
  readonly provider: string;
  /** Position of its provider in the chain: 0 for the primary. */
  readonly rank: number;
  /** The masked key, e.g. "…abcd". */
  readonly keyHint: string;
  /** Completes a chat with this key alone; must honour `request.signal`. */
  readonly client: LlmProvider;
  /** The health probe of this key, for the key-health job. */
  readonly probe: KeyProbe;
}

/** Options of {@linkcode KeyPool}. */
export interface KeyPoolOptions {
  store: KeyHealthStore;
  /** Longest a request may take, every attempt and wait included, in milliseconds. */
  deadlineMs: number;
  /** Longest an attempt may wait for its first streamed token, in milliseconds. */
  firstTokenMs: number;
  clock?: Clock;
  /** Waits between rounds; tests pass one that advances their clock. */
  sleep?: Sleep;
  /** Randomness of the backoff jitter, in [0, 1). */
  random?: () => number;
  rules?: Partial<CircuitRules>;
  /** Rounds over the keys at most. Default 3. */
  maxRounds?: number;
  /** Upper bound of the first wait between rounds in milliseconds. Default 250. */
  backoffBaseMs?: number;
  /** Cap of a wait between rounds in milliseconds. Default 5000. */
  backoffMaxMs?: number;
  /** Where each attempt is counted and timed. Default: nowhere. */
  metrics?: LlmMetrics;
  /** Each attempt in a span of its own. Default: none. */
  tracing?: Tracing;
}

/** What `/keys` shows about one key. */
export interface KeyStatus {
  provider: string;
  /** The masked key, e.g. "…abcd". */
  keyHint: string;
  state: "closed" | "open" | "half_open";
  /** Refused (auth): out of service until a health probe succeeds. */
  parked: boolean;
  /** Time left before the key is used (rate limit) or tested (open) again; 0 when none. */
  cooldownLeftMs: number;
  lastErrorKind: ProviderErrorKind | null;
  /** Share of the recent attempts that succeeded, 0 to 1; `null` before any. */
  successRate: number | null;
  /** How many recent attempts `successRate` covers. */
  attempts: number;
  /** Median duration of recent successful attempts; `null` before any. */
  medianLatencyMs: number | null;
  lastSuccessAt: number | null;
}

interface Settings {
  store: KeyHealthStore;
  deadlineMs: number;
  firstTokenMs: number;
  clock: Clock;
  sleep: Sleep;
  random: () => number;
  rules: Readonly<CircuitRules>;
  maxRounds: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  metrics: LlmMetrics | undefined;
  tracing: Tracing;
}

/**
 * One attempt of an operation with one key: it must honour `signal` (the
 * caller's abort and the pool's deadlines) and call `progress` as output
 * arrives (a streamed answer's first token ends the first-token wait).
 */
export type KeyOperation<T> = (
  key: PooledKey,
  attempt: { signal: AbortSignal; progress: () => void },
) => Promise<T>;

/** Options of {@linkcode KeyPool.run}. */
export interface KeyRunOptions {
  /** Aborts the whole run (every key, every attempt). */
  signal?: AbortSignal;
  /** What is attempted, for error messages. Default "run request". */
  action?: string;
  /** A streamed answer: an attempt must produce output within the first-token deadline. Default false. */
  streaming?: boolean;
  /** Called before every attempt: discard what a failed one produced. */
  beforeAttempt?: () => void;
}

/** One call of `run()` (and so of `complete()`). */
interface RequestRun<T> {
  operation: KeyOperation<T>;
  signal: AbortSignal | undefined;
  action: string;
  streaming: boolean;
  beforeAttempt: () => void;
  /** When the request must be over, by the pool's clock. */
  deadline: number;
  failures: ProviderError[];
  /** When the current attempt's first token came, by the pool's clock. */
  firstTokenAt?: number;
}

interface Choice {
  key: PooledKey;
  /** This request claimed the key for its half-open trial. */
  trial: boolean;
}

type Giving = "none_available" | "all_failed" | "deadline";

/** Why the pool itself stopped an attempt. */
type Stop = "deadline" | "first_token";

/** A trial's claim outlives the attempt's budget by this much, then lapses. */
const LEASE_MARGIN_MS = 5_000;

/**
 * A stable id for a key: 16 hex characters of SHA-256 over the provider's
 * name and base URL and the key. It names the key's health record in KV and
 * cannot be turned back into the key.
 *
 * @example
 * ```ts ignore
 * keyId({ name: "primary", baseUrl: "https://api.openai.com/v1" }, apiKey); // "3f1c…"
 * ```
 */
export function keyId(
  provider: { name: string; baseUrl: string },
  apiKey: string,
): string {
  return toHex(
    sha256(
      `promptsmith:llm-key:v1\n${provider.name}\n${provider.baseUrl}\n${apiKey}`,
    ),
  ).slice(0, 16);
}

/**
 * An {@linkcode LlmProvider} over many keys with circuit breakers, backoff
 * and deadlines; see the module documentation for the policy.
 *
 * @example
 * ```ts ignore
 * const pool = new KeyPool(keys, {
 *   store: new KeyHealthStore(kv),
 *   deadlineMs: 60_000,
 *   firstTokenMs: 20_000,
 * });
 * const { text } = await pool.complete({ messages, onDelta, onReset });
 * ```
 */
export class KeyPool implements LlmProvider {
  /** Every key, primary provider first, in configuration order. */
  readonly keys: readonly PooledKey[];
  readonly #settings: Settings;
  /** The newest record known of each key, by `rev`. */
  readonly #health = new Map<string, KeyHealth>();
  /** When each key was last picked, as a pick counter: least recent first. */
  readonly #lastPicked = new Map<string, number>();
  #picks = 0;
  /** Keys this process is testing half-open: in-process single flight. */
  readonly #trials = new Set<string>();
  /** The last pending write of each key: writes of one key run one at a time. */
  readonly #writes = new Map<string, Promise<unknown>>();

  /**
   * @param keys every key, primary provider first
   * @param options store, deadlines, clock and tuning
   * @throws {RangeError} when `keys` is empty, ids repeat, or a duration is not positive
   */
  constructor(keys: readonly PooledKey[], options: KeyPoolOptions) {
    validate(keys, options);
    this.keys = [...keys];
    this.#settings = {
      store: options.store,
      deadlineMs: options.deadlineMs,
      firstTokenMs: options.firstTokenMs,
      clock: options.clock ?? SYSTEM_CLOCK,
      sleep: options.sleep ?? realSleep,
      random: options.random ?? Math.random,
      rules: { ...DEFAULT_CIRCUIT_RULES, ...options.rules },
      maxRounds: options.maxRounds ?? 3,
      backoffBaseMs: options.backoffBaseMs ?? 250,
      backoffMaxMs: options.backoffMaxMs ?? 5_000,
      metrics: options.metrics,
      tracing: options.tracing ?? NOOP_TRACING,
    };
  }

  /**
   * Complete the chat with the first key that answers.
   *
   * @throws {ProviderError} "bad_request" at once (another key would fail too);
   * "aborted" when the caller aborts; "unavailable" when no key is usable, the
   * deadline passed or every round failed
   */
  complete(request: CompletionRequest): Promise<CompletionResult> {
    return this.#settings.tracing.span(
      "llm.request",
      { "llm.keys": this.keys.length },
      async (span) => {
        const result = await this.#complete(request);
        span.set({ "llm.model": result.model });
        return result;
      },
    );
  }

  async #complete(request: CompletionRequest): Promise<CompletionResult> {
    const stream = trackStream(request);
    return await this.run((key, { signal, progress }) =>
      key.client.complete({
        messages: request.messages,
        maxTokens: request.maxTokens,
        ...(request.temperature === undefined
          ? {}
          : { temperature: request.temperature }),
        signal,
        ...(request.images ? { images: request.images } : {}),
        // A vision model is the primary provider's; fallbacks keep their own model.
        ...(request.model !== undefined && key.rank === 0
          ? { model: request.model }
          : {}),
        onDelta: (chunk) => {
          progress();
          stream.onDelta(chunk);
        },
      }), {
      signal: request.signal,
      action: "complete chat",
      streaming: true,
      beforeAttempt: () => stream.beforeAttempt(),
    });
  }

  /**
   * Run any operation with the first key that succeeds, under the same
   * policy as {@linkcode complete}: trials, breakers, failover, rounds with
   * backoff, the deadline (and, for `streaming`, the first-token deadline).
   * Each attempt's outcome is recorded in the key's shared health.
   *
   * @throws {ProviderError} "bad_request" at once; "aborted" when the caller
   * aborts; "unavailable" when no key is usable, the deadline passed or every
   * round failed
   */
  async run<T>(
    operation: KeyOperation<T>,
    options: KeyRunOptions = {},
  ): Promise<T> {
    const { clock, deadlineMs, maxRounds } = this.#settings;
    const run: RequestRun<T> = {
      operation,
      signal: options.signal,
      action: options.action ?? "run request",
      streaming: options.streaming ?? false,
      beforeAttempt: options.beforeAttempt ?? (() => {}),
      deadline: clock.now() + deadlineMs,
      failures: [],
    };
    for (let round = 0;; round++) {
      await this.#refresh();
      const before = run.failures.length;
      const result = await this.#runRound(run);
      if (result !== null) return result;
      if (run.failures.length === before) {
        throw this.#unavailable(
          run,
          before === 0 ? "none_available" : "all_failed",
        );
      }
      if (round + 1 >= maxRounds || !this.#anyUsable()) {
        throw this.#unavailable(run, "all_failed");
      }
      await this.#backOff(run, round);
    }
  }

  /**
   * Whether a request could be tried now, from every key's health read fresh
   * from KV (one read, no request to a provider): `ok` when some key is in
   * service, cooling down after a bare 429, or due for a trial nobody here
   * holds. Otherwise `retryAt` is the soonest moment one will be: an advised
   * cooldown's end, an open circuit's trial, or a running trial's lease
   * lapsing; `null` when every key is parked (refused), which only a
   * successful health probe ends.
   */
  async availability(): Promise<ProviderAvailability> {
    await this.#refresh();
    if (this.#anyUsable()) return { ok: true };
    const now = this.#settings.clock.now();
    const records = this.keys.map((key) => this.#known(key.id));
    return { ok: false, retryAt: nextUsableAt(records, now) };
  }

  /** The state of every key, for `/keys`, read fresh from KV. */
  async status(): Promise<KeyStatus[]> {
    await this.#refresh();
    const now = this.#settings.clock.now();
    return this.keys.map((key) => toStatus(key, this.#known(key.id), now));
  }

  /** Try keys until one answers or none is left for this round. */
  async #runRound<T>(run: RequestRun<T>): Promise<T | null> {
    const tried = new Set<string>();
    for (;;) {
      const choice = await this.#choose(tried, run);
      if (choice === null) return null;
      tried.add(choice.key.id);
      const result = await this.#attempt(choice, run);
      if (result !== null) return result;
      if (this.#settings.clock.now() >= run.deadline) {
        throw this.#unavailable(run, "deadline");
      }
    }
  }

  /** The next key to try, or null when no usable key is left in this round. */
  async #choose<T>(
    tried: Set<string>,
    run: RequestRun<T>,
  ): Promise<Choice | null> {
    const now = this.#settings.clock.now();
    const left = this.keys.filter((key) => !tried.has(key.id));
    const availability = (key: PooledKey) =>
      keyAvailability(this.#known(key.id), now);
    for (const key of left) {
      if (availability(key) !== "trial" || this.#trials.has(key.id)) continue;
      if (await this.#claimTrial(key, run)) return this.#pick(key, true);
    }
    const ready = left.filter((key) => availability(key) === "ready");
    // Least recently picked first: a key back from a failure gets its turn too.
    ready.sort((a, b) =>
      a.rank - b.rank ||
      (this.#lastPicked.get(a.id) ?? 0) - (this.#lastPicked.get(b.id) ?? 0)
    );
    if (ready.length > 0) return this.#pick(ready[0], false);
    const cooling = left.filter((key) => availability(key) === "cooling");
    cooling.sort((a, b) =>
      a.rank - b.rank ||
      this.#known(a.id).cooldownUntil - this.#known(b.id).cooldownUntil
    );
    return cooling.length > 0 ? this.#pick(cooling[0], false) : null;
  }

  #pick(key: PooledKey, trial: boolean): Choice {
    this.#lastPicked.set(key.id, ++this.#picks);
    return { key, trial };
  }

  /** Claim a key for this request's trial: first in this process, then in KV. */
  async #claimTrial<T>(key: PooledKey, run: RequestRun<T>): Promise<boolean> {
    // Synchronously, before any await: concurrent requests of this process skip it now.
    this.#trials.add(key.id);
    const { clock } = this.#settings;
    const leaseMs = Math.max(0, run.deadline - clock.now()) + LEASE_MARGIN_MS;
    const update = await this.#write(
      key,
      (health) => claimTrial(health, { at: clock.now(), leaseMs }),
    );
    if (update.changed) return true;
    this.#trials.delete(key.id);
    return false;
  }

  /**
   * One attempt with one key; its outcome is recorded in the key's health.
   *
   * @returns the result, or null after a failure another key may not have
   */
  #attempt<T>(
    choice: Choice,
    run: RequestRun<T>,
  ): Promise<T | null> {
    const { key } = choice;
    return this.#settings.tracing.span(
      "llm.attempt",
      { "llm.provider": key.provider, "llm.trial": choice.trial },
      async (span) => {
        const started = this.#settings.clock.now();
        const result = await this.#attemptOnce(choice, run, started).catch(
          (error) => {
            this.#observe(key, started, outcomeOf(error), run);
            throw error;
          },
        );
        const outcome = result === null
          ? run.failures.at(-1)?.kind ?? "error"
          : "ok";
        this.#observe(key, started, outcome, run, usageOf(result));
        span.set({ "llm.outcome": outcome });
        return result;
      },
    );
  }

  /** Count and time one attempt. */
  #observe<T>(
    key: PooledKey,
    started: number,
    outcome: string,
    run: RequestRun<T>,
    usage?: CompletionResult["usage"],
  ): void {
    const metrics = this.#settings.metrics;
    if (metrics === undefined) return;
    const { provider } = key;
    const seconds = (this.#settings.clock.now() - started) / 1000;
    metrics.requests.inc({ provider, outcome });
    metrics.duration.observe({ provider, outcome }, seconds);
    if (run.firstTokenAt !== undefined) {
      metrics.firstToken.observe(
        { provider },
        Math.max(0, run.firstTokenAt - started) / 1000,
      );
    }
    if (usage) {
      metrics.tokens.inc({ provider, kind: "prompt" }, usage.promptTokens);
      metrics.tokens.inc(
        { provider, kind: "completion" },
        usage.completionTokens,
      );
    }
  }

  async #attemptOnce<T>(
    choice: Choice,
    run: RequestRun<T>,
    started: number,
  ): Promise<T | null> {
    const { key } = choice;
    const { clock, rules } = this.#settings;
    run.firstTokenAt = undefined;
    let recorded = false;
    try {
      throwIfAborted(run);
      run.beforeAttempt();
      const result = await this.#call(key, run);
      const at = clock.now();
      await this.#write(
        key,
        (health) =>
          recordSuccess(health, { at, latencyMs: at - started }, rules),
      );
      recorded = true;
      return result;
    } catch (error) {
      if (!(error instanceof ProviderError) || !isKeyFailure(error.kind)) {
        throw error;
      }
      run.failures.push(error);
      const at = clock.now();
      const { health } = await this.#write(
        key,
        (current) =>
          recordFailure(current, {
            at,
            kind: error.kind,
            retryAfterMs: error.retryAfterMs,
            code: failureCode(error),
          }, rules),
      );
      recorded = true;
      logFailure(key, error, health);
      return null;
    } finally {
      if (choice.trial) {
        // No outcome (an abort, a refused request, the deadline): let the next request test it.
        if (!recorded) await this.#write(key, releaseTrial);
        this.#trials.delete(key.id);
      }
    }
  }

  /**
   * Call the key's client within the deadline and the first-token deadline.
   *
   * @throws {ProviderError} "timeout" when no first token came in time (the
   * key's fault); "unavailable" when the request's deadline cut the attempt
   * (not the key's fault: nothing to record)
   */
  async #call<T>(key: PooledKey, run: RequestRun<T>): Promise<T> {
    const { clock, firstTokenMs } = this.#settings;
    const budget = Math.max(0, run.deadline - clock.now());
    const stopper = new AbortController();
    let stoppedBy: Stop | undefined;
    const stop = (why: Stop) => () => {
      stoppedBy ??= why;
      stopper.abort();
    };
    const deadlineTimer = setTimeout(stop("deadline"), budget);
    // A first-token wait the deadline cuts short is the deadline's, not the key's.
    const firstTokenTimer = run.streaming && firstTokenMs < budget
      ? setTimeout(stop("first_token"), firstTokenMs)
      : undefined;
    const signal = run.signal
      ? AbortSignal.any([run.signal, stopper.signal])
      : stopper.signal;
    try {
      return await run.operation(key, {
        signal,
        progress: () => {
          clearTimeout(firstTokenTimer);
          run.firstTokenAt ??= clock.now();
        },
      });
    } catch (error) {
      if (!isOwnStop(error, stoppedBy, run.signal)) throw error;
      if (stoppedBy === "first_token") {
        throw firstTokenTimeout(key, error, firstTokenMs);
      }
      logDeadlineCut(key, this.#settings.deadlineMs);
      throw this.#unavailable(run, "deadline");
    } finally {
      clearTimeout(deadlineTimer);
      clearTimeout(firstTokenTimer);
    }
  }

  /** Wait before the next round, unless the wait would pass the deadline. */
  async #backOff<T>(run: RequestRun<T>, round: number): Promise<void> {
    const { clock, sleep, random, backoffBaseMs, backoffMaxMs } =
      this.#settings;
    const delay = fullJitterDelay(round, {
      baseMs: backoffBaseMs,
      maxMs: backoffMaxMs,
      random,
    });
    if (clock.now() + delay >= run.deadline) {
      throw this.#unavailable(run, "deadline");
    }
    await sleep(delay, run.signal);
    throwIfAborted(run);
  }

  /** Whether any key could be tried in another round. */
  #anyUsable(): boolean {
    const now = this.#settings.clock.now();
    return this.keys.some((key) => {
      const availability = keyAvailability(this.#known(key.id), now);
      return availability === "ready" || availability === "cooling" ||
        (availability === "trial" && !this.#trials.has(key.id));
    });
  }

  #unavailable<T>(run: RequestRun<T>, why: Giving): ProviderError {
    const now = this.#settings.clock.now();
    const records = this.keys.map((key) => this.#known(key.id));
    const headline = why === "deadline"
      ? `the deadline of ${this.#settings.deadlineMs}ms passed`
      : why === "all_failed"
      ? "every usable key failed"
      : `no key is available (${describeKeys(records, now)})`;
    const attempts = run.failures.map(describeFailure);
    const after = attempts.length === 0
      ? ""
      : ` after ${attempts.length} failed ${
        attempts.length === 1 ? "attempt" : "attempts"
      }: ${attempts.join(", ")}`;
    return new ProviderError(
      "unavailable",
      `Cannot ${run.action}: ${headline}${after}`,
      { cause: run.failures.at(-1), retryAfterMs: soonestReturn(records, now) },
    );
  }

  /** Read every key's record from KV; on failure, go on with what is known. */
  async #refresh(): Promise<void> {
    const ids = this.keys.map((key) => key.id);
    try {
      const records = await this.#settings.store.getMany(ids);
      records.forEach((health, i) => this.#remember(ids[i], health));
    } catch (error) {
      log.warn("Cannot read LLM key health: {error}", {
        error: describeError(error),
      });
    }
  }

  #known(id: string): KeyHealth {
    return this.#health.get(id) ?? initialKeyHealth();
  }

  #remember(id: string, health: KeyHealth): void {
    const known = this.#health.get(id);
    if (known === undefined || health.rev > known.rev) {
      this.#health.set(id, health);
    }
  }

  /**
   * Update a key's record in KV, one write per key at a time in this process
   * (so that concurrent requests do not contend for it). When KV fails, the
   * change is applied to what this process knows, and logged.
   */
  #write(
    key: PooledKey,
    change: (current: KeyHealth) => KeyHealth | undefined,
  ): Promise<KeyHealthUpdate> {
    const task = async (): Promise<KeyHealthUpdate> => {
      try {
        const update = await this.#settings.store.update(key.id, change);
        this.#remember(key.id, update.health);
        return update;
      } catch (error) {
        log.warn("Cannot write the health of LLM key {keyHint}: {error}", {
          keyHint: key.keyHint,
          provider: key.provider,
          error: describeError(error),
        });
        const next = change(this.#known(key.id));
        if (next === undefined) {
          return { health: this.#known(key.id), changed: false };
        }
        this.#health.set(key.id, { ...next, rev: this.#known(key.id).rev });
        return { health: next, changed: true };
      }
    };
    const previous = this.#writes.get(key.id) ?? Promise.resolve();
    // task never rejects: the chain cannot break.
    const next = previous.then(task);
    this.#writes.set(key.id, next);
    const forget = () => {
      if (this.#writes.get(key.id) === next) this.#writes.delete(key.id);
    };
    next.then(forget);
    return next;
  }
}

function validate(keys: readonly PooledKey[], options: KeyPoolOptions): void {
  if (keys.length === 0) {
    throw new RangeError("Cannot create key pool: no keys given");
  }
  const ids = new Set(keys.map((key) => key.id));
  if (ids.size !== keys.length) {
    throw new RangeError("Cannot create key pool: key ids repeat");
  }
  for (const name of ["deadlineMs", "firstTokenMs"] as const) {
    const value = options[name];
    if (!Number.isFinite(value) || value <= 0) {
      throw new RangeError(
        `Cannot create key pool: ${name} must be a positive number, got ${value}`,
      );
    }
  }
}

interface StreamTracker {
  onDelta(chunk: string): void;
  /** Before another attempt: discard what the previous one streamed, if anything. */
  beforeAttempt(): void;
}

function trackStream(request: CompletionRequest): StreamTracker {
  let shown = false;
  return {
    onDelta(chunk) {
      shown = true;
      request.onDelta?.(chunk);
    },
    beforeAttempt() {
      if (shown) request.onReset?.();
      shown = false;
    },
  };
}

function throwIfAborted<T>(run: RequestRun<T>): void {
  if (!run.signal?.aborted) return;
  throw new ProviderError(
    "aborted",
    `Cannot ${run.action}: aborted by the caller`,
    { cause: run.failures.at(-1) },
  );
}

/**
 * Whether the attempt failed because the pool stopped it (deadline, first
 * token): the client reports that as "aborted", since it came through the
 * request's signal, unless the caller aborted too.
 */
function isOwnStop(
  error: unknown,
  stoppedBy: Stop | undefined,
  callerSignal: AbortSignal | undefined,
): boolean {
  return stoppedBy !== undefined && !callerSignal?.aborted &&
    error instanceof ProviderError && error.kind === "aborted";
}

/** How an attempt that threw ended, as counted: the error's kind. */
function outcomeOf(error: unknown): string {
  return error instanceof ProviderError ? error.kind : "error";
}

/** The tokens a completion used, when the result is one that says. */
function usageOf(result: unknown): CompletionResult["usage"] {
  const usage = (result as { usage?: CompletionResult["usage"] } | null)
    ?.usage;
  return usage;
}

/** No first token in time: a timeout of this key. */
function firstTokenTimeout(
  key: PooledKey,
  cause: unknown,
  firstTokenMs: number,
): ProviderError {
  return new ProviderError(
    "timeout",
    `Cannot complete chat with key ${key.keyHint}: no first token within ${firstTokenMs}ms`,
    { cause },
  );
}

function logDeadlineCut(key: PooledKey, deadlineMs: number): void {
  log.info(
    "LLM attempt with {provider} key {keyHint} cut by the request deadline of {deadlineMs}ms; not held against the key",
    { provider: key.provider, keyHint: key.keyHint, deadlineMs },
  );
}

function logFailure(
  key: PooledKey,
  error: ProviderError,
  health: KeyHealth,
): void {
  log.warn(
    "LLM attempt failed with {provider} key {keyHint}: {kind}; key now {state}",
    {
      provider: key.provider,
      keyHint: key.keyHint,
      kind: error.kind,
      status: error.status,
      state: health.parked ? "parked" : health.state,
      error: error.message,
    },
  );
}

function describeFailure(error: ProviderError): string {
  return error.status === undefined
    ? error.kind
    : `${error.kind} (${error.status})`;
}

/** "2 parked, 1 open, 1 cooling down": why no key could be used. */
function describeKeys(records: KeyHealth[], now: number): string {
  const counts = new Map<string, number>();
  for (const health of records) {
    const label = health.parked
      ? "parked"
      : health.state === "closed"
      ? health.cooldownUntil > now ? "cooling down" : "in service"
      : health.state === "open"
      ? "open"
      : "being tested";
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => `${count} ${label}`).join(", ");
}

/**
 * When the first key that is not parked can be tried again: the end of its
 * cooldown (closed or open), or of the lease of the trial or probe testing it
 * (half-open); `null` when every key is parked.
 */
function nextUsableAt(records: KeyHealth[], now: number): number | null {
  const times = records
    .filter((health) => !health.parked)
    .map((health) =>
      Math.max(
        now,
        health.state === "half_open" ? health.leaseUntil : health.cooldownUntil,
      )
    );
  return times.length === 0 ? null : Math.min(...times);
}

/** When the first key that is not parked may be used or tested again. */
function soonestReturn(records: KeyHealth[], now: number): number | undefined {
  const waits = records
    .filter((health) => !health.parked && health.cooldownUntil > now)
    .map((health) => health.cooldownUntil - now);
  return waits.length === 0 ? undefined : Math.min(...waits);
}

function toStatus(key: PooledKey, health: KeyHealth, now: number): KeyStatus {
  return {
    provider: key.provider,
    keyHint: key.keyHint,
    state: health.state,
    parked: health.parked,
    cooldownLeftMs: health.parked ? 0 : Math.max(0, health.cooldownUntil - now),
    lastErrorKind: health.lastErrorKind,
    successRate: successRate(health),
    attempts: health.outcomes.length,
    medianLatencyMs: medianLatencyMs(health),
    lastSuccessAt: health.lastSuccessAt,
  };
}
