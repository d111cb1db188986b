/**
 * A fake OpenAI-compatible API for tests: a real HTTP server on 127.0.0.1
 * that answers `POST /v1/chat/completions` (plain JSON or SSE streaming) and
 * `GET /v1/models`, with a behaviour chosen per API key at runtime.
 *
 * @example
 * ```ts
 * await using llm = startFakeLlm();
 * llm.setKeyBehavior("sk-good", "ok");
 * llm.setKeyBehavior("sk-limited", { status: 429, retryAfterSeconds: 7 });
 * // … point the client under test at llm.baseUrl …
 * ```
 *
 * `POST /v1/audio/transcriptions` (multipart, as Whisper-compatible servers
 * take it) answers `{ text }` with the transcript set by `setTranscript`; its
 * request is recorded with the form's fields and the file's name, type and
 * size in `body`. The key behaviours apply to it as to chats. A chat request
 * whose user content has image parts is recorded as sent: `imageUrls()`
 * reads them back.
 *
 * Token limits are honoured as servers do: an answer longer than `max_tokens`
 * (or `max_completion_tokens`) tokens, counted as
 * {@linkcode FAKE_CHARS_PER_TOKEN} characters each, stops there with
 * `finish_reason: "length"`. Each request's body, limit included, is in
 * `requests`.
 */

import { type Clock, SYSTEM_CLOCK } from "../../src/clock.ts";

/** An HTTP error answered in OpenAI's error JSON shape. */
export interface FakeLlmErrorBehavior {
  status: number;
  /** Error message; a realistic default depends on the status. */
  message?: string;
  /** `error.code`, e.g. `"context_length_exceeded"` or `"insufficient_quota"`. */
  code?: string;
  /** `error.type`, e.g. `"invalid_request_error"`. */
  type?: string;
  /** `error.param`, e.g. `"max_tokens"`. */
  param?: string;
  /** Sent as `Retry-After: <seconds>`. */
  retryAfterSeconds?: number;
  /** Extra response headers, e.g. `{ "retry-after": <HTTP date> }`. */
  headers?: Record<string, string>;
}

/** Streams normally but waits before each chunk (headers are sent at once). */
export interface FakeLlmSlowBehavior {
  slow: { chunkDelayMs: number };
}

/** Streams `breakAfterChunks` content chunks, then drops the connection mid-body. */
export interface FakeLlmBreakBehavior {
  breakAfterChunks: number;
}

/**
 * Streams `endAfterChunks` content chunks, then ends the body cleanly but
 * early: no `finish_reason`, no `data: [DONE]` (a truncating proxy).
 */
export interface FakeLlmEndBehavior {
  endAfterChunks: number;
}

/** Characters the fake counts as one token, for `max_tokens` and `usage`. */
export const FAKE_CHARS_PER_TOKEN = 4;

/**
 * How the fake answers a key:
 * - `"ok"`: a normal answer;
 * - `"reasoning"`: like OpenAI's reasoning models: a request with
 *   `max_tokens` gets 400 ("Use 'max_completion_tokens' instead"), one with
 *   `max_completion_tokens` a normal answer;
 * - `"unlimited"`: a normal answer that ignores the token limit, as some servers do;
 * - `"hang"`: never answers, until the client aborts or the server closes;
 * - `"malformed"`: status 200 with invalid JSON (or broken SSE events when streaming);
 * - `"empty"`: a well-formed answer with no content at all;
 * - an error, a slow stream, or a stream that breaks midway.
 */
export type FakeLlmBehavior =
  | "ok"
  | "reasoning"
  | "unlimited"
  | "hang"
  | "malformed"
  | "empty"
  | FakeLlmErrorBehavior
  | FakeLlmSlowBehavior
  | FakeLlmBreakBehavior
  | FakeLlmEndBehavior;

/** One request the fake received. */
export interface FakeLlmRequest {
  method: string;
  /** Path without the query string, e.g. `/v1/chat/completions`. */
  path: string;
  /** The bearer token of the `Authorization` header, or `undefined`. */
  apiKey: string | undefined;
  /** The parsed JSON body, or `undefined` when absent or not JSON. */
  body: unknown;
  /** When the request arrived, from the fake's clock. */
  time: number;
}

/** What the fake answers, computed from the request body. */
export type FakeLlmReply = string | ((body: ChatBody) => string);

/** A transcription request's form, as recorded in `body`. */
export interface TranscriptionBody {
  model?: string;
  language?: string;
  response_format?: string;
  /** The audio file: its name, type and size; its bytes are not kept. */
  file?: { name: string; type: string; size: number };
}

/** What the fake transcribes, computed from the request's form. */
export type FakeTranscript = string | ((body: TranscriptionBody) => string);

/**
 * The image URLs of a chat request's last user message, in order: what a
 * vision model would see. Empty for a request without image parts.
 */
export function imageUrls(request: FakeLlmRequest): string[] {
  const body = request.body as ChatBody | undefined;
  const user = body?.messages?.findLast((m) => m.role === "user");
  if (!Array.isArray(user?.content)) return [];
  return user.content.flatMap((part: unknown) => {
    const record = part as { type?: unknown; image_url?: { url?: unknown } };
    return record?.type === "image_url" &&
        typeof record.image_url?.url === "string"
      ? [record.image_url.url]
      : [];
  });
}

/** The text of a chat request's last user message, whether plain or in parts. */
export function userText(request: FakeLlmRequest): string {
  const body = request.body as ChatBody | undefined;
  const content = body?.messages?.findLast((m) => m.role === "user")?.content;
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.flatMap((part: unknown) => {
    const record = part as { type?: unknown; text?: unknown };
    return record?.type === "text" && typeof record.text === "string"
      ? [record.text]
      : [];
  }).join("\n");
}

/** The parts of a chat completion request body the fake looks at. */
export interface ChatBody {
  model?: string;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  messages?: { role: string; content: unknown }[];
  /** The token limit of the answer, as most servers read it. */
  max_tokens?: number;
  /** The token limit of the answer, as OpenAI's reasoning models read it. */
  max_completion_tokens?: number;
}

/** Options of {@linkcode startFakeLlm}. */
export interface FakeLlmOptions {
  /** Characters per streamed chunk (default 8). */
  chunkSize?: number;
  /** Model ids listed by `GET /v1/models` (default `["fake-model"]`). */
  models?: string[];
  /** Behaviour of keys that have none of their own (default: 401). */
  defaultBehavior?: FakeLlmBehavior;
  /** Clock for {@linkcode FakeLlmRequest.time} (default: the system clock). */
  clock?: Clock;
}

/** A running fake; `await using` closes it. */
export interface FakeLlm extends AsyncDisposable {
  /** Base URL to give an OpenAI client, e.g. `http://127.0.0.1:4711/v1`. */
  readonly baseUrl: string;
  /** Every request received so far, in arrival order. */
  readonly requests: readonly FakeLlmRequest[];
  setReply(reply: FakeLlmReply): void;
  /** What `/audio/transcriptions` answers (default: "a transcript of <file name>"). */
  setTranscript(transcript: FakeTranscript): void;
  setKeyBehavior(key: string, behavior: FakeLlmBehavior): void;
  setDefaultBehavior(behavior: FakeLlmBehavior | undefined): void;
  /** Resolves with the next request to arrive (not one already recorded). */
  nextRequest(timeoutMs?: number): Promise<FakeLlmRequest>;
  /** Resolves once at least `count` requests have been recorded. */
  waitForRequests(count: number, timeoutMs?: number): Promise<FakeLlmRequest[]>;
  /** Stops the server, ending hung and slow responses at once. */
  close(): Promise<void>;
}

interface Waiter {
  count: number;
  resolve: () => void;
  /** Rejects and clears the timer, so that a closed fake leaves none behind. */
  reject: (error: Error) => void;
}

interface FakeState {
  options: Required<Omit<FakeLlmOptions, "defaultBehavior">>;
  defaultBehavior: FakeLlmBehavior | undefined;
  behaviors: Map<string, FakeLlmBehavior>;
  reply: FakeLlmReply;
  transcript: FakeTranscript;
  requests: FakeLlmRequest[];
  waiters: Set<Waiter>;
  /** Aborted by `close()`: every pending delay and hang listens to it. */
  closing: AbortController;
}

const DEFAULT_WAIT_MS = 2_000;
const encoder = new TextEncoder();

/**
 * Start a fake OpenAI-compatible server on 127.0.0.1 with a free port.
 *
 * @param options chunk size, model list, default behaviour, clock
 * @returns the running fake; close it (or `await using` it) when done
 */
export function startFakeLlm(options: FakeLlmOptions = {}): FakeLlm {
  const state: FakeState = {
    options: {
      chunkSize: options.chunkSize ?? 8,
      models: options.models ?? ["fake-model"],
      clock: options.clock ?? SYSTEM_CLOCK,
    },
    defaultBehavior: options.defaultBehavior,
    behaviors: new Map(),
    reply: defaultReply,
    transcript: (body) => `a transcript of ${body.file?.name ?? "nothing"}`,
    requests: [],
    waiters: new Set(),
    closing: new AbortController(),
  };
  if (state.options.chunkSize < 1) {
    throw new RangeError(
      `Cannot start fake LLM: chunkSize must be at least 1, got ${state.options.chunkSize}`,
    );
  }
  const server = Deno.serve(
    {
      hostname: "127.0.0.1",
      port: 0,
      onListen: () => {},
      onError: reportError,
    },
    (request) => handle(state, request),
  );
  return createHandle(state, server);
}

function createHandle(
  state: FakeState,
  server: Deno.HttpServer<Deno.NetAddr>,
): FakeLlm {
  let closed: Promise<void> | undefined;
  function close(): Promise<void> {
    closed ??= (async () => {
      state.closing.abort();
      for (const waiter of state.waiters) {
        waiter.reject(
          new Error(
            `Fake LLM closed before receiving ${waiter.count} request(s)`,
          ),
        );
      }
      state.waiters.clear();
      await server.shutdown();
    })();
    return closed;
  }
  return {
    baseUrl: `http://127.0.0.1:${server.addr.port}/v1`,
    requests: state.requests,
    setReply: (reply) => {
      state.reply = reply;
    },
    setTranscript: (transcript) => {
      state.transcript = transcript;
    },
    setKeyBehavior: (key, behavior) => {
      state.behaviors.set(key, behavior);
    },
    setDefaultBehavior: (behavior) => {
      state.defaultBehavior = behavior;
    },
    nextRequest: async (timeoutMs = DEFAULT_WAIT_MS) => {
      const index = state.requests.length;
      await waitForCount(state, index + 1, timeoutMs);
      return state.requests[index];
    },
    waitForRequests: async (count, timeoutMs = DEFAULT_WAIT_MS) => {
      await waitForCount(state, count, timeoutMs);
      return [...state.requests];
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}

function waitForCount(
  state: FakeState,
  count: number,
  timeoutMs: number,
): Promise<void> {
  if (state.requests.length >= count) return Promise.resolve();
  const { promise, resolve, reject } = Promise.withResolvers<void>();
  const timer = setTimeout(() => {
    state.waiters.delete(waiter);
    reject(
      new Error(
        `Fake LLM did not receive ${count} request(s) within ${timeoutMs}ms: got ${state.requests.length}`,
      ),
    );
  }, timeoutMs);
  const waiter: Waiter = {
    count,
    resolve: () => {
      clearTimeout(timer);
      resolve();
    },
    reject: (error) => {
      clearTimeout(timer);
      reject(error);
    },
  };
  state.waiters.add(waiter);
  return promise;
}

function record(state: FakeState, entry: FakeLlmRequest): void {
  state.requests.push(entry);
  for (const waiter of state.waiters) {
    if (state.requests.length >= waiter.count) {
      state.waiters.delete(waiter);
      waiter.resolve();
    }
  }
}

async function handle(state: FakeState, request: Request): Promise<Response> {
  const path = new URL(request.url).pathname;
  const apiKey = bearerToken(request.headers.get("authorization"));
  if (request.method === "POST" && path === "/v1/audio/transcriptions") {
    return await transcription(state, request, apiKey);
  }
  const body = await readJson(request);
  record(state, {
    method: request.method,
    path,
    apiKey,
    body,
    time: state.options.clock.now(),
  });
  const route = `${request.method} ${path}`;
  if (route !== "POST /v1/chat/completions" && route !== "GET /v1/models") {
    return errorResponse({ status: 404, message: `Unknown route: ${route}` });
  }
  const behavior = apiKey === undefined
    ? undefined
    : state.behaviors.get(apiKey) ?? state.defaultBehavior;
  if (behavior === undefined) return errorResponse({ status: 401 }, apiKey);
  if (behavior === "hang") return await hang(state);
  if (typeof behavior === "object" && "status" in behavior) {
    return errorResponse(behavior, apiKey);
  }
  if (path === "/v1/models") return modelsResponse(state, behavior);
  const chat = toChatBody(body);
  if (behavior === "reasoning" && chat.max_tokens !== undefined) {
    return errorResponse({
      status: 400,
      message:
        "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
      type: "invalid_request_error",
      code: "unsupported_parameter",
      param: "max_tokens",
    });
  }
  return chatResponse(state, chat, behavior);
}

/** `POST /v1/audio/transcriptions`: a multipart form with `file` and `model`. */
async function transcription(
  state: FakeState,
  request: Request,
  apiKey: string | undefined,
): Promise<Response> {
  const body = await readTranscriptionForm(request);
  record(state, {
    method: request.method,
    path: "/v1/audio/transcriptions",
    apiKey,
    body,
    time: state.options.clock.now(),
  });
  const behavior = apiKey === undefined
    ? undefined
    : state.behaviors.get(apiKey) ?? state.defaultBehavior;
  if (behavior === undefined) return errorResponse({ status: 401 }, apiKey);
  if (behavior === "hang") return await hang(state);
  if (typeof behavior === "object" && "status" in behavior) {
    return errorResponse(behavior, apiKey);
  }
  if (body === null || body.file === undefined || body.model === undefined) {
    return errorResponse({
      status: 400,
      message: "A multipart form with a file and a model is required",
      code: "invalid_request",
    });
  }
  if (behavior === "malformed") return malformedJson();
  const text = behavior === "empty"
    ? ""
    : typeof state.transcript === "string"
    ? state.transcript
    : state.transcript(body);
  return Response.json({ text });
}

async function readTranscriptionForm(
  request: Request,
): Promise<TranscriptionBody | null> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return null;
  }
  const body: TranscriptionBody = {};
  for (const name of ["model", "language", "response_format"] as const) {
    const value = form.get(name);
    if (typeof value === "string") body[name] = value;
  }
  const file = form.get("file");
  if (file instanceof File) {
    body.file = { name: file.name, type: file.type, size: file.size };
  }
  return body;
}

function bearerToken(header: string | null): string | undefined {
  const match = header?.match(/^Bearer\s+(.+)$/i);
  return match ? match[1].trim() : undefined;
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toChatBody(body: unknown): ChatBody {
  return typeof body === "object" && body !== null ? body as ChatBody : {};
}

/** The default reply: a deterministic text derived from the last user message. */
function defaultReply(body: ChatBody): string {
  const lastUser = body.messages?.findLast((message) =>
    message.role === "user"
  );
  const content = typeof lastUser?.content === "string"
    ? lastUser.content
    : Array.isArray(lastUser?.content)
    ? lastUser.content.map((part: { text?: unknown }) =>
      typeof part?.text === "string" ? part.text : ""
    ).join("")
    : "";
  return `AI-ENHANCED PROMPT:\n${content}`;
}

/**
 * Answers 503 once the server closes. `request.signal` is not used to notice
 * a client that gave up: under Deno's legacy abort behaviour it also fires on
 * every successful response, and warns. The client has gone by then anyway.
 */
async function hang(state: FakeState): Promise<Response> {
  const { signal } = state.closing;
  if (!signal.aborted) {
    await new Promise((resolve) =>
      signal.addEventListener("abort", resolve, { once: true })
    );
  }
  return errorResponse({ status: 503, message: "Fake LLM is closing" });
}

/** Thrown into a response body on purpose: a broken stream, not a bug of the fake. */
class FakeStreamError extends Error {
  override readonly name = "FakeStreamError";
}

function reportError(error: unknown): Response {
  if (!(error instanceof FakeStreamError)) {
    console.error("Fake LLM failed:", error);
  }
  return new Response(null, { status: 500 });
}

/** Resolves after `ms`, or early (with `false`) when `signal` aborts. */
function delay(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve(true);
    }, ms);
    function onAbort() {
      clearTimeout(timer);
      resolve(false);
    }
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

const DEFAULT_ERRORS: Record<
  number,
  { message: string; type: string; code: string | null }
> = {
  400: {
    message:
      "This model's maximum context length is 8192 tokens. However, your messages resulted " +
      "in 9000 tokens. Please reduce the length of the messages.",
    type: "invalid_request_error",
    code: "context_length_exceeded",
  },
  402: {
    message: "Insufficient balance",
    type: "insufficient_quota",
    code: "insufficient_quota",
  },
  403: {
    message: "Project does not have access to this model",
    type: "invalid_request_error",
    code: "model_not_found",
  },
  404: {
    message: "Not found",
    type: "invalid_request_error",
    code: "unknown_url",
  },
  429: {
    message: "Rate limit reached for requests. Please try again later.",
    type: "requests",
    code: "rate_limit_exceeded",
  },
};

function errorResponse(
  behavior: FakeLlmErrorBehavior,
  apiKey?: string,
): Response {
  const fallback = behavior.status === 401
    // Echoes the full key on purpose, as some compatible providers do: the
    // client under test must never pass it on.
    ? {
      message: `Incorrect API key provided: ${apiKey ?? "(none)"}.`,
      type: "invalid_request_error",
      code: "invalid_api_key",
    }
    : DEFAULT_ERRORS[behavior.status] ??
      {
        message: "The server had an error while processing your request.",
        type: "server_error",
        code: null,
      };
  const error = {
    message: behavior.message ?? fallback.message,
    type: behavior.type ?? fallback.type,
    param: behavior.param ?? null,
    code: behavior.code ?? fallback.code,
  };
  const headers = new Headers({
    "content-type": "application/json",
    ...behavior.headers,
  });
  if (behavior.retryAfterSeconds !== undefined) {
    headers.set("retry-after", String(behavior.retryAfterSeconds));
  }
  return new Response(JSON.stringify({ error }), {
    status: behavior.status,
    headers,
  });
}

function modelsResponse(state: FakeState, behavior: FakeLlmBehavior): Response {
  if (behavior === "malformed") return malformedJson();
  const data = behavior === "empty" ? [] : state.options.models.map((id) => ({
    id,
    object: "model",
    created: 1_700_000_000,
    owned_by: "fake",
  }));
  return Response.json({ object: "list", data });
}

function malformedJson(): Response {
  return new Response('{"id": "chatcmpl-broken", "choices": [', {
    headers: { "content-type": "application/json" },
  });
}

function chatResponse(
  state: FakeState,
  body: ChatBody,
  behavior: FakeLlmBehavior,
): Response {
  const full = behavior === "empty" ? "" : replyText(state, body);
  const { text, finishReason } = behavior === "unlimited"
    ? { text: full, finishReason: "stop" }
    : limitTokens(full, body.max_tokens ?? body.max_completion_tokens);
  const model = body.model ?? state.options.models[0];
  if (body.stream !== true) {
    return behavior === "malformed"
      ? malformedJson()
      : Response.json(completion(text, model, finishReason));
  }
  const stream = sseStream({
    chunks: behavior === "malformed"
      ? []
      : splitText(text, state.options.chunkSize),
    model,
    finishReason,
    behavior,
    includeUsage: body.stream_options?.include_usage === true,
    signal: state.closing.signal,
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream",
      "cache-control": "no-cache",
    },
  });
}

/** The answer as a server with this token limit gives it. */
function limitTokens(
  text: string,
  maxTokens: number | undefined,
): { text: string; finishReason: string } {
  if (typeof maxTokens !== "number" || !(maxTokens > 0)) {
    return { text, finishReason: "stop" };
  }
  const maxChars = maxTokens * FAKE_CHARS_PER_TOKEN;
  return text.length > maxChars
    ? { text: text.slice(0, maxChars), finishReason: "length" }
    : { text, finishReason: "stop" };
}

function replyText(state: FakeState, body: ChatBody): string {
  return typeof state.reply === "string" ? state.reply : state.reply(body);
}

function splitText(text: string, size: number): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += size) {
    chunks.push(text.slice(i, i + size));
  }
  return chunks;
}

const COMPLETION_ID = "chatcmpl-fake";
const CREATED = 1_700_000_000;

function completion(text: string, model: string, finishReason: string) {
  return {
    id: COMPLETION_ID,
    object: "chat.completion",
    created: CREATED,
    model,
    choices: [{
      index: 0,
      message: { role: "assistant", content: text, refusal: null },
      logprobs: null,
      finish_reason: finishReason,
    }],
    usage: usage(text),
  };
}

function usage(text: string) {
  const completionTokens = Math.ceil(text.length / FAKE_CHARS_PER_TOKEN);
  return {
    prompt_tokens: 10,
    completion_tokens: completionTokens,
    total_tokens: 10 + completionTokens,
  };
}

function chunkEvent(
  model: string,
  delta: Record<string, unknown>,
  finishReason: string | null = null,
): string {
  const choices = [{
    index: 0,
    delta,
    logprobs: null,
    finish_reason: finishReason,
  }];
  const chunk = {
    id: COMPLETION_ID,
    object: "chat.completion.chunk",
    created: CREATED,
    model,
    choices,
  };
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

interface SseOptions {
  chunks: string[];
  model: string;
  /** `finish_reason` of the last chunk: "stop", or "length" at the token limit. */
  finishReason: string;
  behavior: FakeLlmBehavior;
  includeUsage: boolean;
  /** Aborted when the server closes. */
  signal: AbortSignal;
}

/** The SSE events of one streamed answer, in order, as the behaviour shapes them. */
function sseEvents(
  { chunks, model, finishReason, behavior, includeUsage }: SseOptions,
): string[] {
  if (behavior === "malformed") {
    return [
      chunkEvent(model, { role: "assistant", content: "" }),
      'data: {"id": "chatcmpl-broken", "choi\n\n',
    ];
  }
  const events = [
    chunkEvent(model, { role: "assistant", content: "" }),
    ...chunks.map((chunk) => chunkEvent(model, { content: chunk })),
    chunkEvent(model, {}, finishReason),
  ];
  if (includeUsage) {
    const chunk = {
      id: COMPLETION_ID,
      object: "chat.completion.chunk",
      created: CREATED,
      model,
      choices: [],
      usage: usage(chunks.join("")),
    };
    events.push(`data: ${JSON.stringify(chunk)}\n\n`);
  }
  events.push("data: [DONE]\n\n");
  return events;
}

function sseStream(options: SseOptions): ReadableStream<Uint8Array> {
  const { behavior } = options;
  const events = sseEvents(options);
  // Deno cancels the body when the client goes away: stop waiting then.
  const cancelled = new AbortController();
  const signal = AbortSignal.any([options.signal, cancelled.signal]);
  const shape = streamShape(behavior);
  let index = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (index >= shape.breakAt) {
        // Erroring the body makes Deno drop the connection without the final
        // chunk terminator: the client sees a truncated, broken stream.
        controller.error(new FakeStreamError("Fake LLM broke the stream"));
        return;
      }
      if (index >= events.length || index >= shape.endAt) {
        controller.close();
        return;
      }
      if (
        shape.chunkDelayMs > 0 && index > 0 &&
        !await delay(shape.chunkDelayMs, signal)
      ) {
        controller.error(new FakeStreamError("Fake LLM stream cancelled"));
        return;
      }
      controller.enqueue(encoder.encode(events[index]));
      index += 1;
    },
    cancel() {
      cancelled.abort();
    },
  });
}

/** Where a stream slows, breaks or ends; the role event is index 0, content chunks follow. */
function streamShape(behavior: FakeLlmBehavior) {
  const shape = { chunkDelayMs: 0, breakAt: Infinity, endAt: Infinity };
  if (typeof behavior !== "object") return shape;
  if ("slow" in behavior) shape.chunkDelayMs = behavior.slow.chunkDelayMs;
  if ("breakAfterChunks" in behavior) {
    shape.breakAt = behavior.breakAfterChunks + 1;
  }
  if ("endAfterChunks" in behavior) shape.endAt = behavior.endAfterChunks + 1;
  return shape;
}
