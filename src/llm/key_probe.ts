/**
 * Health probes of one API key: the cheapest call that tells whether the key
 * works again.
 *
 * @module
 */
import { type Clock, SYSTEM_CLOCK } from "../clock.ts";
import {
  createOpenAiClient,
  type OpenAiProbeResult,
  probeOpenAiKey,
} from "./openai_client.ts";
import { ProviderError } from "./provider.ts";

/**
 * How a key is probed:
 * - `"models"`: `GET /models`, free with every provider, checks the key only;
 * - `"completion"`: a chat completion asking for one word, which also checks
 *   that the model answers with this key (costs a few tokens).
 */
export type ProbeMode = "models" | "completion";

/** The outcome of a probe: `ok` with the latency, or the classified error. */
export type KeyProbeResult = OpenAiProbeResult;

/** Probes one key; never throws for a failing key. */
export type KeyProbe = (signal?: AbortSignal) => Promise<KeyProbeResult>;

/** Options of {@linkcode createKeyProbe}. */
export interface KeyProbeOptions {
  mode: ProbeMode;
  baseUrl: string;
  apiKey: string;
  /** Model of the completion probe. */
  model: string;
  /** Deadline of one probe in milliseconds. */
  timeoutMs: number;
  clock?: Clock;
  fetch?: typeof fetch;
}

const PROBE_MESSAGES = [
  { role: "user" as const, content: "Reply with the single word: ok" },
];

/**
 * Create the probe of one key.
 *
 * @param options the mode, the endpoint, the key and the deadline
 * @returns a function that probes the key each time it is called
 * @throws {TypeError} when `baseUrl`, `apiKey` or `model` is unusable
 * @throws {RangeError} when `timeoutMs` is not a positive number
 *
 * @example
 * ```ts
 * const probe = createKeyProbe({ mode: "models", baseUrl, apiKey, model, timeoutMs: 10_000 });
 * const result = await probe();
 * if (!result.ok) console.log(result.error.kind);
 * ```
 */
export function createKeyProbe(options: KeyProbeOptions): KeyProbe {
  const clock = options.clock ?? SYSTEM_CLOCK;
  // Built once: validates the options now rather than at the first probe.
  const client = createOpenAiClient({ ...options, clock });
  if (options.mode === "models") {
    return (signal) => probeOpenAiKey({ ...options, clock, signal });
  }
  return async (signal) => {
    const started = clock.now();
    try {
      await client.complete({ messages: PROBE_MESSAGES, signal });
      return { ok: true, latencyMs: clock.now() - started };
    } catch (error) {
      const classified = error instanceof ProviderError
        ? error
        : new ProviderError(
          "malformed",
          "Cannot probe key: unexpected failure",
          {
            cause: error,
          },
        );
      return { ok: false, error: classified, latencyMs: clock.now() - started };
    }
  };
}
