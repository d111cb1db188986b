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
import { type LlmProvider, ProviderError } from "./provider.ts";

/**
 * How a key is probed:
 * - `"models"`: `GET /models`, free with every provider, checks the key only;
 * - `"completion"`: a chat completion asking for one word, which also checks
 *   that the model answers with this key (costs a few tokens).
 */
export type ProbeMode = (typeof PROBE_MODES)[number];

/** Every {@linkcode ProbeMode}. */
export const PROBE_MODES = ["models", "completion"] as const;

/** The free probe, by default (LLM_PROBE). */
export const DEFAULT_PROBE_MODE: ProbeMode = "models";

/** The outcome of a probe: `ok` with the latency, or the classified error. */
export type KeyProbeResult = OpenAiProbeResult;

/** One call of a {@linkcode KeyProbe}. */
export interface KeyProbeCall {
  /** Aborts the probe, e.g. on shutdown. */
  signal?: AbortSignal;
  /**
   * Probe this way this time instead of the configured mode: `"completion"`
   * for a key parked for want of balance, whose `GET /models` succeeds.
   */
  mode?: ProbeMode;
}

/** Probes one key; never throws for a failing key. */
export type KeyProbe = (call?: KeyProbeCall) => Promise<KeyProbeResult>;

/** Options of {@linkcode createKeyProbe}. */
export interface KeyProbeOptions {
  /** How the key is probed unless a call asks otherwise. */
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
 * @returns a function that probes the key each time it is called, in
 * `options.mode` unless the call names another
 * @throws {TypeError} when `baseUrl`, `apiKey` or `model` is unusable
 * @throws {RangeError} when `timeoutMs` is not a positive number
 *
 * @example
 * ```ts ignore
 * const probe = createKeyProbe({ mode: "models", baseUrl, apiKey, model, timeoutMs: 10_000 });
 * const result = await probe();
 * if (!result.ok) console.log(result.error.kind);
 * const paid = await probe({ mode: "completion" }); // does the key still pay?
 * ```
 */
export function createKeyProbe(options: KeyProbeOptions): KeyProbe {
  const clock = options.clock ?? SYSTEM_CLOCK;
  // Built once: validates the options now rather than at the first probe.
  const client = createOpenAiClient({ ...options, clock });
  return ({ signal, mode = options.mode } = {}) =>
    mode === "models"
      ? probeOpenAiKey({ ...options, clock, signal })
      : probeCompletion(client, clock, signal);
}

/** Ask for one word: the key works only if the model answers with it. */
async function probeCompletion(
  client: LlmProvider,
  clock: Clock,
  signal: AbortSignal | undefined,
): Promise<KeyProbeResult> {
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
}
