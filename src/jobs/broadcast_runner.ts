/**
 * Sends a started broadcast to every recipient, paced, resumable: the
 * delivery's state is the broadcast's record in KV (src/storage/
 * broadcast_store.ts: one commit per recipient, at most once each), so a
 * crash loses nothing but the one message in flight, and whoever resumes
 * (this process after a restart, or another instance once this one's
 * heartbeat is stale, as for enhancement jobs) goes on from the cursor.
 *
 * - **Pace.** At most `ratePerSecond` messages a second (BROADCAST_RATE_PER_SECOND,
 *   25 by default; Telegram allows about 30 in all), progress edits included.
 *   Only one broadcast is sent at a time, by one instance, so that is the
 *   bot's whole pace.
 * - **429.** Telegram's `retry_after` holds every message back that long; the
 *   refused message is sent again (a 429 is never delivered).
 * - **403.** The user blocked the bot: counted, and their profile marked so
 *   the next broadcasts skip them (until they use the bot again).
 * - **Anything else** (400, 5xx, a network error): counted as failed and not
 *   tried again, since a network error may hide a delivered message; a pause
 *   that doubles with each failure in a row keeps an outage from burning
 *   through the list.
 * - **Progress.** The admin's progress message is edited every few seconds,
 *   with a Stop button; the end edits it a last time and sends the report.
 *
 * @module
 */
import { type Api, GrammyError, type RawApi } from "grammy";
import type { MessageEntity } from "grammy/types";
import type { Clock } from "../clock.ts";
import { describeError, getLog } from "../logging.ts";
import type { Metrics } from "../metrics/metrics.ts";
import { NOOP_TRACING, type Tracing } from "../metrics/tracing.ts";
import {
  type BroadcastEntry,
  type BroadcastRecord,
  type BroadcastStore,
  isBroadcastRecipient,
  type StartOutcome,
} from "../storage/broadcast_store.ts";
import type { JobStore } from "../storage/job_store.ts";
import type { UserStore } from "../storage/user_store.ts";
import { isRefusal, NOT_MODIFIED } from "../telegram/errors.ts";
import {
  broadcastProgressText,
  broadcastReportText,
} from "../ui/broadcast_texts.ts";
import type { I18n, Translate } from "../ui/i18n.ts";
import { broadcastStopKeyboard } from "../ui/keyboards.ts";
import { DEFAULT_LOCALE } from "../ui/locales.ts";
import { exponentialDelay, type Sleep, sleep } from "../util/backoff.ts";
import { within } from "../util/deadline.ts";
import { Pacer } from "../util/pacer.ts";

/** Messages a broadcast sends per second at most, by default (BROADCAST_RATE_PER_SECOND). */
export const DEFAULT_BROADCAST_RATE = 25;

const log = getLog("broadcast");

/** What the runner needs. */
export interface BroadcastRunnerDeps {
  store: BroadcastStore;
  users: UserStore;
  /** Where instances' heartbeats are read (whose broadcast may be taken over). */
  jobs: JobStore;
  /** Starts this instance's heartbeat (the job runner's), before any broadcast names it. */
  heartbeat: () => Promise<void>;
  /** A Bot API client that does not retry by itself: the runner decides what may be sent again. */
  api: Api<RawApi>;
  clock: Clock;
  /** Waits of the pace and the pauses; tests pass one that moves their clock. */
  sleep?: Sleep;
  i18n: I18n;
  metrics?: Metrics;
  tracing?: Tracing;
  /** Users left out besides those `isBroadcastRecipient` refuses (the banned). */
  excluded?: (userId: number) => Promise<boolean>;
}

/** Options of {@linkcode BroadcastRunner}. */
export interface BroadcastRunnerOptions {
  /** Identity of this process, as in its heartbeat. */
  instanceId: string;
  /** Messages a second at most. Default {@linkcode DEFAULT_BROADCAST_RATE}. */
  ratePerSecond?: number;
  /** How often the progress message is edited. Default 3 s. */
  progressEveryMs?: number;
  /** Users read from KV at a time. Default 100. */
  pageSize?: number;
}

/** How one message went. */
type Delivery = "sent" | "blocked" | "failed" | "not_sent";

/** Sends broadcasts; see the module documentation. */
export class BroadcastRunner {
  readonly #deps: BroadcastRunnerDeps;
  readonly #options: Required<BroadcastRunnerOptions>;
  readonly #pacer: Pacer;
  readonly #sleep: Sleep;
  readonly #stopping = new AbortController();
  #running: Promise<void> | undefined;
  #recheck: ReturnType<typeof setTimeout> | undefined;
  /** Failures in a row, for the pause after each. */
  #failuresInARow = 0;

  constructor(deps: BroadcastRunnerDeps, options: BroadcastRunnerOptions) {
    this.#deps = deps;
    this.#options = {
      instanceId: options.instanceId,
      ratePerSecond: options.ratePerSecond ?? DEFAULT_BROADCAST_RATE,
      progressEveryMs: options.progressEveryMs ?? 3_000,
      pageSize: options.pageSize ?? 100,
    };
    this.#sleep = deps.sleep ?? sleep;
    this.#pacer = new Pacer({
      ratePerSecond: this.#options.ratePerSecond,
      clock: deps.clock,
      sleep: this.#sleep,
    });
  }

  /** The broadcasts' records. */
  get store(): BroadcastStore {
    return this.#deps.store;
  }

  /**
   * Start sending a preview from here, to the recipients there are now: one
   * commit takes it (a second tap, or another instance, finds it started),
   * then it runs in the background.
   */
  async begin(id: string): Promise<StartOutcome> {
    await this.#deps.heartbeat();
    const total = await this.#deps.store.countRecipients();
    const outcome = await this.#deps.store.start(
      id,
      this.#options.instanceId,
      total,
    );
    if (outcome.ok) this.submit(id);
    return outcome;
  }

  /** Whether a broadcast is being sent by this instance now. */
  get busy(): boolean {
    return this.#running !== undefined;
  }

  /** Send broadcast `id` from here, in the background, unless one runs here already. */
  submit(id: string): void {
    if (this.#running || this.#stopping.signal.aborted) return;
    this.#running = this.#tracing.span(
      "broadcast",
      { "broadcast.id": id },
      () => this.#run(id),
      { parent: null },
    ).catch((error) =>
      log.error("Broadcast failed: {error}", {
        broadcastId: id,
        error: describeError(error),
      })
    ).finally(() => {
      this.#running = undefined;
    });
  }

  /**
   * Resume the broadcast being sent if it is ours (after a restart) or its
   * instance's heartbeat is stale, and look again when a live one's is due.
   * Called at start and by the job sweep's cron.
   */
  async recover(): Promise<void> {
    if (this.#running || this.#stopping.signal.aborted) return;
    await this.#deps.heartbeat();
    const entry = await this.#deps.store.active();
    const record = entry?.record;
    if (!record || record.status !== "sending") return;
    const now = this.#deps.clock.now();
    const alive =
      record.owner === this.#options.instanceId || record.owner === null
        ? 0
        : (await this.#deps.jobs.instances()).get(record.owner)?.aliveUntil ??
          0;
    if (alive <= now) {
      this.submit(record.id);
      return;
    }
    clearTimeout(this.#recheck);
    this.#recheck = setTimeout(() => {
      this.recover().catch((error) =>
        log.error("Broadcast recovery failed: {error}", {
          error: describeError(error),
        })
      );
    }, alive - now + 50);
  }

  /**
   * Stop sending (shutdown): the message in flight finishes, the record stays
   * as it is and the broadcast resumes elsewhere, or here after a restart.
   *
   * @returns false when it did not stop within `timeoutMs`
   */
  async stop(timeoutMs: number): Promise<boolean> {
    this.#stopping.abort();
    clearTimeout(this.#recheck);
    if (this.#running === undefined) return true;
    return (await within(this.#running.then(() => true), timeoutMs)) ?? false;
  }

  /** Resolves when no broadcast runs here (for tests), or after `timeoutMs`. */
  async drain(timeoutMs: number): Promise<boolean> {
    if (this.#running === undefined) return true;
    return (await within(this.#running.then(() => true), timeoutMs)) ?? false;
  }

  get #tracing(): Tracing {
    return this.#deps.tracing ?? NOOP_TRACING;
  }

  async #run(id: string): Promise<void> {
    const { store, jobs, clock } = this.#deps;
    await this.#deps.heartbeat();
    const beats = await jobs.instances();
    const now = clock.now();
    let entry = await store.claim(
      id,
      this.#options.instanceId,
      (owner) => (beats.get(owner)?.aliveUntil ?? 0) <= now,
    );
    if (entry === null) return;
    log.info("Sending broadcast {broadcastId}: {done} of {total} done", {
      broadcastId: id,
      done: entry.record.sent + entry.record.blocked + entry.record.failed,
      total: entry.record.total,
    });
    const t = this.#translator(entry.record);
    entry = await this.#showProgress(entry, t);
    let lastEdit = clock.now();
    while (entry !== null) {
      if (entry.record.stopRequested) {
        return await this.#end(entry, "stopped", t);
      }
      const page = await store.usersAfter(
        entry.record.cursor,
        this.#options.pageSize,
      );
      if (page.length === 0) return await this.#end(entry, "done", t);
      for (const user of page) {
        if (this.#stopping.signal.aborted) {
          await this.#pause(entry);
          return;
        }
        if (
          !isBroadcastRecipient(user) ||
          await this.#deps.excluded?.(user.id)
        ) {
          // Passed over in the next commit.
          entry = { ...entry, record: { ...entry.record, cursor: user.id } };
          continue;
        }
        entry = await this.#deliverTo(entry, user.id);
        if (entry === null || entry.record.stopRequested) break;
        if (clock.now() - lastEdit >= this.#options.progressEveryMs) {
          lastEdit = clock.now();
          await this.#editProgress(entry.record, t, true);
        }
      }
    }
  }

  /**
   * One recipient: the commit that names them pending (with the counts so
   * far), the message, and its outcome counted in memory for the next commit.
   *
   * @returns the entry to go on from; `null` when the broadcast went elsewhere
   */
  async #deliverTo(
    entry: BroadcastEntry,
    userId: number,
  ): Promise<BroadcastEntry | null> {
    if (!(await this.#pacer.take(this.#stopping.signal))) {
      return await this.#pause(entry);
    }
    const before = entry.record.cursor;
    const saved = await this.#save(entry, {
      ...entry.record,
      cursor: userId,
      pending: userId,
    });
    if (saved === null || saved.record.stopRequested) return saved;
    const outcome = await this.#send(saved.record, userId);
    if (outcome === "not_sent") {
      // Stopped while waiting out a 429: this one was never delivered.
      await this.#save(saved, {
        ...saved.record,
        cursor: before,
        pending: null,
      })
        .catch(() => {});
      return null;
    }
    this.#deps.metrics?.broadcastMessages.inc({ outcome });
    const record = { ...saved.record, pending: null };
    record[outcome]++;
    return { ...saved, record };
  }

  /** Send the broadcast to one user, waiting out 429s. */
  async #send(record: BroadcastRecord, userId: number): Promise<Delivery> {
    const { api, clock } = this.#deps;
    for (;;) {
      try {
        await api.sendMessage(userId, record.text, {
          // Stored as Telegram gave them, from the admin's message.
          entities: record.entities as MessageEntity[],
        });
        this.#failuresInARow = 0;
        return "sent";
      } catch (error) {
        const retryAfter = floodWait(error);
        if (retryAfter !== undefined) {
          this.#pacer.holdUntil(clock.now() + retryAfter * 1000);
          if (!(await this.#pacer.take(this.#stopping.signal))) {
            return "not_sent";
          }
          continue;
        }
        if (error instanceof GrammyError && error.error_code === 403) {
          await this.#deps.users.markBlocked(userId);
          return "blocked";
        }
        log.warn("A broadcast message failed: {error}", {
          broadcastId: record.id,
          userId,
          error: describeError(error),
        });
        // Telegram may be down: wait longer after each failure in a row.
        this.#pacer.holdUntil(
          clock.now() +
            exponentialDelay(this.#failuresInARow++, {
              baseMs: 500,
              maxMs: 60_000,
            }),
        );
        return "failed";
      }
    }
  }

  /**
   * Shutting down: record what was delivered since the last commit (nothing
   * is pending), so that whoever resumes counts nothing as uncertain.
   */
  async #pause(entry: BroadcastEntry): Promise<null> {
    await this.#save(entry, { ...entry.record, pending: null }).catch(() => {});
    return null;
  }

  /**
   * Save `record` over `entry`; when someone else wrote meanwhile (an admin's
   * Stop), take their `stopRequested` and save again.
   *
   * @returns the new entry, or `null` when the broadcast is no longer ours to send
   */
  async #save(
    entry: BroadcastEntry,
    record: BroadcastRecord,
  ): Promise<BroadcastEntry | null> {
    const { store } = this.#deps;
    for (;;) {
      const saved = await store.save(entry, record);
      if (saved !== null) return saved;
      const fresh = await store.get(record.id);
      const ours = fresh?.record.status === "sending" &&
        fresh.record.owner === this.#options.instanceId;
      if (!fresh || !ours) {
        log.warn("Lost broadcast {broadcastId} to another instance", {
          broadcastId: record.id,
        });
        return null;
      }
      entry = fresh;
      record = { ...record, stopRequested: fresh.record.stopRequested };
    }
  }

  /**
   * The progress message, sent the first time (and recorded); without it
   * (Telegram refused) the broadcast still goes out, and the report too.
   */
  async #showProgress(
    entry: BroadcastEntry,
    t: Translate,
  ): Promise<BroadcastEntry | null> {
    const { record } = entry;
    if (record.progressMessageId !== undefined) {
      await this.#editProgress(record, t, true);
      return entry;
    }
    for (;;) {
      if (!(await this.#pacer.take(this.#stopping.signal))) return null;
      try {
        const message = await this.#deps.api.sendMessage(
          record.adminId,
          broadcastProgressText(t, record),
          { reply_markup: broadcastStopKeyboard(t, record.id) },
        );
        return await this.#save(entry, {
          ...record,
          progressMessageId: message.message_id,
        });
      } catch (error) {
        const retryAfter = floodWait(error);
        if (retryAfter !== undefined) {
          this.#pacer.holdUntil(this.#deps.clock.now() + retryAfter * 1000);
          continue;
        }
        log.warn("Cannot show the broadcast's progress: {error}", {
          broadcastId: record.id,
          error: describeError(error),
        });
        return entry;
      }
    }
  }

  /** Edit the progress message (best effort: an edit that fails changes nothing). */
  async #editProgress(
    record: BroadcastRecord,
    t: Translate,
    withStop: boolean,
  ): Promise<void> {
    if (record.progressMessageId === undefined) return;
    await this.#pacer.take();
    try {
      await this.#deps.api.editMessageText(
        record.adminId,
        record.progressMessageId,
        broadcastProgressText(t, record),
        withStop
          ? { reply_markup: broadcastStopKeyboard(t, record.id) }
          : undefined,
      );
    } catch (error) {
      const retryAfter = floodWait(error);
      if (retryAfter !== undefined) {
        this.#pacer.holdUntil(this.#deps.clock.now() + retryAfter * 1000);
      } else if (!isRefusal(error, NOT_MODIFIED)) {
        log.warn("Cannot update the broadcast's progress: {error}", {
          broadcastId: record.id,
          error: describeError(error),
        });
      }
    }
  }

  /** Finish (done, or stopped): the record, the progress message a last time, the report. */
  async #end(
    entry: BroadcastEntry,
    status: "done" | "stopped",
    t: Translate,
  ): Promise<void> {
    const { store } = this.#deps;
    let current: BroadcastEntry | null = entry;
    let finished: BroadcastEntry | null = null;
    while (current !== null && finished === null) {
      finished = await store.finish(current, {
        ...current.record,
        status,
        pending: null,
      });
      if (finished === null) {
        // Someone wrote meanwhile (a Stop): merge it, as every save does.
        current = await this.#save(current, current.record);
      }
    }
    if (finished === null) return;
    const record = finished.record;
    await this.#editProgress(record, t, false);
    await this.#pacer.take();
    await this.#deps.api.sendMessage(
      record.adminId,
      broadcastReportText(t, record),
    ).catch((error) =>
      log.warn("Cannot send the broadcast's report: {error}", {
        broadcastId: record.id,
        error: describeError(error),
      })
    );
    log.info(
      "Broadcast {broadcastId} {status}: {sent} sent, {blocked} blocked, {failed} failed",
      {
        broadcastId: record.id,
        status,
        sent: record.sent,
        blocked: record.blocked,
        failed: record.failed,
      },
    );
  }

  #translator(record: BroadcastRecord): Translate {
    const { i18n } = this.#deps;
    return i18n.translator(
      i18n.isLocale(record.locale) ? record.locale : DEFAULT_LOCALE,
    );
  }
}

/** Telegram's `retry_after` in seconds for a 429, else `undefined`. */
function floodWait(error: unknown): number | undefined {
  if (!(error instanceof GrammyError) || error.error_code !== 429) {
    return undefined;
  }
  return error.parameters?.retry_after ?? 1;
}
