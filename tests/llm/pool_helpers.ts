/**
 * Shared set-up of the key pool, key-health job and OpenAI client tests:
 * keys against the fake LLM server, a clock tests move by hand, a sleep that
 * moves it, and everything an error shows.
 *
 * @module
 */
import { createKeyProbe, type KeyProbe } from "../../src/llm/key_probe.ts";
import { keyId, type PooledKey } from "../../src/llm/key_pool.ts";
import { maskKey } from "../../src/llm/mask.ts";
import { createOpenAiClient } from "../../src/llm/openai_client.ts";
import type { Clock } from "../../src/clock.ts";
import type { FakeLlm } from "../fakes/llm_api.ts";
import {
  type ManualClock,
  manualClock as sharedManualClock,
} from "../support.ts";

/** A fixed start time for the manual clocks. */
export const T0 = 1_764_000_000_000;

/** A {@linkcode ManualClock} starting at `start`, {@linkcode T0} by default. */
export function manualClock(start = T0): ManualClock {
  return sharedManualClock(start);
}

export type { ManualClock };

/** A sleep that records each wait and moves `clock` instead of waiting. */
export function instantSleep(clock: ManualClock, waits: number[]) {
  return (ms: number): Promise<void> => {
    waits.push(ms);
    clock.advance(ms);
    return Promise.resolve();
  };
}

/** Options of {@linkcode pooledKey}. */
export interface PooledKeyOptions {
  baseUrl: string;
  clock?: Clock;
  provider?: string;
  rank?: number;
  model?: string;
  timeoutMs?: number;
  /** Replaces the real `GET /models` probe. */
  probe?: KeyProbe;
}

/** One key as the factory builds it: a real client of an OpenAI-compatible server. */
export function pooledKey(
  apiKey: string,
  options: PooledKeyOptions,
): PooledKey {
  const provider = options.provider ?? "primary";
  const endpoint = {
    baseUrl: options.baseUrl,
    apiKey,
    model: options.model ?? "fake-model",
    timeoutMs: options.timeoutMs ?? 5_000,
    clock: options.clock,
  };
  return {
    id: keyId({ name: provider, baseUrl: options.baseUrl }, apiKey),
    provider,
    rank: options.rank ?? 0,
    keyHint: maskKey(apiKey),
    client: createOpenAiClient(endpoint),
    probe: options.probe ?? createKeyProbe({ ...endpoint, mode: "models" }),
  };
}

/** The keys of the chat requests the fake received, in order. */
export function chatKeys(llm: FakeLlm): (string | undefined)[] {
  return llm.requests.filter((r) => r.path.endsWith("/chat/completions"))
    .map((r) => r.apiKey);
}

/** The keys of the probe requests (`GET /models`) the fake received, in order. */
export function probeKeys(llm: FakeLlm): (string | undefined)[] {
  return llm.requests.filter((r) => r.path.endsWith("/models"))
    .map((r) => r.apiKey);
}

/**
 * A fetch that answers `GET …/models` itself with a model list, whatever the
 * key, as OpenAI does for a key without balance; everything else goes to the
 * real fetch. (The fake LLM server answers both routes alike for a key.)
 *
 * @param listed receives the key of each `GET /models` it answers
 */
export function modelsListedToAnyKey(listed: string[]): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    if (
      request.method !== "GET" ||
      !new URL(request.url).pathname.endsWith("/models")
    ) {
      return fetch(input, init);
    }
    const auth = request.headers.get("authorization") ?? "";
    listed.push(auth.replace(/^Bearer\s+/i, ""));
    const data = [{
      id: "fake-model",
      object: "model",
      created: 0,
      owned_by: "fake",
    }];
    return Promise.resolve(Response.json({ object: "list", data }));
  };
}

/** Every text a log line could show of an error, its causes included. */
export function everythingShown(error: unknown, depth = 0): string {
  if (!(error instanceof Error) || depth > 4) return String(error);
  const extra = error as { error?: unknown; code?: unknown; type?: unknown };
  return [
    String(error),
    error.message,
    error.stack,
    JSON.stringify(extra.error ?? null),
    String(extra.code),
    String(extra.type),
    everythingShown(error.cause, depth + 1),
  ]
    .join("\n");
}
