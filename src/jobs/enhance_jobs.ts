/**
 * Runs durable enhancement jobs: a bounded number at once per instance, each
 * under a renewed lease, resumable by another worker after a crash. A resumed
 * job edits the draft the dead worker left, skips parts it already sent, and
 * its history entry is keyed by the job id: the user gets one answer and one
 * history entry.
 *
 * Delivery keeps each crash window to one KV commit after a Telegram call:
 * the draft's id and every sent message are recorded by a blind commit
 * (`JobStore.recordDraft`, `recordSent`) that is the next thing done after
 * the call resolves; the lease check runs before each send, and "typing…"
 * stops before the first part. See ARCHITECTURE, "Crash windows".
 *
 * @module
 */
import type { Api, RawApi } from "grammy";
import type { Clock } from "../clock.ts";
import {
  type CategoryId,
  DEFAULT_CATEGORY_ID,
  isCategoryId,
  resolveMaxTokens,
} from "../enhance/categories.ts";
import { enhancePrompt, type EnhanceResult } from "../enhance/enhancer.ts";
import type { LlmProvider } from "../llm/provider.ts";
import { describeError, getLog } from "../logging.ts";
import type { HistoryStore } from "../storage/history_store.ts";
import {
  type BusyNote,
  type EnhanceJob,
  type JobInput,
  type JobResult,
  type JobStore,
  MAX_JOB_STRING_BYTES,
  storedStringBytes,
  type TakeRetryOutcome,
} from "../storage/job_store.ts";
import type { UserStore } from "../storage/user_store.ts";
import {
  type AnswerOverflow,
  type FinishOutcome,
  StreamingReply,
} from "../telegram/stream.ts";
import {
  type ResumeWaitingReport,
  resumeWaitingRetries,
} from "./retry_waits.ts";
import type { I18n, Translate } from "../ui/i18n.ts";
import { retryKeyboard } from "../ui/keyboards.ts";
import { DEFAULT_LOCALE } from "../ui/locales.ts";
import { jobResultText } from "../ui/texts.ts";
import { within } from "../util/deadline.ts";
import { recordEnhancementStat } from "./stats.ts";
import { CHAT_REFUSES, isRefusal } from "../telegram/errors.ts";

/** Jobs one instance runs at once by default (JOBS_CONCURRENCY). */
export const DEFAULT_JOBS_CONCURRENCY = 32;

const log = getLog("jobs");
const TYPING_REFRESH_MS = 4500;
/** Messages one answer may take by default (`MAX_ANSWER_PARTS`). */
export const DEFAULT_MAX_ANSWER_PARTS = 6;
/** Name of the file a cut answer comes in. */
export const ANSWER_FILENAME = "prompt.md";
const PRIVATE_EDIT_INTERVAL_MS = 1200;
const GROUP_EDIT_INTERVAL_MS = 3500;

/** What the runner needs. */
export interface EnhanceJobDeps {
  kv: Deno.Kv;
  jobs: JobStore;
  api: Api<RawApi>;
  llm: LlmProvider | null;
  history: HistoryStore;
  users: UserStore;
  clock: Clock;
  /** The answers' texts, in each job's language. */
  i18n: I18n;
}

/** Options of {@linkcode EnhanceJobRunner}. */
export interface EnhanceJobRunnerOptions {
  /** Identity of this process in leases. */
  instanceId: string;
  /** Jobs running at once in this instance (LLM calls in flight). */
  concurrency: number;
  /** Workers a job may use up (crashes, failed runs) before it is given up with an apology. Default 3. */
  maxAttempts?: number;
  /** Token limit of the LLM's answer per category (`config.llm.maxTokens`). Default `resolveMaxTokens()`. */
  maxTokens?: Readonly<Record<CategoryId, number>>;
  /**
   * Text messages one answer may take; a longer answer is cut there and also
   * sent whole as a file (`MAX_ANSWER_PARTS`). Default {@linkcode DEFAULT_MAX_ANSWER_PARTS}.
   */
  maxAnswerParts?: number;
  /** How often "typing…" is sent again while the answer is computed. Default 4500 ms. */
  typingRefreshMs?: number;
}

/** Outcome of {@linkcode EnhanceJobRunner.accept}. */
export type AcceptOutcome = { ok: true; jobId: string } | {
  ok: false;
  reason: "busy";
};

/** Thrown inside a job when its lease went to another worker: this one stops at once. */
class LeaseLostError extends Error {
  override readonly name = "LeaseLostError";
}

/** Accepts, runs and recovers enhancement jobs. */
export class EnhanceJobRunner {
  readonly #deps: EnhanceJobDeps;
  readonly #options: Required<EnhanceJobRunnerOptions>;
  readonly #queue: string[] = [];
  /**
   * Jobs queued or running here. A running job has the controller that stops
   * it; a queued one has `null` (it may still be leased to a dead worker).
   */
  readonly #local = new Map<string, AbortController | null>();
  readonly #running = new Map<string, Promise<void>>();
  #heartbeat: ReturnType<typeof setInterval> | undefined;
  #recheck: ReturnType<typeof setTimeout> | undefined;
  #stopped = false;

  constructor(deps: EnhanceJobDeps, options: EnhanceJobRunnerOptions) {
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
      throw new RangeError(
        `Cannot create job runner: concurrency must be a positive integer, got ${options.concurrency}`,
      );
    }
    const maxAnswerParts = options.maxAnswerParts ?? DEFAULT_MAX_ANSWER_PARTS;
    if (!Number.isInteger(maxAnswerParts) || maxAnswerParts < 1) {
      throw new RangeError(
        `Cannot create job runner: maxAnswerParts must be a positive integer, got ${maxAnswerParts}`,
      );
    }
    this.#deps = deps;
    this.#options = {
      ...options,
      // `??`, not a spread of defaults: an option passed as undefined takes the default.
      maxAttempts: options.maxAttempts ?? 3,
      maxTokens: options.maxTokens ?? resolveMaxTokens(),
      typingRefreshMs: options.typingRefreshMs ?? TYPING_REFRESH_MS,
      maxAnswerParts,
    };
  }

  /** Jobs running in this instance now. */
  get running(): number {
    return this.#running.size;
  }

  /** Jobs waiting for a free slot in this instance. */
  get waiting(): number {
    return this.#queue.length;
  }

  /**
   * Write the job to KV (before any LLM work) and schedule it here.
   * A user with a job in progress gets `busy`: one job per user at a time.
   */
  async accept(input: JobInput): Promise<AcceptOutcome> {
    const created = await this.#deps.jobs.create(
      input,
      this.#options.instanceId,
      this.#deps.clock.now(),
    );
    if (!created.ok) return { ok: false, reason: "busy" };
    this.submit(created.job.id);
    return { ok: true, jobId: created.job.id };
  }

  /**
   * Take the request job `jobId`'s retry button repeats, if `userId` asked it:
   * exactly one tap gets it, whatever instance it reaches.
   */
  takeRetry(jobId: string, userId: number): Promise<TakeRetryOutcome> {
    return this.#deps.jobs.takeRetry(jobId, userId);
  }

  /** Put a taken retry back (it could not start), so the button works again. */
  restoreRetry(jobId: string, input: JobInput): Promise<void> {
    return this.#deps.jobs.rememberRetry(jobId, input);
  }

  /**
   * Whether the user has a job in progress (anywhere) and, if so, whether this
   * refusal is the one that tells them: once per job, see JobStore.noteBusy.
   */
  noteBusy(userId: number): Promise<BusyNote> {
    return this.#deps.jobs.noteBusy(userId);
  }

  /**
   * Put a taken retry back and have `start` run by itself once the AI is
   * back: see JobStore.waitForAi and retry_waits.ts.
   */
  waitForAi(jobId: string, retry: JobInput, start: JobInput): Promise<void> {
    return this.#deps.jobs.waitForAi(
      jobId,
      retry,
      start,
      this.#deps.clock.now(),
    );
  }

  /**
   * Start the retries waiting for the AI here, if it can be tried now; each
   * is counted by `admit` first. See resumeWaitingRetries.
   */
  resumeWaiting(
    admit: (userId: number) => Promise<boolean>,
  ): Promise<ResumeWaitingReport> {
    return resumeWaitingRetries({
      store: this.#deps.jobs,
      llm: this.#deps.llm,
      clock: this.#deps.clock,
      owner: this.#options.instanceId,
      submit: (jobId) => this.submit(jobId),
      admit,
    });
  }

  /** Whether the user has a job in progress (anywhere), so a new request would be refused. */
  async isBusy(userId: number): Promise<boolean> {
    return (await this.#deps.jobs.activeJobId(userId)) !== null;
  }

  /** Schedule a job id to run here when a slot is free (no-op when already scheduled). */
  submit(jobId: string): void {
    if (this.#stopped || this.#local.has(jobId)) return;
    this.#local.set(jobId, null);
    this.#queue.push(jobId);
    this.#startHeartbeat();
    this.#pump();
  }

  /**
   * Take over every job whose lease ran out (its worker died or failed), and
   * check again when the soonest lease held elsewhere runs out. Called at
   * start and by cron.
   *
   * @returns how many jobs were taken over
   */
  async recover(): Promise<number> {
    const now = this.#deps.clock.now();
    let taken = 0;
    let soonest = Infinity;
    for await (const job of this.#deps.jobs.all()) {
      if (this.#local.has(job.id)) continue;
      if (job.lease.until <= now) {
        this.submit(job.id);
        taken++;
      } else if (job.lease.owner !== this.#options.instanceId) {
        soonest = Math.min(soonest, job.lease.until);
      }
    }
    this.#scheduleRecheck(soonest - now);
    if (taken > 0) {
      log.info("Took over {count} abandoned jobs", { count: taken });
    }
    return taken;
  }

  /**
   * Stop taking work; wait for running jobs up to `timeoutMs`, then stop the
   * rest. Unfinished jobs keep their record and resume elsewhere once their
   * lease runs out.
   */
  async stop(timeoutMs: number): Promise<boolean> {
    this.#stopped = true;
    clearTimeout(this.#recheck);
    for (const jobId of this.#queue.splice(0)) this.#local.delete(jobId);
    const done = await this.drain(timeoutMs);
    this.#stopHeartbeat();
    if (!done) {
      for (const controller of this.#local.values()) {
        controller?.abort(new LeaseLostError("Shutting down"));
      }
    }
    return done;
  }

  /** Resolve when no job runs here, or after `timeoutMs`; true when idle. */
  async drain(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.#running.size > 0 || this.#queue.length > 0) {
      const running = Promise.all([...this.#running.values()]);
      const idle = await within(
        running.then(() => true),
        deadline - Date.now(),
      );
      if (!idle) return false;
    }
    return true;
  }

  #pump(): void {
    while (
      this.#running.size < this.#options.concurrency && this.#queue.length > 0
    ) {
      const jobId = this.#queue.shift()!;
      const run = this.#run(jobId)
        .catch((error) =>
          log.error("Job failed: {error}", {
            jobId,
            error: describeError(error),
          })
        )
        .finally(() => {
          this.#running.delete(jobId);
          this.#local.delete(jobId);
          if (this.#local.size === 0) this.#stopHeartbeat();
          this.#pump();
        });
      this.#running.set(jobId, run);
    }
  }

  /**
   * Renew the lease of every job queued or running here, so a job waiting for
   * a slot is not taken over; a job whose lease went elsewhere is stopped.
   */
  #startHeartbeat(): void {
    if (this.#heartbeat !== undefined) return;
    const every = Math.max(50, this.#deps.jobs.leaseMs / 3);
    this.#heartbeat = setInterval(() => {
      for (const [jobId, controller] of this.#local) {
        this.#deps.jobs.renew(
          jobId,
          this.#options.instanceId,
          this.#deps.clock.now(),
        )
          .then((job) => {
            // Only a job this worker claimed can lose its lease; a queued one
            // may not be ours yet (a recovered job still names the dead worker).
            if (job === null) {
              controller?.abort(
                new LeaseLostError(`Lost the lease of job ${jobId}`),
              );
            }
          })
          .catch((error) =>
            log.warn("Cannot renew a job lease: {error}", {
              jobId,
              error: describeError(error),
            })
          );
      }
    }, every);
  }

  #stopHeartbeat(): void {
    clearInterval(this.#heartbeat);
    this.#heartbeat = undefined;
  }

  #scheduleRecheck(inMs: number): void {
    clearTimeout(this.#recheck);
    if (this.#stopped || !Number.isFinite(inMs)) return;
    this.#recheck = setTimeout(() => {
      this.recover().catch((error) =>
        log.error("Job recovery failed: {error}", {
          error: describeError(error),
        })
      );
    }, Math.max(0, inMs) + 50);
  }

  async #run(jobId: string): Promise<void> {
    const { jobs, clock } = this.#deps;
    const job = await jobs.claim(jobId, this.#options.instanceId, clock.now());
    if (job === null) return;
    const controller = new AbortController();
    this.#local.set(jobId, controller);
    const signal = controller.signal;
    const stopTyping = this.#keepTyping(job);
    try {
      if (job.attempts > this.#options.maxAttempts) await this.#giveUp(job);
      else {
        const done = await this.#complete(job, signal, stopTyping);
        await this.#remember(done.job, done.delivery);
      }
    } catch (error) {
      if (error instanceof LeaseLostError || signal.aborted) {
        log.warn("Stopped a job: {reason}", {
          jobId,
          reason: describeError(signal.reason ?? error),
        });
      } else if (isFinalDeliveryError(error)) {
        // The chat refuses messages (bot blocked, chat gone, no rights): retrying cannot help.
        log.warn("Dropped a job: Telegram refused its answer: {error}", {
          jobId,
          error: describeError(error),
        });
        await jobs.finish(job, this.#options.instanceId);
      } else throw error; // the lease runs out and the job is retried, up to maxAttempts
    } finally {
      stopTyping();
    }
  }

  /** Compute (unless a previous worker did) and deliver the answer. */
  async #complete(
    job: EnhanceJob,
    signal: AbortSignal,
    stopTyping: () => void,
  ): Promise<{ job: EnhanceJob; delivery: FinishOutcome }> {
    const { api, clock, jobs } = this.#deps;
    const { instanceId } = this.#options;
    const reply = new StreamingReply(api, job.chatId, {
      clock,
      // Telegram allows about 20 messages a minute in a group: edit drafts there less often.
      editIntervalMs: job.chatId < 0
        ? GROUP_EDIT_INTERVAL_MS
        : PRIVATE_EDIT_INTERVAL_MS,
      replyTo: job.replyTo,
      threadId: job.threadId,
      draftMessageId: job.draftMessageId,
      // One blind commit, the first thing after the draft is sent.
      onDraftCreated: async (id) => {
        await jobs.recordDraft(job.id, id);
      },
      onDraftError: (error) =>
        log.warn("Cannot show the draft: {error}", {
          jobId: job.id,
          error: describeError(error),
        }),
    });
    let result = job.result;
    let stored = result !== undefined;
    if (result === undefined) {
      const category: CategoryId = isCategoryId(job.category)
        ? job.category
        : DEFAULT_CATEGORY_ID;
      const outcome = await enhancePrompt(job.prompt, {
        provider: this.#deps.llm,
      }, {
        category,
        maxTokens: this.#options.maxTokens[category],
        signal,
        onDelta: (chunk) => reply.push(chunk),
        onReset: () => reply.reset(),
      });
      result = toJobResult(outcome);
      // Kept only when it fits a KV value; otherwise a takeover recomputes it.
      stored = storedStringBytes(job.prompt) + storedStringBytes(result.body) <=
        MAX_JOB_STRING_BYTES;
      if (stored) await this.#patch(job, { result });
    }
    const t = this.#translator(job);
    const keyboard =
      result.source === "offline" && result.reason === "unavailable"
        ? retryKeyboard(t, job.id)
        : undefined;
    if (keyboard) await jobs.rememberRetry(job.id, retryInputOf(job));
    // Nothing else is sent to the chat while the parts go out.
    stopTyping();
    const delivery = await reply.finish(jobResultText(t, result), {
      replyMarkup: keyboard,
      overflow: this.#overflow(t),
      // Parts already sent belong to the stored answer; an unstored one is sent whole again.
      delivered: stored ? job.delivered : 0,
      beforeSend: async () => {
        signal.throwIfAborted();
        if (!await jobs.holds(job.id, instanceId)) {
          throw new LeaseLostError(`Lost the lease of job ${job.id}`);
        }
      },
      // The record of a send: one blind commit, the next thing after the call resolves.
      onDelivered: stored
        ? (count) => jobs.recordSent(job.id, count)
        : undefined,
    });
    return { job: { ...job, result }, delivery };
  }

  #overflow(t: Translate): AnswerOverflow {
    const maxParts = this.#options.maxAnswerParts;
    return {
      maxParts,
      filename: ANSWER_FILENAME,
      caption: t("answer-cut-caption", { parts: maxParts }),
    };
  }

  /** The texts of the language the job was asked in (English for jobs from before languages). */
  #translator(job: JobInput): Translate {
    const { i18n } = this.#deps;
    return i18n.translator(
      job.locale !== undefined && i18n.isLocale(job.locale)
        ? job.locale
        : DEFAULT_LOCALE,
    );
  }

  /** Write to a job this worker holds; a lost lease stops the work. */
  async #patch(
    job: EnhanceJob,
    patch: Parameters<JobStore["patch"]>[2],
  ): Promise<void> {
    const saved = await this.#deps.jobs.patch(
      job.id,
      this.#options.instanceId,
      patch,
    );
    if (saved === null) {
      throw new LeaseLostError(`Lost the lease of job ${job.id}`);
    }
  }

  /** Store history (keyed by job id: once), count, end the job. */
  async #remember(job: EnhanceJob, delivery: FinishOutcome): Promise<void> {
    const { kv, history, users, jobs, clock } = this.#deps;
    const result = job.result!;
    if (result.source !== "rejected") {
      await history.append(job.userId, {
        prompt: job.prompt,
        result: result.body,
        category: job.category,
        source: result.source,
        model: result.model,
        requestId: job.id,
      });
      // Counted once per job id, so a takeover after a crash does not count twice.
      const first = await recordEnhancementStat(kv, {
        source: result.source,
        userId: job.userId,
        now: clock.now(),
        requestId: job.id,
      });
      if (first) await users.recordEnhancement(job.userId);
    }
    await jobs.finish(job, this.#options.instanceId);
    log.info("Enhanced a prompt: {source}, {category}, {chars} chars", {
      userId: job.userId,
      jobId: job.id,
      source: result.source,
      category: job.category,
      chars: job.prompt.length,
      reason: result.reason,
      attempts: job.attempts,
      // "length": the model stopped at the token limit; the answer was still delivered.
      finishReason: result.finishReason,
      messages: delivery.messages,
      cut: delivery.cut,
    });
  }

  async #giveUp(job: EnhanceJob): Promise<void> {
    log.error("Gave up a job after {attempts} attempts", {
      jobId: job.id,
      userId: job.userId,
      attempts: job.attempts,
    });
    await this.#deps.api.sendMessage(
      job.chatId,
      this.#translator(job)("job-gave-up"),
      { message_thread_id: job.threadId },
    ).catch(() => {});
    await this.#deps.jobs.finish(job, this.#options.instanceId);
  }

  #keepTyping(job: EnhanceJob): () => void {
    const send = () =>
      this.#deps.api.sendChatAction(job.chatId, "typing", {
        message_thread_id: job.threadId,
      }).catch(() => {});
    send();
    const timer = setInterval(send, this.#options.typingRefreshMs);
    return () => clearInterval(timer);
  }
}

/** What a job asked, without where it stood in its run. */
function retryInputOf(job: EnhanceJob): JobInput {
  const { userId, chatId, prompt, category, replyTo, threadId, locale } = job;
  return { userId, chatId, prompt, category, replyTo, threadId, locale };
}

/** What is stored for an enhancement result. */
export function toJobResult(result: EnhanceResult): JobResult {
  switch (result.source) {
    case "ai":
      return {
        source: "ai",
        body: result.text,
        model: result.model,
        ...(result.finishReason === undefined
          ? {}
          : { finishReason: result.finishReason }),
      };
    case "offline":
      return { source: "offline", body: result.text, reason: result.reason };
    case "rejected":
      // The words come from the reason, in the user's language (jobResultText).
      return { source: "rejected", body: "", reason: result.reason };
  }
}

/** Telegram refused for good: the bot was blocked, the chat is gone, or the bot may not write there. */
function isFinalDeliveryError(error: unknown): boolean {
  return isRefusal(error, CHAT_REFUSES);
}
