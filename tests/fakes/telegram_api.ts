/**
 * A fake Telegram Bot API server for tests, spoken to over real HTTP.
 *
 * It listens on 127.0.0.1 with a free port, answers in Telegram's envelope,
 * records every call, keeps enough chat state for tests to assert on what a
 * user finally sees, and can be told to fail. Its `apiRoot` works as grammY's
 * `client.apiRoot` and as `TELEGRAM_API_ROOT` for a bot started as a process.
 *
 * @example
 * ```ts
 * await using telegram = startFakeTelegram();
 * const bot = new Bot(telegram.token, {
 *   botInfo: telegram.botInfo,
 *   client: { apiRoot: telegram.apiRoot },
 * });
 * await bot.api.sendMessage(42, "hi");
 * assert.deepEqual(telegram.sentTexts(42), ["hi"]);
 * ```
 *
 * @module
 */
import type {
  BotCommand,
  Chat,
  File as TelegramFile,
  InlineKeyboardMarkup,
  Message,
  MessageEntity,
  ReactionType,
  ReactionTypeEmoji,
  Update,
  User,
  UserFromGetMe,
} from "grammy/types";
import { type Clock, SYSTEM_CLOCK } from "../../src/clock.ts";

/** The bot the fake impersonates unless told otherwise. */
export const DEFAULT_BOT_INFO: Readonly<UserFromGetMe> = Object.freeze({
  id: 7_000_000_001,
  is_bot: true,
  first_name: "Promptsmith",
  username: "promptsmith_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
});

/** A request payload, whichever encoding it arrived in. */
export type Payload = Record<string, unknown>;

/** A file that arrived in a multipart/form-data request. */
export interface UploadedFile {
  readonly filename: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** One Bot API call as the fake received it. */
export interface RecordedCall {
  readonly method: string;
  readonly payload: Payload;
  /** Arrival time from the fake's clock, in milliseconds since the epoch. */
  readonly at: number;
}

/** An update whose `update_id` the fake assigns when it is absent. */
export type UpdateDraft = Omit<Update, "update_id"> & { update_id?: number };

/** A failure to inject; `times` (default 1) is how many calls it hits. */
export type Fault =
  & (
    | { status: 429; retryAfter: number }
    | { status: 500; description?: string }
    | { status: 400 | 403 | 404; description: string }
    // A failing proxy in front of Telegram: HTTP 502 with an HTML page, which
    // grammY cannot parse and reports as an HttpError (a network failure).
    | { status: 502 }
    | { delayMs: number }
  )
  & { times?: number };

/** What a webhook receiver answered. */
export interface WebhookDelivery {
  readonly status: number;
  /** The response body as text; empty when there was none. */
  readonly body: string;
}

/** The webhook registered with setWebhook. */
export interface WebhookRegistration {
  readonly url: string;
  readonly secretToken?: string;
  readonly maxConnections?: number;
  readonly allowedUpdates?: readonly string[];
}

/** A failed webhook delivery as getWebhookInfo reports it. */
export interface WebhookError {
  readonly message: string;
  /** When it happened, in milliseconds since the epoch (the fake's clock by default). */
  readonly at?: number;
}

/** Options of {@linkcode startFakeTelegram}. */
export interface FakeTelegramOptions {
  /** Bot token; requests with another token get 401. */
  token?: string;
  /** Overrides of the fields getMe returns. */
  botInfo?: Partial<UserFromGetMe>;
  /** Cap on a long poll, whatever timeout the client asks for. Default 300. */
  maxLongPollMs?: number;
  /** Source of message dates and call times. Default the system clock. */
  clock?: Clock;
}

const TEXT_LIMIT = 4096;
const CAPTION_LIMIT = 1024;
const CALLBACK_DATA_LIMIT = 64;
const DOWNLOAD_LIMIT = 20 * 1024 * 1024;
const DEFAULT_WAIT_FOR_CALL_MS = 2000;
const JSON_HEADERS = { "content-type": "application/json" } as const;
const API_PATH = /^\/bot([^/]+)\/(?:test\/)?([^/]*)$/;
const FILE_PATH = /^\/file\/bot([^/]+)\/(.+)$/;
const DEFAULT_ALLOWED_UPDATES_EXCLUDED = [
  "chat_member",
  "message_reaction",
  "message_reaction_count",
] as const;
const CHAT_ACTIONS = new Set([
  "typing",
  "upload_photo",
  "record_video",
  "upload_video",
  "record_voice",
  "upload_voice",
  "upload_document",
  "choose_sticker",
  "find_location",
  "record_video_note",
  "upload_video_note",
]);
/**
 * The emoji a bot may react with: Telegram's fixed list, as `@grammyjs/types`
 * spells it. The type check below fails when the types list one this misses.
 */
export const REACTION_EMOJI = [
  "👍",
  "👎",
  "❤",
  "🔥",
  "🥰",
  "👏",
  "😁",
  "🤔",
  "🤯",
  "😱",
  "🤬",
  "😢",
  "🎉",
  "🤩",
  "🤮",
  "💩",
  "🙏",
  "👌",
  "🕊",
  "🤡",
  "🥱",
  "🥴",
  "😍",
  "🐳",
  "❤‍🔥",
  "🌚",
  "🌭",
  "💯",
  "🤣",
  "⚡",
  "🍌",
  "🏆",
  "💔",
  "🤨",
  "😐",
  "🍓",
  "🍾",
  "💋",
  "🖕",
  "😈",
  "😴",
  "😭",
  "🤓",
  "👻",
  "👨‍💻",
  "👀",
  "🎃",
  "🙈",
  "😇",
  "😨",
  "🤝",
  "✍",
  "🤗",
  "🫡",
  "🎅",
  "🎄",
  "☃",
  "💅",
  "🤪",
  "🗿",
  "🆒",
  "💘",
  "🙉",
  "🦄",
  "😘",
  "💊",
  "🙊",
  "😎",
  "👾",
  "🤷‍♂",
  "🤷",
  "🤷‍♀",
  "😡",
] as const satisfies readonly ReactionTypeEmoji["emoji"][];
type MissingReactionEmoji = Exclude<
  ReactionTypeEmoji["emoji"],
  typeof REACTION_EMOJI[number]
>;
const _everyReactionEmojiListed: [MissingReactionEmoji] extends [never] ? true
  : MissingReactionEmoji = true;
const REACTION_EMOJI_SET: ReadonlySet<string> = new Set(REACTION_EMOJI);

// Form fields whose values stay strings even when they look like numbers or JSON.
const STRING_FIELDS = new Set([
  "text",
  "caption",
  "query",
  "data",
  "description",
  "short_description",
  "name",
  "title",
  "url",
  "secret_token",
  "parse_mode",
  "action",
  "language_code",
  "callback_query_id",
  "inline_message_id",
  "file_id",
  "emoji",
  "document",
  "photo",
  "voice",
  "audio",
  "video",
  "animation",
  "sticker",
  "thumbnail",
]);

/**
 * Starts a fake Telegram Bot API server on 127.0.0.1 with a free port.
 *
 * @param options token, bot info, long-poll cap and clock
 * @returns the running fake; close it (or `await using` it) when done
 */
export function startFakeTelegram(
  options: FakeTelegramOptions = {},
): FakeTelegram {
  return new FakeTelegram(options);
}

// ---------------------------------------------------------------------------
// Errors and envelopes

class ApiFailure extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly retryAfter?: number,
  ) {
    super(description);
    this.name = "ApiFailure";
  }
}

/** Thrown by a `{ status: 502 }` fault: answered with an HTML page, not an envelope. */
class GatewayFailure extends Error {
  constructor() {
    super("Bad Gateway");
    this.name = "GatewayFailure";
  }
}

const BAD_GATEWAY_PAGE =
  "<html><head><title>502 Bad Gateway</title></head><body>502 Bad Gateway</body></html>";

function badGatewayResponse(): Response {
  return new Response(BAD_GATEWAY_PAGE, {
    status: 502,
    headers: { "content-type": "text/html" },
  });
}

function badRequest(details: string): ApiFailure {
  return new ApiFailure(400, `Bad Request: ${details}`);
}

type Envelope =
  | { ok: true; result: unknown; description?: string }
  | {
    ok: false;
    error_code: number;
    description: string;
    parameters?: { retry_after: number };
  };

/** A successful result that Telegram sends with a description. */
class Described {
  constructor(readonly result: unknown, readonly description: string) {}
}

/** A result that needs waiting for (a long poll); answered as a stream. */
class Deferred {
  constructor(readonly run: (signal: AbortSignal) => Promise<unknown>) {}
}

function successEnvelope(outcome: unknown): Envelope {
  return outcome instanceof Described
    ? { ok: true, result: outcome.result, description: outcome.description }
    : { ok: true, result: outcome };
}

function failureEnvelope(error: unknown): Envelope {
  if (!(error instanceof ApiFailure)) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error_code: 500,
      description: `Internal Server Error: fake Telegram failed: ${message}`,
    };
  }
  return {
    ok: false,
    error_code: error.errorCode,
    description: error.description,
    ...(error.retryAfter === undefined
      ? {}
      : { parameters: { retry_after: error.retryAfter } }),
  };
}

function envelopeResponse(envelope: Envelope): Response {
  const status = envelope.ok ? 200 : envelope.error_code;
  return Response.json(envelope, { status });
}

// Headers go out at once and the body follows when the wait ends, so that a
// client hanging up cancels the stream and with it the wait and its timer.
// The HTTP status is therefore always 200; the envelope still tells failures.
function streamDeferred(deferred: Deferred): Response {
  const disconnected = new AbortController();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      deferred.run(disconnected.signal)
        .then(successEnvelope, failureEnvelope)
        .then((envelope) => {
          if (disconnected.signal.aborted) return;
          try {
            controller.enqueue(encoder.encode(JSON.stringify(envelope)));
            controller.close();
          } catch {
            // The connection went away without a cancel (a server shutting
            // down): nobody reads the answer, and it must not become an
            // unhandled rejection in the test.
          }
        });
    },
    cancel() {
      disconnected.abort();
    },
  });
  return new Response(body, { headers: JSON_HEADERS });
}

// ---------------------------------------------------------------------------
// Small value helpers

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toInteger(value: unknown): number | undefined {
  if (typeof value === "number") {
    return Number.isSafeInteger(value) ? value : undefined;
  }
  if (typeof value === "string" && /^-?\d+$/.test(value)) {
    const parsed = Number(value);
    return Number.isSafeInteger(parsed) ? parsed : undefined;
  }
  return undefined;
}

function optionalInteger(payload: Payload, name: string): number | undefined {
  const value = payload[name];
  if (value === undefined || value === null || value === "") return undefined;
  const parsed = toInteger(value);
  if (parsed === undefined) throw badRequest(`invalid ${name} specified`);
  return parsed;
}

function requiredInteger(payload: Payload, name: string): number {
  const value = optionalInteger(payload, name);
  if (value === undefined) throw badRequest(`${name} is empty`);
  return value;
}

function requiredString(payload: Payload, name: string): string {
  const value = payload[name];
  if (typeof value !== "string" || value === "") {
    throw badRequest(`${name} is empty`);
  }
  return value;
}

function isTruthy(value: unknown): boolean {
  return value === true || value === "true";
}

function normalizeChatId(chatId: number | string): number | string {
  return toInteger(chatId) ?? chatId;
}

function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

function nowSeconds(clock: Clock): number {
  return Math.floor(clock.now() / 1000);
}

function copy<T>(value: T): T {
  return structuredClone(value);
}

function botUserOf(info: UserFromGetMe): User {
  return {
    id: info.id,
    is_bot: true,
    first_name: info.first_name,
    username: info.username,
  };
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", finish);
      resolve();
    };
    const timer = setTimeout(finish, ms);
    signal.addEventListener("abort", finish, { once: true });
    if (signal.aborted) finish();
  });
}

// ---------------------------------------------------------------------------
// Request bodies: JSON, form-urlencoded, multipart/form-data

function decodeFormValue(name: string, value: string): unknown {
  if (STRING_FIELDS.has(name)) return value;
  if (value === "true" || value === "false") return value === "true";
  const integer = toInteger(value);
  if (integer !== undefined) return integer;
  if (value.startsWith("{") || value.startsWith("[")) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

// grammY sends a file as a part with a random name and refers to it from a
// field (or from inside JSON, as in sendMediaGroup) as "attach://<name>".
function replaceAttachments(
  value: unknown,
  files: ReadonlyMap<string, UploadedFile>,
  used: Set<string>,
): unknown {
  if (typeof value === "string" && value.startsWith("attach://")) {
    const name = value.slice("attach://".length);
    const file = files.get(name);
    if (file !== undefined) used.add(name);
    return file ?? value;
  }
  if (Array.isArray(value)) {
    return value.map((item) => replaceAttachments(item, files, used));
  }
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map((
      [key, item],
    ) => [key, replaceAttachments(item, files, used)]),
  );
}

async function readForm(request: Request): Promise<Payload> {
  const form = await request.formData();
  const fields: Payload = {};
  const files = new Map<string, UploadedFile>();
  for (const [name, value] of form) {
    if (typeof value === "string") {
      fields[name] = decodeFormValue(name, value);
    } else {
      files.set(name, {
        filename: value.name,
        contentType: value.type || "application/octet-stream",
        bytes: new Uint8Array(await value.arrayBuffer()),
      });
    }
  }
  const used = new Set<string>();
  const payload = replaceAttachments(fields, files, used) as Payload;
  // A file part no field refers to is itself the field (curl -F photo=@x.jpg).
  for (const [name, file] of files) {
    if (!used.has(name)) payload[name] = file;
  }
  return payload;
}

async function readJson(request: Request): Promise<Payload> {
  const text = await request.text();
  if (text.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest("can't parse JSON object");
  }
  if (!isRecord(parsed)) throw badRequest("can't parse JSON object");
  return parsed;
}

async function readPayload(request: Request, url: URL): Promise<Payload> {
  const payload: Payload = {};
  for (const [name, value] of url.searchParams) {
    payload[name] = decodeFormValue(name, value);
  }
  if (request.body === null) return payload;
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("application/json")) {
    return { ...payload, ...await readJson(request) };
  }
  if (
    type.startsWith("multipart/form-data") ||
    type.startsWith("application/x-www-form-urlencoded")
  ) {
    return { ...payload, ...await readForm(request) };
  }
  await request.body.cancel();
  return payload;
}

// ---------------------------------------------------------------------------
// HTML parse mode, after TDLib's parser: the length limit applies to the
// parsed text, and malformed markup fails the way Telegram fails.

interface FormattedText {
  text: string;
  entities: MessageEntity[];
}

interface OpenTag {
  name: string;
  argument: string;
  offset: number;
  expandable: boolean;
}

const HTML_TAGS = new Set([
  "a",
  "b",
  "strong",
  "i",
  "em",
  "s",
  "strike",
  "del",
  "u",
  "ins",
  "tg-spoiler",
  "tg-emoji",
  "span",
  "pre",
  "code",
  "blockquote",
]);
const PLAIN_ENTITY_TYPES: Readonly<Record<string, MessageEntity["type"]>> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  "tg-spoiler": "spoiler",
  span: "spoiler",
  code: "code",
  pre: "pre",
};
const NAMED_HTML_ENTITIES: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
};

function isSpace(char: string | undefined): boolean {
  return char === " " || char === "\t" || char === "\n" || char === "\r";
}

function decodeHtmlEntity(
  source: string,
  at: number,
): { char: string; end: number } | undefined {
  const match = /^&(?:(lt|gt|amp|quot)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));/
    .exec(source.slice(at, at + 12));
  if (match === null) return undefined;
  const end = at + match[0].length;
  if (match[1] !== undefined) {
    return { char: NAMED_HTML_ENTITIES[match[1]], end };
  }
  const code = match[2] !== undefined
    ? parseInt(match[2], 10)
    : parseInt(match[3], 16);
  const invalid = code === 0 || code > 0x10ffff ||
    (code >= 0xd800 && code <= 0xdfff);
  return invalid ? undefined : { char: String.fromCodePoint(code), end };
}

class HtmlParser {
  readonly #source: string;
  #at = 0;
  #text = "";
  readonly #entities: MessageEntity[] = [];
  readonly #open: OpenTag[] = [];
  readonly #languages = new WeakMap<MessageEntity, string>();

  constructor(source: string) {
    this.#source = source;
  }

  parse(): FormattedText {
    while (this.#at < this.#source.length) {
      const char = this.#source[this.#at];
      const entity = char === "&"
        ? decodeHtmlEntity(this.#source, this.#at)
        : undefined;
      if (entity !== undefined) {
        this.#text += entity.char;
        this.#at = entity.end;
      } else if (char !== "<") {
        this.#text += char;
        this.#at++;
      } else if (this.#source[this.#at + 1] === "/") {
        this.#readEndTag(this.#at);
      } else {
        this.#readStartTag(this.#at);
      }
    }
    const unclosed = this.#open.at(-1);
    if (unclosed !== undefined) {
      this.#fail(
        `Can't find end tag corresponding to start tag "${unclosed.name}"`,
      );
    }
    const entities = this.#entities.map(({ ...entity }) => entity)
      .sort((a, b) => a.offset - b.offset || b.length - a.length);
    return { text: this.#text, entities };
  }

  #fail(message: string): never {
    throw badRequest(`can't parse entities: ${message}`);
  }

  #byteOffset(at: number): number {
    return utf8Length(this.#source.slice(0, at));
  }

  #skipSpaces(at: number): number {
    while (isSpace(this.#source[at])) at++;
    return at;
  }

  #readStartTag(begin: number): void {
    const source = this.#source;
    const where = () => `at byte offset ${this.#byteOffset(begin)}`;
    let at = begin + 1;
    while (at < source.length && !isSpace(source[at]) && source[at] !== ">") {
      at++;
    }
    if (at >= source.length) this.#fail(`Unclosed start tag ${where()}`);
    const name = source.slice(begin + 1, at).toLowerCase();
    if (!HTML_TAGS.has(name)) {
      this.#fail(`Unsupported start tag "${name}" ${where()}`);
    }
    const tag = {
      name,
      argument: "",
      offset: this.#text.length,
      expandable: false,
    };
    while (source[at] !== ">") at = this.#readAttribute(tag, at, where);
    if (name === "span" && tag.argument !== "spoiler") {
      this.#fail(`Tag "span" must have class "tg-spoiler" ${where()}`);
    }
    this.#open.push(tag);
    this.#at = at + 1;
  }

  #readAttribute(tag: OpenTag, start: number, where: () => string): number {
    const source = this.#source;
    let at = this.#skipSpaces(start);
    if (at >= source.length) this.#fail(`Unclosed start tag ${where()}`);
    if (source[at] === ">") return at;
    const nameStart = at;
    while (
      at < source.length && !isSpace(source[at]) && source[at] !== "=" &&
      source[at] !== ">"
    ) at++;
    const name = source.slice(nameStart, at).toLowerCase();
    if (name === "") {
      this.#fail(`Empty attribute name in the tag "${tag.name}" ${where()}`);
    }
    at = this.#skipSpaces(at);
    if (source[at] !== "=") {
      if (tag.name === "blockquote" && name === "expandable") {
        tag.expandable = true;
        return at;
      }
      if (at >= source.length) this.#fail(`Unclosed start tag ${where()}`);
      this.#fail(
        `Expected equal sign in declaration of an attribute of the tag "${tag.name}" ${where()}`,
      );
    }
    at = this.#skipSpaces(at + 1);
    if (at >= source.length) this.#fail(`Unclosed start tag ${where()}`);
    const { value, end } = this.#readAttributeValue(at);
    if (end >= source.length) this.#fail(`Unclosed start tag ${where()}`);
    assignTagArgument(tag, name, value);
    return end;
  }

  #readAttributeValue(start: number): { value: string; end: number } {
    const source = this.#source;
    const quote = source[start];
    let at = start;
    if (quote !== '"' && quote !== "'") {
      while (at < source.length && /[A-Za-z0-9.-]/.test(source[at])) at++;
      if (at < source.length && !isSpace(source[at]) && source[at] !== ">") {
        this.#fail(
          `Unexpected end of name token at byte offset ${this.#byteOffset(at)}`,
        );
      }
      return { value: source.slice(start, at).toLowerCase(), end: at };
    }
    let value = "";
    at++;
    while (at < source.length && source[at] !== quote) {
      const entity = source[at] === "&"
        ? decodeHtmlEntity(source, at)
        : undefined;
      value += entity?.char ?? source[at];
      at = entity?.end ?? at + 1;
    }
    return { value, end: at < source.length ? at + 1 : at };
  }

  #readEndTag(begin: number): void {
    const source = this.#source;
    const where = `at byte offset ${this.#byteOffset(begin)}`;
    const tag = this.#open.pop();
    if (tag === undefined) this.#fail(`Unexpected end tag ${where}`);
    let at = begin + 2;
    while (at < source.length && !isSpace(source[at]) && source[at] !== ">") {
      at++;
    }
    const name = source.slice(begin + 2, at).toLowerCase();
    at = this.#skipSpaces(at);
    if (source[at] !== ">") this.#fail(`Unclosed end tag ${where}`);
    if (name !== "" && name !== tag.name) {
      this.#fail(
        `Unmatched end tag ${where}, expected "</${tag.name}>", found "</${name}>"`,
      );
    }
    this.#closeEntity(tag);
    this.#at = at + 1;
  }

  #closeEntity(tag: OpenTag): void {
    const offset = tag.offset;
    const length = this.#text.length - offset;
    if (length === 0) return;
    const span = { offset, length };
    if (tag.name === "pre") {
      this.#entities.push(this.#preEntity(offset, length));
    } else if (tag.name === "a") {
      const url = tag.argument || this.#text.slice(offset);
      this.#entities.push({ type: "text_link", ...span, url });
    } else if (tag.name === "tg-emoji") {
      const id = tag.argument;
      this.#entities.push({
        type: "custom_emoji",
        ...span,
        custom_emoji_id: id,
      });
    } else if (tag.name === "blockquote") {
      const type = tag.expandable ? "expandable_blockquote" : "blockquote";
      this.#entities.push({ type, ...span });
    } else {
      const entity = { type: PLAIN_ENTITY_TYPES[tag.name], ...span };
      this.#entities.push(entity as MessageEntity);
      if (tag.name === "code" && tag.argument !== "") {
        this.#languages.set(entity as MessageEntity, tag.argument);
      }
    }
  }

  // <pre><code class="language-x">…</code></pre> is one pre entity with a language.
  #preEntity(offset: number, length: number): MessageEntity {
    const last = this.#entities.at(-1);
    if (
      last?.type !== "code" || last.offset !== offset || last.length !== length
    ) return { type: "pre", offset, length };
    this.#entities.pop();
    const language = this.#languages.get(last);
    return language === undefined
      ? { type: "pre", offset, length }
      : { type: "pre", offset, length, language };
  }
}

function assignTagArgument(tag: OpenTag, attribute: string, value: string) {
  if (tag.name === "a" && attribute === "href") tag.argument = value;
  if (tag.name === "tg-emoji" && attribute === "emoji-id") tag.argument = value;
  if (tag.name === "code" && attribute === "class") {
    if (value.startsWith("language-")) tag.argument = value.slice(9);
  }
  if (tag.name === "span" && attribute === "class") {
    if (value.startsWith("tg-")) tag.argument = value.slice(3);
  }
}

// Telegram strips leading and trailing white space, entities follow the text.
function trimFormatted({ text, entities }: FormattedText): FormattedText {
  const start = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const end = start + trimmed.length;
  const kept = entities.flatMap((entity) => {
    const from = Math.max(entity.offset, start);
    const to = Math.min(entity.offset + entity.length, end);
    return to > from
      ? [{ ...entity, offset: from - start, length: to - from }]
      : [];
  });
  return { text: trimmed, entities: kept };
}

/**
 * Parse a text in Telegram's HTML mode as the fake does for `sendMessage`:
 * the text and entities Telegram would store, leading and trailing white
 * space trimmed.
 *
 * @throws {Error} "can't parse entities: …" for markup Telegram refuses
 */
export function parseTelegramHtml(
  html: string,
): { text: string; entities: MessageEntity[] } {
  try {
    return trimFormatted(new HtmlParser(html).parse());
  } catch (error) {
    throw new Error(
      error instanceof ApiFailure ? error.description : String(error),
    );
  }
}

function formatText(
  payload: Payload,
  field: "text" | "caption",
): FormattedText {
  const raw = payload[field];
  const text = typeof raw === "string" ? raw : raw == null ? "" : String(raw);
  const parseMode = payload.parse_mode;
  const entitiesField = field === "text" ? "entities" : "caption_entities";
  if (parseMode === undefined || parseMode === null || parseMode === "") {
    const given = payload[entitiesField];
    const entities = Array.isArray(given) ? given as MessageEntity[] : [];
    return trimFormatted({ text, entities });
  }
  const mode = String(parseMode).toLowerCase();
  if (mode === "html") return trimFormatted(new HtmlParser(text).parse());
  // Markdown modes are passed through unparsed: the fake does not model them.
  if (mode === "markdownv2" || mode === "markdown") {
    return trimFormatted({ text, entities: [] });
  }
  throw badRequest(`unsupported parse_mode`);
}

function messageText(payload: Payload): FormattedText {
  const formatted = formatText(payload, "text");
  if (formatted.text === "") throw badRequest("message text is empty");
  if (formatted.text.length > TEXT_LIMIT) {
    throw badRequest("message is too long");
  }
  return formatted;
}

function messageCaption(payload: Payload): FormattedText {
  const formatted = formatText(payload, "caption");
  if (formatted.text.length > CAPTION_LIMIT) {
    throw badRequest("message caption is too long");
  }
  return formatted;
}

function inlineKeyboard(payload: Payload): InlineKeyboardMarkup | undefined {
  const markup = payload.reply_markup;
  if (!isRecord(markup) || !Array.isArray(markup.inline_keyboard)) {
    return undefined;
  }
  for (const row of markup.inline_keyboard) {
    if (!Array.isArray(row)) throw badRequest("can't parse inline keyboard");
    for (const button of row) {
      const copy = isRecord(button) ? button.copy_text : undefined;
      if (copy !== undefined) {
        const text = isRecord(copy) ? copy.text : undefined;
        if (typeof text !== "string" || text.length < 1 || text.length > 256) {
          throw badRequest("BUTTON_COPY_TEXT_INVALID");
        }
      }
      const data = isRecord(button) ? button.callback_data : undefined;
      if (typeof data !== "string") continue;
      const size = utf8Length(data);
      if (size === 0 || size > CALLBACK_DATA_LIMIT) {
        throw badRequest("BUTTON_DATA_INVALID");
      }
    }
  }
  return markup as unknown as InlineKeyboardMarkup;
}

// ---------------------------------------------------------------------------
// State: calls, faults, updates, chats and files

interface CallWaiter {
  readonly method: string;
  readonly predicate: (call: RecordedCall) => boolean;
  readonly promise: Promise<RecordedCall>;
  resolve(call: RecordedCall): void;
  reject(error: Error): void;
}

function describeCall(call: RecordedCall, index: number): string {
  const payload = JSON.stringify(
    call.payload,
    (_, value) =>
      value instanceof Uint8Array ? `<${value.length} bytes>` : value,
  );
  const shown = payload.length > 160 ? `${payload.slice(0, 157)}...` : payload;
  return `  ${index + 1}. ${call.method} ${shown}`;
}

class CallLog {
  readonly #calls: RecordedCall[] = [];
  readonly #settled = new WeakSet<RecordedCall>();
  readonly #waiters = new Set<CallWaiter>();

  record(method: string, payload: Payload, at: number): RecordedCall {
    const call = Object.freeze({ method, payload, at });
    this.#calls.push(call);
    return call;
  }

  /** Marks a call as handled: its effects are visible, waiters may see it. */
  settle(call: RecordedCall): void {
    if (this.#settled.has(call)) return;
    this.#settled.add(call);
    for (const waiter of [...this.#waiters]) this.#offer(waiter, call);
  }

  all(): RecordedCall[] {
    return [...this.#calls];
  }

  wait(
    method: string,
    predicate: (call: RecordedCall) => boolean,
    timeoutMs: number,
  ): Promise<RecordedCall> {
    const { promise, resolve, reject } = Promise.withResolvers<RecordedCall>();
    const waiter: CallWaiter = {
      method,
      predicate,
      promise,
      resolve: (call) => {
        this.#forget(waiter, timer);
        resolve(call);
      },
      reject: (error) => {
        this.#forget(waiter, timer);
        reject(error);
      },
    };
    const timer = setTimeout(
      () => waiter.reject(this.#timeoutError(method, timeoutMs)),
      timeoutMs,
    );
    this.#waiters.add(waiter);
    for (const call of this.#calls) {
      if (this.#settled.has(call)) this.#offer(waiter, call);
    }
    return promise;
  }

  close(): void {
    for (const waiter of [...this.#waiters]) {
      // Rejected for whoever awaits it, but not an unhandled rejection when
      // a test that already failed never got to await it.
      waiter.promise.catch(() => {});
      waiter.reject(
        new Error(
          `Cannot wait for a call to ${waiter.method}: the fake Telegram server was closed`,
        ),
      );
    }
  }

  #offer(waiter: CallWaiter, call: RecordedCall): void {
    if (waiter.method !== call.method || !this.#waiters.has(waiter)) return;
    try {
      if (waiter.predicate(call)) waiter.resolve(call);
    } catch (error) {
      waiter.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  #forget(
    waiter: CallWaiter,
    timer: ReturnType<typeof setTimeout>,
  ): void {
    clearTimeout(timer);
    this.#waiters.delete(waiter);
  }

  #timeoutError(method: string, timeoutMs: number): Error {
    const seen = this.#calls.map(describeCall);
    const list = seen.length === 0 ? "  (none)" : seen.join("\n");
    return new Error(
      `Timed out after ${timeoutMs} ms waiting for a matching call to ${method}; calls seen (${seen.length}):\n${list}`,
    );
  }
}

interface PlannedFault {
  readonly fault: Fault;
  remaining: number;
}

function validateFault(method: string, fault: Fault): void {
  const times = fault.times ?? 1;
  if (method === "") {
    throw new TypeError("Cannot inject a fault: method is empty");
  }
  if (!Number.isInteger(times) || times < 1) {
    throw new RangeError(
      `Cannot inject a fault: times must be a positive integer, got ${times}`,
    );
  }
  if ("delayMs" in fault && !(fault.delayMs >= 0)) {
    throw new RangeError(
      `Cannot inject a fault: delayMs must be non-negative, got ${fault.delayMs}`,
    );
  }
  if (
    "retryAfter" in fault &&
    !(Number.isInteger(fault.retryAfter) && fault.retryAfter >= 0)
  ) {
    throw new RangeError(
      `Cannot inject a fault: retryAfter must be a non-negative integer, got ${fault.retryAfter}`,
    );
  }
}

function faultFailure(
  fault: Exclude<Fault, { delayMs: number }>,
): ApiFailure | GatewayFailure {
  switch (fault.status) {
    case 502:
      return new GatewayFailure();
    case 429:
      return new ApiFailure(
        429,
        `Too Many Requests: retry after ${fault.retryAfter}`,
        fault.retryAfter,
      );
    case 500:
      return new ApiFailure(500, fault.description ?? "Internal Server Error");
    default:
      return new ApiFailure(fault.status, fault.description);
  }
}

class FaultPlan {
  readonly #planned = new Map<string, PlannedFault[]>();

  add(method: string, fault: Fault): void {
    validateFault(method, fault);
    const queue = this.#planned.get(method) ?? [];
    queue.push({ fault, remaining: fault.times ?? 1 });
    this.#planned.set(method, queue);
  }

  clear(): void {
    this.#planned.clear();
  }

  take(method: string): Fault | undefined {
    const queue = this.#planned.get(method);
    const next = queue?.[0];
    if (queue === undefined || next === undefined) return undefined;
    next.remaining--;
    if (next.remaining === 0) queue.shift();
    return next.fault;
  }
}

type WaitOutcome = "woken" | "timeout" | "aborted" | "superseded" | "closed";

function updateType(update: Update): string {
  return Object.keys(update).find((key) => key !== "update_id") ?? "";
}

class UpdateQueue {
  #pending: Update[] = [];
  #nextId = 1;
  #allowed: ReadonlySet<string> | undefined;
  readonly #waiters = new Set<(outcome: WaitOutcome) => void>();
  #closed = false;

  get size(): number {
    return this.#pending.length;
  }

  get waiting(): number {
    return this.#waiters.size;
  }

  stamp(draft: UpdateDraft): Update {
    const id = draft.update_id ?? this.#nextId;
    if (!Number.isSafeInteger(id) || id < 0) {
      throw new RangeError(
        `Cannot queue the update: update_id ${id} is invalid`,
      );
    }
    this.#nextId = Math.max(this.#nextId, id + 1);
    return { ...draft, update_id: id } as Update;
  }

  add(update: Update): void {
    this.#pending.push(update);
    this.#pending.sort((a, b) => a.update_id - b.update_id);
    this.#settleWaiters("woken");
  }

  clear(): void {
    this.#pending = [];
  }

  allow(types: readonly unknown[]): void {
    this.#allowed = types.length === 0
      ? undefined
      : new Set(types.map((type) => String(type)));
  }

  /** Forgets updates the client confirmed with its offset. */
  confirm(offset: number): void {
    if (offset > 0) {
      this.#pending = this.#pending.filter((u) => u.update_id >= offset);
    } else if (offset < 0) {
      this.#pending = this.#pending.slice(offset);
    }
  }

  select(offset: number, limit: number): Update[] {
    return this.#pending
      .filter((u) => u.update_id >= offset && this.#isAllowed(u))
      .slice(0, limit)
      .map(copy);
  }

  /** Ends a waiting poll: Telegram answers the older of two polls with 409. */
  supersede(): void {
    this.#settleWaiters("superseded");
  }

  async poll(
    offset: number,
    limit: number,
    waitMs: number,
    signal: AbortSignal,
  ): Promise<Update[]> {
    const deadline = performance.now() + waitMs;
    for (;;) {
      // Select before waiting: an update may have come since the handler looked.
      const ready = this.select(offset, limit);
      const left = deadline - performance.now();
      if (ready.length > 0 || left <= 0 || this.#closed || signal.aborted) {
        return ready;
      }
      if (await this.#wait(left, signal) === "superseded") {
        throw new ApiFailure(
          409,
          "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
        );
      }
    }
  }

  close(): void {
    this.#closed = true;
    this.#settleWaiters("closed");
  }

  #settleWaiters(outcome: WaitOutcome): void {
    for (const settle of [...this.#waiters]) settle(outcome);
  }

  #isAllowed(update: Update): boolean {
    const type = updateType(update);
    if (this.#allowed !== undefined) return this.#allowed.has(type);
    return !(DEFAULT_ALLOWED_UPDATES_EXCLUDED as readonly string[]).includes(
      type,
    );
  }

  #wait(ms: number, signal: AbortSignal): Promise<WaitOutcome> {
    return new Promise((resolve) => {
      const settle = (outcome: WaitOutcome) => {
        clearTimeout(timer);
        signal.removeEventListener("abort", onAbort);
        this.#waiters.delete(settle);
        resolve(outcome);
      };
      const onAbort = () => settle("aborted");
      const timer = setTimeout(() => settle("timeout"), ms);
      signal.addEventListener("abort", onAbort, { once: true });
      this.#waiters.add(settle);
    });
  }
}

interface StoredMessage {
  message: Message;
  readonly fromBot: boolean;
}

function synthesizeChat(id: number): Chat {
  if (id > 0) return { id, type: "private", first_name: `User ${id}` };
  if (id <= -1_000_000_000_000) {
    return { id, type: "supergroup", title: `Supergroup ${id}` };
  }
  return { id, type: "group", title: `Group ${id}` };
}

class ChatStore {
  readonly #chats = new Map<number, Chat>();
  readonly #messages = new Map<number, Map<number, StoredMessage>>();
  readonly #nextIds = new Map<number, number>();
  readonly #sentTexts = new Map<number | string, string[]>();
  /** The bot's reaction on each message, by `chatId:messageId`. */
  readonly #reactions = new Map<string, ReactionType[]>();
  /** Chats that allow only some emoji (none when empty). */
  readonly #allowedReactions = new Map<number, ReadonlySet<string>>();

  rememberChat(chat: Chat): void {
    this.#chats.set(chat.id, chat);
  }

  /** Resolves a chat_id; chats never seen are made up, except @usernames. */
  resolve(chatId: unknown): Chat {
    if (chatId === undefined || chatId === null || chatId === "") {
      throw badRequest("chat_id is empty");
    }
    if (typeof chatId === "string" && chatId.startsWith("@")) {
      const name = chatId.slice(1).toLowerCase();
      const chat = [...this.#chats.values()]
        .find((c) => c.username?.toLowerCase() === name);
      if (chat === undefined) throw badRequest("chat not found");
      return chat;
    }
    const id = toInteger(chatId);
    if (id === undefined || id === 0) throw badRequest("chat not found");
    const chat = this.#chats.get(id) ?? synthesizeChat(id);
    this.#chats.set(id, chat);
    return chat;
  }

  nextMessageId(chatId: number): number {
    const id = this.#nextIds.get(chatId) ?? 1;
    this.#nextIds.set(chatId, id + 1);
    return id;
  }

  store(message: Message, fromBot: boolean): void {
    const chatId = message.chat.id;
    const messages = this.#messages.get(chatId) ?? new Map();
    messages.set(message.message_id, { message, fromBot });
    this.#messages.set(chatId, messages);
    const next = this.#nextIds.get(chatId) ?? 1;
    this.#nextIds.set(chatId, Math.max(next, message.message_id + 1));
  }

  get(chatId: number, messageId: number): StoredMessage | undefined {
    return this.#messages.get(chatId)?.get(messageId);
  }

  delete(chatId: number, messageId: number): boolean {
    return this.#messages.get(chatId)?.delete(messageId) ?? false;
  }

  botMessages(chatId: number): Message[] {
    return [...this.#messages.get(chatId)?.values() ?? []]
      .filter((stored) => stored.fromBot)
      .map((stored) => copy(stored.message))
      .sort((a, b) => a.message_id - b.message_id);
  }

  recordSentText(chatId: number, text: string): void {
    const texts = this.#sentTexts.get(chatId) ?? [];
    texts.push(text);
    this.#sentTexts.set(chatId, texts);
  }

  sentTexts(chatId: number | string): string[] {
    return [...this.#sentTexts.get(normalizeChatId(chatId)) ?? []];
  }

  setReaction(chatId: number, messageId: number, reaction: ReactionType[]) {
    const key = `${chatId}:${messageId}`;
    if (reaction.length === 0) this.#reactions.delete(key);
    else this.#reactions.set(key, reaction);
  }

  reaction(chatId: number, messageId: number): ReactionType[] {
    return copy(this.#reactions.get(`${chatId}:${messageId}`) ?? []);
  }

  restrictReactions(chatId: number, allowed: readonly string[] | null): void {
    if (allowed === null) this.#allowedReactions.delete(chatId);
    else this.#allowedReactions.set(chatId, new Set(allowed));
  }

  allowsReaction(chatId: number, emoji: string): boolean {
    return this.#allowedReactions.get(chatId)?.has(emoji) ?? true;
  }
}

interface StoredFile {
  readonly fileId: string;
  readonly fileUniqueId: string;
  readonly filePath: string;
  readonly bytes?: Uint8Array;
}

/** Options of {@linkcode FakeTelegram.addFile}. */
export interface AddFileOptions {
  /** Path getFile reports and the download serves. Default `files/file_N`. */
  filePath?: string;
  fileUniqueId?: string;
}

class FileStore {
  readonly #byId = new Map<string, StoredFile>();
  readonly #byPath = new Map<string, StoredFile>();
  #count = 0;

  add(
    fileId: string,
    bytes: Uint8Array | undefined,
    options: AddFileOptions = {},
  ): StoredFile {
    const n = ++this.#count;
    const file: StoredFile = {
      fileId,
      fileUniqueId: options.fileUniqueId ?? `unique-${fileId}`,
      filePath: options.filePath ?? `files/file_${n}`,
      bytes,
    };
    this.#byId.set(fileId, file);
    this.#byPath.set(file.filePath, file);
    return file;
  }

  upload(kind: string, upload: UploadedFile): StoredFile {
    const n = this.#count + 1;
    const extension = /\.[A-Za-z0-9]{1,8}$/.exec(upload.filename)?.[0] ?? "";
    return this.add(`fake-${kind}-${n}`, upload.bytes, {
      filePath: `${kind}s/file_${n}${extension}`,
      fileUniqueId: `fake-unique-${kind}-${n}`,
    });
  }

  /** A file named by id in a send call: known, or metadata only. */
  reference(fileId: string): StoredFile {
    return this.#byId.get(fileId) ?? this.add(fileId, undefined);
  }

  get(fileId: string): StoredFile | undefined {
    return this.#byId.get(fileId);
  }

  atPath(path: string): StoredFile | undefined {
    return this.#byPath.get(path);
  }
}

/** An inline query's answer, as the bot gave it with answerInlineQuery. */
export interface InlineAnswer {
  readonly results: readonly Payload[];
  readonly cacheTime?: number;
  readonly isPersonal?: boolean;
  readonly button?: { text: string; start_parameter?: string };
}

/** A message a user sent through the bot's inline mode, in some chat. */
export interface InlineMessage {
  readonly inlineMessageId: string;
  readonly text: string;
  readonly replyMarkup?: InlineKeyboardMarkup;
  /** Times the bot edited it. */
  readonly edits: number;
}

class InlineStore {
  readonly answers = new Map<string, InlineAnswer>();
  readonly messages = new Map<string, InlineMessage>();
  #count = 0;

  nextMessageId(): string {
    return `inline-message-${++this.#count}`;
  }
}

const RESULT_ID_LIMIT = 64;
const INLINE_RESULTS_LIMIT = 50;

// Like Telegram: at most 50 results with unique ids of 1-64 bytes; an article
// needs a title and a message text (parsed as a message's would be).
function handleAnswerInlineQuery(state: ApiState, payload: Payload): boolean {
  const queryId = requiredString(payload, "inline_query_id");
  const results = payload.results;
  if (!Array.isArray(results) || results.length > INLINE_RESULTS_LIMIT) {
    throw badRequest("RESULTS_TOO_MUCH");
  }
  const ids = new Set<string>();
  for (const result of results) {
    if (!isRecord(result)) throw badRequest("can't parse inline query result");
    const id = typeof result.id === "string" ? result.id : "";
    if (utf8Length(id) === 0 || utf8Length(id) > RESULT_ID_LIMIT) {
      throw badRequest("RESULT_ID_INVALID");
    }
    if (ids.has(id)) throw badRequest("RESULT_ID_DUPLICATE");
    ids.add(id);
    if (result.type === "article") {
      if (typeof result.title !== "string" || result.title === "") {
        throw badRequest("RESULT_TITLE_EMPTY");
      }
      const content = result.input_message_content;
      if (!isRecord(content)) throw badRequest("SEND_MESSAGE_MEDIA_INVALID");
      messageText({
        text: content.message_text,
        parse_mode: content.parse_mode,
      });
      inlineKeyboard(result);
    }
  }
  const button = isRecord(payload.button) ? payload.button : undefined;
  if (button !== undefined) {
    const start = button.start_parameter;
    if (typeof button.text !== "string" || button.text === "") {
      throw badRequest("BUTTON_TEXT_INVALID");
    }
    if (start !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(String(start))) {
      throw badRequest("START_PARAM_INVALID");
    }
  }
  state.inline.answers.set(queryId, {
    results: copy(results) as Payload[],
    cacheTime: optionalInteger(payload, "cache_time"),
    isPersonal: payload.is_personal === undefined
      ? undefined
      : isTruthy(payload.is_personal),
    button: button && copy(button) as InlineAnswer["button"],
  });
  return true;
}

function editInlineMessage(state: ApiState, payload: Payload): boolean {
  const id = String(payload.inline_message_id);
  const current = state.inline.messages.get(id);
  if (current === undefined) throw badRequest("MESSAGE_ID_INVALID");
  const formatted = messageText(payload);
  const markup = inlineKeyboard(payload);
  if (
    formatted.text === current.text &&
    JSON.stringify(markup) === JSON.stringify(current.replyMarkup)
  ) throw badRequest(NOT_MODIFIED);
  state.inline.messages.set(id, {
    inlineMessageId: id,
    text: formatted.text,
    ...(markup === undefined ? {} : { replyMarkup: markup }),
    edits: current.edits + 1,
  });
  return true;
}

function telegramFile(file: StoredFile): TelegramFile {
  return {
    file_id: file.fileId,
    file_unique_id: file.fileUniqueId,
    ...(file.bytes === undefined ? {} : { file_size: file.bytes.length }),
    file_path: file.filePath,
  };
}

// ---------------------------------------------------------------------------
// Bot API methods

interface ApiState {
  readonly botInfo: UserFromGetMe;
  readonly botUser: User;
  readonly clock: Clock;
  readonly maxLongPollMs: number;
  readonly calls: CallLog;
  readonly chats: ChatStore;
  readonly files: FileStore;
  readonly updates: UpdateQueue;
  readonly commands: Map<string, BotCommand[]>;
  readonly inline: InlineStore;
  /** File paths downloaded, in order. */
  readonly downloads: string[];
  webhook: WebhookRegistration | undefined;
  /** What getWebhookInfo reports as Telegram's last failed delivery. */
  webhookError: WebhookError | undefined;
}

type Handler = (state: ApiState, payload: Payload) => unknown;

function handleGetUpdates(state: ApiState, payload: Payload): unknown {
  state.updates.supersede();
  if (state.webhook !== undefined) {
    throw new ApiFailure(
      409,
      "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    );
  }
  const offset = optionalInteger(payload, "offset") ?? 0;
  const limit = Math.min(
    Math.max(optionalInteger(payload, "limit") ?? 100, 1),
    100,
  );
  const timeout = Math.max(optionalInteger(payload, "timeout") ?? 0, 0);
  const waitMs = Math.min(timeout * 1000, state.maxLongPollMs);
  if (Array.isArray(payload.allowed_updates)) {
    state.updates.allow(payload.allowed_updates);
  }
  state.updates.confirm(offset);
  const ready = state.updates.select(offset, limit);
  if (ready.length > 0 || waitMs <= 0) return ready;
  return new Deferred((signal) =>
    state.updates.poll(offset, limit, waitMs, signal)
  );
}

function baseMessage(state: ApiState, chat: Chat, payload: Payload): Message {
  const markup = inlineKeyboard(payload);
  const reply = replyTarget(state, chat, payload);
  const message = {
    message_id: state.chats.nextMessageId(chat.id),
    from: state.botUser,
    chat,
    date: nowSeconds(state.clock),
  } as Message;
  if (reply !== undefined) message.reply_to_message = reply;
  if (markup !== undefined) message.reply_markup = markup;
  return message;
}

type ReplyTo = NonNullable<Message["reply_to_message"]>;

// Telegram would refuse an unknown reply target; the fake only knows messages
// it has seen, so it answers with a minimal one instead of failing the test.
function replyTarget(
  state: ApiState,
  chat: Chat,
  payload: Payload,
): ReplyTo | undefined {
  const parameters = isRecord(payload.reply_parameters)
    ? payload.reply_parameters
    : {};
  const id = toInteger(parameters.message_id ?? payload.reply_to_message_id);
  if (id === undefined) return undefined;
  const known = state.chats.get(chat.id, id)?.message;
  if (known === undefined) {
    return { message_id: id, chat, date: nowSeconds(state.clock) } as ReplyTo;
  }
  const { reply_to_message: _nested, ...target } = copy(known);
  return target as ReplyTo;
}

function withText(message: Message, formatted: FormattedText): Message {
  message.text = formatted.text;
  if (formatted.entities.length > 0) message.entities = formatted.entities;
  else delete message.entities;
  return message;
}

function handleSendMessage(state: ApiState, payload: Payload): Message {
  const chat = state.chats.resolve(payload.chat_id);
  const formatted = messageText(payload);
  const message = withText(baseMessage(state, chat, payload), formatted);
  state.chats.store(message, true);
  state.chats.recordSentText(chat.id, String(payload.text));
  return copy(message);
}

function editTarget(state: ApiState, payload: Payload): StoredMessage {
  const chat = state.chats.resolve(payload.chat_id);
  const id = requiredInteger(payload, "message_id");
  const stored = state.chats.get(chat.id, id);
  if (stored === undefined) throw badRequest("message to edit not found");
  if (!stored.fromBot) throw badRequest("message can't be edited");
  return stored;
}

const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

function handleEditMessageText(state: ApiState, payload: Payload): unknown {
  if (payload.inline_message_id !== undefined) {
    return editInlineMessage(state, payload);
  }
  const stored = editTarget(state, payload);
  const current = stored.message;
  if (current.text === undefined) {
    throw badRequest("there is no text in the message to edit");
  }
  const formatted = messageText(payload);
  const markup = inlineKeyboard(payload);
  const unchanged = formatted.text === current.text &&
    JSON.stringify(formatted.entities) ===
      JSON.stringify(current.entities ?? []) &&
    JSON.stringify(markup) === JSON.stringify(current.reply_markup);
  if (unchanged) throw badRequest(NOT_MODIFIED);
  const edited = withText(copy(current), formatted);
  // Like Telegram: an edit without reply_markup drops the inline keyboard.
  if (markup === undefined) delete edited.reply_markup;
  else edited.reply_markup = markup;
  edited.edit_date = nowSeconds(state.clock);
  stored.message = edited;
  return copy(edited);
}

function handleEditMessageReplyMarkup(
  state: ApiState,
  payload: Payload,
): unknown {
  if (payload.inline_message_id !== undefined) return true;
  const stored = editTarget(state, payload);
  const markup = inlineKeyboard(payload);
  if (JSON.stringify(markup) === JSON.stringify(stored.message.reply_markup)) {
    throw badRequest(NOT_MODIFIED);
  }
  const edited = copy(stored.message);
  if (markup === undefined) delete edited.reply_markup;
  else edited.reply_markup = markup;
  stored.message = edited;
  return copy(edited);
}

function handleDeleteMessage(state: ApiState, payload: Payload): boolean {
  const chat = state.chats.resolve(payload.chat_id);
  const id = requiredInteger(payload, "message_id");
  if (!state.chats.delete(chat.id, id)) {
    throw badRequest("message to delete not found");
  }
  return true;
}

function handleSendChatAction(state: ApiState, payload: Payload): boolean {
  state.chats.resolve(payload.chat_id);
  const action = requiredString(payload, "action");
  if (!CHAT_ACTIONS.has(action)) {
    throw badRequest("wrong parameter action in request");
  }
  return true;
}

// Like Telegram (Bot API 9.5): an ephemeral preview in a private chat; the
// draft is not a message, so nothing is stored. An empty text is allowed
// (it shows "Thinking…").
function handleSendMessageDraft(state: ApiState, payload: Payload): boolean {
  const chat = state.chats.resolve(payload.chat_id);
  if (chat.type !== "private") {
    throw badRequest("drafts can be sent only to private chats");
  }
  const draftId = optionalInteger(payload, "draft_id");
  if (draftId === undefined || draftId === 0) {
    throw badRequest("draft_id must be non-zero");
  }
  if (payload.text !== undefined && payload.text !== "") {
    const formatted = formatText(payload, "text");
    if (formatted.text.length > TEXT_LIMIT) {
      throw badRequest("message is too long");
    }
  }
  return true;
}

// Like Telegram: one reaction at most (bots are not premium), only an emoji
// of the fixed list that the chat allows; an empty list removes the reaction.
function handleSetMessageReaction(state: ApiState, payload: Payload): boolean {
  const chat = state.chats.resolve(payload.chat_id);
  const id = optionalInteger(payload, "message_id");
  if (id === undefined || id <= 0 || !state.chats.get(chat.id, id)) {
    throw badRequest("message to react not found");
  }
  const given = payload.reaction ?? [];
  if (!Array.isArray(given)) throw badRequest("REACTION_INVALID");
  if (given.length > 1) throw badRequest("REACTIONS_TOO_MANY");
  for (const reaction of given) {
    const emoji = isRecord(reaction) && reaction.type === "emoji"
      ? reaction.emoji
      : undefined;
    // Custom emoji (allowed only by a chat's admins) and paid ones are refused too.
    if (
      typeof emoji !== "string" || !REACTION_EMOJI_SET.has(emoji) ||
      !state.chats.allowsReaction(chat.id, emoji)
    ) throw badRequest("REACTION_INVALID");
  }
  state.chats.setReaction(chat.id, id, copy(given) as ReactionType[]);
  return true;
}

function handleAnswerCallbackQuery(
  _state: ApiState,
  payload: Payload,
): boolean {
  requiredString(payload, "callback_query_id");
  return true;
}

function commandsKey(payload: Payload): string {
  const scope = isRecord(payload.scope) ? payload.scope : { type: "default" };
  const language = typeof payload.language_code === "string"
    ? payload.language_code
    : "";
  return `${JSON.stringify(scope)}|${language}`;
}

function handleSetMyCommands(state: ApiState, payload: Payload): boolean {
  const commands = payload.commands;
  if (!Array.isArray(commands) || commands.length > 100) {
    throw badRequest("commands must be an array of at most 100 commands");
  }
  for (const entry of commands) {
    const command = isRecord(entry) ? entry.command : undefined;
    const description = isRecord(entry) ? entry.description : undefined;
    if (typeof command !== "string" || !/^[a-z0-9_]{1,32}$/.test(command)) {
      throw badRequest("BOT_COMMAND_INVALID");
    }
    if (
      typeof description !== "string" || description.length < 1 ||
      description.length > 256
    ) throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
  }
  state.commands.set(commandsKey(payload), copy(commands) as BotCommand[]);
  return true;
}

function handleGetMyCommands(state: ApiState, payload: Payload): unknown {
  return copy(state.commands.get(commandsKey(payload)) ?? []);
}

function handleDeleteMyCommands(state: ApiState, payload: Payload): boolean {
  state.commands.delete(commandsKey(payload));
  return true;
}

function handleSetWebhook(state: ApiState, payload: Payload): unknown {
  const url = typeof payload.url === "string" ? payload.url : "";
  const secret = payload.secret_token;
  if (
    secret !== undefined &&
    (typeof secret !== "string" || !/^[A-Za-z0-9_-]{1,256}$/.test(secret))
  ) throw badRequest("secret token contains unallowed characters");
  if (isTruthy(payload.drop_pending_updates)) state.updates.clear();
  if (url === "") {
    const existed = state.webhook !== undefined;
    state.webhook = undefined;
    return new Described(
      true,
      existed ? "Webhook was deleted" : "Webhook is already deleted",
    );
  }
  const allowed = payload.allowed_updates;
  state.webhook = {
    url,
    ...(typeof secret === "string" ? { secretToken: secret } : {}),
    maxConnections: optionalInteger(payload, "max_connections") ?? 40,
    ...(Array.isArray(allowed) ? { allowedUpdates: allowed.map(String) } : {}),
  };
  return new Described(true, "Webhook was set");
}

function handleDeleteWebhook(state: ApiState, payload: Payload): unknown {
  if (isTruthy(payload.drop_pending_updates)) state.updates.clear();
  const existed = state.webhook !== undefined;
  state.webhook = undefined;
  return new Described(
    true,
    existed ? "Webhook was deleted" : "Webhook is already deleted",
  );
}

function handleGetWebhookInfo(state: ApiState): unknown {
  const webhook = state.webhook;
  const error = state.webhookError;
  return {
    url: webhook?.url ?? "",
    has_custom_certificate: false,
    pending_update_count: state.updates.size,
    ...(error === undefined ? {} : {
      last_error_date: Math.floor((error.at ?? state.clock.now()) / 1000),
      last_error_message: error.message,
    }),
    ...(webhook === undefined
      ? {}
      : { max_connections: webhook.maxConnections }),
    ...(webhook?.allowedUpdates === undefined
      ? {}
      : { allowed_updates: [...webhook.allowedUpdates] }),
  };
}

function handleGetFile(state: ApiState, payload: Payload): TelegramFile {
  const file = state.files.get(requiredString(payload, "file_id"));
  if (file === undefined) throw badRequest("invalid file_id");
  if ((file.bytes?.length ?? 0) > DOWNLOAD_LIMIT) {
    throw badRequest("file is too big");
  }
  return telegramFile(file);
}

function isUploadedFile(value: unknown): value is UploadedFile {
  return isRecord(value) && value.bytes instanceof Uint8Array &&
    typeof value.filename === "string";
}

function mediaInput(payload: Payload, kind: string): UploadedFile | string {
  const input = payload[kind];
  if (isUploadedFile(input)) return input;
  if (typeof input === "string" && input !== "") return input;
  throw badRequest(`there is no ${kind} in the request`);
}

interface MediaMessage {
  message: Message;
  file: StoredFile;
  upload?: UploadedFile;
}

// Validates everything before a message id or a file id is handed out.
function mediaMessage(
  state: ApiState,
  payload: Payload,
  kind: "document" | "photo",
): MediaMessage {
  const chat = state.chats.resolve(payload.chat_id);
  const caption = messageCaption(payload);
  const input = mediaInput(payload, kind);
  const message = baseMessage(state, chat, payload);
  if (caption.text !== "") message.caption = caption.text;
  if (caption.entities.length > 0) message.caption_entities = caption.entities;
  if (typeof input === "string") {
    return { message, file: state.files.reference(input) };
  }
  return { message, file: state.files.upload(kind, input), upload: input };
}

function handleSendDocument(state: ApiState, payload: Payload): Message {
  const { message, file, upload } = mediaMessage(state, payload, "document");
  message.document = {
    file_id: file.fileId,
    file_unique_id: file.fileUniqueId,
    ...(upload === undefined
      ? {}
      : { file_name: upload.filename, mime_type: upload.contentType }),
    ...(file.bytes === undefined ? {} : { file_size: file.bytes.length }),
  };
  state.chats.store(message, true);
  return copy(message);
}

function handleSendPhoto(state: ApiState, payload: Payload): Message {
  const { message, file } = mediaMessage(state, payload, "photo");
  // The fake does not decode images: every photo reports one 512×512 size.
  message.photo = [{
    file_id: file.fileId,
    file_unique_id: file.fileUniqueId,
    width: 512,
    height: 512,
    ...(file.bytes === undefined ? {} : { file_size: file.bytes.length }),
  }];
  state.chats.store(message, true);
  return copy(message);
}

const HANDLERS: ReadonlyMap<string, Handler> = new Map<string, Handler>([
  ["getMe", (state) => copy(state.botInfo)],
  ["getUpdates", handleGetUpdates],
  ["sendMessage", handleSendMessage],
  ["sendMessageDraft", handleSendMessageDraft],
  ["editMessageText", handleEditMessageText],
  ["editMessageReplyMarkup", handleEditMessageReplyMarkup],
  ["deleteMessage", handleDeleteMessage],
  ["sendChatAction", handleSendChatAction],
  ["answerCallbackQuery", handleAnswerCallbackQuery],
  ["setMessageReaction", handleSetMessageReaction],
  ["setMyCommands", handleSetMyCommands],
  ["getMyCommands", handleGetMyCommands],
  ["deleteMyCommands", handleDeleteMyCommands],
  ["setWebhook", handleSetWebhook],
  ["deleteWebhook", handleDeleteWebhook],
  ["getWebhookInfo", handleGetWebhookInfo],
  ["getFile", handleGetFile],
  ["sendDocument", handleSendDocument],
  ["sendPhoto", handleSendPhoto],
  ["answerInlineQuery", handleAnswerInlineQuery],
]);

const CANONICAL_METHODS: ReadonlyMap<string, string> = new Map(
  [...HANDLERS.keys()].map((name) => [name.toLowerCase(), name]),
);

/** Telegram method names are case-insensitive; record them as documented. */
function canonicalMethod(name: string): string {
  return CANONICAL_METHODS.get(name.toLowerCase()) ?? name;
}

interface IncomingMessage {
  message: Message;
  /** Callback queries hang off the bot's own messages. */
  fromBot: boolean;
}

function messagesOf(update: UpdateDraft, botId: number): IncomingMessage[] {
  const direct = ([
    update.message,
    update.edited_message,
    update.channel_post,
    update.edited_channel_post,
  ] as Array<Message | undefined>).filter((m): m is Message => m !== undefined);
  const replies = direct.flatMap((m) =>
    m.reply_to_message === undefined ? [] : [m.reply_to_message as Message]
  );
  const incoming = [...replies, ...direct].map((message) => ({
    message,
    fromBot: message.from?.id === botId,
  }));
  const callback = update.callback_query?.message;
  if (callback !== undefined && callback.date !== 0) {
    incoming.push({ message: callback as Message, fromBot: true });
  }
  return incoming;
}

function rememberUpdate(state: ApiState, update: UpdateDraft): void {
  for (const { message, fromBot } of messagesOf(update, state.botInfo.id)) {
    state.chats.rememberChat(message.chat);
    const known = state.chats.get(message.chat.id, message.message_id);
    // What the fake holds of the bot's messages is newer than any copy.
    if (known === undefined || (!known.fromBot && !fromBot)) {
      state.chats.store(copy(message), fromBot);
    }
  }
  const memberChat = update.my_chat_member?.chat ?? update.chat_member?.chat;
  if (memberChat !== undefined) state.chats.rememberChat(memberChat);
}

// ---------------------------------------------------------------------------
// The server

/**
 * A running fake Telegram Bot API server. Create it with
 * {@linkcode startFakeTelegram}.
 */
class FakeTelegram implements AsyncDisposable {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:43125`. */
  readonly apiRoot: string;
  /** The token requests must carry. */
  readonly token: string;
  /** What getMe returns. */
  readonly botInfo: UserFromGetMe;
  readonly #state: ApiState;
  readonly #faults = new FaultPlan();
  /** Chats whose user blocked the bot: every send there fails with 403. */
  readonly #blocked = new Set<number>();
  readonly #closing = new AbortController();
  readonly #server: Deno.HttpServer<Deno.NetAddr>;
  #closed: Promise<void> | undefined;

  constructor(options: FakeTelegramOptions) {
    const botInfo = { ...DEFAULT_BOT_INFO, ...options.botInfo };
    const prefix = toInteger(options.token?.split(":")[0]);
    if (options.botInfo?.id === undefined && prefix !== undefined) {
      botInfo.id = prefix;
    }
    this.botInfo = botInfo;
    this.token = options.token ??
      `${botInfo.id}:AAFakePromptsmithTestToken_0123456789`;
    this.#state = {
      botInfo,
      botUser: botUserOf(botInfo),
      clock: options.clock ?? SYSTEM_CLOCK,
      maxLongPollMs: options.maxLongPollMs ?? 300,
      calls: new CallLog(),
      chats: new ChatStore(),
      files: new FileStore(),
      updates: new UpdateQueue(),
      commands: new Map(),
      inline: new InlineStore(),
      downloads: [],
      webhook: undefined,
      webhookError: undefined,
    };
    this.#server = Deno.serve(
      { hostname: "127.0.0.1", port: 0, onListen: () => {} },
      (request) => this.#route(request),
    );
    this.apiRoot = `http://127.0.0.1:${this.#server.addr.port}`;
  }

  /** Every call so far, in arrival order. */
  get calls(): readonly RecordedCall[] {
    return this.#state.calls.all();
  }

  /** How many getUpdates long polls are waiting for updates right now. */
  get waitingPolls(): number {
    return this.#state.updates.waiting;
  }

  /** The webhook registered with setWebhook, if any. */
  get webhook(): WebhookRegistration | undefined {
    return this.#state.webhook && copy(this.#state.webhook);
  }

  /** Calls of one method, in arrival order. */
  callsOf(method: string): RecordedCall[] {
    const name = canonicalMethod(method);
    return this.calls.filter((call) => call.method === name);
  }

  /**
   * Resolves with the first handled call of `method` that matches `predicate`,
   * whether it arrived already or arrives later; rejects after `timeoutMs`
   * listing the calls seen.
   */
  waitForCall(
    method: string,
    predicate: (call: RecordedCall) => boolean = () => true,
    timeoutMs: number = DEFAULT_WAIT_FOR_CALL_MS,
  ): Promise<RecordedCall> {
    if (!(timeoutMs >= 0 && Number.isFinite(timeoutMs))) {
      throw new RangeError(
        `Cannot wait for a call: timeoutMs must be a non-negative number, got ${timeoutMs}`,
      );
    }
    const name = canonicalMethod(method);
    return this.#state.calls.wait(name, predicate, timeoutMs);
  }

  /**
   * Queues an update for getUpdates, assigning the next update_id when
   * absent, and learns the chats and messages it carries.
   */
  queueUpdate(update: UpdateDraft): Update {
    const stamped = this.#state.updates.stamp(update);
    rememberUpdate(this.#state, stamped);
    this.#state.updates.add(stamped);
    return copy(stamped);
  }

  /**
   * Learns the chats and messages of an update without queueing it, for
   * tests that hand updates to `bot.handleUpdate` directly.
   */
  rememberUpdate(update: UpdateDraft): void {
    rememberUpdate(this.#state, update);
  }

  /** Texts of the accepted sendMessage calls to a chat, as sent. */
  sentTexts(chatId: number | string): string[] {
    return this.#state.chats.sentTexts(chatId);
  }

  /**
   * What the chat shows of the bot's messages: edits applied, deleted ones
   * gone, ordered by message_id. Texts are as Telegram stores them: HTML
   * parsed into entities, surrounding white space trimmed.
   */
  messages(chatId: number | string): Message[] {
    const id = toInteger(chatId);
    return id === undefined ? [] : this.#state.chats.botMessages(id);
  }

  /** The bot's reaction on a message (set with setMessageReaction); empty when none. */
  reactions(chatId: number | string, messageId: number): ReactionType[] {
    const id = toInteger(chatId);
    return id === undefined ? [] : this.#state.chats.reaction(id, messageId);
  }

  /**
   * Lets a chat allow only `allowed` emoji as reactions, none when empty, as
   * its admins can; `null` allows every emoji again. A refused reaction fails
   * with `REACTION_INVALID`.
   */
  restrictReactions(chatId: number, allowed: readonly string[] | null): void {
    this.#state.chats.restrictReactions(chatId, allowed);
  }

  /** Registers a file for getFile and for download under `/file/bot…/`. */
  addFile(
    fileId: string,
    bytes: Uint8Array,
    options: AddFileOptions = {},
  ): TelegramFile {
    return telegramFile(this.#state.files.add(fileId, bytes, options));
  }

  /** Paths of the files downloaded from `/file/bot…/`, in order. */
  get downloads(): readonly string[] {
    return [...this.#state.downloads];
  }

  /** The bot's answer to an inline query, once it gave one. */
  inlineAnswer(queryId: string): InlineAnswer | undefined {
    const answer = this.#state.inline.answers.get(queryId);
    return answer && copy(answer);
  }

  /**
   * The user picks result `resultId` of the bot's answer to `queryId`, as
   * Telegram's client does: its message is sent (an inline message, which
   * has an id only when the result carries a keyboard), and, with inline
   * feedback on, a `chosen_inline_result` update is queued. Returns the
   * inline message's id (`undefined` without a keyboard) and the update.
   *
   * @throws {Error} when the bot gave no such result
   */
  chooseInlineResult(options: {
    queryId: string;
    resultId: string;
    from: User;
    query: string;
  }): { inlineMessageId: string | undefined; update: Update } {
    const answer = this.#state.inline.answers.get(options.queryId);
    const result = answer?.results.find((r) => r.id === options.resultId);
    if (result === undefined) {
      throw new Error(
        `Cannot choose result ${options.resultId}: the bot did not offer it`,
      );
    }
    const content = result.input_message_content as Payload;
    const formatted = messageText({
      text: content.message_text,
      parse_mode: content.parse_mode,
    });
    const markup = inlineKeyboard(result);
    const inlineMessageId = markup === undefined
      ? undefined
      : this.#state.inline.nextMessageId();
    if (inlineMessageId !== undefined) {
      this.#state.inline.messages.set(inlineMessageId, {
        inlineMessageId,
        text: formatted.text,
        replyMarkup: markup,
        edits: 0,
      });
    }
    const update = this.queueUpdate({
      chosen_inline_result: {
        result_id: options.resultId,
        from: options.from,
        query: options.query,
        ...(inlineMessageId === undefined
          ? {}
          : { inline_message_id: inlineMessageId }),
      },
    });
    return { inlineMessageId, update };
  }

  /** A message sent through inline mode, with the bot's edits applied. */
  inlineMessage(inlineMessageId: string): InlineMessage | undefined {
    const message = this.#state.inline.messages.get(inlineMessageId);
    return message && copy(message);
  }

  /** Makes getWebhookInfo report a failed delivery (`undefined` clears it), as Telegram does after one. */
  setWebhookError(error: WebhookError | undefined): void {
    this.#state.webhookError = error;
  }

  /** Makes the next `fault.times` (default 1) calls of `method` fail. */
  injectFault(method: string, fault: Fault): void {
    this.#faults.add(canonicalMethod(method), fault);
  }

  /**
   * The user of private chat `chatId` blocks the bot (or unblocks it with
   * `false`): every `send…` call to that chat fails with 403 "Forbidden: bot
   * was blocked by the user", as Telegram answers.
   */
  blockBot(chatId: number, blocked = true): void {
    if (blocked) this.#blocked.add(chatId);
    else this.#blocked.delete(chatId);
  }

  /** Drops every fault not yet used up. */
  clearFaults(): void {
    this.#faults.clear();
  }

  /**
   * POSTs an update to a webhook as Telegram does. A webhook reply (a JSON
   * body naming a `method`) is executed and recorded like any other call.
   */
  async deliverWebhook(
    url: string,
    update: UpdateDraft,
    options: { secretToken?: string } = {},
  ): Promise<WebhookDelivery> {
    const stamped = this.#state.updates.stamp(update);
    rememberUpdate(this.#state, stamped);
    const headers = new Headers(JSON_HEADERS);
    if (options.secretToken !== undefined) {
      headers.set("X-Telegram-Bot-Api-Secret-Token", options.secretToken);
    }
    const response = await fetch(url, {
      method: "POST",
      headers,
      body: JSON.stringify(stamped),
    });
    const body = await response.text();
    if (response.ok) await this.#runWebhookReply(response, body);
    return { status: response.status, body };
  }

  /** Delivers an update to the URL and secret registered with setWebhook. */
  deliverToRegisteredWebhook(update: UpdateDraft): Promise<WebhookDelivery> {
    const webhook = this.#state.webhook;
    if (webhook === undefined) {
      return Promise.reject(
        new Error("Cannot deliver the update: no webhook is registered"),
      );
    }
    const secretToken = webhook.secretToken;
    return this.deliverWebhook(webhook.url, update, { secretToken });
  }

  /** Stops the server, ending long polls, delays and waits at once. */
  close(): Promise<void> {
    this.#closed ??= this.#shutdown();
    return this.#closed;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  async #shutdown(): Promise<void> {
    this.#closing.abort();
    this.#state.updates.close();
    this.#state.calls.close();
    await this.#server.shutdown();
  }

  // Every answer carries the fake's time as its Date, as a server's clock would.
  async #route(request: Request): Promise<Response> {
    const response = await this.#answer(request);
    response.headers.set(
      "date",
      new Date(this.#state.clock.now()).toUTCString(),
    );
    return response;
  }

  async #answer(request: Request): Promise<Response> {
    try {
      const url = new URL(request.url);
      const api = API_PATH.exec(url.pathname);
      if (api !== null) {
        return await this.#serveApi(request, url, api[1], api[2]);
      }
      const file = FILE_PATH.exec(url.pathname);
      if (file !== null) return this.#serveFile(file[1], file[2]);
      return envelopeResponse(
        failureEnvelope(new ApiFailure(404, "Not Found")),
      );
    } catch (error) {
      return envelopeResponse(failureEnvelope(error));
    }
  }

  async #serveApi(
    request: Request,
    url: URL,
    token: string,
    method: string,
  ): Promise<Response> {
    if (decodePathPart(token) !== this.token) {
      await request.body?.cancel();
      return envelopeResponse(
        failureEnvelope(new ApiFailure(401, "Unauthorized")),
      );
    }
    if (method === "") {
      await request.body?.cancel();
      return envelopeResponse(
        failureEnvelope(new ApiFailure(404, "Not Found")),
      );
    }
    const payload = await readPayload(request, url);
    const call = this.#state.calls.record(
      canonicalMethod(method),
      payload,
      this.#state.clock.now(),
    );
    return this.#respond(call, await this.#execute(call));
  }

  /** Runs a call; settles it unless the answer is deferred (see #respond). */
  async #execute(call: RecordedCall): Promise<Envelope | Deferred | Response> {
    let outcome: Envelope | Deferred | Response;
    try {
      await this.#applyFault(call.method);
      this.#refuseBlocked(call);
      // Methods the fake does not model succeed, and are still recorded.
      const handler = HANDLERS.get(call.method) ?? (() => true);
      const result = handler(this.#state, call.payload);
      outcome = result instanceof Deferred ? result : successEnvelope(result);
    } catch (error) {
      outcome = error instanceof GatewayFailure
        ? badGatewayResponse()
        : failureEnvelope(error);
    }
    if (!(outcome instanceof Deferred)) this.#state.calls.settle(call);
    return outcome;
  }

  // A deferred call settles once its wait has begun, so that a test that saw
  // waitForCall("getUpdates") resolve knows the poll is waiting.
  #respond(
    call: RecordedCall,
    outcome: Envelope | Deferred | Response,
  ): Response {
    if (outcome instanceof Response) return outcome;
    if (!(outcome instanceof Deferred)) return envelopeResponse(outcome);
    const response = streamDeferred(outcome);
    this.#state.calls.settle(call);
    return response;
  }

  #refuseBlocked(call: RecordedCall): void {
    if (!call.method.startsWith("send")) return;
    const chatId = toInteger(call.payload.chat_id);
    if (chatId !== undefined && this.#blocked.has(chatId)) {
      throw new ApiFailure(403, "Forbidden: bot was blocked by the user");
    }
  }

  async #applyFault(method: string): Promise<void> {
    const fault = this.#faults.take(method);
    if (fault === undefined) return;
    if ("delayMs" in fault) {
      // A slow Telegram still does the work when the client gave up waiting.
      await delay(fault.delayMs, this.#closing.signal);
      return;
    }
    throw faultFailure(fault);
  }

  #serveFile(token: string, path: string): Response {
    if (decodePathPart(token) !== this.token) {
      return envelopeResponse(
        failureEnvelope(new ApiFailure(401, "Unauthorized")),
      );
    }
    const file = this.#state.files.atPath(decodePathPart(path));
    this.#state.downloads.push(decodePathPart(path));
    if (file?.bytes === undefined) {
      return envelopeResponse(
        failureEnvelope(new ApiFailure(404, "Not Found")),
      );
    }
    return new Response(file.bytes.slice(), {
      headers: { "content-type": "application/octet-stream" },
    });
  }

  async #runWebhookReply(response: Response, body: string): Promise<void> {
    const type = response.headers.get("content-type") ?? "";
    if (!type.includes("application/json") || body.trim() === "") return;
    let reply: unknown;
    try {
      reply = JSON.parse(body);
    } catch {
      return;
    }
    if (!isRecord(reply) || typeof reply.method !== "string") return;
    const { method, ...payload } = reply;
    const call = this.#state.calls.record(
      canonicalMethod(method),
      payload,
      this.#state.clock.now(),
    );
    // A deferred answer (a long poll inside a webhook reply) has no reader.
    if (await this.#execute(call) instanceof Deferred) {
      this.#state.calls.settle(call);
    }
  }
}

export type { FakeTelegram };
