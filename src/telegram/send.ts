import { type Api, InputFile, type RawApi } from "grammy";
import type { InlineKeyboardMarkup, Message } from "grammy/types";
import { splitMessage } from "./split.ts";
import { isRefusal, NOT_MODIFIED } from "./errors.ts";

/** Options of {@linkcode sendText}. */
export interface SendTextOptions {
  /** Reply to this message (first part only). */
  replyTo?: number;
  /** Attached to the last part, so buttons sit under the end of the answer. */
  replyMarkup?: InlineKeyboardMarkup;
  /** Forum topic of the chat, if any. */
  threadId?: number;
}

/**
 * Send text of any length: split by the one splitter, parts in order.
 *
 * @returns the messages sent, in order
 */
export async function sendText(
  api: Api<RawApi>,
  chatId: number,
  text: string,
  options: SendTextOptions = {},
): Promise<Message.TextMessage[]> {
  const parts = splitMessage(text);
  const sent: Message.TextMessage[] = [];
  for (const [i, part] of parts.entries()) {
    sent.push(
      await api.sendMessage(
        chatId,
        part,
        partOptions(options, { first: i === 0, last: i === parts.length - 1 }),
      ),
    );
  }
  return sent;
}

/** Options of {@linkcode sendTextFile}. */
export interface SendTextFileOptions extends SendTextOptions {
  /** Name the user sees, e.g. `prompt.md`. */
  filename: string;
  /** Text under the file, at most 1024 characters. */
  caption?: string;
}

/**
 * Send text as a UTF-8 file (a document) built in memory: no temporary file,
 * and a retry can send the same bytes again.
 *
 * @returns the message with the document
 */
export async function sendTextFile(
  api: Api<RawApi>,
  chatId: number,
  text: string,
  options: SendTextFileOptions,
): Promise<Message.DocumentMessage> {
  const file = new InputFile(new TextEncoder().encode(text), options.filename);
  return await api.sendDocument(chatId, file, {
    message_thread_id: options.threadId,
    reply_parameters: options.replyTo === undefined
      ? undefined
      : { message_id: options.replyTo, allow_sending_without_reply: true },
    reply_markup: options.replyMarkup,
    caption: options.caption,
  });
}

/**
 * The `sendMessage` options of one part of a split text: the reply on the
 * first part, the keyboard on the last, no link previews.
 */
export function partOptions(
  options: SendTextOptions,
  position: { first: boolean; last: boolean },
) {
  return {
    message_thread_id: options.threadId,
    reply_parameters: position.first && options.replyTo !== undefined
      ? { message_id: options.replyTo, allow_sending_without_reply: true }
      : undefined,
    reply_markup: position.last ? options.replyMarkup : undefined,
    link_preview_options: { is_disabled: true },
  };
}

/**
 * For `.catch()` after an edit: Telegram refuses an edit that changes
 * nothing, and the message already shows what was wanted. Anything else is
 * rethrown.
 */
export function ignoreNotModified(error: unknown): void {
  if (isRefusal(error, NOT_MODIFIED)) return;
  throw error;
}
