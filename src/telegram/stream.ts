import type { Api, RawApi } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Clock } from "../clock.ts";
import {
  ignoreNotModified,
  partOptions,
  sendTextFile,
  type SendTextOptions,
} from "./send.ts";
import { splitMessage, TELEGRAM_TEXT_LIMIT } from "./split.ts";
import {
  DRAFTS_REFUSED,
  ENTITIES_REFUSED,
  isRefusal,
  MESSAGE_GONE,
} from "./errors.ts";
import type { FormattedPart } from "./format.ts";

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
  /**
   * Stream with `sendMessageDraft` (Bot API 9.5, private chats only): an
   * ephemeral preview, no message to edit; the answer is sent as new
   * messages. Where Telegram refuses the method (an older local Bot API
   * server), the reply falls back to an edited message and tells
   * `onDraftsRefused`.
   */
  drafts?: { draftId: number; onDraftsRefused?: () => void };
  /**
   * Least time between two draft previews, or a function asked before each
   * one (a runner lengthens it when many answers stream at once). Default
   * 400 ms.
   */
  draftIntervalMs?: number | (() => number);
}

/**
 * The final answer: a plain text (split by the one splitter), or formatted
 * parts (HTML, each valid on its own) with the plain text a file would hold.
 */
export type FinalText = string | {
  parts: readonly FormattedPart[];
  /** The whole answer as plain text, for the file of a cut answer. */
  file: string;
};

/** What {@linkcode StreamingReply.finish} does with a text of too many parts. */
export interface AnswerOverflow {
  /** Most text messages: past it, the first `maxParts` parts are sent, then the whole text as a file. */
  maxParts: number;
  /** Name of the file, e.g. `prompt.md`. */
  filename: string;
  /** Caption of the file: tells the user the messages stop short of the end. */
  caption: string;
}

/** Options of {@linkcode StreamingReply.finish}. */
export interface FinishOptions {
  /** Messages already confirmed sent by an earlier attempt; they are not sent again. */
  delivered?: number;
  /**
   * Told right after each message is sent, with the count sent so far and
   * the message's id, and awaited before anything else is done: the record
   * of a send should be the next thing that happens (see ARCHITECTURE,
   * "Crash windows").
   */
  onDelivered?: (count: number, messageId: number) => Promise<void> | void;
  /** Awaited before each message is sent (a lease check, say): never between a send and its record. */
  beforeSend?: () => Promise<void> | void;
  /** Keyboard under the last message; overrides the constructor's `replyMarkup`. */
  replyMarkup?: InlineKeyboardMarkup;
  /** Cap of the text messages; without it every part is sent. */
  overflow?: AnswerOverflow;
}

/** Outcome of {@linkcode StreamingReply.finish}. */
export interface FinishOutcome {
  /** Messages the answer takes (text parts, plus the file when cut), sent now or before. */
  messages: number;
  /** The text took more than `overflow.maxParts` parts: it was cut and sent whole as a file. */
  cut: boolean;
  /** Ids of the messages sent now, by position (absent where sent before). */
  messageIds: (number | undefined)[];
}

/** One message of the final answer. */
type Delivery =
  | { kind: "part"; text: string; html?: string }
  | { kind: "file"; text: string; filename: string; caption: string };

/**
 * Shows an answer while it streams, then sends it. In a private chat with
 * `drafts`, the text streams as `sendMessageDraft` previews and the answer is
 * sent as new messages; otherwise one draft message is edited as text
 * arrives (throttled by the clock, no timers) and becomes the first part.
 * The first text is shown at once. `reset()` discards the draft's text so two
 * different half-answers are never shown. Formatted parts are sent as HTML;
 * one Telegram refuses to parse is sent again as plain text, never dropped.
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
  /** Text arrived while a call was in flight. */
  #dirty = false;
  /** finish() began: no more drafts. */
  #finishing = false;
  #drafting: boolean;

  constructor(
    api: Api<RawApi>,
    chatId: number,
    options: StreamingReplyOptions,
  ) {
    this.#api = api;
    this.#chatId = chatId;
    this.#options = options;
    this.#draftId = options.draftMessageId;
    // A draft message left by a worker that died is edited, not streamed past.
    this.#drafting = options.drafts !== undefined &&
      options.draftMessageId === undefined;
  }

  /** Whether the answer streams as `sendMessageDraft` previews (not refused so far). */
  get drafting(): boolean {
    return this.#drafting;
  }

  /**
   * In a private chat with drafts, show Telegram's "Thinking…" placeholder
   * (an empty draft) at once, before the model's first visible word: the
   * hidden analysis comes first. No-op otherwise, or once text is shown.
   */
  thinking(): void {
    if (!this.#drafting || this.#busy || this.#shown !== "") return;
    this.#busy = true;
    this.#pending = this.#api.sendMessageDraft(
      this.#chatId,
      this.#options.drafts!.draftId,
      "",
      { message_thread_id: this.#options.threadId },
    ).then(() => {}, (error) => {
      if (isRefusal(error, DRAFTS_REFUSED)) {
        this.#drafting = false;
        this.#options.drafts?.onDraftsRefused?.();
      } else this.#options.onDraftError?.(error);
    }).finally(() => {
      this.#busy = false;
      if (this.#dirty) this.#maybeShow();
    });
  }

  /** Add streamed text; the draft is updated when the edit interval has passed. */
  push(chunk: string): void {
    this.#text += chunk;
    this.#maybeShow();
  }

  /**
   * Show the text received when the interval has passed. Text that arrives
   * while a call is in flight is shown as soon as it returns (if the interval
   * allows), so the first words never wait for the next chunk.
   */
  #maybeShow(): void {
    if (this.#finishing) return;
    if (this.#busy) {
      this.#dirty = true;
      return;
    }
    const draftInterval = this.#options.draftIntervalMs ?? 400;
    const interval = this.#drafting
      ? typeof draftInterval === "function" ? draftInterval() : draftInterval
      : this.#options.editIntervalMs ?? 1200;
    const now = this.#options.clock.now();
    if (now - this.#lastEdit < interval) return;
    this.#dirty = false;
    this.#lastEdit = now;
    this.#busy = true;
    // A failed draft update is not fatal: finish() still delivers the answer.
    this.#pending = this.#showDraft()
      .catch((error) => this.#options.onDraftError?.(error))
      .finally(() => {
        this.#busy = false;
        if (this.#dirty) this.#maybeShow();
      });
  }

  /** Forget the text received so far (the attempt that produced it failed). */
  reset(): void {
    this.#text = "";
  }

  /**
   * Show the final text: the draft becomes its first part, the rest follows,
   * the keyboard under the last message. Past `overflow.maxParts` parts, the
   * parts up to the cap are followed by the whole text as a file, whose
   * caption says the answer was cut. Messages already delivered are skipped.
   */
  async finish(
    finalText: FinalText,
    options: FinishOptions = {},
  ): Promise<FinishOutcome> {
    this.#finishing = true;
    // A draft call may start another as it returns: wait for the last.
    for (let pending = this.#pending;; pending = this.#pending) {
      await pending;
      if (pending === this.#pending) break;
    }
    const deliveries = plan(finalText, options.overflow);
    const last = deliveries.length - 1;
    const messageIds: (number | undefined)[] = [];
    for (let i = options.delivered ?? 0; i <= last; i++) {
      const markup = i === last
        ? options.replyMarkup ?? this.#options.replyMarkup
        : undefined;
      await options.beforeSend?.();
      const id = await this.#deliver(deliveries[i], i === 0, markup);
      messageIds[i] = id;
      await options.onDelivered?.(i + 1, id);
    }
    return {
      messages: deliveries.length,
      cut: deliveries.at(-1)?.kind === "file",
      messageIds,
    };
  }

  /** Send one message of the answer; its id. */
  async #deliver(
    delivery: Delivery,
    first: boolean,
    replyMarkup: InlineKeyboardMarkup | undefined,
  ): Promise<number> {
    if (delivery.kind === "file") {
      const sent = await sendTextFile(this.#api, this.#chatId, delivery.text, {
        ...this.#options,
        replyTo: undefined,
        replyMarkup,
        filename: delivery.filename,
        caption: delivery.caption,
      });
      return sent.message_id;
    }
    if (first && this.#draftId !== undefined) {
      return await this.#replaceDraft(delivery, replyMarkup);
    }
    return (await this.#send(delivery, replyMarkup, first)).message_id;
  }

  /** Send a part: as HTML when it has some, as plain text if Telegram cannot parse that. */
  async #send(
    part: { text: string; html?: string },
    replyMarkup: InlineKeyboardMarkup | undefined,
    first: boolean,
  ) {
    const options = partOptions({ ...this.#options, replyMarkup }, {
      first,
      last: true,
    });
    if (part.html !== undefined) {
      try {
        return await this.#api.sendMessage(this.#chatId, part.html, {
          ...options,
          parse_mode: "HTML",
        });
      } catch (error) {
        if (!isRefusal(error, ENTITIES_REFUSED)) throw error;
      }
    }
    return await this.#api.sendMessage(this.#chatId, part.text, options);
  }

  async #showDraft(): Promise<void> {
    const cursor = this.#options.cursor ?? " …";
    const room = TELEGRAM_TEXT_LIMIT - cursor.length;
    const draft =
      (this.#text.length > room ? this.#text.slice(0, room - 1) : this.#text)
        .trimEnd();
    if (draft.length === 0) return;
    const text = safeEnd(draft) + cursor;
    if (this.#drafting) {
      try {
        await this.#api.sendMessageDraft(
          this.#chatId,
          this.#options.drafts!.draftId,
          text,
          { message_thread_id: this.#options.threadId },
        );
        this.#shown = text;
        return;
      } catch (error) {
        if (!isRefusal(error, DRAFTS_REFUSED)) throw error;
        // This server has no drafts: an edited message from now on.
        this.#drafting = false;
        this.#options.drafts?.onDraftsRefused?.();
      }
    }
    if (this.#draftId === undefined) {
      const msg = await this.#send({ text }, undefined, true);
      this.#draftId = msg.message_id;
      this.#shown = text;
      await this.#options.onDraftCreated?.(msg.message_id);
    } else {
      await this.#edit(text);
    }
  }

  /** Turn the draft into the first part; a draft the user deleted is replaced by a new message. */
  async #replaceDraft(
    part: { text: string; html?: string },
    replyMarkup: InlineKeyboardMarkup | undefined,
  ): Promise<number> {
    try {
      if (part.html !== undefined) {
        try {
          await this.#edit(part.html, replyMarkup, "HTML");
          return this.#draftId!;
        } catch (error) {
          if (!isRefusal(error, ENTITIES_REFUSED)) throw error;
        }
      }
      await this.#edit(part.text, replyMarkup);
      return this.#draftId!;
    } catch (error) {
      if (!isRefusal(error, MESSAGE_GONE)) throw error;
      return (await this.#send(part, replyMarkup, true)).message_id;
    }
  }

  async #edit(
    text: string,
    replyMarkup?: InlineKeyboardMarkup,
    parseMode?: "HTML",
  ): Promise<void> {
    if (text === this.#shown && replyMarkup === undefined) return;
    await this.#api.editMessageText(this.#chatId, this.#draftId!, text, {
      reply_markup: replyMarkup,
      link_preview_options: { is_disabled: true },
      ...(parseMode ? { parse_mode: parseMode } : {}),
    }).catch(ignoreNotModified);
    this.#shown = text;
  }
}

/** The messages of a final text: its parts, or the parts up to the cap and then the file. */
function plan(
  final: FinalText,
  overflow: AnswerOverflow | undefined,
): Delivery[] {
  if (
    overflow !== undefined &&
    !(Number.isInteger(overflow.maxParts) && overflow.maxParts >= 1)
  ) {
    throw new RangeError(
      `Cannot finish reply: maxParts must be a positive integer, got ${overflow.maxParts}`,
    );
  }
  const text = typeof final === "string" ? final : final.file;
  const parts: Delivery[] = typeof final === "string"
    ? splitMessage(final).map((part) => ({ kind: "part", text: part }))
    : final.parts.map((part) => ({
      kind: "part",
      text: part.text,
      html: part.html,
    }));
  if (overflow === undefined || parts.length <= overflow.maxParts) return parts;
  return [
    ...parts.slice(0, overflow.maxParts),
    {
      kind: "file",
      text,
      filename: overflow.filename,
      caption: overflow.caption,
    },
  ];
}

/** Drop a lone high surrogate left at the end by a cut. */
function safeEnd(text: string): string {
  const code = text.charCodeAt(text.length - 1);
  return code >= 0xd800 && code <= 0xdbff ? text.slice(0, -1) : text;
}
