/**
 * Bot API clients: one retry policy for every call the bot makes.
 *
 * grammY's auto-retry plugin is not used: it `require`s grammY's Node build,
 * so its `instanceof HttpError` never matches the web build's errors, and
 * network failures were not retried at all.
 *
 * @module
 */
import { Api, HttpError, type RawApi, type Transformer } from "grammy";
import { getLog } from "../logging.ts";
import type { TelegramMetrics } from "../metrics/metrics.ts";
import { NOOP_TRACING, type Tracing } from "../metrics/tracing.ts";
import { fullJitterDelay, type Sleep, sleep } from "../util/backoff.ts";

/** Telegram's cloud Bot API. */
export const DEFAULT_API_ROOT = "https://api.telegram.org";

const log = getLog("telegram");

/**
 * How long one Bot API request may take. Long polls ask Telegram to hold the
 * request for 30 s, so this is well above that; grammY's own default is 500 s.
 */
export const API_TIMEOUT_SECONDS = 60;

/** Options of {@linkcode retryApiCalls}. */
export interface RetryOptions {
  /** Tries of one call in all, the first included. Default 4. */
  maxAttempts?: number;
  /** A flood wait (429 `retry_after`) longer than this fails the call instead. Default 30 s. */
  maxFloodWaitMs?: number;
  /** Upper bound of the first backoff after a network error or 5xx. Default 500 ms. */
  baseDelayMs?: number;
  /** Cap of the backoff. Default 10 s. */
  maxDelayMs?: number;
  /** Waits between tries; tests inject one that does not wait. */
  sleep?: Sleep;
  /** Randomness of the jitter. Default `Math.random`. */
  random?: () => number;
}

/** Options of {@linkcode createApi}. */
export interface CreateApiOptions {
  /** Base URL of the Bot API server. */
  apiRoot: string;
  /** The retry policy; the defaults of {@linkcode RetryOptions} otherwise. */
  retry?: RetryOptions;
  /** Replaces `fetch` for every call (an in-process Bot API, as the console has). */
  fetch?: typeof fetch;
  /** Where calls are counted and traced. */
  observe?: ApiObservers;
}

/** Where Bot API calls are counted (each attempt) and traced (each call). */
export interface ApiObservers {
  metrics?: TelegramMetrics;
  tracing?: Tracing;
}

/**
 * Install the API transformers every Bot API client of the bot uses: the one
 * retry policy of {@linkcode retryApiCalls}, with each attempt counted inside
 * it and each call traced around it (see {@linkcode observeApiCalls}).
 */
export function configureApi(
  api: Api<RawApi>,
  options: RetryOptions = {},
  observe: ApiObservers = {},
): Api<RawApi> {
  // The transformer installed last runs first: metrics, then retries, then the span.
  if (observe.metrics) api.config.use(countApiCalls(observe.metrics));
  api.config.use(retryApiCalls(options));
  if (observe.tracing?.enabled) api.config.use(traceApiCalls(observe.tracing));
  return api;
}

/**
 * A transformer that counts each Bot API call by method, its failures by
 * error_code ("network" for no answer), 429s apart, and times it; the long
 * poll `getUpdates` is counted but not timed (it waits on purpose).
 */
export function countApiCalls(metrics: TelegramMetrics): Transformer {
  return async (prev, method, payload, signal) => {
    const started = performance.now();
    metrics.calls.inc({ method });
    try {
      const result = await prev(method, payload, signal);
      if (!result.ok) {
        metrics.errors.inc({ method, code: String(result.error_code) });
        if (result.error_code === 429) metrics.floodWaits.inc({ method });
      }
      return result;
    } catch (error) {
      metrics.errors.inc({ method, code: "network" });
      throw error;
    } finally {
      if (method !== "getUpdates") {
        metrics.duration.observe(
          { method },
          (performance.now() - started) / 1000,
        );
      }
    }
  };
}

/**
 * A transformer that runs each Bot API call (retries included) in a span
 * `telegram.<method>`, with the chat's pseudonym; long polls are left out.
 */
export function traceApiCalls(tracing: Tracing = NOOP_TRACING): Transformer {
  return (prev, method, payload, signal) => {
    if (method === "getUpdates") return prev(method, payload, signal);
    const chatId = (payload as { chat_id?: unknown } | undefined)?.chat_id;
    return tracing.span(`telegram.${method}`, {
      "telegram.method": method,
      "chat.id": typeof chatId === "number" ? chatId : undefined,
    }, async (span) => {
      const result = await prev(method, payload, signal);
      span.set({
        "telegram.ok": result.ok,
        "telegram.error_code": result.ok ? undefined : result.error_code,
      });
      return result;
    });
  };
}

/** A Bot API client for background work (jobs) outside an update's context. */
export function createApi(
  token: string,
  options: CreateApiOptions,
): Api<RawApi> {
  return configureApi(
    new Api(token, {
      apiRoot: options.apiRoot,
      timeoutSeconds: API_TIMEOUT_SECONDS,
      fetch: options.fetch,
    }),
    options.retry,
    options.observe,
  );
}

/**
 * A transformer that retries what can succeed later: a flood wait (429) up to
 * `maxFloodWaitMs`, a 5xx answer, and a network error (Telegram unreachable,
 * a timeout), with exponential backoff and full jitter, logging each retry.
 * Anything else (400, 403, …) is returned at once. `getUpdates` is left to the
 * poller, which retries polls itself.
 *
 * A network error may hide a request that reached Telegram, so a retried
 * `sendMessage` can, rarely, arrive twice; Telegram has no idempotency key.
 */
export function retryApiCalls(options: RetryOptions = {}): Transformer {
  const maxAttempts = options.maxAttempts ?? 4;
  const maxFloodWaitMs = options.maxFloodWaitMs ?? 30_000;
  const backoff = {
    baseMs: options.baseDelayMs ?? 500,
    maxMs: options.maxDelayMs ?? 10_000,
    random: options.random,
  };
  const wait = options.sleep ?? sleep;
  return async (prev, method, payload, grammySignal) => {
    if (method === "getUpdates") {
      return await prev(method, payload, grammySignal);
    }
    // grammY types its signal with a polyfill's type; at run time it is the web one.
    const signal = grammySignal as unknown as AbortSignal | undefined;
    for (let attempt = 1;; attempt++) {
      const last = attempt >= maxAttempts;
      let delayMs: number;
      let reason: string;
      try {
        const result = await prev(method, payload, grammySignal);
        if (result.ok || last) return result;
        const floodWaitMs = (result.parameters?.retry_after ?? NaN) * 1000;
        if (result.error_code === 429 && floodWaitMs <= maxFloodWaitMs) {
          delayMs = floodWaitMs;
          reason = "429 Too Many Requests";
        } else if (result.error_code >= 500) {
          delayMs = fullJitterDelay(attempt - 1, backoff);
          reason = `${result.error_code} ${result.description}`;
        } else return result;
      } catch (error) {
        if (!(error instanceof HttpError) || last || signal?.aborted) {
          throw error;
        }
        delayMs = fullJitterDelay(attempt - 1, backoff);
        reason = describeCause(error);
      }
      log.warn(
        "Telegram {method} failed ({reason}): retrying in {delayMs} ms, attempt {attempt} of {maxAttempts}",
        { method, reason, delayMs, attempt: attempt + 1, maxAttempts },
      );
      await wait(delayMs, signal);
      if (signal?.aborted) throw signal.reason;
    }
  };
}

/**
 * What failed under an HttpError, down its chain of causes: grammY keeps the
 * fetch error as `error`, and fetch keeps the network's reason as `cause`.
 */
export function describeCause(error: HttpError): string {
  const parts = [error.message];
  let cause: unknown = error.error;
  for (let depth = 0; cause instanceof Error && depth < 4; depth++) {
    parts.push(`${cause.name}: ${cause.message}`);
    cause = cause.cause;
  }
  return parts.join(" ← ");
}
