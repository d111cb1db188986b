/**
 * The simplest multi-key policy: try one provider (one key) after another
 * until one answers. A key pool with circuit breakers replaces it later,
 * behind the same {@linkcode LlmProvider} interface.
 *
 * @module
 */

import {
  type CompletionRequest,
  type CompletionResult,
  type LlmProvider,
  ProviderError,
  type ProviderErrorKind,
} from "./provider.ts";

/** Options of {@linkcode createKeyFallbackProvider}. */
export interface KeyFallbackOptions {
  /**
   * Called after each failed attempt that leads to the next provider or to
   * "unavailable", e.g. to log it. `index` is the provider's position.
   */
  onAttemptError?: (error: ProviderError, index: number) => void;
}

/** Failures another key may not have: the next provider is tried. */
const FALLBACK_KINDS: ReadonlySet<ProviderErrorKind> = new Set([
  "auth",
  "rate_limit",
  "server",
  "network",
  "timeout",
  "malformed",
]);

/**
 * Create a provider that tries `providers` in order until one answers.
 *
 * - On "auth", "rate_limit", "server", "network", "timeout" or "malformed"
 *   it moves on to the next provider; if the failed attempt had streamed
 *   deltas, `request.onReset()` is called first.
 * - On "bad_request" or "aborted" (or an error that is not a
 *   {@linkcode ProviderError}, such as one thrown by `onDelta`) it rethrows
 *   at once: another key would not help.
 *
 * @param providers one provider per key, in order of preference
 * @param options hook to observe failed attempts
 * @returns a provider over all the keys
 * @throws {RangeError} when `providers` is empty
 *
 * @example
 * ```ts
 * const llm = createKeyFallbackProvider(
 *   keys.map((apiKey) => createOpenAiClient({ baseUrl, apiKey, model, timeoutMs })),
 * );
 * ```
 */
export function createKeyFallbackProvider(
  providers: readonly LlmProvider[],
  options: KeyFallbackOptions = {},
): LlmProvider {
  if (providers.length === 0) {
    throw new RangeError(
      "Cannot create key fallback provider: no providers given",
    );
  }
  const list = [...providers];
  return {
    complete: (request) => completeWithFallback(list, options, request),
  };
}

async function completeWithFallback(
  providers: readonly LlmProvider[],
  options: KeyFallbackOptions,
  request: CompletionRequest,
): Promise<CompletionResult> {
  const failures: ProviderError[] = [];
  for (const [index, provider] of providers.entries()) {
    if (request.signal?.aborted) {
      throw new ProviderError(
        "aborted",
        "Cannot complete chat: aborted by the caller",
        {
          cause: failures.at(-1),
        },
      );
    }
    const attempt = trackDeltas(request);
    try {
      return await provider.complete(attempt.request);
    } catch (error) {
      if (
        !(error instanceof ProviderError) || !FALLBACK_KINDS.has(error.kind)
      ) throw error;
      failures.push(error);
      options.onAttemptError?.(error, index);
      // Only before another attempt: after the last one the caller gets an error.
      if (attempt.emitted() && index < providers.length - 1) {
        request.onReset?.();
      }
    }
  }
  throw unavailable(failures);
}

/** Wraps the request's callbacks to know whether this attempt showed anything. */
function trackDeltas(request: CompletionRequest) {
  let emitted = false;
  const { onDelta, onReset } = request;
  const tracked: CompletionRequest = {
    ...request,
    onDelta: onDelta && ((chunk) => {
      emitted = true;
      onDelta(chunk);
    }),
    onReset: onReset && (() => {
      emitted = false;
      onReset();
    }),
  };
  return { request: tracked, emitted: () => emitted };
}

function unavailable(failures: ProviderError[]): ProviderError {
  const kinds = failures.map((error) =>
    error.status === undefined ? error.kind : `${error.kind} (${error.status})`
  );
  const who = failures.length === 1
    ? "the only key"
    : `all ${failures.length} keys`;
  return new ProviderError(
    "unavailable",
    `Cannot complete chat: ${who} failed: ${kinds.join(", ")}`,
    { cause: failures.at(-1), retryAfterMs: commonRetryAfter(failures) },
  );
}

/** When every key is rate limited with advice, the soonest moment one frees up. */
function commonRetryAfter(failures: ProviderError[]): number | undefined {
  const waits = failures.map((error) =>
    error.kind === "rate_limit" ? error.retryAfterMs : undefined
  );
  if (waits.some((wait) => wait === undefined)) return undefined;
  return Math.min(...waits as number[]);
}
