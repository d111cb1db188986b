/** One message of a Chat Completions conversation. */
export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/** What a caller asks of an LLM provider. */
export interface CompletionRequest {
  messages: ChatMessage[];
  /** Aborts the whole request (all keys, all attempts). */
  signal?: AbortSignal;
  /**
   * Called with each streamed chunk of text, in order. When an attempt fails
   * midway and another attempt starts, `onReset` is called first so the caller
   * can discard what it showed: the user never sees two half-answers mixed.
   */
  onDelta?: (chunk: string) => void;
  /** Called when text already passed to `onDelta` must be discarded. */
  onReset?: () => void;
  /**
   * The most tokens the answer may have (sent as `max_tokens`): the model
   * stops there with `finishReason: "length"`. Absent: the server's limit.
   */
  maxTokens?: number;
  /** Sampling temperature; a server that refuses one (reasoning models) is asked again without. */
  temperature?: number;
  /**
   * Pictures the model looks at, each a `data:image/…;base64,…` URL (never a
   * remote URL: a Telegram file URL holds the bot token). They are attached
   * to the last user message as image parts, after its text.
   */
  images?: readonly string[];
  /**
   * The model to ask instead of the configured one (a vision model). The key
   * pool applies it to the primary provider's keys; fallbacks keep their own.
   */
  model?: string;
}

/** Whether `url` may be sent as an image part: a base64 `data:image/…` URL. */
export function isImageDataUrl(url: string): boolean {
  return /^data:image\/[a-z0-9.+-]+;base64,[A-Za-z0-9+/]+=*$/i.test(url);
}

/** A finished completion. */
export interface CompletionResult {
  text: string;
  model: string;
  /** Masked identity of the key that answered (last 4 characters), for logs and /keys. */
  keyHint: string;
  /**
   * Why the model stopped, as the server said (`"stop"`, `"length"` when it
   * reached `maxTokens`, …); absent when it did not say.
   */
  finishReason?: string;
  /** Tokens used, as the server reported them; absent when it did not say. */
  usage?: { promptTokens: number; completionTokens: number };
}

/**
 * Whether a provider could try a request now, judged from what it knows of
 * its keys without making a request: `ok`, or when the next attempt is
 * possible (ms since the epoch), `null` when that waits for a successful
 * health check (every key refused).
 */
export type ProviderAvailability =
  | { ok: true }
  | { ok: false; retryAt: number | null };

/** Anything that can complete a chat: one key, a list of keys, a key pool. */
export interface LlmProvider {
  /**
   * Complete the conversation.
   *
   * @throws {ProviderError} when no attempt succeeded
   */
  complete(request: CompletionRequest): Promise<CompletionResult>;
  /**
   * Whether a request could be tried now, without making one. A provider
   * that cannot tell leaves it out, and callers then just try.
   */
  availability?(): Promise<ProviderAvailability>;
}

/** Audio to turn into text. */
export interface TranscriptionRequest {
  /** The file's bytes, in memory. */
  audio: Uint8Array;
  /** A file name whose extension names the format (`voice.ogg`): servers read it. */
  filename: string;
  /** Its MIME type, e.g. `audio/ogg`. */
  mime: string;
  /** The spoken language as an ISO-639-1 code, a hint; absent: detected. */
  language?: string;
  signal?: AbortSignal;
}

/** A finished transcription. */
export interface TranscriptionResult {
  /** What was said, trimmed; empty when nothing was. */
  text: string;
  model: string;
  /** Masked identity of the key that answered. */
  keyHint: string;
}

/** Anything that can transcribe audio: one key, or a key pool. */
export interface Transcriber {
  /**
   * Transcribe the audio.
   *
   * @throws {ProviderError} when no attempt succeeded
   */
  transcribe(request: TranscriptionRequest): Promise<TranscriptionResult>;
}

/** Why a provider call failed; callers branch on it. */
export type ProviderErrorKind =
  | "auth"
  | "rate_limit"
  | "server"
  | "network"
  | "timeout"
  | "malformed"
  | "bad_request"
  | "unavailable"
  | "aborted";

/** Options of a {@linkcode ProviderError}. */
export interface ProviderErrorOptions {
  status?: number;
  /** Server-advised wait before retrying, in milliseconds (from `Retry-After`). */
  retryAfterMs?: number;
  /** The provider's error code (`error.code` of its JSON body); must not contain a key. */
  code?: string;
  cause?: unknown;
}

/** A classified failure of an LLM call. Its message never contains a key. */
export class ProviderError extends Error {
  override readonly name = "ProviderError";
  readonly kind: ProviderErrorKind;
  readonly status?: number;
  readonly retryAfterMs?: number;
  /**
   * The provider's error code, from `error.code` of its JSON body (e.g.
   * `"insufficient_quota"`, `"invalid_api_key"`, `"context_length_exceeded"`);
   * absent when it gave none. Like the message, it never contains a key.
   */
  readonly code?: string;

  constructor(
    kind: ProviderErrorKind,
    message: string,
    options: ProviderErrorOptions = {},
  ) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.code = options.code;
  }
}
