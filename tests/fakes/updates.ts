/**
 * Builders of Telegram `Update` objects for tests, shaped like the ones
 * Telegram sends: private chats share the user's id, group chats are negative,
 * commands and mentions come with their entities.
 *
 * Without `updateId` a builder returns an {@linkcode UpdateDraft} that
 * `queueUpdate` numbers; with it, a full `Update` for `bot.handleUpdate`.
 *
 * @example
 * ```ts
 * telegram.queueUpdate(textUpdate({ text: "/start" }));
 * await bot.handleUpdate(textUpdate({ text: "hi", updateId: 1 }));
 * ```
 *
 * @module
 */
import type {
  Chat,
  Message,
  MessageEntity,
  PhotoSize,
  Update,
  User,
} from "grammy/types";
import { DEFAULT_BOT_INFO, type UpdateDraft } from "./telegram_api.ts";

/** Id of the user the builders impersonate unless told otherwise. */
export const DEFAULT_USER_ID = 100_001;
/** Default chat id of `chatType: "group"`. */
export const DEFAULT_GROUP_ID = -4_012_345_678;
/** Default chat id of `chatType: "supergroup"`. */
export const DEFAULT_SUPERGROUP_ID = -1_001_234_567_890;

/** The chat types a user can write to the bot from. */
export type ChatType = "private" | "group" | "supergroup";

/** Who sends the update and where; every field has a default. */
export interface SenderOptions {
  userId?: number;
  /** Must equal `userId` in a private chat. */
  chatId?: number;
  /** Default: "private", or inferred from a negative `chatId`. */
  chatType?: ChatType;
  /** `null` for a user without a username. Default "ada_test". */
  username?: string | null;
  firstName?: string;
  /** The Telegram app's language (`language_code`); `null` for none. Default "en". */
  languageCode?: string | null;
  updateId?: number;
  messageId?: number;
  /** Unix time in seconds. Default now. */
  date?: number;
}

/** Options of {@linkcode textUpdate}. */
export interface TextUpdateOptions extends SenderOptions {
  text: string;
  /** Makes the message a reply to a message of the bot. */
  replyToBot?: boolean | { messageId?: number; text?: string; bot?: User };
  /** Replaces the computed bot_command and mention entities. */
  entities?: MessageEntity[];
}

/** Options of {@linkcode callbackUpdate}. */
export interface CallbackUpdateOptions extends SenderOptions {
  data: string;
  userId: number;
  chatId: number;
  /** The bot's message that carried the inline keyboard. */
  messageId: number;
  /** Default derived from user, message and data. */
  callbackQueryId?: string;
  /** Text of the bot's message. Default "Choose an option". */
  messageText?: string;
  bot?: User;
}

/** Options of {@linkcode voiceUpdate}. */
export interface VoiceUpdateOptions extends SenderOptions {
  fileId: string;
  fileUniqueId?: string;
  /** Seconds. Default 3. */
  duration?: number;
  mimeType?: string;
  fileSize?: number;
}

/** Options of {@linkcode photoUpdate}. */
export interface PhotoUpdateOptions extends SenderOptions {
  fileId: string;
  fileUniqueId?: string;
  width?: number;
  height?: number;
  fileSize?: number;
  caption?: string;
  /** The album (Telegram's `media_group_id`) the photo belongs to. */
  mediaGroupId?: string;
}

/** Options of {@linkcode documentUpdate}. */
export interface DocumentUpdateOptions extends SenderOptions {
  fileId: string;
  fileName?: string;
  mimeType?: string;
  fileSize?: number;
  caption?: string;
}

/** Options of {@linkcode inlineQueryUpdate}. */
export interface InlineQueryUpdateOptions extends
  Pick<
    SenderOptions,
    "userId" | "username" | "firstName" | "languageCode" | "updateId"
  > {
  query: string;
  /** Default derived from the user and the query. */
  queryId?: string;
}

interface Origin {
  from: User;
  chat: Chat;
}

const COMMAND =
  /(?<=^|\s)\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@/])/g;
const MENTION = /(?<=^|[^A-Za-z0-9_@/])@[A-Za-z0-9_]{5,32}(?![A-Za-z0-9_])/g;

function inferChatType(chatId: number): ChatType {
  if (chatId > 0) return "private";
  return chatId <= -1_000_000_000_000 ? "supergroup" : "group";
}

function originOf(options: SenderOptions): Origin {
  const userId = options.userId ?? DEFAULT_USER_ID;
  const username = options.username === undefined
    ? "ada_test"
    : options.username;
  const from: User = {
    id: userId,
    is_bot: false,
    first_name: options.firstName ?? "Ada",
    ...(username === null ? {} : { username }),
    ...(options.languageCode === null
      ? {}
      : { language_code: options.languageCode ?? "en" }),
  };
  const type = options.chatType ??
    (options.chatId === undefined ? "private" : inferChatType(options.chatId));
  return { from, chat: chatOf(type, from, options.chatId) };
}

function chatOf(type: ChatType, from: User, chatId: number | undefined): Chat {
  if (type === "private") {
    if (chatId !== undefined && chatId !== from.id) {
      throw new RangeError(
        `Cannot build a private update: chatId ${chatId} differs from userId ${from.id}`,
      );
    }
    return {
      id: from.id,
      type,
      first_name: from.first_name,
      ...(from.username === undefined ? {} : { username: from.username }),
    };
  }
  const id = chatId ??
    (type === "group" ? DEFAULT_GROUP_ID : DEFAULT_SUPERGROUP_ID);
  if (id >= 0) {
    throw new RangeError(
      `Cannot build a ${type} update: chatId ${id} is not negative`,
    );
  }
  return { id, type, title: "Promptsmith testers" };
}

function botUser(bot: User | undefined): User {
  const user = bot ?? DEFAULT_BOT_INFO;
  return {
    id: user.id,
    is_bot: true,
    first_name: user.first_name,
    ...(user.username === undefined ? {} : { username: user.username }),
  };
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

function withUpdateId<T extends object>(
  body: T,
  updateId: number | undefined,
): T & { update_id?: number } {
  return updateId === undefined ? body : { update_id: updateId, ...body };
}

/**
 * The entities Telegram computes for a text: bot commands (`/start`,
 * `/start@some_bot`) and mentions (`@username`), offsets in UTF-16 units.
 */
export function textEntities(text: string): MessageEntity[] {
  const found = (pattern: RegExp, type: "bot_command" | "mention") =>
    [...text.matchAll(pattern)].map((match): MessageEntity => ({
      type,
      offset: match.index,
      length: match[0].length,
    }));
  return [...found(COMMAND, "bot_command"), ...found(MENTION, "mention")]
    .sort((a, b) => a.offset - b.offset);
}

function replyToBotMessage(
  options: TextUpdateOptions,
  chat: Chat,
  messageId: number,
): Message | undefined {
  const reply = options.replyToBot;
  if (reply === undefined || reply === false) return undefined;
  const details = reply === true ? {} : reply;
  return {
    message_id: details.messageId ?? Math.max(1, messageId - 1),
    from: botUser(details.bot),
    chat,
    date: options.date ?? nowSeconds(),
    text: details.text ?? "Here is your improved prompt.",
  } as Message;
}

/** A text message from a user; see {@linkcode TextUpdateOptions}. */
export function textUpdate(
  options: TextUpdateOptions & { updateId: number },
): Update;
export function textUpdate(options: TextUpdateOptions): UpdateDraft;
export function textUpdate(options: TextUpdateOptions): UpdateDraft {
  const { from, chat } = originOf(options);
  const messageId = options.messageId ?? (options.replyToBot ? 2 : 1);
  const entities = options.entities ?? textEntities(options.text);
  const reply = replyToBotMessage(options, chat, messageId);
  const message = {
    message_id: messageId,
    from,
    chat,
    date: options.date ?? nowSeconds(),
    text: options.text,
    ...(entities.length === 0 ? {} : { entities }),
    ...(reply === undefined ? {} : { reply_to_message: reply }),
  } as Message;
  return withUpdateId({ message }, options.updateId) as UpdateDraft;
}

/** A press on an inline keyboard button of a bot's message. */
export function callbackUpdate(
  options: CallbackUpdateOptions & { updateId: number },
): Update;
export function callbackUpdate(options: CallbackUpdateOptions): UpdateDraft;
export function callbackUpdate(options: CallbackUpdateOptions): UpdateDraft {
  const { from, chat } = originOf(options);
  const message = {
    message_id: options.messageId,
    from: botUser(options.bot),
    chat,
    date: options.date ?? nowSeconds(),
    text: options.messageText ?? "Choose an option",
  } as Message;
  const callback_query = {
    id: options.callbackQueryId ??
      `cbq-${from.id}-${options.messageId}-${options.data}`,
    from,
    message,
    chat_instance: `instance${chat.id}`,
    data: options.data,
  };
  return withUpdateId({ callback_query }, options.updateId) as UpdateDraft;
}

/** A voice message from a user. */
export function voiceUpdate(
  options: VoiceUpdateOptions & { updateId: number },
): Update;
export function voiceUpdate(options: VoiceUpdateOptions): UpdateDraft;
export function voiceUpdate(options: VoiceUpdateOptions): UpdateDraft {
  const { from, chat } = originOf(options);
  const voice = {
    file_id: options.fileId,
    file_unique_id: options.fileUniqueId ?? `unique-${options.fileId}`,
    duration: options.duration ?? 3,
    mime_type: options.mimeType ?? "audio/ogg",
    ...(options.fileSize === undefined ? {} : { file_size: options.fileSize }),
  };
  const message = {
    message_id: options.messageId ?? 1,
    from,
    chat,
    date: options.date ?? nowSeconds(),
    voice,
  } as Message;
  return withUpdateId({ message }, options.updateId) as UpdateDraft;
}

// Telegram sends several sizes, smallest first; a thumbnail with its own id
// makes a bot that takes photo[0] instead of the largest size fail visibly.
function photoSizes(options: PhotoUpdateOptions): PhotoSize[] {
  const width = options.width ?? 1280;
  const height = options.height ?? 960;
  const scale = 90 / Math.max(width, height);
  const thumbnail: PhotoSize = {
    file_id: `${options.fileId}-thumb`,
    file_unique_id: `unique-${options.fileId}-thumb`,
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
  const full: PhotoSize = {
    file_id: options.fileId,
    file_unique_id: options.fileUniqueId ?? `unique-${options.fileId}`,
    width,
    height,
    ...(options.fileSize === undefined ? {} : { file_size: options.fileSize }),
  };
  return [thumbnail, full];
}

/** A photo from a user: a thumbnail size, then the full size with `fileId`. */
export function photoUpdate(
  options: PhotoUpdateOptions & { updateId: number },
): Update;
export function photoUpdate(options: PhotoUpdateOptions): UpdateDraft;
export function photoUpdate(options: PhotoUpdateOptions): UpdateDraft {
  const { from, chat } = originOf(options);
  const message = {
    message_id: options.messageId ?? 1,
    from,
    chat,
    date: options.date ?? nowSeconds(),
    photo: photoSizes(options),
    ...(options.caption === undefined ? {} : { caption: options.caption }),
    ...(options.mediaGroupId === undefined
      ? {}
      : { media_group_id: options.mediaGroupId }),
  } as Message;
  return withUpdateId({ message }, options.updateId) as UpdateDraft;
}

/** A file (document) from a user. */
export function documentUpdate(
  options: DocumentUpdateOptions & { updateId: number },
): Update;
export function documentUpdate(options: DocumentUpdateOptions): UpdateDraft;
export function documentUpdate(options: DocumentUpdateOptions): UpdateDraft {
  const { from, chat } = originOf(options);
  const document = {
    file_id: options.fileId,
    file_unique_id: `unique-${options.fileId}`,
    ...(options.fileName === undefined ? {} : { file_name: options.fileName }),
    ...(options.mimeType === undefined ? {} : { mime_type: options.mimeType }),
    ...(options.fileSize === undefined ? {} : { file_size: options.fileSize }),
  };
  const message = {
    message_id: options.messageId ?? 1,
    from,
    chat,
    date: options.date ?? nowSeconds(),
    document,
    ...(options.caption === undefined ? {} : { caption: options.caption }),
  } as Message;
  return withUpdateId({ message }, options.updateId) as UpdateDraft;
}

/** A user typing `@bot query` in some chat. */
export function inlineQueryUpdate(
  options: InlineQueryUpdateOptions & { updateId: number },
): Update;
export function inlineQueryUpdate(
  options: InlineQueryUpdateOptions,
): UpdateDraft;
export function inlineQueryUpdate(
  options: InlineQueryUpdateOptions,
): UpdateDraft {
  const { from } = originOf(options);
  const inline_query = {
    id: options.queryId ?? `iq-${from.id}-${options.query.length}`,
    from,
    query: options.query,
    offset: "",
    chat_type: "sender" as const,
  };
  return withUpdateId({ inline_query }, options.updateId) as UpdateDraft;
}

/** The user the builders impersonate, as an update's `from`. */
export function userOf(options: Pick<SenderOptions, "userId"> = {}): User {
  return originOf(options).from;
}
