/**
 * Builds the LLM stack from the configuration: the key pool the bot asks,
 * the status `/keys` shows, and the run of the key-health job.
 *
 * @module
 */
import { type Clock, SYSTEM_CLOCK } from "../clock.ts";
import { type KeyHealthReport, runKeyHealthCheck } from "./key_health.ts";
import { KeyHealthStore } from "./key_health_store.ts";
import type { Sleep } from "../util/backoff.ts";
import { createKeyProbe, type ProbeMode } from "./key_probe.ts";
import { keyId, KeyPool, type KeyStatus, type PooledKey } from "./key_pool.ts";
import { maskKey } from "./mask.ts";
import { createOpenAiClient } from "./openai_client.ts";
import type { LlmProvider } from "./provider.ts";
import type { LlmMetrics } from "../metrics/metrics.ts";
import type { Tracing } from "../metrics/tracing.ts";

/** One OpenAI-compatible provider of the chain. */
export interface ProviderSettings {
  name: string;
  baseUrl: string;
  apiKeys: readonly string[];
  model: string;
}

/** The LLM settings {@linkcode createLlmStack} builds from (the `llm` section of the configuration). */
export interface LlmSettings {
  /** In order of preference; empty when no key is configured. */
  providers: readonly ProviderSettings[];
  timeoutMs: number;
  deadlineMs: number;
  firstTokenMs: number;
  probe: ProbeMode;
  /** The longest a provider's `Retry-After` keeps a key out of service. */
  retryAfterMaxMs: number;
}

/** What {@linkcode createLlmStack} needs besides the configuration. */
export interface LlmStackDeps {
  /** Where key health is shared with the other instances. */
  kv: Deno.Kv;
  clock?: Clock;
  /** Fetch implementation of every LLM call (default: Deno's `fetch`). */
  fetch?: typeof fetch;
  /** Waits between rounds of retries (default: a real timer). */
  sleep?: Sleep;
  /** Where each attempt is counted and timed. */
  metrics?: LlmMetrics;
  /** Spans of the attempts. */
  tracing?: Tracing;
}

/** The LLM side of the bot, built once at start. */
export interface LlmStack {
  /** The key pool; `null` when no key is configured (the offline enhancer answers). */
  provider: LlmProvider | null;
  /** Every key's state for `/keys`, read fresh from KV; empty without keys. */
  keyStatus(): Promise<KeyStatus[]>;
  /** One run of the key-health job (the "promptsmith-key-health" cron, src/jobs/schedule.ts). */
  runHealthCheck(): Promise<KeyHealthReport>;
}

/** A claim on a key for a probe outlives one probe's deadline by this much. */
const PROBE_LEASE_MARGIN_MS = 30_000;

/**
 * Build the key pool over every key of every provider in the chain, with
 * health shared through `deps.kv`.
 *
 * @param llm the `llm` section of the configuration
 * @param deps KV, clock and test seams
 * @returns the provider, the key status and the health-check run
 *
 * @example
 * ```ts
 * import { createLlmStack } from "./factory.ts";
 * using kv = await Deno.openKv(":memory:");
 * const llm = createLlmStack({
 *   providers: [{ name: "primary", baseUrl: "http://127.0.0.1:9/v1", apiKeys: ["sk-test-1234"], model: "gpt-4o-mini" }],
 *   timeoutMs: 60_000,
 *   deadlineMs: 60_000,
 *   firstTokenMs: 20_000,
 *   probe: "models",
 *   retryAfterMaxMs: 600_000,
 * }, { kv });
 * const keys = await llm.keyStatus(); // one key, in service
 * ```
 */
export function createLlmStack(
  llm: LlmSettings,
  deps: LlmStackDeps,
): LlmStack {
  if (llm.providers.length === 0) {
    return {
      provider: null,
      keyStatus: () => Promise.resolve([]),
      runHealthCheck: () =>
        Promise.resolve({ probed: [], skipped: 0, failed: 0 }),
    };
  }
  const clock = deps.clock ?? SYSTEM_CLOCK;
  const store = new KeyHealthStore(deps.kv, { clock });
  const keys = pooledKeys(llm, clock, deps.fetch);
  const rules = { retryAfterMaxMs: llm.retryAfterMaxMs };
  const pool = new KeyPool(keys, {
    store,
    clock,
    sleep: deps.sleep,
    deadlineMs: llm.deadlineMs,
    firstTokenMs: llm.firstTokenMs,
    rules,
    metrics: deps.metrics,
    tracing: deps.tracing,
  });
  const leaseMs = llm.timeoutMs + PROBE_LEASE_MARGIN_MS;
  return {
    provider: pool,
    keyStatus: () => pool.status(),
    runHealthCheck: () =>
      runKeyHealthCheck({ keys, store, clock, leaseMs, rules }),
  };
}

/** One {@linkcode PooledKey} per key of each provider, primary first. */
function pooledKeys(
  llm: LlmSettings,
  clock: Clock,
  fetch: typeof globalThis.fetch | undefined,
): PooledKey[] {
  return llm.providers.flatMap((provider, rank) =>
    provider.apiKeys.map((apiKey): PooledKey => {
      const endpoint = {
        baseUrl: provider.baseUrl,
        apiKey,
        model: provider.model,
        timeoutMs: llm.timeoutMs,
        clock,
        fetch,
      };
      return {
        id: keyId(provider, apiKey),
        provider: provider.name,
        rank,
        keyHint: maskKey(apiKey),
        client: createOpenAiClient(endpoint),
        probe: createKeyProbe({ ...endpoint, mode: llm.probe }),
      };
    })
  );
}
