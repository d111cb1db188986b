/**
 * Speech to text for voice notes: an OpenAI-compatible `/audio/transcriptions`
 * endpoint (OpenAI's Whisper and gpt-4o-transcribe models, Groq's Whisper, a
 * local faster-whisper server) behind the same key pool as chats: failover
 * between keys, circuit breakers shared through KV, backoff and the deadline.
 *
 * By default the primary provider's endpoint and keys are used, with the
 * same key ids as its chats, so a key refused or rate-limited for one is
 * known to be so for the other. Own `TRANSCRIBE_BASE_URL` or
 * `TRANSCRIBE_API_KEYS` make a pool of their own (provider "transcription"),
 * whose keys the key-health job probes with `GET /models`.
 *
 * @module
 */
import { type Clock, SYSTEM_CLOCK } from "../clock.ts";
import type { Sleep } from "../util/backoff.ts";
import { type KeyHealthReport, runKeyHealthCheck } from "./key_health.ts";
import { KeyHealthStore } from "./key_health_store.ts";
import { createKeyProbe } from "./key_probe.ts";
import { keyId, KeyPool, type PooledKey } from "./key_pool.ts";
import { maskKey } from "./mask.ts";
import {
  createOpenAiClient,
  createOpenAiTranscriber,
  DEFAULT_BASE_URL,
} from "./openai_client.ts";
import type { Transcriber } from "./provider.ts";

/** The transcription model by default (TRANSCRIBE_MODEL). */
export const DEFAULT_TRANSCRIBE_MODEL = "whisper-1";

/** The provider name of transcription keys of their own (not the primary's). */
export const TRANSCRIPTION_PROVIDER_NAME = "transcription";

/** Where audio is transcribed: an endpoint, its keys and the model. */
export interface TranscriptionEndpoint {
  /** "primary" when it is the primary provider's (shared key health), else "transcription". */
  name: string;
  baseUrl: string;
  apiKeys: readonly string[];
  model: string;
}

/** What {@linkcode resolveTranscription} decides from. */
export interface TranscriptionChoice {
  /** The primary chat provider, when it has keys. */
  primary?: { name: string; baseUrl: string; apiKeys: readonly string[] };
  /** TRANSCRIBE_BASE_URL, when set. */
  baseUrl?: string;
  /** TRANSCRIBE_API_KEYS, when set. */
  apiKeys?: readonly string[];
  /** TRANSCRIBE_MODEL. */
  model: string;
}

/**
 * The endpoint voice notes go to: the primary provider unless a base URL or
 * keys of its own are set (each of them defaults to the primary's); `null`
 * when there is no key at all (transcription is impossible).
 *
 * @example
 * ```ts
 * import { resolveTranscription } from "./transcribe.ts";
 * resolveTranscription({ model: "whisper-1" }); // null: no key anywhere
 * ```
 */
export function resolveTranscription(
  choice: TranscriptionChoice,
): TranscriptionEndpoint | null {
  const own = choice.baseUrl !== undefined || choice.apiKeys !== undefined;
  const apiKeys = choice.apiKeys ?? choice.primary?.apiKeys ?? [];
  if (apiKeys.length === 0) return null;
  if (!own && choice.primary) {
    return { ...choice.primary, model: choice.model };
  }
  return {
    name: TRANSCRIPTION_PROVIDER_NAME,
    baseUrl: choice.baseUrl ?? choice.primary?.baseUrl ?? DEFAULT_BASE_URL,
    apiKeys,
    model: choice.model,
  };
}

/** What {@linkcode createTranscriptionStack} needs. */
export interface TranscriptionStackDeps {
  kv: Deno.Kv;
  /** One attempt's deadline (LLM_TIMEOUT_MS). */
  timeoutMs: number;
  /** The whole request's deadline (LLM_DEADLINE_MS). */
  deadlineMs: number;
  /** The longest a Retry-After keeps a key out (LLM_RETRY_AFTER_MAX_MS). */
  retryAfterMaxMs: number;
  clock?: Clock;
  fetch?: typeof fetch;
  sleep?: Sleep;
}

/** Transcription, and the health check of its own keys. */
export interface TranscriptionStack {
  transcriber: Transcriber;
  /**
   * Probe this stack's own keys that are out of service; nothing when it
   * shares the primary's keys (the chat stack probes those).
   */
  runHealthCheck(): Promise<KeyHealthReport>;
}

/** A claim on a key for a probe outlives one probe's deadline by this much. */
const PROBE_LEASE_MARGIN_MS = 30_000;

/**
 * A transcriber over every key of `endpoint`, through a key pool whose
 * health lives in `deps.kv`.
 *
 * @throws {TypeError} when the endpoint's URL, a key or the model is unusable
 */
export function createTranscriptionStack(
  endpoint: TranscriptionEndpoint,
  deps: TranscriptionStackDeps,
): TranscriptionStack {
  const clock = deps.clock ?? SYSTEM_CLOCK;
  const store = new KeyHealthStore(deps.kv, { clock });
  const transcribers = new Map<string, Transcriber>();
  const keys = endpoint.apiKeys.map((apiKey): PooledKey => {
    const options = {
      baseUrl: endpoint.baseUrl,
      apiKey,
      model: endpoint.model,
      timeoutMs: deps.timeoutMs,
      clock,
      fetch: deps.fetch,
    };
    const id = keyId(endpoint, apiKey);
    transcribers.set(id, createOpenAiTranscriber(options));
    return {
      id,
      provider: endpoint.name,
      rank: 0,
      keyHint: maskKey(apiKey),
      // Never asked to chat: the pool runs transcriptions through run().
      client: createOpenAiClient(options),
      // A transcription model cannot chat: such keys are probed by listing models.
      probe: createKeyProbe({ ...options, mode: "models" }),
    };
  });
  const rules = { retryAfterMaxMs: deps.retryAfterMaxMs };
  const pool = new KeyPool(keys, {
    store,
    clock,
    sleep: deps.sleep,
    deadlineMs: deps.deadlineMs,
    // Unused: a transcription is not streamed.
    firstTokenMs: deps.deadlineMs,
    rules,
  });
  const shared = endpoint.name !== TRANSCRIPTION_PROVIDER_NAME;
  return {
    transcriber: {
      transcribe: (request) =>
        pool.run(
          (key, { signal }) =>
            transcribers.get(key.id)!.transcribe({ ...request, signal }),
          { signal: request.signal, action: "transcribe audio" },
        ),
    },
    runHealthCheck: () =>
      shared
        ? Promise.resolve({ probed: [], skipped: 0, failed: 0 })
        : runKeyHealthCheck({
          keys,
          store,
          clock,
          leaseMs: deps.timeoutMs + PROBE_LEASE_MARGIN_MS,
          rules,
        }),
  };
}
