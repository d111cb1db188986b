/**
 * Runs durable enhancement jobs: a bounded number at once per instance, each
 * named with the instance that runs it; the instance renews one heartbeat,
 * and its jobs are taken over once that goes stale (a crash). A resumed
 * job edits the draft the dead worker left, skips parts it already sent, and
 * its history entry is keyed by the job id: the user gets one answer and one
 * history entry.
 *
 * Delivery keeps each crash window to one KV commit after a Telegram call:
 * the draft's id and every sent message are recorded by a blind commit
 * (`JobStore.recordDraft`, `recordSent`) that is the next thing done after
 * the call resolves; the ownership check runs before each send, and "typing…"
 * stops before the first part. See ARCHITECTURE, "Crash windows".
 *
 * @module
 */
import type { Api, RawApi } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Clock } from "../clock.ts";
import {
  type CategoryChoice,
  type CategoryId,
  DEFAULT_CATEGORY_ID,
  detectCategory,
  isCategoryChoice,
  resolveMaxTokens,
} from "../enhance/categories.ts";
import { needsClarification } from "../enhance/clarify.ts";
import {
  type EnhanceAnswer,
  enhancePrompt,
  type EnhanceResult,
} from "../enhance/enhancer.ts";
import { isPromptLanguage } from "../enhance/language.ts";
import type { Refinement } from "../enhance/prompt.ts";
import { BUTTON_ACTIONS, type RevisionAction } from "../enhance/refine.ts";
import { readSettings } from "../enhance/settings.ts";
import type { SessionStore } from "../storage/session_store.ts";
import { PENDING_TTL_MS } from "../storage/session_store.ts";
import { answerCategory, questionText, renderAnswer } from "../ui/answer.ts";
import { answerKeyboard, questionKeyboard } from "../ui/keyboards.ts";
import type { LlmProvider } from "../llm/provider.ts";
import { describeError, getLog } from "../logging.ts";
import type { HistoryStore } from "../storage/history_store.ts";
import {
  type AcceptOutcome,
  type AcceptRequest,
  DEFAULT_QUEUE_MAX,
  type EnhanceJob,
  type JobInput,
  type JobResult,
  type JobRevision,
  type JobStore,
  MAX_JOB_STRING_BYTES,
  type StoredAnswer,
  storedStringBytes,
  type TakeRetryOutcome,
  type UserJobs,
} from "../storage/job_store.ts";
import type { UserStore } from "../storage/user_store.ts";
import {
  type AnswerOverflow,
  type FinalText,
  type FinishOutcome,
  StreamingReply,
} from "../telegram/stream.ts";
import {
  type ResumeWaitingReport,
  resumeWaitingRetries,
} from "./retry_waits.ts";
import type { I18n, Translate } from "../ui/i18n.ts";
import { DEFAULT_LOCALE } from "../ui/locales.ts";
import { rejectionText } from "../ui/texts.ts";
import { within } from "../util/deadline.ts";
import { recordEnhancementStat } from "./stats.ts";
import {
  deliverInline,
  type MediaInput,
  type MediaPipeline,
} from "./media_input.ts";
import { CHAT_REFUSES, isRefusal } from "../telegram/errors.ts";
import type { Metrics } from "../metrics/metrics.ts";
import {
  NOOP_TRACING,
  type TraceParent,
  type Tracing,
} from "../metrics/tracing.ts";

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
/** Least time between two draft previews of one answer. */
export const DRAFT_INTERVAL_MS = 400;
/**
 * Draft previews one instance sends per second at most, all answers
 * together: past about 12 answers streaming at once, each one's previews
 * come less often. Every preview is a Bot API call, so this bounds the
 * calls (Telegram limits a bot's rate) and the CPU a burst spends on them.
 */
export const DRAFTS_PER_SECOND = 30;

/**
 * The least time between two draft previews of an answer while `streaming`
 * answers stream in this instance: {@linkcode DRAFT_INTERVAL_MS}, or longer
 * so that all of them together stay within {@linkcode DRAFTS_PER_SECOND}.
 */
export function draftInterval(streaming: number): number {
  return Math.max(DRAFT_INTERVAL_MS, (streaming * 1000) / DRAFTS_PER_SECOND);
}

/** What the runner needs. */
export interface EnhanceJobDeps {
  kv: Deno.Kv;
  jobs: JobStore;
  api: Api<RawApi>;
  llm: LlmProvider | null;
  history: HistoryStore;
  users: UserStore;
  /** Where answers' messages and waiting questions are kept, per chat. */
  sessions: SessionStore;
  clock: Clock;
  /** The answers' texts, in each job's language. */
  i18n: I18n;
  /** Voice notes, pictures, text files and inline requests (`job.media`). */
  media?: MediaPipeline;
  /** Where jobs are counted and timed. Default: nowhere. */
  metrics?: Metrics;
  /** Spans of the job runs. Default: none. */
  tracing?: Tracing;
}

/** Options of {@linkcode EnhanceJobRunner}. */
export interface EnhanceJobRunnerOptions {
  /** Identity of this process in job records and its heartbeat. */
  instanceId: string;
  /** Jobs running at once in this instance (LLM calls in flight). */
  concurrency: number;
  /** Runs a job may use up (crashes, failed runs) before it is given up with an apology. Default 3. */
  maxAttempts?: number;
  /** Prompts a user may have waiting behind the running one (QUEUE_MAX). Default 3. */
  queueMax?: number;
  /** Token limit of the LLM's answer per category (`config.llm.maxTokens`). Default `resolveMaxTokens()`. */
  maxTokens?: Readonly<Record<CategoryId, number>>;
  /** Sampling temperatures overriding the categories' own (`LLM_TEMPERATURE_BY_CATEGORY`). Default none. */
  temperatures?: Readonly<Partial<Record<CategoryId, number>>>;
  /**
   * Text messages one answer may take; a longer answer is cut there and also
   * sent whole as a file (`MAX_ANSWER_PARTS`). Default {@linkcode DEFAULT_MAX_ANSWER_PARTS}.
   */
  maxAnswerParts?: number;
  /** How often "typing…" is sent again while the answer is computed. Default 4500 ms. */
  typingRefreshMs?: number;
}

/** What a prompt is admitted with: see JobStore.accept. */
export type AcceptOptions =
  & Omit<AcceptRequest, "owner" | "now" | "queueMax" | "userId" | "input">
  & {
    /** Override of the queue's length (0: refuse while a job runs). */
    queueMax?: number;
  };

/** Thrown inside a job when it went to another worker: this one stops at once. */
class LeaseLostError extends Error {
  override readonly name = "LeaseLostError";
}

/** Accepts, runs and recovers enhancement jobs. */
export class EnhanceJobRunner {
  readonly #deps: EnhanceJobDeps;
  readonly #options: Required<EnhanceJobRunnerOptions>;
  /** Jobs submitted here that wait for a free slot. */
  readonly #queue: string[] = [];
  /** Jobs submitted or running here; a running one has the controller that stops it. */
  readonly #local = new Map<string, AbortController | null>();
  readonly #running = new Map<string, Promise<void>>();
  /** Jobs found on an instance whose heartbeat is stale: the owner they may be taken from. */
  readonly #orphans = new Map<string, string>();
  /** The trace of the update that asked for a job, while it waits to run here. */
  readonly #parents = new Map<string, TraceParent>();
  #beating: Promise<void> | undefined;
  /** Telegram refused `sendMessageDraft` here once: edited drafts from then on. */
  #draftsRefused = false;
  #beatTimer: ReturnType<typeof setInterval> | undefined;
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
      queueMax: options.queueMax ?? DEFAULT_QUEUE_MAX,
      maxTokens: options.maxTokens ?? resolveMaxTokens(),
      temperatures: options.temperatures ?? {},
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
   * Start this instance's heartbeat: one record renewed every third of the
   * lease. Its jobs are taken over by others only once it goes stale. Called
   * before any job is accepted here (accept awaits it too).
   */
  start(): Promise<void> {
    if (this.#beating) return this.#beating;
    const startedAt = this.#deps.clock.now();
    const beat = () =>
      this.#deps.jobs.beat(
        this.#options.instanceId,
        this.#deps.clock.now(),
        startedAt,
      );
    this.#beating = beat();
    const every = Math.max(50, this.#deps.jobs.leaseMs / 3);
    this.#beatTimer = setInterval(() => {
      beat().catch((error) =>
        log.warn("Cannot renew this instance's heartbeat: {error}", {
          error: describeError(error),
        })
      );
    }, every);
    return this.#beating;
  }

  /**
   * Admit a prompt in one read round and one commit (the update's claim, the
   * rate limits, the user's queue and the job: see JobStore.accept), and run
   * it here when it is the user's turn; a queued one runs when the job ahead
   * of it finishes.
   */
  async accept(
    userId: number,
    input: AcceptRequest["input"],
    options: AcceptOptions = {},
  ): Promise<AcceptOutcome> {
    await this.start();
    const outcome = await this.#deps.jobs.accept({
      ...options,
      userId,
      input,
      owner: this.#options.instanceId,
      now: this.#deps.clock.now(),
      queueMax: options.queueMax ?? this.#options.queueMax,
    });
    this.#countAccepted(outcome);
    if (outcome.ok && outcome.position === 0) {
      const parent = this.#tracing.current();
      if (parent) this.#parents.set(outcome.job.id, parent);
      this.submit(outcome.job.id);
    }
    return outcome;
  }

  #countAccepted(outcome: AcceptOutcome): void {
    const metrics = this.#deps.metrics;
    if (metrics === undefined) return;
    if (outcome.ok) {
      metrics.jobs.queued.inc({
        position: outcome.position === 0 ? "now" : "behind",
      });
    } else if (outcome.reason === "queue_full") {
      metrics.refusals.inc({ reason: "queue_full" });
    } else if (outcome.reason === "limited") {
      metrics.refusals.inc({ reason: outcome.refusal.limit });
    }
  }

  get #tracing(): Tracing {
    return this.#deps.tracing ?? NOOP_TRACING;
  }

  /**
   * Take the request job `jobId`'s retry button repeats, if `userId` asked it:
   * exactly one tap gets it, whatever instance it reaches.
   */
  takeRetry(jobId: string, userId: number): Promise<TakeRetryOutcome> {
    return this.#deps.jobs.takeRetry(jobId, userId);
  }

  /** Whether job `jobId`'s "Try again with AI" button still has its request. */
  hasRetry(jobId: string): Promise<boolean> {
    return this.#deps.jobs.hasRetry(jobId);
  }

  /** Put a taken retry back (it could not start), so the button works again. */
  restoreRetry(jobId: string, input: JobInput): Promise<void> {
    return this.#deps.jobs.rememberRetry(jobId, input);
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
  async resumeWaiting(
    admit: (userId: number) => Promise<boolean>,
  ): Promise<ResumeWaitingReport> {
    await this.start();
    return await resumeWaitingRetries({
      store: this.#deps.jobs,
      llm: this.#deps.llm,
      clock: this.#deps.clock,
      owner: this.#options.instanceId,
      submit: (jobId) => this.submit(jobId),
      admit,
    });
  }

  /**
   * Cancel every job of `userId`, running or queued (a ban, /forget): see
   * JobStore.cancelUser. A worker running one here or elsewhere stops before
   * its next message.
   */
  cancelUser(userId: number): Promise<number> {
    return this.#deps.jobs.cancelUser(userId);
  }

  /** Delete delivery records left by jobs that are gone (a cleanup sweep): see JobStore.sweepDeliveries. */
  sweepDeliveries(): Promise<number> {
    return this.#deps.jobs.sweepDeliveries();
  }

  /** The user's running job and queue, as stored (for /whois). */
  userJobs(userId: number): Promise<UserJobs> {
    return this.#deps.jobs.userJobs(userId);
  }

  /** Whether the user has a job in progress (anywhere), so a new request would wait. */
  async isBusy(userId: number): Promise<boolean> {
    return (await this.#deps.jobs.activeJobId(userId)) !== null;
  }

  /** Schedule a job id to run here when a slot is free (no-op when already scheduled). */
  submit(jobId: string): void {
    if (this.#stopped || this.#local.has(jobId)) return;
    this.#local.set(jobId, null);
    this.#queue.push(jobId);
    this.#pump();
  }

  /**
   * Take over every job that is free or whose instance's heartbeat is stale
   * (it died), and check again when the soonest live heartbeat, or the
   * soonest retry of a failed job, is due. Called at start and by cron.
   *
   * @returns how many jobs were taken over
   */
  async recover(): Promise<number> {
    await this.start();
    const { jobs, clock } = this.#deps;
    const me = this.#options.instanceId;
    const now = clock.now();
    const beats = await jobs.instances();
    let taken = 0;
    let soonest = Infinity;
    for await (const job of jobs.all()) {
      if (this.#local.has(job.id) || job.status === "queued") continue;
      if (job.owner === null) {
        const due = job.notBefore ?? 0;
        if (due > now) soonest = Math.min(soonest, due);
        else (this.submit(job.id), taken++);
        continue;
      }
      if (job.owner === me) {
        this.submit(job.id);
        continue;
      }
      const alive = beats.get(job.owner)?.aliveUntil ?? 0;
      if (alive > now) soonest = Math.min(soonest, alive);
      else {
        this.#orphans.set(job.id, job.owner);
        this.submit(job.id);
        taken++;
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
   * rest. Unfinished jobs keep their record and resume elsewhere once this
   * instance's heartbeat is stale; when everything finished, the heartbeat is
   * removed at once.
   */
  async stop(timeoutMs: number): Promise<boolean> {
    this.#stopped = true;
    clearTimeout(this.#recheck);
    for (const jobId of this.#queue.splice(0)) this.#local.delete(jobId);
    const done = await this.drain(timeoutMs);
    clearInterval(this.#beatTimer);
    this.#beatTimer = undefined;
    if (!done) {
      for (const controller of this.#local.values()) {
        controller?.abort(new LeaseLostError("Shutting down"));
      }
    } else if (this.#beating) {
      await this.#beating.catch(() => {});
      await this.#deps.jobs.retire(this.#options.instanceId).catch(() => {});
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
          this.#orphans.delete(jobId);
          this.#parents.delete(jobId);
          this.#pump();
        });
      this.#running.set(jobId, run);
    }
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

  /** One run of a job, in a span continuing the trace of the update that asked for it. */
  #run(jobId: string): Promise<void> {
    return this.#tracing.span(
      "job",
      { "job.id": jobId, "job.takeover": this.#orphans.has(jobId) },
      () => this.#timedRun(jobId),
      { parent: this.#parents.get(jobId) ?? null },
    );
  }

  async #timedRun(jobId: string): Promise<void> {
    const metrics = this.#deps.metrics;
    const started = performance.now();
    const outcome = await this.#runOnce(jobId).catch((error) => {
      metrics?.jobs.failed.inc({ reason: "error" });
      observe("failed");
      throw error;
    });
    function observe(what: "finished" | "failed") {
      metrics?.jobs.duration.observe(
        { outcome: what },
        (performance.now() - started) / 1000,
      );
    }
    if (outcome === "not_claimed") return;
    if (outcome === "finished") observe("finished");
    else {
      metrics?.jobs.failed.inc({ reason: outcome });
      observe("failed");
    }
  }

  /** @returns how the run ended, unless it threw (a failure tried again later) */
  async #runOnce(
    jobId: string,
  ): Promise<
    "finished" | "not_claimed" | "gave_up" | "refused" | "lease_lost"
  > {
    const { jobs, clock } = this.#deps;
    const me = this.#options.instanceId;
    const from = this.#orphans.get(jobId);
    const job = await jobs.claim(
      jobId,
      me,
      clock.now(),
      (owner) => owner === from,
    );
    if (job === null) return "not_claimed";
    const controller = new AbortController();
    this.#local.set(jobId, controller);
    const signal = controller.signal;
    const stopTyping = this.#keepTyping(job);
    try {
      if (job.attempts > this.#options.maxAttempts) {
        await this.#giveUp(job);
        return "gave_up";
      }
      const done = await this.#complete(job, signal, stopTyping);
      await this.#remember(done.job, done.delivery);
      return "finished";
    } catch (error) {
      if (error instanceof LeaseLostError || signal.aborted) {
        log.warn("Stopped a job: {reason}", {
          jobId,
          reason: describeError(signal.reason ?? error),
        });
        return "lease_lost";
      } else if (isFinalDeliveryError(error)) {
        // The chat refuses messages (bot blocked, chat gone, no rights): retrying cannot help.
        log.warn("Dropped a job: Telegram refused its answer: {error}", {
          jobId,
          error: describeError(error),
        });
        await this.#finish(job);
        return "refused";
      } else {
        // Tried again after a pause, here or elsewhere, up to maxAttempts runs.
        const retryAt = clock.now() + jobs.leaseMs;
        await jobs.release(jobId, me, retryAt);
        this.#scheduleRecheck(jobs.leaseMs);
        throw error;
      }
    } finally {
      stopTyping();
    }
  }

  /** End a job here and start its user's next one, if any, here too. */
  async #finish(job: EnhanceJob): Promise<void> {
    const { next } = await this.#deps.jobs.finish(
      job,
      this.#options.instanceId,
    );
    if (next !== null) this.submit(next);
  }

  /** Compute (unless a previous worker did) and deliver the answer. */
  async #complete(
    job: EnhanceJob,
    signal: AbortSignal,
    stopTyping: () => void,
  ): Promise<{ job: EnhanceJob; delivery: FinishOutcome }> {
    const { api, clock, jobs } = this.#deps;
    const { instanceId } = this.#options;
    const privateChat = job.chatId > 0;
    const reply = new StreamingReply(api, job.chatId, {
      clock,
      // Telegram allows about 20 messages a minute in a group: edit drafts there less often.
      editIntervalMs: privateChat
        ? PRIVATE_EDIT_INTERVAL_MS
        : GROUP_EDIT_INTERVAL_MS,
      draftIntervalMs: () => draftInterval(this.#running.size),
      replyTo: job.replyTo,
      threadId: job.threadId,
      draftMessageId: job.draftMessageId,
      // Private chats stream ephemeral drafts (Bot API 9.5) unless refused here before.
      drafts: privateChat && !this.#draftsRefused
        ? {
          draftId: draftIdOf(job.id),
          onDraftsRefused: () => {
            this.#draftsRefused = true;
            log.info(
              "Telegram refused sendMessageDraft: edited drafts instead",
            );
          },
        }
        : undefined,
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
    const inline = job.media?.kind === "inline";
    let asked = job.media?.transcript ?? job.prompt;
    if (result === undefined) {
      if (!inline) reply.thinking();
      // Media: what to enhance (a transcript, pictures, a file's text), or the answer instead.
      const input = job.media && this.#deps.media
        ? await this.#deps.media.prepare(job, {
          signal,
          t: this.#translator(job),
          save: async (media) => {
            await this.#patch(job, { media });
            job = { ...job, media };
          },
        })
        : undefined;
      if (input?.ok) asked = input.prompt || asked;
      const rough = input?.ok ? input.prompt : job.prompt;
      const request = this.#requestOf({
        ...job,
        prompt: rough || job.prompt,
        ...(input?.ok && input.category ? { category: input.category } : {}),
      });
      result = input?.ok === false ? input.result : toJobResult(
        await enhancePrompt(rough, { provider: this.#deps.llm }, {
          ...request,
          // Pictures and transcripts are answered as asked, never with questions first.
          ...(input?.ok
            ? {
              ...mediaOptions(input, job.locale),
              mode: "write" as const,
              clarify: "never" as const,
            }
            : {}),
          signal,
          onDelta: inline ? undefined : (chunk) => reply.push(chunk),
          onReset: () => reply.reset(),
        }),
      );
      // Kept only when it fits a KV value; otherwise a takeover recomputes it.
      stored = jobStringBytes(job) + storedStringBytes(result.body) +
          storedStringBytes(JSON.stringify(result.answer ?? null)) <=
        MAX_JOB_STRING_BYTES;
      if (stored) await this.#patch(job, { result });
    }
    if (inline) {
      // The message sent through the bot in another chat is edited; offline, it keeps its text.
      const delivery = await deliverInline(api, job, result);
      return { job: { ...job, prompt: asked, result }, delivery };
    }
    const t = this.#translator(job);
    const retry = result.source === "offline" &&
      result.reason === "unavailable";
    if (retry) await jobs.rememberRetry(job.id, retryInputOf(job));
    const final = this.#finalText(t, job, result, retry);
    // Nothing else is sent to the chat while the parts go out.
    stopTyping();
    const delivery = await reply.finish(final.text, {
      replyMarkup: final.keyboard,
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
        ? (count, messageId) => jobs.recordSent(job.id, count, messageId)
        : undefined,
    });
    return { job: { ...job, prompt: asked, result }, delivery };
  }

  /** What enhancePrompt is asked for a job: its settings, revision, questions' answers. */
  #requestOf(job: EnhanceJob) {
    const settings = readSettings({ ...job.settings, category: job.category });
    const category: CategoryChoice = isCategoryChoice(job.category)
      ? job.category
      : DEFAULT_CATEGORY_ID;
    const craft: CategoryId = category === "auto"
      ? detectCategory(job.prompt).category
      : category;
    const answered = (job.answers?.length ?? 0) > 0;
    // The AI asks first when told to, or (when vague) by the settings; the
    // offline enhancer decides from `clarify` itself.
    const ask = job.mode === "ask" ||
      (job.mode === undefined && !answered && job.revision === undefined &&
        (settings.clarify === "always" ||
          (settings.clarify === "auto" &&
            needsClarification(job.prompt, craft))));
    return {
      category,
      target: settings.target,
      length: settings.length,
      answerLanguage: settings.answerLanguage,
      mode: ask ? "ask" as const : "write" as const,
      clarify: answered || job.revision !== undefined
        ? "never" as const
        : job.mode === "ask"
        ? "always" as const
        : settings.clarify,
      answers: job.answers,
      previous: job.revision ? refinementOf(job.revision) : undefined,
      userLanguage: isPromptLanguage(job.locale) ? job.locale : undefined,
      maxTokens: this.#options.maxTokens[craft],
      temperature: this.#options.temperatures?.[craft],
    };
  }

  /** The messages of a result: the formatted answer, questions, or a refusal's words. */
  #finalText(
    t: Translate,
    job: EnhanceJob,
    result: JobResult,
    retry: boolean,
  ): { text: FinalText; keyboard?: InlineKeyboardMarkup } {
    const answer = result.answer;
    if (result.source === "rejected") {
      return { text: rejectionText(t, result.reason) };
    }
    if (answer?.kind === "questions" && answer.questions.length > 0) {
      return {
        text: questionText(t, answer.questions, 0),
        keyboard: questionKeyboard(t, job.id, answer.questions, 0),
      };
    }
    const context = {
      category: job.category,
      version: job.revision?.version ?? 1,
      action: job.revision?.action,
    };
    const rendered = renderAnswer(t, result, context);
    const category = answerCategory(result, job.category) ??
      DEFAULT_CATEGORY_ID;
    return {
      text: { parts: rendered.parts, file: rendered.file },
      keyboard: answerKeyboard(t, {
        jobId: job.id,
        prompt: rendered.prompt,
        category,
        target: answer?.kind === "prompt" ? answer.target : undefined,
        retry,
      }),
    };
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

  /**
   * Store history (keyed by job id: once) and which messages show the
   * answer, or the questions waiting for answers; count; end the job.
   */
  async #remember(job: EnhanceJob, delivery: FinishOutcome): Promise<void> {
    const { kv, history, users, clock, sessions } = this.#deps;
    const result = job.result!;
    this.#deps.metrics?.jobs.finished.inc({ source: result.source });
    if (result.source === "offline") {
      this.#deps.metrics?.jobs.offline.inc({ reason: result.reason ?? "" });
    }
    const messageIds = await this.#messageIds(job, delivery);
    const answer = result.answer;
    if (answer?.kind === "questions" && answer.questions.length > 0) {
      const messageId = messageIds.at(-1);
      if (messageId !== undefined) {
        const { mode: _, answers: __, tapKey: ___, ...request } = retryInputOf(
          job,
        );
        await sessions.changePending(job.chatId, job.userId, () => ({
          askId: job.id,
          messageId,
          request,
          questions: answer.questions,
          answers: [],
          expiresAt: clock.now() + PENDING_TTL_MS,
        }));
      }
    } else if (result.source !== "rejected") {
      const category = answerCategory(result, job.category) ?? job.category;
      const prompt = answer?.kind === "prompt" ? answer : undefined;
      await history.append(job.userId, {
        prompt: job.prompt,
        result: result.body,
        category,
        source: result.source,
        model: result.model,
        requestId: job.id,
        chatId: job.chatId,
        ...(prompt ? { target: prompt.target } : {}),
        ...(prompt && prompt.assumptions.length > 0
          ? { assumptions: prompt.assumptions }
          : {}),
        ...(prompt && prompt.placeholders.length > 0
          ? { placeholders: prompt.placeholders }
          : {}),
        ...(job.revision
          ? {
            version: job.revision.version,
            rootId: job.revision.rootId,
            parentId: job.revision.parentId,
            action: job.revision.action,
            ...(job.revision.action === "reply"
              ? { instruction: job.revision.instruction }
              : {}),
          }
          : {}),
      });
      await sessions.rememberAnswer(
        job.chatId,
        messageIds.filter((id): id is number => id !== undefined),
        { userId: job.userId, answerId: job.id },
      );
      // Counted once per job id, so a takeover after a crash does not count twice.
      const now = clock.now();
      const first = await recordEnhancementStat(kv, {
        source: result.source,
        userId: job.userId,
        now,
        requestId: job.id,
        answerMs: Math.max(0, now - job.createdAt),
        category: result.category ?? job.category,
        target: result.target,
      });
      if (first) await users.recordEnhancement(job.userId);
    }
    await this.#finish(job);
    log.info("Enhanced a prompt: {source}, {category}, {chars} chars", {
      userId: job.userId,
      jobId: job.id,
      source: result.source,
      category: job.category,
      chars: job.prompt.length,
      reason: result.reason,
      attempts: job.attempts,
      kind: answer?.kind ?? "prompt",
      version: job.revision?.version ?? 1,
      // "length": the model stopped at the token limit; the answer was still delivered.
      finishReason: result.finishReason,
      messages: delivery.messages,
      cut: delivery.cut,
    });
  }

  /** Ids of the answer's messages: sent in this run, or recorded by an earlier one. */
  async #messageIds(
    job: EnhanceJob,
    delivery: FinishOutcome,
  ): Promise<(number | undefined)[]> {
    const recorded = job.delivered > 0
      ? await this.#deps.jobs.sentMessageIds(job.id, job.delivered)
      : [];
    return Array.from(
      { length: delivery.messages },
      (_, i) => delivery.messageIds[i] ?? recorded[i],
    );
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
    await this.#finish(job);
  }

  #keepTyping(job: EnhanceJob): () => void {
    // An inline answer is in another chat, which the bot cannot type in.
    if (job.media?.kind === "inline") return () => {};
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
  const {
    id: _id,
    createdAt: _createdAt,
    status: _status,
    owner: _owner,
    notBefore: _notBefore,
    attempts: _attempts,
    draftMessageId: _draft,
    result: _result,
    delivered: _delivered,
    tapKey: _tap,
    ...input
  } = job;
  return input;
}

/** Bytes the strings of a job's input take in KV (an upper bound). */
function jobStringBytes(job: JobInput): number {
  return storedStringBytes(job.prompt) +
    storedStringBytes(job.revision?.previous ?? "") +
    storedStringBytes(job.revision?.instruction ?? "") +
    storedStringBytes(JSON.stringify(job.answers ?? []));
}

/** A non-zero 31-bit draft id for a job: the same on every instance, so a takeover animates the same draft. */
function draftIdOf(jobId: string): number {
  let hash = 0;
  for (const char of jobId) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return (hash & 0x7fffffff) || 1;
}

/** The enhancement options a media input adds. */
function mediaOptions(
  input: Extract<MediaInput, { ok: true }>,
  locale: string | undefined,
) {
  return {
    inputKind: input.inputKind,
    ...(input.images.length > 0 ? { images: input.images } : {}),
    ...(input.model === undefined ? {} : { model: input.model }),
    ...(isPromptLanguage(locale) ? { userLanguage: locale } : {}),
  };
}

/** What is stored for an enhancement result. */
export function toJobResult(result: EnhanceResult): JobResult {
  switch (result.source) {
    case "ai":
      return {
        source: "ai",
        body: bodyOf(result.answer, result.text),
        model: result.model,
        ...(result.finishReason === undefined
          ? {}
          : { finishReason: result.finishReason }),
        answer: storedAnswer(result.answer),
        ...writtenFor(result.answer),
      };
    case "offline":
      return {
        source: "offline",
        body: bodyOf(result.answer, result.text),
        reason: result.reason,
        answer: storedAnswer(result.answer),
        ...writtenFor(result.answer),
      };
    case "rejected":
      // The words come from the reason, in the user's language (rejectionText).
      return { source: "rejected", body: "", reason: result.reason };
  }
}

/** The text of an answer: the prompt alone, or the questions as a list. */
function bodyOf(answer: EnhanceAnswer, text: string): string {
  return answer.kind === "prompt" ? answer.prompt : text;
}

/** An answer as the job record keeps it (plain arrays, ids as strings). */
function storedAnswer(answer: EnhanceAnswer): StoredAnswer {
  if (answer.kind === "questions") {
    return {
      kind: "questions",
      category: answer.category,
      questions: answer.questions.map((q) => ({
        text: q.text,
        options: [...q.options],
        ...(q.id === undefined ? {} : { id: q.id }),
      })),
    };
  }
  return {
    kind: "prompt",
    assumptions: [...answer.notes.assumptions],
    placeholders: [...answer.notes.placeholders],
    category: answer.category,
    target: answer.target,
    ...(answer.translationNote
      ? { translationNote: answer.translationNote }
      : {}),
  };
}

/** The category and target an answer was written for. */
function writtenFor(
  answer: EnhanceAnswer,
): Pick<JobResult, "category" | "target"> {
  return answer.kind === "prompt"
    ? { category: answer.category, target: answer.target }
    : { category: answer.category };
}

/** Telegram refused for good: the bot was blocked, the chat is gone, or the bot may not write there. */
function isFinalDeliveryError(error: unknown): boolean {
  return isRefusal(error, CHAT_REFUSES);
}

/** What the enhancer gets of a revision job; an unknown action or source (a newer job's) is left out. */
function refinementOf(revision: JobRevision): Refinement {
  const action = (BUTTON_ACTIONS as readonly string[]).includes(revision.action)
    ? revision.action as RevisionAction
    : "reply";
  const source = revision.source === "ai" || revision.source === "offline"
    ? revision.source
    : undefined;
  return {
    prompt: revision.previous,
    instruction: revision.instruction,
    action,
    ...(source ? { source } : {}),
  };
}
