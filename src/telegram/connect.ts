/**
 * The first contact with Telegram at start-up: `getMe`, tried a bounded number
 * of times, each failure logged with the host and what failed.
 *
 * @module
 */
import { Api, GrammyError, HttpError } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { describeError, getLog } from "../logging.ts";
import { exponentialDelay, type Sleep, sleep } from "../util/backoff.ts";
import { describeCause } from "./api.ts";
import { isRefusal, TOKEN_REFUSED } from "./errors.ts";

/** Tries of the first `getMe` at start (TELEGRAM_START_ATTEMPTS). */
export const DEFAULT_START_ATTEMPTS = 5;

const log = getLog("telegram");

/** How long one start-up `getMe` may take before it counts as failed. */
const ATTEMPT_TIMEOUT_SECONDS = 10;

/** Options of {@linkcode connectTelegram}. */
export interface ConnectOptions {
  /** Base URL of the Bot API server. */
  apiRoot: string;
  /** Tries in all, at least 1. */
  attempts: number;
  /** First pause between tries, doubled each time up to `maxDelayMs`. Default 1 s. */
  baseDelayMs?: number;
  /** Default 8 s. */
  maxDelayMs?: number;
  /** Waits between tries; tests inject one that does not wait. */
  sleep?: Sleep;
  /** Stops the tries (a signal during start-up). */
  signal?: AbortSignal;
}

/** Outcome of {@linkcode connectTelegram}. */
export type ConnectOutcome =
  | { ok: true; me: UserFromGetMe }
  | { ok: false; reason: "unauthorized" | "unreachable" | "aborted" };

/**
 * Ask Telegram who the bot is. A 401 or 404 (a wrong or revoked token) ends
 * at once with a line that says to check BOT_TOKEN; network errors, timeouts
 * and 5xx answers are retried `attempts` times in all, each logged.
 */
export async function connectTelegram(
  token: string,
  options: ConnectOptions,
): Promise<ConnectOutcome> {
  const api = new Api(token, {
    apiRoot: options.apiRoot,
    timeoutSeconds: ATTEMPT_TIMEOUT_SECONDS,
  });
  const host = hostOf(options.apiRoot);
  const wait = options.sleep ?? sleep;
  for (let attempt = 1;; attempt++) {
    if (options.signal?.aborted) return { ok: false, reason: "aborted" };
    try {
      // grammY types its signal with a polyfill's type; at run time it is the web one.
      const signal = options.signal as Parameters<typeof api.getMe>[0];
      return { ok: true, me: await api.getMe(signal) };
    } catch (error) {
      if (options.signal?.aborted) return { ok: false, reason: "aborted" };
      if (isTokenRefused(error)) {
        log.fatal(
          "Telegram at {host} refused the bot token ({code} {description}): check BOT_TOKEN",
          { host, code: error.error_code, description: error.description },
        );
        return { ok: false, reason: "unauthorized" };
      }
      const last = attempt >= options.attempts;
      const delayMs = exponentialDelay(attempt - 1, {
        baseMs: options.baseDelayMs ?? 1_000,
        maxMs: options.maxDelayMs ?? 8_000,
      });
      log.error(
        last
          ? "Cannot reach Telegram at {host} (getMe failed: {error}), attempt {attempt} of {attempts}: giving up"
          : "Cannot reach Telegram at {host} (getMe failed: {error}), attempt {attempt} of {attempts}: retrying in {delayMs} ms",
        {
          host,
          error: describeFailure(error),
          attempt,
          attempts: options.attempts,
          delayMs,
        },
      );
      if (last) return { ok: false, reason: "unreachable" };
      await wait(delayMs, options.signal);
    }
  }
}

function isTokenRefused(error: unknown): error is GrammyError {
  return isRefusal(error, TOKEN_REFUSED);
}

function describeFailure(error: unknown): string {
  if (error instanceof HttpError) return describeCause(error);
  if (error instanceof GrammyError) {
    return `${error.error_code} ${error.description}`;
  }
  return describeError(error);
}

function hostOf(apiRoot: string): string {
  try {
    return new URL(apiRoot).host;
  } catch {
    return apiRoot;
  }
}
