/**
 * The key-health job: every few minutes, probe each API key that is out of
 * service (parked after an auth failure, or with an open circuit) with the
 * cheapest call its provider supports, and re-enable it only when the probe
 * succeeds. Keys in service are never probed.
 *
 * The probe is the configured one (`LLM_PROBE`), except for a key parked for
 * want of balance (its last refusal was a 402 or an `insufficient_quota`
 * code, recorded as `lastErrorCode`): providers list their models to such a
 * key all the same, so only a chat completion tells whether it pays again.
 *
 * Safe with many instances: before probing a key, a run claims it with an
 * atomic KV update (the key turns half-open with a lease), so one run, or one
 * request testing the key, probes it; the others skip it.
 *
 * After each run, main.ts starts the retries users asked for while no key
 * could be tried, if one can be now (`resumeWaitingRetries` in
 * `retry_waits.ts`).
 *
 * @module
 */
import { type Clock, SYSTEM_CLOCK } from "../clock.ts";
import {
  type CircuitRules,
  claimProbe,
  DEFAULT_CIRCUIT_RULES,
  failureCode,
  needsCompletionProbe,
  recordProbe,
} from "./circuit.ts";
import type { KeyProbeCall, KeyProbeResult } from "./key_probe.ts";
import type { PooledKey } from "./key_pool.ts";
import type { ProviderErrorKind } from "./provider.ts";
import { describeError, getLog } from "../logging.ts";
import type { KeyHealthStore } from "./key_health_store.ts";

const log = getLog("key_health");

/** What {@linkcode runKeyHealthCheck} needs. */
export interface KeyHealthCheckDeps {
  /** Every key of the pool. */
  keys: readonly PooledKey[];
  store: KeyHealthStore;
  clock?: Clock;
  /**
   * How long a claim on a key holds; longer than one probe may take. When
   * a run dies mid-probe, the next run takes the key over after this.
   * Default 120000.
   */
  leaseMs?: number;
  rules?: Partial<CircuitRules>;
}

/** The probe of one key in a run. */
export interface KeyProbeReport {
  provider: string;
  keyHint: string;
  ok: boolean;
  /** Why the probe failed; absent when `ok`. */
  kind?: ProviderErrorKind;
  /** The provider's code for the failure (see `failureCode`); absent when `ok` or none. */
  code?: string;
  /** The key was probed with a chat completion because it had no balance left. */
  forcedCompletion: boolean;
  latencyMs: number;
  /** The key is parked after the probe (refused, waiting for the next run). */
  parked: boolean;
}

/** What one run did. */
export interface KeyHealthReport {
  /** The keys this run probed, in pool order. */
  probed: KeyProbeReport[];
  /** Keys in service, or claimed by another run or request. */
  skipped: number;
  /** Keys whose claim, probe or record failed (logged). */
  failed: number;
}

/** Every three minutes. */
export const KEY_HEALTH_SCHEDULE = "*/3 * * * *";
/** How often {@linkcode KEY_HEALTH_SCHEDULE} runs, for what users are told. */
export const KEY_HEALTH_INTERVAL_MS = 3 * 60_000;

const DEFAULT_LEASE_MS = 120_000;

/**
 * One run of the job: claim and probe every key that is out of service, and
 * record each outcome. Never throws for one key: its failure is logged and
 * counted, and the other keys are still probed.
 *
 * @param deps the keys, the health store, the clock
 * @returns what was probed and skipped
 *
 * @example
 * ```ts ignore
 * const report = await runKeyHealthCheck({ keys: pool.keys, store });
 * console.log(report.probed.filter((p) => p.ok).length, "keys re-enabled");
 * ```
 */
export async function runKeyHealthCheck(
  deps: KeyHealthCheckDeps,
): Promise<KeyHealthReport> {
  const outcomes = await Promise.allSettled(
    deps.keys.map((key) => checkKey(key, deps)),
  );
  const report: KeyHealthReport = { probed: [], skipped: 0, failed: 0 };
  outcomes.forEach((outcome, i) => {
    if (outcome.status === "rejected") {
      report.failed++;
      log.error("Cannot check LLM key {keyHint} of {provider}: {error}", {
        keyHint: deps.keys[i].keyHint,
        provider: deps.keys[i].provider,
        error: describeError(outcome.reason),
      });
    } else if (outcome.value === null) report.skipped++;
    else report.probed.push(outcome.value);
  });
  return report;
}

/** Claim, probe and record one key; null when it needs no probe or is claimed elsewhere. */
async function checkKey(
  key: PooledKey,
  deps: KeyHealthCheckDeps,
): Promise<KeyProbeReport | null> {
  const clock = deps.clock ?? SYSTEM_CLOCK;
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const rules = { ...DEFAULT_CIRCUIT_RULES, ...deps.rules };
  const claim = await deps.store.update(
    key.id,
    (health) => claimProbe(health, { at: clock.now(), leaseMs }),
  );
  if (!claim.changed) return null;
  const forcedCompletion = needsCompletionProbe(claim.health);
  const call: KeyProbeCall = forcedCompletion ? { mode: "completion" } : {};
  const result = await key.probe(call);
  const kind = result.ok ? undefined : result.error.kind;
  const code = result.ok ? null : failureCode(result.error);
  const at = clock.now();
  const { health } = await deps.store.update(
    key.id,
    (current) =>
      recordProbe(current, {
        at,
        ok: result.ok,
        kind,
        code,
        latencyMs: result.latencyMs,
      }, rules),
  );
  logProbe(key, result, forcedCompletion);
  return {
    provider: key.provider,
    keyHint: key.keyHint,
    ok: result.ok,
    kind,
    ...(code === null ? {} : { code }),
    forcedCompletion,
    latencyMs: result.latencyMs,
    parked: health.parked,
  };
}

function logProbe(
  key: PooledKey,
  result: KeyProbeResult,
  forcedCompletion: boolean,
): void {
  const properties = {
    provider: key.provider,
    keyHint: key.keyHint,
    latencyMs: result.latencyMs,
    probe: forcedCompletion ? "completion (no balance)" : "configured",
  };
  if (result.ok) {
    log.info(
      "LLM key {keyHint} of {provider} answered its probe: back in service",
      properties,
    );
  } else {
    log.warn("LLM key {keyHint} of {provider} failed its probe: {kind}", {
      ...properties,
      kind: result.error.kind,
      error: result.error.message,
    });
  }
}
