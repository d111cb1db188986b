/**
 * The webhook route: Telegram POSTs one update per request. Checks run
 * cheapest first, and a body is never held beyond its size or time bound.
 *
 * | answer | when                                                                      |
 * | ------ | ------------------------------------------------------------------------- |
 * | 401    | the `X-Telegram-Bot-Api-Secret-Token` header is missing or wrong          |
 * | 415    | the content type is not `application/json`                               |
 * | 413    | `Content-Length`, or the bytes read so far, over the limit (1 MiB)        |
 * | 408    | the body did not arrive within the read timeout (10 s)                    |
 * | 400    | not UTF-8 JSON, not an object, or not shaped like a Telegram update       |
 * | 200    | handled, dropped on purpose, an unknown update kind, or still running     |
 * | 503    | a failure that may pass (Telegram or KV unavailable): delivered again     |
 * | 500    | the update never reached the bot's middleware (a bug)                     |
 *
 * @module
 */
import type { Update } from "grammy/types";
import { getLog } from "../logging.ts";
import { sha256, timingSafeEqual } from "../util/sha256.ts";
import { parseUpdate } from "./update_shape.ts";

/** Largest body accepted: a Telegram update is a few KB; a 4096-character text with entities stays far below. */
export const WEBHOOK_MAX_BODY_BYTES = 1024 * 1024;
/** How long the whole body may take to arrive. */
export const WEBHOOK_READ_TIMEOUT_MS = 10_000;
/** The header Telegram sends the `secret_token` of `setWebhook` in. */
export const SECRET_HEADER = "x-telegram-bot-api-secret-token";

/** How the bot ended an update; see `UpdateOutcome` in src/bot.ts. */
export type WebhookOutcome = "handled" | "retry" | "failed";

/** Resolves after `ms`, or never once `signal` aborts (the wait is over). */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

/** Options of {@linkcode createWebhookHandler}. */
export interface WebhookHandlerOptions {
  /** The `secret_token` registered with `setWebhook`. */
  secret: string;
  /**
   * Hands a checked update to the bot; must not throw. `onAccepted`, when the
   * bot calls it, answers Telegram 200 at once: the update was accepted for
   * good (a prompt's job), and what follows cannot change its outcome.
   */
  handleUpdate: (
    update: Update,
    hooks: { onAccepted: () => void },
  ) => Promise<WebhookOutcome>;
  /** Telegram is answered 200 after this long while the update keeps running. */
  replyAfterMs: number;
  /** Default {@linkcode WEBHOOK_MAX_BODY_BYTES}. */
  maxBodyBytes?: number;
  /** Default {@linkcode WEBHOOK_READ_TIMEOUT_MS}. */
  readTimeoutMs?: number;
  /** The timer behind both waits; tests pass one they control. Default `setTimeout`. */
  sleep?: Sleep;
}

const log = getLog("webhook");
const TIMED_OUT: unique symbol = Symbol("timed out");
const ACCEPTED: unique symbol = Symbol("accepted");
/**
 * Why a wait is called off: the request is past it. A reason of our own,
 * since `abort()` without one builds a DOMException with its stack trace
 * (about 4 µs, twice per update).
 */
const PAST: unique symbol = Symbol("past the wait");

/** The handler of POST {WEBHOOK_PATH}; see the module's table for what it answers. */
export function createWebhookHandler(
  options: WebhookHandlerOptions,
): (req: Request) => Promise<Response> {
  const maxBytes = options.maxBodyBytes ?? WEBHOOK_MAX_BODY_BYTES;
  const readTimeoutMs = options.readTimeoutMs ?? WEBHOOK_READ_TIMEOUT_MS;
  const sleep = options.sleep ?? sleepWithTimer;
  const secret = digest(options.secret);
  return async (req) => {
    const refusal = refuseEarly(req, secret, maxBytes);
    if (refusal) {
      await req.body?.cancel().catch(() => {});
      return refusal;
    }
    const body = await readBody(
      req.body,
      maxBytes,
      (signal) => sleep(readTimeoutMs, signal),
    );
    if (!body.ok) return refused(body.status, body.reason);
    const json = parseJson(body.bytes);
    if (json === NOT_JSON) return refused(400, "the body is not UTF-8 JSON");
    const checked = parseUpdate(json);
    if (!checked.ok) return refused(400, checked.reason);
    if (!checked.handled) {
      log.debug("Ignored update {updateId}: kind {kind} is not handled", {
        updateId: checked.updateId,
        kind: checked.kind,
      });
      return answer(200);
    }
    const accepted = Promise.withResolvers<void>();
    const handling = options.handleUpdate(checked.update, {
      onAccepted: accepted.resolve,
    });
    return await answerWithin(
      checked.update,
      handling,
      accepted.promise,
      (signal) => sleep(options.replyAfterMs, signal),
    );
  };
}

/** 401, 415 or 413 from the headers alone, before a byte of the body is read. */
function refuseEarly(
  req: Request,
  secret: Uint8Array,
  maxBytes: number,
): Response | undefined {
  const given = req.headers.get(SECRET_HEADER);
  // Compared as digests: equal lengths, and no early exit that times the secret.
  if (given === null || !timingSafeEqual(digest(given), secret)) {
    return refused(401, "the secret token is missing or wrong");
  }
  const type = req.headers.get("content-type") ?? "";
  if (type.split(";")[0].trim().toLowerCase() !== "application/json") {
    return refused(415, "the content type is not application/json");
  }
  const length = Number(req.headers.get("content-length") ?? "0");
  if (length > maxBytes) {
    return refused(413, `the body is over ${maxBytes} bytes`);
  }
  return undefined;
}

type BodyRead =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; status: 400 | 408 | 413; reason: string };

/**
 * Read a body of at most `maxBytes` within the wait `deadline` gives: a chunked
 * body is counted as it arrives and given up past the limit, a dripping one
 * when the deadline passes.
 */
async function readBody(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  deadline: (signal: AbortSignal) => Promise<void>,
): Promise<BodyRead> {
  if (body === null) return { ok: true, bytes: new Uint8Array() };
  const reader = body.getReader();
  const done = new AbortController();
  const timedOut = deadline(done.signal).then((): typeof TIMED_OUT =>
    TIMED_OUT
  );
  const chunks: Uint8Array[] = [];
  let size = 0;
  let complete = false;
  try {
    while (true) {
      const next = await Promise.race([reader.read(), timedOut]);
      if (next === TIMED_OUT) {
        return { ok: false, status: 408, reason: "the body came too slowly" };
      }
      if (next.done) break;
      size += next.value.byteLength;
      if (size > maxBytes) {
        return {
          ok: false,
          status: 413,
          reason: `the body is over ${maxBytes} bytes`,
        };
      }
      chunks.push(next.value);
    }
    complete = true;
  } catch {
    return { ok: false, status: 400, reason: "the body could not be read" };
  } finally {
    done.abort(PAST);
    // Whatever is still coming is dropped, not buffered.
    if (!complete) reader.cancel().catch(() => {});
  }
  return { ok: true, bytes: concat(chunks, size) };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const NOT_JSON: unique symbol = Symbol("not JSON");

/** The parsed body, or {@linkcode NOT_JSON} for bytes that are not UTF-8 JSON. */
function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return NOT_JSON;
  }
}

/**
 * The answer for `handling`: its outcome if it ends within the wait `replyAfter`
 * gives, else 200 once it is `accepted` for good or the wait is over, while it
 * keeps running (the in-flight tracker counts it, so shutdown waits for it); a
 * late failure is only logged, since Telegram has its 200 by then.
 */
async function answerWithin(
  update: Update,
  handling: Promise<WebhookOutcome>,
  accepted: Promise<void>,
  replyAfter: (signal: AbortSignal) => Promise<void>,
): Promise<Response> {
  const done = new AbortController();
  const late = replyAfter(done.signal).then((): typeof TIMED_OUT => TIMED_OUT);
  const early = accepted.then((): typeof ACCEPTED => ACCEPTED);
  const first = await Promise.race([handling, early, late]).finally(() =>
    done.abort(PAST)
  );
  if (first !== TIMED_OUT && first !== ACCEPTED) return outcomeResponse(first);
  // Telegram gets its 200 now: the update was kept for good (its claim is
  // committed with its job), or it has run for replyAfterMs. What fails
  // later is only logged.
  handling.then((outcome) => {
    if (outcome === "handled") return;
    log.warning(
      "Update {updateId} failed after the webhook answered 200: it is not delivered again",
      { updateId: update.update_id, outcome },
    );
  }, () => {});
  return answer(200);
}

function outcomeResponse(outcome: WebhookOutcome): Response {
  switch (outcome) {
    case "handled":
      return answer(200);
    case "retry":
      return answer(503);
    case "failed":
      return answer(500);
  }
}

const STATUS_TEXT: Record<number, string> = {
  200: "OK",
  400: "Bad Request",
  401: "Unauthorized",
  408: "Request Timeout",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

function answer(status: number, reason?: string): Response {
  const text = STATUS_TEXT[status] ?? "Error";
  const body = reason === undefined ? `${text}\n` : `${text}: ${reason}\n`;
  return new Response(body, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

/**
 * A 4xx for a request that is not a Telegram update, logged without its
 * content; at debug level for a wrong secret, which anyone can send.
 */
function refused(status: number, reason: string): Response {
  const level = status === 401 ? "debug" : "warning";
  log[level]("Refused a webhook request with {status}: {reason}", {
    status,
    reason,
  });
  return answer(status, reason);
}

function digest(text: string): Uint8Array {
  return sha256(text);
}

function sleepWithTimer(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => clearTimeout(timer), { once: true });
  });
}
