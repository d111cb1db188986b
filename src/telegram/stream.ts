import { type Api, GrammyError, type RawApi } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Clock } from "../clock.ts";
import {
  ignoreNotModified,
  partOptions,
  type SendTextOptions,
} from "./send.ts";
import { splitMessage, TELEGRAM_TEXT_LIMIT } from "./split.ts";

/** Options of {@linkcode StreamingReply}. */
export interface StreamingReplyOptions extends SendTextOptions {
  clock: Clock;
  /** Least time between two edits of the draft; Telegram rate-limits edits. Default 1200 ms. */
  editIntervalMs?: number;
  /** Shown after the draft text while the answer is still coming. */
  cursor?: string;
  /** A draft sent earlier (by a worker that died): edited instead of sending a new one. */
  draftMessageId?: number;
  /** Told the id of a newly sent draft, so it can be recorded before more is shown. */
  onDraftCreated?: (messageId: number) => Promise<void> | void;
  /** Told when showing the draft failed (the final answer is still sent). */
  onDraftError?: (error: unknown) => void;
}

/** Options of {@linkcode StreamingReply.finish}. */
export interface FinishOptions {
  /** Parts already confirmed sent by an earlier attempt; they are not sent again. */
  delivered?: number;
  /** Told after each part is sent, with the count of parts sent so far. */
  onDelivered?: (count: number) => Promise<void> | void;
  /** Keyboard under the last part; overrides the constructor's `replyMarkup`. */
  replyMarkup?: InlineKeyboardMarkup;
}

/**
 * Shows an answer while it streams: one draft message edited as text arrives
 * (throttled by the clock, no timers), then the final text split into parts,
 * the draft becoming the first part. `reset()` discards the draft's text so two
 * different half-answers are never shown.
 */
export class StreamingReply {
  readonly #api: Api<RawApi>;
  readonly #chatId: number;
  readonly #options: StreamingReplyOptions;
  #text = "";
  #draftId: number | undefined;
  #shown = "";
  #lastEdit = -Infinity;
  #pending: Promise<void> = Promise.resolve();
  #busy = false;

  constructor(
    api: Api<RawApi>,
    chatId: number,
    options: StreamingReplyOptions,
  ) {
    this.#api = api;
    this.#chatId = chatId;
    this.#options = options;
    this.#draftId = options.draftMessageId;
  }

  /** Add streamed text; the draft is updated when the edit interval has passed. */
  push(chunk: string): void {
    this.#text += chunk;
    const interval = this.#options.editIntervalMs ?? 1200;
    const now = this.#options.clock.now();
    if (this.#busy || now - this.#lastEdit < interval) return;
    this.#lastEdit = now;
    this.#busy = true;
    // A failed draft update is not fatal: finish() still delivers the answer.
    this.#pending = this.#showDraft()
      .catch((error) => this.#options.onDraftError?.(error))
      .finally(() => (this.#busy = false));
  }

  /** Forget the text received so far (the attempt that produced it failed). */
  reset(): void {
    this.#text = "";
  }

  /**
   * Show the final text: the draft becomes its first part, the rest follows,
   * the keyboard under the last part. Parts already delivered are skipped.
   */
  async finish(finalText: string, options: FinishOptions = {}): Promise<void> {
    await this.#pending;
    const parts = splitMessage(finalText);
    for (let i = options.delivered ?? 0; i < parts.length; i++) {
      const markup = i === parts.length - 1
        ? options.replyMarkup ?? this.#options.replyMarkup
        : undefined;
      if (i === 0 && this.#draftId !== undefined) {
        await this.#replaceDraft(parts[0], markup);
      } else await this.#send(parts[i], markup, i === 0);
      await options.onDelivered?.(i + 1);
    }
  }

  async #send(
    text: string,
    replyMarkup: InlineKeyboardMarkup | undefined,
    first: boolean,
  ) {
    return await this.#api.sendMessage(
      this.#chatId,
      text,
      partOptions({ ...this.#options, replyMarkup }, { first, last: true }),
    );
  }

  async #showDraft(): Promise<void> {
    const cursor = this.#options.cursor ?? " …";
    const room = TELEGRAM_TEXT_LIMIT - cursor.length;
    const draft =
      (this.#text.length > room ? this.#text.slice(0, room - 1) : this.#text)
        .trimEnd();
    if (draft.length === 0) return;
    const text = safeEnd(draft) + cursor;
    if (this.#draftId === undefined) {
      const msg = await this.#send(text, undefined, true);
      this.#draftId = msg.message_id;
      this.#shown = text;
      await this.#options.onDraftCreated?.(msg.message_id);
    } else {
      await this.#edit(text);
    }
  }

  /** Turn the draft into the first part; a draft the user deleted is replaced by a new message. */
  async #replaceDraft(
    text: string,
    replyMarkup: InlineKeyboardMarkup | undefined,
  ): Promise<void> {
    try {
      await this.#edit(text, replyMarkup);
    } catch (error) {
      if (
        !(error instanceof GrammyError &&
          error.description.includes("message to edit not found"))
      ) throw error;
      await this.#send(text, replyMarkup, true);
    }
  }

  async #edit(text: string, replyMarkup?: InlineKeyboardMarkup): Promise<void> {
    if (text === this.#shown && replyMarkup === undefined) return;
    await this.#api.editMessageText(this.#chatId, this.#draftId!, text, {
      reply_markup: replyMarkup,
      link_preview_options: { is_disabled: true },
    }).catch(ignoreNotModified);
    this.#shown = text;
  }
}

/** Drop a lone high surrogate left at the end by a cut. */
function safeEnd(text: string): string {
  const code = text.charCodeAt(text.length - 1);
  return code >= 0xd800 && code <= 0xdbff ? text.slice(0, -1) : text;
}
