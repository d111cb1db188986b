/**
 * How a failed update is told apart and described: whether trying it again
 * later may succeed, and the few fields of one redacted log line.
 *
 * @module
 */
import { GrammyError, HttpError } from "grammy";
import { isBusyError } from "../storage/atomic.ts";

/** What one log line says about an error: never its context, payload or cause. */
export interface ErrorFields {
  /** The error's class name, e.g. `"GrammyError"`. */
  errorClass: string;
  /** The Bot API method Telegram refused, for a `GrammyError`. */
  method?: string;
  /** Telegram's error code, for a `GrammyError`. */
  code?: number;
  /** Telegram's description, or the error's message (cut to 200 characters). */
  description: string;
}

const MAX_CAUSES = 5;
const MAX_DESCRIPTION = 200;

/**
 * True when the failure may pass if the update is handled again later: the Bot
 * API unreachable (network error, an answer that is not Telegram's), Telegram
 * answering 5xx, or KV locked or closed. Telegram refusing a call (4xx,
 * including 429) is final: handling the update again gets the same answer.
 */
export function isTransientFailure(error: unknown): boolean {
  let current = error;
  for (let depth = 0; current instanceof Error && depth < MAX_CAUSES; depth++) {
    if (current instanceof HttpError) return true;
    if (current instanceof GrammyError) return current.error_code >= 500;
    if (isBusyError(current) || current instanceof Deno.errors.BadResource) {
      return true;
    }
    current = current.cause;
  }
  return false;
}

/** The fields a log line may carry about `error`; see {@linkcode ErrorFields}. */
export function errorFields(error: unknown): ErrorFields {
  if (error instanceof GrammyError) {
    return {
      errorClass: "GrammyError",
      method: error.method,
      code: error.error_code,
      description: cut(error.description),
    };
  }
  if (error instanceof Error) {
    // HttpError's message names the method only; its `error` (the fetch
    // failure) may name the URL, token included, so it is left out.
    return { errorClass: error.name, description: cut(error.message) };
  }
  return { errorClass: typeof error, description: "a non-Error was thrown" };
}

function cut(text: string): string {
  return text.length <= MAX_DESCRIPTION
    ? text
    : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}
