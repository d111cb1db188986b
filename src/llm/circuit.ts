/**
 * The health rules of an API key, as pure functions from one
 * {@linkcode KeyHealth} record to the next. The key pool and the key-health
 * job apply them inside atomic KV updates, so every instance follows the same
 * state machine:
 *
 * | event                                    | next state                                                   |
 * | ---------------------------------------- | ------------------------------------------------------------ |
 * | success                                  | closed, failures and cooldown cleared                        |
 * | auth (401, 402, 403, no balance)         | open and parked: only a successful health probe closes it    |
 * | rate limit (429)                         | cooldown for `Retry-After` (capped), else exponential; state kept |
 * | server, network, timeout, malformed      | failures + 1; open after `failureThreshold` in a row         |
 * | any failure while half-open              | open again, with a longer cooldown                           |
 * | open and its cooldown over               | due for a trial: ONE request (or probe) claims it: half-open |
 * | trial ends without an outcome (abort)    | open, due for the next trial at once                         |
 * | probe succeeds                           | closed                                                       |
 * | probe fails                              | open (parked stays parked), cooldown extended                |
 *
 * A "timeout" is the key's own: no first token in time, or the attempt's
 * timeout (`LLM_TIMEOUT_MS`). An attempt cut because the whole request ran
 * out of time (`LLM_DEADLINE_MS`) is no failure of the key: it is released
 * like an abort.
 *
 * A server's `Retry-After` is obeyed up to `retryAfterMaxMs` (10 minutes by
 * default): `Retry-After: 86400` must not take a key out of service for a
 * day. A key waiting out an advised cooldown is also due for a health probe
 * ({@linkcode needsProbe}), which puts it back in service at once when the
 * provider answers again.
 *
 * A key parked for want of balance (see {@linkcode failureCode}) is probed
 * with a chat completion ({@linkcode needsCompletionProbe}): providers list
 * their models to such a key all the same.
 *
 * @module
 */
import type { KeyHealth } from "./key_health_store.ts";
import { exponentialDelay } from "../util/backoff.ts";
import type { ProviderError, ProviderErrorKind } from "./provider.ts";

/**
 * The code {@linkcode failureCode} records for a key without balance:
 * OpenAI's name for it.
 */
export const NO_BALANCE_CODE = "insufficient_quota";

/** Thresholds and timings of the rules. */
export interface CircuitRules {
  /** Failures in a row (server, network, timeout, malformed) that open the circuit. */
  failureThreshold: number;
  /** Cooldown of a circuit that just opened, in milliseconds; doubles with each further failure. */
  openBaseMs: number;
  /** Cap of an open circuit's cooldown in milliseconds. */
  openMaxMs: number;
  /** Cooldown after a 429 without `Retry-After`, in milliseconds; doubles with each 429 in a row. */
  rateLimitBaseMs: number;
  /** Cap of a rate-limit cooldown in milliseconds. */
  rateLimitMaxMs: number;
  /** Cap of a cooldown the server advised (`Retry-After`), in milliseconds. */
  retryAfterMaxMs: number;
  /** How many recent attempts the success rate and latency are computed over. */
  windowSize: number;
}

/** The rules the bot runs with. */
export const DEFAULT_CIRCUIT_RULES: Readonly<CircuitRules> = Object.freeze({
  failureThreshold: 3,
  openBaseMs: 30_000,
  openMaxMs: 10 * 60_000,
  rateLimitBaseMs: 1_000,
  rateLimitMaxMs: 60_000,
  retryAfterMaxMs: 10 * 60_000,
  windowSize: 20,
});

/**
 * How a request may use a key now:
 * - `"ready"`: in service;
 * - `"cooling"`: rate limited without server advice: use only when nothing else is left;
 * - `"trial"`: open and its cooldown is over: one request may claim it and test it;
 * - `"blocked"`: parked, open, advised cooldown, or another request is testing it.
 */
export type KeyAvailability = "ready" | "cooling" | "trial" | "blocked";

/** The failures that say something about a key (the others are about the request). */
const KEY_FAILURES: ReadonlySet<ProviderErrorKind> = new Set([
  "auth",
  "rate_limit",
  "server",
  "network",
  "timeout",
  "malformed",
]);

/** A successful attempt with a key. */
export interface AttemptSuccess {
  /** When it ended. */
  at: number;
  /** How long it took, in milliseconds. */
  latencyMs: number;
}

/** A failed attempt with a key. */
export interface AttemptFailure {
  /** When it ended. */
  at: number;
  kind: ProviderErrorKind;
  /** The server's advised wait (`Retry-After`), in milliseconds. */
  retryAfterMs?: number;
  /** The provider's code for it: see {@linkcode failureCode}. */
  code?: string | null;
}

/** A claim on a key that is due for a test. */
export interface TrialClaim {
  /** When the claim is made. */
  at: number;
  /** How long the claim holds; after that another request or probe may take over. */
  leaseMs: number;
}

/** The outcome of a health probe. */
export interface ProbeOutcome {
  at: number;
  ok: boolean;
  /** Why it failed; absent when `ok`. */
  kind?: ProviderErrorKind;
  /** The provider's code for the failure: see {@linkcode failureCode}. */
  code?: string | null;
  latencyMs: number;
}

/**
 * Whether a failure of this kind counts against the key: "bad_request",
 * "aborted" and "unavailable" do not.
 */
export function isKeyFailure(kind: ProviderErrorKind): boolean {
  return KEY_FAILURES.has(kind);
}

/**
 * The provider's code for a failure, to record in
 * {@linkcode KeyHealth.lastErrorCode}: {@linkcode NO_BALANCE_CODE} when
 * the key has no balance left (HTTP 402, or an `insufficient_quota` code or
 * type, whatever the status: OpenAI answers 429 and some providers 403),
 * else the body's code, else `null`.
 *
 * @param error a failure of the OpenAI-compatible client: its `code` is the
 * body's; its `cause`, the SDK's error, is read for the body's `type`, and
 * for the `code` of an error built without one
 *
 * @example
 * ```ts ignore
 * failureCode(error); // "insufficient_quota" for a 402
 * ```
 */
export function failureCode(error: ProviderError): string | null {
  const body = bodyCodes(error.cause);
  const code = error.code ?? body.code;
  const type = body.type;
  const noBalance = error.status === 402 || code === NO_BALANCE_CODE ||
    type === NO_BALANCE_CODE;
  return noBalance ? NO_BALANCE_CODE : code ?? null;
}

/**
 * Whether the health job must probe the key with a chat completion whatever
 * the configured probe: it is parked for want of balance, and listing the
 * models (free) would succeed and put it back in service too early.
 */
export function needsCompletionProbe(health: KeyHealth): boolean {
  return health.parked && health.lastErrorCode === NO_BALANCE_CODE;
}

/**
 * How a request may use a key at `now`; see {@linkcode KeyAvailability}.
 *
 * @param health the key's record
 * @param now the current time in milliseconds since the epoch
 */
export function keyAvailability(
  health: KeyHealth,
  now: number,
): KeyAvailability {
  switch (health.state) {
    case "closed":
      if (health.cooldownUntil <= now) return "ready";
      return health.cooldownAdvised ? "blocked" : "cooling";
    case "open":
      return !health.parked && health.cooldownUntil <= now
        ? "trial"
        : "blocked";
    case "half_open":
      // A lapsed lease: whoever claimed the key is gone.
      return !health.parked && health.leaseUntil <= now ? "trial" : "blocked";
  }
}

/**
 * Whether the health job should probe the key: it is open (parked or not),
 * half-open with a lapsed claim, or waiting out a cooldown the server advised
 * (`Retry-After`) that has not ended yet. Keys in service are not probed.
 */
export function needsProbe(health: KeyHealth, now: number): boolean {
  return health.state === "open" ||
    (health.state === "half_open" && health.leaseUntil <= now) ||
    (health.state === "closed" && health.cooldownAdvised &&
      health.cooldownUntil > now);
}

/**
 * Record a successful attempt: the circuit closes and the windows move on.
 *
 * @returns the next record (a new object)
 */
export function recordSuccess(
  health: KeyHealth,
  success: AttemptSuccess,
  rules: Readonly<CircuitRules> = DEFAULT_CIRCUIT_RULES,
): KeyHealth {
  return {
    ...closed(health),
    lastSuccessAt: success.at,
    outcomes: pushWindow(health.outcomes, 1, rules.windowSize),
    latenciesMs: pushWindow(
      health.latenciesMs,
      Math.max(0, Math.round(success.latencyMs)),
      rules.windowSize,
    ),
  };
}

/**
 * Record a failed attempt by the rule of its kind (see the module table).
 *
 * @returns the next record (a new object)
 * @throws {RangeError} when the kind does not count against a key ({@linkcode isKeyFailure})
 */
export function recordFailure(
  health: KeyHealth,
  failure: AttemptFailure,
  rules: Readonly<CircuitRules> = DEFAULT_CIRCUIT_RULES,
): KeyHealth {
  const { at, kind } = failure;
  if (!isKeyFailure(kind)) {
    throw new RangeError(
      `Cannot record failure: "${kind}" does not count against a key`,
    );
  }
  const failures = health.consecutiveFailures + 1;
  const failed: KeyHealth = {
    ...health,
    consecutiveFailures: failures,
    lastErrorKind: kind,
    lastErrorCode: failure.code ?? null,
    lastErrorAt: at,
    leaseUntil: 0,
    outcomes: pushWindow(health.outcomes, 0, rules.windowSize),
  };
  if (kind === "auth") {
    return { ...failed, state: "open", parked: true, cooldownUntil: 0 };
  }
  if (kind === "rate_limit") return coolDown(failed, failure, rules);
  if (health.state === "closed" && failures < rules.failureThreshold) {
    return failed;
  }
  return open(failed, at, rules);
}

/**
 * Claim a key that is due for a trial (see {@linkcode keyAvailability}) for
 * one request: the key turns half-open, and others skip it until the claim's
 * outcome is recorded or its lease lapses.
 *
 * @returns the claimed record, or `undefined` when the key is not due
 */
export function claimTrial(
  health: KeyHealth,
  claim: TrialClaim,
): KeyHealth | undefined {
  if (keyAvailability(health, claim.at) !== "trial") return undefined;
  return {
    ...health,
    state: "half_open",
    leaseUntil: claim.at + claim.leaseMs,
  };
}

/**
 * Give up a claim without an outcome (the caller aborted, or the request was
 * refused): the key is open again and due for the next trial at once.
 *
 * @returns the released record, or `undefined` when the key is not half-open
 */
export function releaseTrial(health: KeyHealth): KeyHealth | undefined {
  if (health.state !== "half_open") return undefined;
  return { ...health, state: "open", leaseUntil: 0 };
}

/**
 * Claim a key for a health probe (see {@linkcode needsProbe}); parked keys
 * stay parked until the probe's outcome is recorded.
 *
 * @returns the claimed record, or `undefined` when the key needs no probe
 */
export function claimProbe(
  health: KeyHealth,
  claim: TrialClaim,
): KeyHealth | undefined {
  if (!needsProbe(health, claim.at)) return undefined;
  return {
    ...health,
    state: "half_open",
    leaseUntil: claim.at + claim.leaseMs,
  };
}

/**
 * Record a health probe: a success re-enables the key (closed, unparked); a
 * failure keeps it out of service, parked if it was parked or was refused.
 *
 * @returns the next record (a new object)
 */
export function recordProbe(
  health: KeyHealth,
  outcome: ProbeOutcome,
  rules: Readonly<CircuitRules> = DEFAULT_CIRCUIT_RULES,
): KeyHealth {
  const probed: KeyHealth = {
    ...health,
    lastProbeAt: outcome.at,
    probeLatencyMs: Math.max(0, Math.round(outcome.latencyMs)),
  };
  if (outcome.ok) return closed(probed);
  // A timeout, a 5xx or a 429 says nothing about why a parked key was refused.
  const sameReason = health.parked && outcome.kind !== "auth";
  const failed: KeyHealth = {
    ...probed,
    consecutiveFailures: health.consecutiveFailures + 1,
    lastErrorKind: outcome.kind ?? health.lastErrorKind,
    lastErrorCode: sameReason ? health.lastErrorCode : outcome.code ?? null,
    lastErrorAt: outcome.at,
    leaseUntil: 0,
  };
  if (health.parked || outcome.kind === "auth") {
    return { ...failed, state: "open", parked: true, cooldownUntil: 0 };
  }
  const reopened = open(failed, outcome.at, rules);
  // A failed probe does not shorten the wait the server asked for.
  return health.cooldownAdvised && health.cooldownUntil > reopened.cooldownUntil
    ? {
      ...reopened,
      cooldownUntil: health.cooldownUntil,
      cooldownAdvised: true,
    }
    : reopened;
}

/**
 * The share of recent attempts that succeeded.
 *
 * @returns a number from 0 to 1, or `null` before the first attempt
 */
export function successRate(health: KeyHealth): number | null {
  if (health.outcomes.length === 0) return null;
  const ok = health.outcomes.filter((outcome) => outcome === 1).length;
  return ok / health.outcomes.length;
}

/**
 * The median duration of recent successful attempts.
 *
 * @returns whole milliseconds, or `null` before the first success
 */
export function medianLatencyMs(health: KeyHealth): number | null {
  const sorted = health.latenciesMs.toSorted((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]
    : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}

function closed(health: KeyHealth): KeyHealth {
  return {
    ...health,
    state: "closed",
    parked: false,
    consecutiveFailures: 0,
    cooldownUntil: 0,
    cooldownAdvised: false,
    leaseUntil: 0,
  };
}

/** Open the circuit; its cooldown doubles with every failure past the threshold. */
function open(
  health: KeyHealth,
  at: number,
  rules: Readonly<CircuitRules>,
): KeyHealth {
  const past = Math.max(0, health.consecutiveFailures - rules.failureThreshold);
  const cooldown = exponentialDelay(past, {
    baseMs: rules.openBaseMs,
    maxMs: rules.openMaxMs,
  });
  return {
    ...health,
    state: "open",
    cooldownUntil: at + cooldown,
    cooldownAdvised: false,
  };
}

/** A 429: wait as the server says, or back off exponentially over the 429s in a row. */
function coolDown(
  health: KeyHealth,
  failure: AttemptFailure,
  rules: Readonly<CircuitRules>,
): KeyHealth {
  const advisedMs = failure.retryAfterMs;
  const advised = advisedMs !== undefined;
  // Capped: a day-long Retry-After would take the key out for a day.
  const wait = advised
    ? Math.min(Math.max(0, advisedMs), rules.retryAfterMaxMs)
    : exponentialDelay(health.consecutiveFailures - 1, {
      baseMs: rules.rateLimitBaseMs,
      maxMs: rules.rateLimitMaxMs,
    });
  // A key under test that answers 429 goes back to open: tested again after the wait.
  const state = health.state === "half_open" ? "open" : health.state;
  return {
    ...health,
    state,
    cooldownUntil: failure.at + wait,
    cooldownAdvised: advised,
  };
}

function pushWindow(values: number[], value: number, size: number): number[] {
  return [...values, value].slice(-size);
}

/** `code` and `type` of the provider's error body, as the SDK's error carries them. */
function bodyCodes(cause: unknown): { code?: string; type?: string } {
  if (typeof cause !== "object" || cause === null) return {};
  const record = cause as Record<string, unknown>;
  const text = (value: unknown) =>
    typeof value === "string" && value !== "" ? value : undefined;
  return { code: text(record.code), type: text(record.type) };
}
