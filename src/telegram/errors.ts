/**
 * Telegram's refusals, told apart by the fields of grammY's `GrammyError`
 * (`error_code`, `description`): the one place that reads them.
 *
 * @module
 */
import { GrammyError } from "grammy";

/** What a refusal must match: its code(s), and optionally its description. */
export interface RefusalPattern {
  codes: readonly number[];
  /** Matched against Telegram's description, case-insensitively. */
  description?: RegExp;
}

/** Whether `error` is Telegram refusing a call in the way `pattern` says. */
export function isRefusal(error: unknown, pattern: RefusalPattern): boolean {
  if (!(error instanceof GrammyError)) return false;
  if (!pattern.codes.includes(error.error_code)) return false;
  return pattern.description?.test(error.description) ?? true;
}

/** An edit that changes nothing: the message already shows what was wanted. */
export const NOT_MODIFIED: RefusalPattern = {
  codes: [400],
  description: /message is not modified/i,
};

/** The message to edit is gone (the user deleted it). */
export const MESSAGE_GONE: RefusalPattern = {
  codes: [400],
  description: /message to edit not found/i,
};

/** Telegram could not read the HTML of a text (the plain text is sent instead). */
export const ENTITIES_REFUSED: RefusalPattern = {
  codes: [400],
  description:
    /can't parse entities|unsupported start tag|can't find end|unexpected end tag|entity beginning/i,
};

/**
 * The server has no `sendMessageDraft` (an older local Bot API server
 * answers 404, or 400 for a method or chat it does not take drafts in).
 */
export const DRAFTS_REFUSED: RefusalPattern = {
  codes: [400, 404, 501],
  description: /not found|not implemented|method|draft|not supported|private/i,
};

/** The chat refuses for good: the bot was blocked, the chat is gone, or the bot may not write there. */
export const CHAT_REFUSES: RefusalPattern = { codes: [400, 403] };

/** Blocked (403) or flooded (429): another message right now would be refused too. */
export const NO_MORE_MESSAGES: RefusalPattern = { codes: [403, 429] };

/** The bot token is wrong or revoked (getMe answers 401, or 404 for a malformed one). */
export const TOKEN_REFUSED: RefusalPattern = { codes: [401, 404] };
