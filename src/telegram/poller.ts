/**
 * Long polling: fetch updates with `getUpdates` and hand them to the bot, at
 * most `concurrency` at once, and confirm an update to Telegram only once it
 * was handled.
 *
 * Telegram forgets an update when a later `getUpdates` passes an `offset`
 * above it. `@grammyjs/runner` asks for the next batch at once, which confirms
 * the previous one while it is still being handled: a crash then loses every
 * update it had fetched but not yet accepted. This poller asks for the next
 * batch when the batch in hand has been handled, or after `confirmAfterMs`
 * when one of its updates takes longer (a chart, a download), so that one slow
 * update cannot hold back everyone else's. A crash therefore loses no update
 * that was handled within `confirmAfterMs` of its fetch: Telegram hands the
 * unconfirmed ones to the next start, and the update claims (`dedupeUpdates`,
 * the job's acceptance) drop those that were accepted already. What runs
 * longer (a slow update, or one queued behind a slow one of the same chat) is
 * confirmed by the next poll while it runs, as the runner did with every
 * update. It also spares the start-up the runner's import, which loads
 * grammY's Node build.
 *
 * Updates of one chat still run in order: the bot's `sequentialize`
 * middleware queues them.
 *
 * @module
 */
import type { Api, RawApi } from "grammy";
import type { Update } from "grammy/types";
import { describeError, getLog } from "../logging.ts";
import {
  type BackoffOptions,
  fullJitterDelay,
  type Sleep,
  sleep,
} from "../util/backoff.ts";
import { within } from "../util/deadline.ts";
import { isRefusal, type RefusalPattern } from "./errors.ts";

const log = getLog("telegram");

/** Update kinds a poll may ask for (the `allowed_updates` of getUpdates). */
export type UpdateKind = Exclude<keyof Update, "update_id">;

/** Default of {@linkcode PollerOptions.concurrency}. */
export const DEFAULT_POLLING_CONCURRENCY = 100;
/** Default of {@linkcode PollerOptions.confirmAfterMs}. */
export const DEFAULT_CONFIRM_AFTER_MS = 1_000;
/** Telegram holds a long poll this long, in seconds, when there is nothing to fetch. */
export const LONG_POLL_SECONDS = 30;
/** The most updates one `getUpdates` returns (Telegram's own limit). */
const MAX_BATCH = 100;
/** How long the last poll of a stop, which only confirms, may take. */
const FINAL_CONFIRM_MS = 3_000;

/**
 * Refusals that end polling for good: the token was revoked (401), or another
 * process polls with it, or a webhook is set (409).
 */
export const POLLING_REFUSED: RefusalPattern = { codes: [401, 409] };

/** Options of {@linkcode startPolling}. */
export interface PollerOptions {
  /** The bot's client; only `getUpdates` is called, through its transformers. */
  api: Api<RawApi>;
  /** Runs one update; a rejection is logged and counts as handled. */
  handle: (update: Update) => Promise<unknown>;
  /** The update kinds to ask for. */
  allowedUpdates: readonly UpdateKind[];
  /** Updates handled at once, at most; fetching waits below it. Default 100. */
  concurrency?: number;
  /**
   * How long a batch may hold back the next poll, in milliseconds. Past it,
   * the next poll confirms the updates still running (a crash would then lose
   * them). Default 1 s.
   */
  confirmAfterMs?: number;
  /** Long-poll timeout in seconds. Default 30. */
  timeoutSeconds?: number;
  /** Backoff after a failed poll. Default 1 s doubling up to 30 s, full jitter. */
  backoff?: BackoffOptions;
  /** Waits between failed polls and for a slow batch; tests inject one. */
  sleep?: Sleep;
}

/** A running poll loop. */
export interface Poller {
  /**
   * Settles when polling ends: fulfilled after {@linkcode Poller.stop},
   * rejected with the refusal that ended it (see {@linkcode POLLING_REFUSED}).
   */
  readonly done: Promise<void>;
  /** Whether it still fetches updates. */
  isRunning(): boolean;
  /** Updates being handled right now. */
  readonly inFlight: number;
  /**
   * Stop fetching, wait for the updates in flight (at most `timeoutMs`), then
   * confirm them to Telegram with one last short poll. The poll is skipped
   * after a refusal (another poller owns the updates then) and when updates
   * were still running at the deadline: they come again at the next start.
   */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Start polling.
 *
 * @throws {RangeError} when `concurrency` is not a positive integer
 */
export function startPolling(options: PollerOptions): Poller {
  const concurrency = options.concurrency ?? DEFAULT_POLLING_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(
      `Cannot poll: concurrency must be a positive integer, got ${concurrency}`,
    );
  }
  const confirmAfterMs = options.confirmAfterMs ?? DEFAULT_CONFIRM_AFTER_MS;
  const timeout = options.timeoutSeconds ?? LONG_POLL_SECONDS;
  const backoff = options.backoff ?? { baseMs: 1_000, maxMs: 30_000 };
  const wait = options.sleep ?? sleep;
  const stopping = new AbortController();
  const inFlight = new Map<number, Promise<void>>();
  let finished = Promise.withResolvers<void>();
  /** The offset of the next poll: every update below it was fetched. */
  let offset: number | undefined;
  let refused = false;
  let running = true;

  const begin = (update: Update): Promise<void> | undefined => {
    const id = update.update_id;
    // Telegram sends each update once; one still running is not run twice.
    if (inFlight.has(id)) return undefined;
    const handled = Promise.resolve()
      .then(() => options.handle(update))
      .then(
        () => {},
        (error) =>
          log.error("Update {updateId} failed outside the bot: {error}", {
            updateId: id,
            error: describeError(error),
          }),
      )
      .finally(() => {
        inFlight.delete(id);
        finished.resolve();
        finished = Promise.withResolvers<void>();
      });
    inFlight.set(id, handled);
    return handled;
  };

  // A stop wakes whoever waits for room.
  stopping.signal.addEventListener("abort", () => finished.resolve(), {
    once: true,
  });
  const hasRoom = async () => {
    while (inFlight.size >= concurrency && !stopping.signal.aborted) {
      await finished.promise;
    }
  };

  const loop = async () => {
    let failures = 0;
    while (!stopping.signal.aborted) {
      await hasRoom();
      if (stopping.signal.aborted) break;
      let updates: Update[];
      try {
        updates = await options.api.getUpdates({
          offset,
          limit: Math.min(MAX_BATCH, concurrency - inFlight.size),
          timeout,
          allowed_updates: [...options.allowedUpdates],
        }, asGrammySignal(stopping.signal));
        failures = 0;
      } catch (error) {
        if (stopping.signal.aborted) break;
        if (isRefusal(error, POLLING_REFUSED)) {
          refused = true;
          throw error;
        }
        const delayMs = floodWaitMs(error) ??
          fullJitterDelay(failures++, backoff);
        // The error's class and message only: never the request (its URL holds the token).
        log.warn("Cannot fetch updates, retrying in {delayMs} ms: {error}", {
          delayMs,
          error: describeError(error),
        });
        await wait(delayMs, stopping.signal);
        continue;
      }
      if (updates.length === 0) continue;
      const last = Math.max(...updates.map((update) => update.update_id));
      offset = Math.max(offset ?? 0, last + 1);
      const batch = updates.map(begin).filter((run) => run !== undefined);
      // The next poll confirms this batch: ask for it once the batch is handled.
      const slow = new AbortController();
      const onStop = () => slow.abort();
      stopping.signal.addEventListener("abort", onStop, { once: true });
      await Promise.race([
        Promise.all(batch),
        wait(confirmAfterMs, slow.signal),
      ]);
      slow.abort();
      stopping.signal.removeEventListener("abort", onStop);
    }
  };

  const done = loop().finally(() => {
    running = false;
  });
  // Observed by stop(); callers that never look at `done` get no unhandled rejection.
  done.catch(() => {});

  let stopped: Promise<void> | undefined;
  return {
    done,
    isRunning: () => running,
    get inFlight() {
      return inFlight.size;
    },
    stop(timeoutMs = Infinity) {
      stopped ??= (async () => {
        const deadline = performance.now() + timeoutMs;
        stopping.abort();
        await done.catch(() => {});
        const all = Promise.all(inFlight.values()).then(() => true);
        // within() would take an infinite wait for none (setTimeout's limit).
        const handled = Number.isFinite(deadline)
          ? await within(all, deadline - performance.now())
          : await all;
        if (refused || offset === undefined || handled !== true) return;
        await options.api.getUpdates(
          { offset, limit: 1, timeout: 0 },
          asGrammySignal(AbortSignal.timeout(FINAL_CONFIRM_MS)),
        ).catch((error) =>
          log.warn(
            "Cannot confirm the last updates: they come again at the next start",
            { error: describeError(error) },
          )
        );
      })();
      return stopped;
    },
  };
}

/** The wait a 429 asks for, in milliseconds. */
function floodWaitMs(error: unknown): number | undefined {
  if (!isRefusal(error, { codes: [429] })) return undefined;
  const seconds = (error as { parameters?: { retry_after?: number } })
    .parameters?.retry_after;
  return typeof seconds === "number" && seconds > 0
    ? seconds * 1_000
    : undefined;
}

/** grammY types its signals with a polyfill's type; at run time they are the web's. */
type GrammySignal = Parameters<Api<RawApi>["getUpdates"]>[1];
function asGrammySignal(signal: AbortSignal): GrammySignal {
  return signal as unknown as GrammySignal;
}
