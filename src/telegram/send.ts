import type { Api, RawApi } from "grammy";
import type { InlineKeyboardMarkup, Message } from "grammy/types";
import { splitMessage } from "./split.ts";

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
      await api.sendMessage(chatId, part, {
        message_thread_id: options.threadId,
        reply_parameters: i === 0 && options.replyTo !== undefined
          ? { message_id: options.replyTo, allow_sending_without_reply: true }
          : undefined,
        reply_markup: i === parts.length - 1 ? options.replyMarkup : undefined,
        link_preview_options: { is_disabled: true },
      }),
    );
  }
  return sent;
}
