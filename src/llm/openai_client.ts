/**
 * An {@linkcode LlmProvider} for ONE key of an OpenAI-compatible API, built
 * on the official `openai` SDK (Chat Completions, always streaming).
 *
 * Every failure comes out as a {@linkcode ProviderError} whose message,
 * `code` and `cause` never contain the key; an HTTP error carries the body's
 * `code` even when its cause had to be replaced by a redacted copy. How the
 * SDK fails under Deno, and what each case becomes:
 *
 * | what happened                              | SDK / runtime error                  | kind          |
 * | ------------------------------------------ | ------------------------------------ | ------------- |
 * | caller's `signal` aborted                  | `APIUserAbortError`, or stream ends  | `aborted`     |
 * | `timeoutMs` elapsed                        | `APIUserAbortError`, or stream ends  | `timeout`     |
 * | 401, 402, 403, `insufficient_quota` body   | `AuthenticationError` …              | `auth`        |
 * | 429                                        | `RateLimitError`                     | `rate_limit`  |
 * | 400, 404, 413, 422 (and other 4xx)         | `BadRequestError` …                  | `bad_request` |
 * | 408, 409, 425, 5xx, SSE `error` event      | `InternalServerError`, `APIError`    | `server`      |
 * | connection refused / reset before headers  | `APIConnectionError`                 | `network`     |
 * | connection dropped mid-stream              | `TypeError` (raw, from Deno's fetch) | `network`     |
 * | invalid JSON in an SSE event or body       | `SyntaxError`                        | `malformed`   |
 * | stream ended without `finish_reason`       | none: the SDK ends the stream quietly | `malformed`   |
 * | no content at all                          | none                                 | `malformed`   |
 *
 * An abort or timeout in the middle of a stream makes the SDK end iteration
 * quietly, as if the answer were complete: the signals are checked after the
 * loop for that reason, and a missing `finish_reason` is treated as a failure.
 *
 * **Answer length.** A request's `maxTokens` is sent as `max_tokens`, the
 * field every OpenAI-compatible server reads (OpenAI's non-reasoning models,
 * Gemini, OpenRouter, Groq, Ollama, vLLM, llama.cpp). OpenAI's reasoning models
 * refuse it with a 400 naming `max_completion_tokens`: the client then sends
 * the same request once more with `max_completion_tokens` and keeps using
 * that field. Reasoning tokens count against that limit, so such models need
 * a higher `LLM_MAX_TOKENS`. A server that ignores the limit is cut off
 * client-side after {@linkcode MAX_CHARS_PER_TOKEN} characters per token,
 * reported as `finishReason: "length"` like a server's own stop. A stop at
 * the limit before any text is a `bad_request` (the limit is too low for the
 * model), not a failure of the key.
 *
 * @module
 */

// Types only: the SDK itself is loaded on the first request (it is a large part
// of the start-up time, and a bot without keys never needs it).
import type OpenAI from "openai";
import type { APIConnectionError, APIError } from "openai";
import { type Clock, SYSTEM_CLOCK } from "../clock.ts";
import { maskKey } from "./mask.ts";
import { chatCompletionChunks } from "./sse.ts";
import {
  type ChatMessage,
  type CompletionRequest,
  type CompletionResult,
  isImageDataUrl,
  type LlmProvider,
  ProviderError,
  type ProviderErrorKind,
  type Transcriber,
} from "./provider.ts";

/** OpenAI's API, the default endpoint (LLM_BASE_URL). */
export const DEFAULT_BASE_URL = "https://api.openai.com/v1";
/** The default model (LLM_MODEL). */
export const DEFAULT_MODEL = "gpt-4o-mini";
/** How long one attempt with one key may take by default (LLM_TIMEOUT_MS). */
export const DEFAULT_ATTEMPT_TIMEOUT_MS = 60_000;

/** Options of {@linkcode createOpenAiClient}. */
export interface OpenAiClientOptions {
  /** Base URL of the API, e.g. `https://api.openai.com/v1`. */
  baseUrl: string;
  /** The one key this client uses. */
  apiKey: string;
  /** Model id sent with every request. */
  model: string;
  /** Deadline of a whole request, streaming included, in milliseconds. */
  timeoutMs: number;
  /** Fetch implementation (default: Deno's native `fetch`). */
  fetch?: typeof fetch;
  /** Clock used to turn a `Retry-After` HTTP date into a delay (default: system clock). */
  clock?: Clock;
}

/** Options of {@linkcode probeOpenAiKey}. */
export interface OpenAiProbeOptions {
  baseUrl: string;
  apiKey: string;
  /** Deadline of the probe in milliseconds. */
  timeoutMs: number;
  fetch?: typeof fetch;
  /** Clock for `latencyMs` and `Retry-After` dates (default: system clock). */
  clock?: Clock;
  /** Aborts the probe, e.g. on shutdown. */
  signal?: AbortSignal;
}

/** Outcome of {@linkcode probeOpenAiKey}. */
export type OpenAiProbeResult =
  | { ok: true; latencyMs: number }
  | { ok: false; error: ProviderError; latencyMs: number };

interface Settings {
  apiKey: string;
  keyHint: string;
  timeoutMs: number;
  clock: Clock;
}

/** The request field that carries the token limit; see the module documentation. */
type TokenField = "max_tokens" | "max_completion_tokens";

/**
 * Characters per token past which a streamed answer is cut client-side, for a
 * server that ignores `max_tokens`. Tokens average about 4 characters of
 * English and fewer of other scripts: no honest answer comes near 8.
 */
export const MAX_CHARS_PER_TOKEN = 8;

/** Where a failure happened, to classify and describe it. */
interface Attempt {
  /** What was attempted, for messages: "complete chat", "list models". */
  action: string;
  settings: Settings;
  callerSignal: AbortSignal | undefined;
  timeoutSignal: AbortSignal;
}

/**
 * Create a provider that completes chats with one key, streaming.
 *
 * The SDK never retries (`maxRetries: 0`): retrying and switching keys is
 * the caller's policy (see `createKeyFallbackProvider`).
 *
 * @param options endpoint, key, model and deadline
 * @returns a provider whose results carry `keyHint: maskKey(apiKey)`
 * @throws {TypeError} when `baseUrl`, `apiKey` or `model` is unusable
 * @throws {RangeError} when `timeoutMs` is not a positive number
 *
 * @example
 * ```ts
 * const llm = createOpenAiClient({
 *   baseUrl: "https://api.openai.com/v1",
 *   apiKey: Deno.env.get("OPENAI_API_KEY")!,
 *   model: "gpt-4o-mini",
 *   timeoutMs: 60_000,
 * });
 * const { text } = await llm.complete({
 *   messages: [{ role: "user", content: "Hi" }],
 *   onDelta: (chunk) => console.log(chunk),
 * });
 * ```
 */
export function createOpenAiClient(options: OpenAiClientOptions): LlmProvider {
  validateOptions("OpenAI client", options);
  if (options.model.trim() === "") {
    throw new TypeError("Cannot create OpenAI client: model is empty");
  }
  const settings = toSettings(options);
  let ready: Promise<{ sdk: Sdk; client: OpenAI }> | undefined;
  // Learned once per client: a server that refuses max_tokens keeps refusing it.
  const tokens = {
    field: "max_tokens" as TokenField,
    temperature: true,
    usage: true,
  };
  return {
    async complete(request) {
      ready ??= loadSdk().then((sdk) => ({
        sdk,
        client: createSdk(sdk, options),
      }));
      const { sdk, client } = await ready;
      return await complete(
        sdk,
        client,
        { model: options.model, settings, tokens },
        request,
      );
    },
  };
}

/**
 * A {@linkcode Transcriber} for ONE key of an OpenAI-compatible
 * `/audio/transcriptions` endpoint (OpenAI's Whisper and gpt-4o-transcribe
 * models, Groq, a local faster-whisper server), through the official SDK,
 * multipart, answering JSON. Failures are classified as for chats.
 *
 * @param options endpoint, key, transcription model and deadline
 * @throws {TypeError} when `baseUrl`, `apiKey` or `model` is unusable
 * @throws {RangeError} when `timeoutMs` is not a positive number
 *
 * @example
 * ```ts ignore
 * const whisper = createOpenAiTranscriber({ baseUrl, apiKey, model: "whisper-1", timeoutMs: 60_000 });
 * const { text } = await whisper.transcribe({ audio, filename: "voice.ogg", mime: "audio/ogg", language: "de" });
 * ```
 */
export function createOpenAiTranscriber(
  options: OpenAiClientOptions,
): Transcriber {
  validateOptions("OpenAI transcriber", options);
  if (options.model.trim() === "") {
    throw new TypeError("Cannot create OpenAI transcriber: model is empty");
  }
  const settings = toSettings(options);
  let ready: Promise<{ sdk: Sdk; client: OpenAI }> | undefined;
  return {
    async transcribe(request) {
      ready ??= loadSdk().then((sdk) => ({
        sdk,
        client: createSdk(sdk, options),
      }));
      const { sdk, client } = await ready;
      const attempt = startAttempt(
        "transcribe audio",
        settings,
        request.signal,
      );
      try {
        const file = await sdk.toFile(request.audio, request.filename, {
          type: request.mime,
        });
        const result = await client.audio.transcriptions.create({
          file,
          model: options.model,
          response_format: "json",
          ...(request.language ? { language: request.language } : {}),
        }, { signal: attempt.signal });
        const text: unknown = (result as { text?: unknown } | null)?.text;
        if (typeof text !== "string") {
          throw new ProviderError(
            "malformed",
            failureMessage(attempt, "malformed response: no text"),
          );
        }
        return {
          text: text.trim(),
          model: options.model,
          keyHint: settings.keyHint,
        };
      } catch (error) {
        if (error instanceof ProviderError) throw error;
        throw classify(error, attempt, sdk);
      }
    },
  };
}

/**
 * Check that a key works by listing the models (`GET /models`) with it.
 * Never throws for a failing key: the failure is returned, classified.
 *
 * @param options endpoint, key and deadline
 * @returns `ok` with the round-trip latency, or the classified error
 * @throws {TypeError} when `baseUrl` or `apiKey` is unusable
 * @throws {RangeError} when `timeoutMs` is not a positive number
 */
export async function probeOpenAiKey(
  options: OpenAiProbeOptions,
): Promise<OpenAiProbeResult> {
  validateOptions("probe OpenAI key", options);
  const settings = toSettings(options);
  const sdk = await loadSdk();
  const client = createSdk(sdk, options);
  const attempt = startAttempt("list models", settings, options.signal);
  const started = settings.clock.now();
  try {
    await client.models.list({ signal: attempt.signal });
    return { ok: true, latencyMs: settings.clock.now() - started };
  } catch (error) {
    const classified = classify(error, attempt, sdk);
    return {
      ok: false,
      error: classified,
      latencyMs: settings.clock.now() - started,
    };
  }
}

function validateOptions(
  subject: string,
  options: { baseUrl: string; apiKey: string; timeoutMs: number },
): void {
  if (!URL.canParse(options.baseUrl)) {
    throw new TypeError(`Cannot create ${subject}: baseUrl is not a URL`);
  }
  if (options.apiKey.trim() === "") {
    throw new TypeError(`Cannot create ${subject}: apiKey is empty`);
  }
  if (!Number.isFinite(options.timeoutMs) || options.timeoutMs <= 0) {
    throw new RangeError(
      `Cannot create ${subject}: timeoutMs must be a positive number, got ${options.timeoutMs}`,
    );
  }
}

function toSettings(
  options: { apiKey: string; timeoutMs: number; clock?: Clock },
): Settings {
  return {
    apiKey: options.apiKey,
    keyHint: maskKey(options.apiKey),
    timeoutMs: options.timeoutMs,
    clock: options.clock ?? SYSTEM_CLOCK,
  };
}

/** The SDK's module, loaded once per process by the runtime on first use. */
type Sdk = typeof import("openai");

function loadSdk(): Promise<Sdk> {
  return import("openai");
}

function createSdk(
  sdk: Sdk,
  options: {
    baseUrl: string;
    apiKey: string;
    timeoutMs: number;
    fetch?: typeof fetch;
  },
): OpenAI {
  return new sdk.default({
    apiKey: options.apiKey,
    baseURL: options.baseUrl,
    // Explicit nulls keep OPENAI_ORG_ID and friends in the environment from
    // changing what this client sends.
    organization: null,
    project: null,
    adminAPIKey: null,
    webhookSecret: null,
    maxRetries: 0,
    // The SDK's own timer only guards the wait for headers; the signal of
    // startAttempt() guards the whole stream.
    timeout: options.timeoutMs,
    // Its debug logs would carry request bodies (user prompts): we classify
    // and log failures ourselves.
    logLevel: "off",
    fetch: options.fetch,
  });
}

function startAttempt(
  action: string,
  settings: Settings,
  callerSignal: AbortSignal | undefined,
) {
  // AbortSignal.timeout's timer is unref'd and leaves Deno's test sanitizers quiet.
  const timeoutSignal = AbortSignal.timeout(settings.timeoutMs);
  const signal = callerSignal
    ? AbortSignal.any([callerSignal, timeoutSignal])
    : timeoutSignal;
  const attempt: Attempt = { action, settings, callerSignal, timeoutSignal };
  return { ...attempt, signal };
}

/** What one client sends with every request. */
interface ClientState {
  model: string;
  settings: Settings;
  tokens: { field: TokenField; temperature: boolean; usage: boolean };
}

async function complete(
  sdk: Sdk,
  client: OpenAI,
  state: ClientState,
  request: CompletionRequest,
): Promise<CompletionResult> {
  const { model, settings, tokens } = state;
  // Outside the try: a bad image is the caller's error, not the key's.
  const messages = withImages(request.messages, request.images);
  const attempt = startAttempt("complete chat", settings, request.signal);
  try {
    const response = await openStream(sdk, client, state, {
      request,
      messages,
      signal: attempt.signal,
    });
    // The body is read by src/llm/sse.ts, with the SDK's semantics and a
    // fraction of its CPU per chunk.
    const chunks = chatCompletionChunks(response, {
      signal: attempt.signal,
      streamError: (error, headers) =>
        new sdk.APIError(undefined, error as object, undefined, headers),
    });
    const answer = await readStream(chunks, request);
    // A stream cut by an abort ends quietly and without a finish_reason; a
    // deadline that passed after the last chunk does not spoil a whole answer.
    if (answer.finishReason === undefined) throwIfStopped(attempt);
    checkAnswer(answer, attempt, request.maxTokens, tokens.field);
    return {
      text: answer.text,
      model: answer.model ?? model,
      keyHint: settings.keyHint,
      finishReason: answer.finishReason,
      ...(answer.usage ? { usage: answer.usage } : {}),
    };
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    if (error instanceof CallbackError) throw error.cause;
    throw classify(error, attempt, sdk);
  }
}

/**
 * Start the streamed request and return its response, status checked (an
 * error status throws the SDK's error); a server that refuses `max_tokens`
 * gets `max_completion_tokens`.
 */
async function openStream(
  sdk: Sdk,
  client: OpenAI,
  state: ClientState,
  call: {
    request: CompletionRequest;
    messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[];
    signal: AbortSignal;
  },
) {
  const { request, messages, signal } = call;
  const create = () =>
    client.chat.completions.create({
      model: request.model ?? state.model,
      messages,
      stream: true,
      // The token counts come in the last chunk (for the tokens metric).
      ...(state.tokens.usage
        ? { stream_options: { include_usage: true } }
        : {}),
      ...tokenLimit(state.tokens.field, request.maxTokens),
      ...(state.tokens.temperature && request.temperature !== undefined
        ? { temperature: request.temperature }
        : {}),
    }, { signal }).asResponse();
  // A server refuses max_tokens (reasoning models want max_completion_tokens),
  // a temperature (reasoning models take only their own) or stream_options
  // (an older compatible server): learned once per client, then the request
  // is sent again without it.
  for (let tries = 0;; tries++) {
    try {
      return await create();
    } catch (error) {
      if (tries >= 3) throw error;
      if (
        request.maxTokens !== undefined &&
        state.tokens.field === "max_tokens" && refusesMaxTokens(error, sdk)
      ) state.tokens.field = "max_completion_tokens";
      else if (
        request.temperature !== undefined && state.tokens.temperature &&
        refusesParam(error, sdk, "temperature")
      ) state.tokens.temperature = false;
      else if (
        state.tokens.usage && refusesParam(error, sdk, "stream_options")
      ) state.tokens.usage = false;
      else throw error;
    }
  }
}

/** A user content part of Chat Completions: text, or an image by URL. */
type ContentPart =
  | { type: "text"; text: string }
  | { type: "image_url"; image_url: { url: string } };

/**
 * The messages with `images` attached to the last user message as image
 * parts after its text (the shape every vision-capable compatible server
 * reads). Only base64 data URLs are sent: a remote URL could be a Telegram
 * file URL, which holds the bot token.
 *
 * @throws {TypeError} when an image is not a `data:image/…;base64,` URL
 */
function withImages(
  messages: readonly ChatMessage[],
  images: readonly string[] | undefined,
): OpenAI.Chat.Completions.ChatCompletionMessageParam[] {
  if (images === undefined || images.length === 0) return [...messages];
  if (!images.every(isImageDataUrl)) {
    throw new TypeError(
      "Cannot complete chat: an image is not a base64 data URL",
    );
  }
  const last = messages.findLastIndex((message) => message.role === "user");
  if (last < 0) {
    throw new TypeError("Cannot complete chat: images need a user message");
  }
  return messages.map((message, i) => {
    if (i !== last) return message;
    const content: ContentPart[] = [
      { type: "text", text: message.content },
      ...images.map((url): ContentPart => ({
        type: "image_url",
        image_url: { url },
      })),
    ];
    return { role: "user", content };
  });
}

function tokenLimit(field: TokenField, maxTokens: number | undefined) {
  if (maxTokens === undefined) return {};
  return field === "max_tokens"
    ? { max_tokens: maxTokens }
    : { max_completion_tokens: maxTokens };
}

/**
 * OpenAI's answer to `max_tokens` for a reasoning model: 400,
 * `"param": "max_tokens"`, "Use 'max_completion_tokens' instead."
 */
/** A 400 that names `param` as the one the server does not take. */
function refusesParam(error: unknown, sdk: Sdk, param: string): boolean {
  if (!(error instanceof sdk.APIError) || error.status !== 400) return false;
  const body = apiErrorBody(error);
  return body.param === param || error.param === param ||
    new RegExp(`['"\\s]${param}['"\\s]`).test(body.message ?? error.message);
}

function refusesMaxTokens(error: unknown, sdk: Sdk): boolean {
  if (!(error instanceof sdk.APIError) || error.status !== 400) return false;
  const body = apiErrorBody(error);
  return body.param === "max_tokens" || error.param === "max_tokens" ||
    /max_completion_tokens/.test(body.message ?? error.message);
}

/** Wraps an error thrown by the caller's `onDelta`: it is the caller's, not the provider's. */
class CallbackError extends Error {
  override readonly name = "CallbackError";
}

interface StreamedAnswer {
  text: string;
  model: string | undefined;
  finishReason: string | undefined;
  usage?: CompletionResult["usage"];
}

async function readStream(
  stream: AsyncIterable<unknown>,
  request: Pick<CompletionRequest, "onDelta" | "maxTokens">,
): Promise<StreamedAnswer> {
  const { onDelta, maxTokens } = request;
  const maxChars = maxTokens === undefined
    ? Infinity
    : maxTokens * MAX_CHARS_PER_TOKEN;
  const answer: StreamedAnswer = {
    text: "",
    model: undefined,
    finishReason: undefined,
  };
  for await (const item of stream) {
    // Compatible servers differ: read every field defensively.
    const chunk = item as
      | Partial<OpenAI.Chat.Completions.ChatCompletionChunk>
      | null;
    const choice = chunk?.choices?.[0];
    const content = choice?.delta?.content;
    if (typeof chunk?.model === "string" && chunk.model !== "") {
      answer.model = chunk.model;
    }
    if (typeof choice?.finish_reason === "string") {
      answer.finishReason = choice.finish_reason;
    }
    // With stream_options.include_usage, the last chunk carries the usage and no choice.
    const usage = chunk?.usage;
    if (
      typeof usage?.prompt_tokens === "number" &&
      typeof usage?.completion_tokens === "number"
    ) {
      answer.usage = {
        promptTokens: usage.prompt_tokens,
        completionTokens: usage.completion_tokens,
      };
    }
    if (typeof content !== "string" || content === "") continue;
    const room = maxChars - answer.text.length;
    const piece = content.length > room ? cutAt(content, room) : content;
    answer.text += piece;
    try {
      if (piece !== "") onDelta?.(piece);
    } catch (error) {
      // Leaving the loop aborts the request: the SDK cancels the stream.
      throw new CallbackError("onDelta failed", { cause: error });
    }
    if (piece !== content) {
      // The server ignores max_tokens: stop reading (leaving the loop cancels the stream).
      answer.finishReason = "length";
      break;
    }
  }
  return answer;
}

/** The first `length` code units of `text`, without a lone high surrogate at the end. */
function cutAt(text: string, length: number): string {
  const cut = text.slice(0, Math.max(0, length));
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

function throwIfStopped(attempt: Attempt): void {
  const kind = stoppedKind(attempt);
  if (kind) throw stoppedError(kind, attempt, undefined);
}

function stoppedKind(attempt: Attempt): "aborted" | "timeout" | undefined {
  // The caller's abort wins: it is why we stopped, even if the deadline also passed.
  if (attempt.callerSignal?.aborted) return "aborted";
  if (attempt.timeoutSignal.aborted) return "timeout";
  return undefined;
}

function stoppedError(
  kind: "aborted" | "timeout",
  attempt: Attempt,
  cause: unknown,
): ProviderError {
  const { timeoutMs } = attempt.settings;
  const reason = kind === "aborted"
    ? "aborted by the caller"
    : `timed out after ${timeoutMs}ms`;
  return new ProviderError(kind, failureMessage(attempt, reason), { cause });
}

function failureMessage(attempt: Attempt, reason: string): string {
  return `Cannot ${attempt.action} with key ${attempt.settings.keyHint}: ${reason}`;
}

function checkAnswer(
  answer: StreamedAnswer,
  attempt: Attempt,
  maxTokens: number | undefined,
  field: TokenField,
): void {
  if (answer.finishReason === "content_filter" && answer.text === "") {
    throw new ProviderError(
      "bad_request",
      failureMessage(attempt, "the answer was blocked by the content filter"),
    );
  }
  if (answer.finishReason === "length" && answer.text.trim() === "") {
    // Every key would do the same (a reasoning model spent the limit thinking).
    throw new ProviderError(
      "bad_request",
      failureMessage(
        attempt,
        `the model stopped at the token limit (${field} ${maxTokens}) before writing anything: raise LLM_MAX_TOKENS`,
      ),
      { code: "max_tokens_too_low" },
    );
  }
  const problem = answer.finishReason === undefined
    ? "stream ended before a finish_reason"
    : answer.text === ""
    ? "empty answer"
    : undefined;
  if (problem) {
    throw new ProviderError(
      "malformed",
      failureMessage(attempt, `malformed response: ${problem}`),
    );
  }
}

/** Turns anything the SDK or the runtime threw into a key-free ProviderError. */
function classify(
  error: unknown,
  attempt: Attempt,
  sdk: Sdk,
): ProviderError {
  const stopped = stoppedKind(attempt);
  const cause = safeCause(error, attempt.settings.apiKey, sdk);
  if (stopped) return stoppedError(stopped, attempt, cause);
  if (error instanceof sdk.APIConnectionTimeoutError) {
    return stoppedError("timeout", attempt, cause);
  }
  if (error instanceof sdk.APIUserAbortError) {
    return stoppedError("aborted", attempt, cause);
  }
  const { apiKey } = attempt.settings;
  const fail = (kind: ProviderErrorKind, reason: string) =>
    new ProviderError(kind, failureMessage(attempt, reason), { cause });
  if (error instanceof sdk.APIConnectionError) {
    return fail(
      "network",
      `connection failed: ${describe(connectionDetail(error), apiKey)}`,
    );
  }
  if (error instanceof sdk.APIError) {
    return classifyApiError(error, attempt, cause);
  }
  if (error instanceof SyntaxError) {
    return fail(
      "malformed",
      `malformed response: ${describe(error.message, apiKey)}`,
    );
  }
  if (error instanceof TypeError) {
    // Deno's fetch reports a connection dropped mid-body as a TypeError that
    // the SDK passes through ("error reading a body from connection").
    return fail(
      "network",
      `connection broke: ${describe(error.message, apiKey)}`,
    );
  }
  return fail(
    "malformed",
    `unexpected failure: ${describe(String(error), apiKey)}`,
  );
}

function connectionDetail(error: APIConnectionError): string {
  const cause: unknown = error.cause;
  return cause instanceof Error
    ? `${error.message} ${cause.message}`
    : error.message;
}

function classifyApiError(
  error: APIError,
  attempt: Attempt,
  cause: unknown,
): ProviderError {
  const { apiKey, clock } = attempt.settings;
  const body = apiErrorBody(error);
  const status = error.status;
  const code = keyFree(body.code, apiKey);
  const kind = statusKind(status, body.code ?? body.type);
  const label = [status, code].filter((part) => part !== undefined).join(" ");
  const retryAfterMs = kind === "rate_limit"
    ? parseRetryAfter(error.headers, clock.now())
    : undefined;
  const wait = retryAfterMs === undefined
    ? ""
    : `, retry after ${retryAfterMs}ms`;
  const reason = `${KIND_REASONS[kind]}${label ? ` (${label}${wait})` : wait}`;
  const detail = describe(body.message ?? error.message, apiKey);
  return new ProviderError(
    kind,
    failureMessage(attempt, detail ? `${reason}: ${detail}` : reason),
    { status, retryAfterMs, code, cause },
  );
}

const KIND_REASONS: Record<ProviderErrorKind, string> = {
  auth: "key refused",
  rate_limit: "rate limited",
  bad_request: "request rejected",
  server: "server error",
  network: "connection failed",
  timeout: "timed out",
  malformed: "malformed response",
  unavailable: "unavailable",
  aborted: "aborted",
};

function apiErrorBody(
  error: APIError,
): { message?: string; code?: string; type?: string; param?: string } {
  const body: unknown = error.error;
  if (typeof body !== "object" || body === null) return {};
  const record = body as Record<string, unknown>;
  return {
    message: textField(record.message),
    code: textField(record.code),
    type: textField(record.type),
    param: textField(record.param),
  };
}

function statusKind(
  status: number | undefined,
  code: string | undefined,
): ProviderErrorKind {
  // The key has no balance left: another attempt with it cannot succeed.
  if (code === "insufficient_quota" || status === 402) return "auth";
  if (status === undefined) return "server";
  if (status === 401 || status === 403) return "auth";
  if (status === 429) return "rate_limit";
  if (status === 408 || status === 409 || status === 425 || status >= 500) {
    return "server";
  }
  return "bad_request";
}

/**
 * Reads the server's advised wait: `retry-after-ms`, else `Retry-After` as
 * seconds or as an HTTP date.
 */
function parseRetryAfter(
  headers: Headers | undefined,
  now: number,
): number | undefined {
  const millis = headers?.get("retry-after-ms")?.trim();
  if (millis && Number.isFinite(Number(millis)) && Number(millis) >= 0) {
    return Math.round(Number(millis));
  }
  const value = headers?.get("retry-after")?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const MAX_DETAIL_LENGTH = 200;

/** A short, single-line, key-free description of a server's message. */
function describe(text: string, apiKey: string): string {
  const line = redact(text, apiKey).replace(/\s+/g, " ").trim();
  return line.length > MAX_DETAIL_LENGTH
    ? `${line.slice(0, MAX_DETAIL_LENGTH - 1)}…`
    : line;
}

/** Secret-looking tokens (`sk-…`, `sk-proj-…`, `gsk_…`), masked even when they are not our key. */
const SECRET_PATTERN = /\b(?:sk|gsk|xai|pk)[-_][A-Za-z0-9_-]{8,}/g;

function redact(text: string, apiKey: string): string {
  return text.replaceAll(apiKey, maskKey(apiKey)).replace(
    SECRET_PATTERN,
    (token) => maskKey(token),
  );
}

/** The text, unless it shows a key or a secret-looking token: an identifier is no use masked. */
function keyFree(
  text: string | undefined,
  apiKey: string,
): string | undefined {
  return text !== undefined && redact(text, apiKey) === text ? text : undefined;
}

/**
 * The original error, unless it carries the key (some servers echo it in
 * their error message): then a copy with the text redacted, which keeps the
 * key-free `code` and `type` of an SDK error for readers of the cause.
 */
function safeCause(error: unknown, apiKey: string, sdk: Sdk): unknown {
  if (!mentions(error, apiKey, 0)) return error;
  const name = error instanceof Error ? error.name : "Error";
  const message = error instanceof Error ? error.message : String(error);
  const copy: Error & { code?: string; type?: string } = new Error(
    redact(message, apiKey),
  );
  copy.name = name;
  if (error instanceof sdk.APIError) {
    const code = keyFree(textField(error.code), apiKey);
    const type = keyFree(textField(error.type), apiKey);
    if (code !== undefined) copy.code = code;
    if (type !== undefined) copy.type = type;
  }
  return copy;
}

function textField(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function mentions(value: unknown, apiKey: string, depth: number): boolean {
  if (typeof value === "string") return value.includes(apiKey);
  if (typeof value !== "object" || value === null || depth > 3) return false;
  if (value instanceof Error) {
    const parts = [
      value.message,
      value.stack,
      (value as { error?: unknown }).error,
      value.cause,
    ];
    return parts.some((part) => mentions(part, apiKey, depth + 1));
  }
  try {
    return JSON.stringify(value).includes(apiKey);
  } catch {
    return true;
  }
}
