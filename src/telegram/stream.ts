import { type Api, GrammyError, type RawApi } from "grammy";
import type { Clock } from "../clock.ts";
import { sendText, type SendTextOptions } from "./send.ts";
import { splitMessage, TELEGRAM_TEXT_LIMIT } from "./split.ts";

/** Options of {@linkcode StreamingReply}. */
export interface StreamingReplyOptions extends SendTextOptions {
  clock: Clock;
  /** Least time between two edits of the draft; Telegram rate-limits edits. Default 1200 ms. */
  editIntervalMs?: number;
  /** Shown after the draft text while the answer is still coming. */
  cursor?: string;
  /** Told when showing the draft failed (the final answer is still sent). */
  onDraftError?: (error: unknown) => void;
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
   * Show the final text: the draft becomes its first part, the rest follows.
   * Keyboard and reply options apply as in {@linkcode sendText}.
   */
  async finish(finalText: string): Promise<void> {
    await this.#pending;
    const parts = splitMessage(finalText);
    if (this.#draftId === undefined || parts.length === 0) {
      await sendText(this.#api, this.#chatId, finalText, this.#options);
      return;
    }
    const last = parts.length === 1;
    await this.#edit(parts[0], last ? this.#options.replyMarkup : undefined);
    if (!last) await this.#sendRest(parts.slice(1));
  }

  async #sendRest(parts: string[]): Promise<void> {
    for (const [i, part] of parts.entries()) {
      await this.#api.sendMessage(this.#chatId, part, {
        message_thread_id: this.#options.threadId,
        reply_markup: i === parts.length - 1
          ? this.#options.replyMarkup
          : undefined,
        link_preview_options: { is_disabled: true },
      });
    }
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
      const msg = await this.#api.sendMessage(this.#chatId, text, {
        message_thread_id: this.#options.threadId,
        reply_parameters: this.#options.replyTo !== undefined
          ? {
            message_id: this.#options.replyTo,
            allow_sending_without_reply: true,
          }
          : undefined,
        link_preview_options: { is_disabled: true },
      });
      this.#draftId = msg.message_id;
      this.#shown = text;
    } else {
      await this.#edit(text);
    }
  }

  async #edit(
    text: string,
    replyMarkup?: StreamingReplyOptions["replyMarkup"],
  ): Promise<void> {
    if (text === this.#shown && replyMarkup === undefined) return;
    try {
      await this.#api.editMessageText(this.#chatId, this.#draftId!, text, {
        reply_markup: replyMarkup,
        link_preview_options: { is_disabled: true },
      });
      this.#shown = text;
    } catch (error) {
      // Telegram refuses an edit that changes nothing; the message already shows it.
      if (
        !(error instanceof GrammyError &&
          error.description.includes("not modified"))
      ) throw error;
    }
  }
}

/** Drop a lone high surrogate left at the end by a cut. */
function safeEnd(text: string): string {
  const code = text.charCodeAt(text.length - 1);
  return code >= 0xd800 && code <= 0xdbff ? text.slice(0, -1) : text;
}
