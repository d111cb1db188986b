/**
 * An in-process stand-in for the Telegram Bot API, for the console: the real
 * grammY clients of the bot call it through their `fetch` option, so every
 * call goes through grammY's API layer and the bot's retry policy as it would
 * against Telegram, and nothing leaves the process. It keeps the one private
 * chat's messages and tells the screen what changed.
 *
 * @module
 */
import type {
  Chat,
  InlineKeyboardButton,
  Message,
  User,
  UserFromGetMe,
} from "grammy/types";
import { type Clock, SYSTEM_CLOCK } from "../clock.ts";
import { TELEGRAM_TEXT_LIMIT } from "../telegram/split.ts";
import { HtmlParseError, htmlToText } from "./html_text.ts";

/** The bot the console impersonates: never a real one. */
export const CONSOLE_BOT_INFO: Readonly<UserFromGetMe> = Object.freeze({
  id: 7_000_000_077,
  is_bot: true,
  first_name: "Promptsmith",
  username: "promptsmith_console_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
});

/** A token of the right shape for the console bot; it never reaches Telegram. */
export const CONSOLE_BOT_TOKEN =
  `${CONSOLE_BOT_INFO.id}:console-only-not-a-telegram-token`;

/** One message of the chat as the terminal shows it. */
export interface ShownMessage {
  readonly id: number;
  /** What the user reads: HTML rendered, a document's name and caption. */
  readonly text: string;
  /** The inline keyboard under it, rows of buttons; empty when none. */
  readonly keyboard: readonly (readonly InlineKeyboardButton[])[];
  /** The message as Telegram would return it (what a callback query carries). */
  readonly raw: Message;
}

/** What changed in the chat, for the screen. */
export type ChatEvent =
  | { kind: "message"; message: ShownMessage }
  | { kind: "edit"; message: ShownMessage }
  | { kind: "delete"; id: number }
  | { kind: "draft"; id: number; text: string }
  | { kind: "notice"; text: string; alert: boolean }
  | { kind: "reaction"; id: number; emoji: string }
  | { kind: "typing" };

/** A document sent to the chat: shown by name, size and caption. */
export interface SentDocument {
  readonly filename: string;
  readonly bytes: number;
  /** A file (sendDocument) or a picture (sendPhoto, e.g. the /stats chart). */
  readonly kind: "document" | "photo";
}

/** Options of {@linkcode ConsoleBotApi}. */
export interface ConsoleBotApiOptions {
  /** Who writes to the bot: the chat is their private chat. */
  user: User;
  /** Told of every change, in order. */
  onEvent: (event: ChatEvent) => void;
  /** How a document is shown, e.g. `📎 prompt.md (12 KB)`. */
  describeDocument: (document: SentDocument) => string;
  clock?: Clock;
}

type Payload = Record<string, unknown>;

/** A refusal in Telegram's words. */
class ApiRefusal extends Error {
  constructor(readonly code: number, readonly description: string) {
    super(description);
    this.name = "ApiRefusal";
  }
}

function badRequest(details: string): ApiRefusal {
  return new ApiRefusal(400, `Bad Request: ${details}`);
}

/** The console's Bot API: hand {@linkcode ConsoleBotApi.fetch} to grammY. */
export class ConsoleBotApi {
  readonly botInfo: UserFromGetMe = CONSOLE_BOT_INFO;
  readonly token: string = CONSOLE_BOT_TOKEN;
  readonly #options: ConsoleBotApiOptions;
  readonly #clock: Clock;
  readonly #messages = new Map<number, ShownMessage>();
  #nextMessageId = 1;

  constructor(options: ConsoleBotApiOptions) {
    this.#options = options;
    this.#clock = options.clock ?? SYSTEM_CLOCK;
  }

  /** A `fetch` that answers Bot API requests in-process. */
  readonly fetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const method = /\/bot[^/]+\/([A-Za-z]+)$/.exec(
      new URL(request.url).pathname,
    )
      ?.[1];
    if (method === undefined) {
      return Response.json({
        ok: false,
        error_code: 404,
        description: "Not Found",
      }, { status: 404 });
    }
    try {
      const result = this.#call(method, await readPayload(request));
      return Response.json({ ok: true, result });
    } catch (error) {
      if (!(error instanceof ApiRefusal)) throw error;
      return Response.json({
        ok: false,
        error_code: error.code,
        description: error.description,
      }, { status: error.code });
    }
  };

  /** The private chat the console user writes in. */
  get chat(): Chat.PrivateChat {
    const { user } = this.#options;
    return { id: user.id, type: "private", first_name: user.first_name };
  }

  /** A message of the user: it takes the chat's next message id, as in Telegram. */
  userMessage(
    text: string,
  ): Message.TextMessage & { chat: Chat.PrivateChat; from: User } {
    const entities = commandEntity(text);
    return {
      message_id: this.#nextMessageId++,
      date: this.#now(),
      chat: this.chat,
      from: this.#options.user,
      text,
      ...(entities === undefined ? {} : { entities }),
    } as Message.TextMessage & { chat: Chat.PrivateChat; from: User };
  }

  /** A message of the bot that is still in the chat. */
  message(id: number): ShownMessage | undefined {
    return this.#messages.get(id);
  }

  #call(method: string, payload: Payload): unknown {
    switch (method) {
      case "getMe":
        return this.botInfo;
      case "sendMessage":
        return this.#sendMessage(payload);
      case "editMessageText":
        return this.#editText(payload);
      case "editMessageReplyMarkup":
        return this.#editMarkup(payload);
      case "deleteMessage":
        return this.#delete(payload);
      case "sendDocument":
        return this.#sendFile(payload, "document");
      case "sendPhoto":
        return this.#sendFile(payload, "photo");
      case "sendMessageDraft":
        return this.#draft(payload);
      case "sendChatAction":
        this.#options.onEvent({ kind: "typing" });
        return true;
      case "answerCallbackQuery":
        return this.#answerCallback(payload);
      case "setMessageReaction":
        return this.#react(payload);
      case "getMyCommands":
        return [];
      case "getWebhookInfo":
        return {
          url: "",
          has_custom_certificate: false,
          pending_update_count: 0,
        };
      default:
        // setMyCommands, deleteWebhook and the like change nothing a terminal shows.
        return true;
    }
  }

  #sendMessage(payload: Payload): Message {
    const text = requiredText(payload, "text");
    const shown = this.#store(
      {
        message_id: this.#nextMessageId++,
        date: this.#now(),
        chat: this.chat,
        from: botUser(this.botInfo),
        text,
      },
      text,
      payload,
    );
    this.#options.onEvent({ kind: "message", message: shown });
    return shown.raw;
  }

  #editText(payload: Payload): Message {
    const old = this.#existing(payload, "message to edit not found");
    const text = requiredText(payload, "text");
    const markup = payload.reply_markup ?? undefined;
    if (
      text === old.raw.text &&
      JSON.stringify(markup ?? null) ===
        JSON.stringify(old.raw.reply_markup ?? null)
    ) {
      throw badRequest(
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
      );
    }
    const shown = this.#store(
      { ...old.raw, text, edit_date: this.#now() },
      text,
      payload,
    );
    this.#options.onEvent({ kind: "edit", message: shown });
    return shown.raw;
  }

  #editMarkup(payload: Payload): Message {
    const old = this.#existing(payload, "message to edit not found");
    const raw = { ...old.raw, edit_date: this.#now() };
    const shown = this.#keep(raw, old.text, payload.reply_markup);
    this.#options.onEvent({ kind: "edit", message: shown });
    return shown.raw;
  }

  #delete(payload: Payload): true {
    const old = this.#existing(payload, "message to delete not found");
    this.#messages.delete(old.id);
    this.#options.onEvent({ kind: "delete", id: old.id });
    return true;
  }

  /** A document or a photo: its label (name, size), then its caption. */
  #sendFile(payload: Payload, kind: SentDocument["kind"]): Message {
    const file = payload[kind];
    const bytes = file instanceof File ? file.size : 0;
    const filename = file instanceof File ? file.name : kind;
    const caption = typeof payload.caption === "string" ? payload.caption : "";
    const label = this.#options.describeDocument({ filename, bytes, kind });
    const shownCaption = renderText(caption, payload.parse_mode);
    const id = `console-${this.#nextMessageId}`;
    const raw = {
      message_id: this.#nextMessageId++,
      date: this.#now(),
      chat: this.chat,
      from: botUser(this.botInfo),
      ...(kind === "photo"
        ? {
          // The console does not decode the picture: no width or height.
          photo: [{
            file_id: id,
            file_unique_id: id,
            width: 0,
            height: 0,
            file_size: bytes,
          }],
        }
        : {
          document: {
            file_id: id,
            file_unique_id: id,
            file_name: filename,
            file_size: bytes,
          },
        }),
      ...(caption === "" ? {} : { caption }),
    } as Message;
    const shown = this.#keep(
      raw,
      shownCaption === "" ? label : `${label}\n${shownCaption}`,
      payload.reply_markup,
    );
    this.#options.onEvent({ kind: "message", message: shown });
    return shown.raw;
  }

  #draft(payload: Payload): true {
    const id = Number(payload.draft_id);
    if (!Number.isSafeInteger(id) || id === 0) {
      throw badRequest("invalid draft_id specified");
    }
    // An empty draft is Telegram's "Thinking…" placeholder: the console's "…".
    if (payload.text === undefined || payload.text === "") {
      this.#options.onEvent({ kind: "typing" });
      return true;
    }
    const text = renderText(requiredText(payload, "text"), payload.parse_mode);
    this.#options.onEvent({ kind: "draft", id, text });
    return true;
  }

  #answerCallback(payload: Payload): true {
    const text = typeof payload.text === "string" ? payload.text : "";
    if (text !== "") {
      this.#options.onEvent({
        kind: "notice",
        text,
        alert: payload.show_alert === true,
      });
    }
    return true;
  }

  #react(payload: Payload): true {
    const old = this.#existingAny(payload);
    const reaction = Array.isArray(payload.reaction) ? payload.reaction : [];
    const emoji = reaction.map((r) => (r as { emoji?: string }).emoji ?? "")
      .join("");
    if (old !== undefined && emoji !== "") {
      this.#options.onEvent({ kind: "reaction", id: old, emoji });
    }
    return true;
  }

  /** Store a text message, checking its length and HTML as Telegram does. */
  #store(raw: Message, text: string, payload: Payload): ShownMessage {
    const shown = renderText(text, payload.parse_mode);
    if (shown.trim() === "") throw badRequest("message text is empty");
    if (shown.length > TELEGRAM_TEXT_LIMIT) {
      throw badRequest("message is too long");
    }
    return this.#keep(raw, shown.trim(), payload.reply_markup);
  }

  #keep(raw: Message, text: string, markup: unknown): ShownMessage {
    const keyboard = inlineKeyboard(markup);
    const withMarkup = {
      ...raw,
      ...(keyboard.length === 0
        ? { reply_markup: undefined }
        : { reply_markup: { inline_keyboard: keyboard } }),
    } as Message;
    const shown = { id: raw.message_id, text, keyboard, raw: withMarkup };
    this.#messages.set(shown.id, shown);
    return shown;
  }

  #existing(payload: Payload, missing: string): ShownMessage {
    if (Number(payload.chat_id) !== this.chat.id) {
      throw badRequest("chat not found");
    }
    const found = this.#messages.get(Number(payload.message_id));
    if (found === undefined) throw badRequest(missing);
    return found;
  }

  /** A message of either side (reactions go on the user's messages). */
  #existingAny(payload: Payload): number | undefined {
    const id = Number(payload.message_id);
    return Number.isSafeInteger(id) && id > 0 && id < this.#nextMessageId
      ? id
      : undefined;
  }

  #now(): number {
    return Math.floor(this.#clock.now() / 1000);
  }
}

/** A request's parameters, from a JSON body or grammY's multipart form (a file upload). */
async function readPayload(request: Request): Promise<Payload> {
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const form = await request.formData();
    const payload: Payload = {};
    const files = new Map<string, File>();
    for (const [name, value] of form) {
      if (typeof value === "string") payload[name] = parseField(value);
      else files.set(name, value);
    }
    // grammY names a file part at random and refers to it as "attach://<name>".
    for (const [name, value] of Object.entries(payload)) {
      if (typeof value === "string" && value.startsWith("attach://")) {
        payload[name] = files.get(value.slice("attach://".length)) ?? value;
      }
    }
    return payload;
  }
  const text = await request.text();
  return text.trim() === "" ? {} : JSON.parse(text) as Payload;
}

/** grammY sends non-string form fields as JSON. */
function parseField(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function requiredText(payload: Payload, name: string): string {
  const value = payload[name];
  if (typeof value !== "string" || value === "") {
    throw badRequest(`${name} is empty`);
  }
  return value;
}

/** What the user reads of a text in the given parse mode. */
function renderText(text: string, parseMode: unknown): string {
  if (parseMode !== "HTML") return text;
  try {
    return htmlToText(text);
  } catch (error) {
    if (!(error instanceof HtmlParseError)) throw error;
    throw badRequest(`can't parse entities: ${error.message}`);
  }
}

function inlineKeyboard(markup: unknown): InlineKeyboardButton[][] {
  const rows = (markup as { inline_keyboard?: unknown } | undefined)
    ?.inline_keyboard;
  if (!Array.isArray(rows)) return [];
  return rows.filter(Array.isArray).map((row) =>
    (row as InlineKeyboardButton[]).filter((button) =>
      typeof button?.text === "string"
    )
  ).filter((row) => row.length > 0);
}

/** The bot_command entity of a text that starts with a command, as Telegram adds it. */
function commandEntity(text: string): Message["entities"] {
  const command = /^\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?/.exec(text);
  return command === null
    ? undefined
    : [{ type: "bot_command", offset: 0, length: command[0].length }];
}

function botUser(info: UserFromGetMe): User {
  return {
    id: info.id,
    is_bot: true,
    first_name: info.first_name,
    username: info.username,
  };
}
