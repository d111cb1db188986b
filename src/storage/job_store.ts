/**
 * Durable enhancement jobs in Deno KV. A job is written before any LLM work
 * starts and carries a lease; whoever holds the lease works on it, and when the
 * holder dies the lease runs out and another worker (this process after a
 * restart, or another instance's sweep) takes the job over. Built on plain KV
 * reads and atomic commits, not KV queues (Deno Deploy and KV Connect lack them).
 *
 * @module
 */
import { type CommitRetryOptions, commitWithRetry } from "./atomic.ts";
import {
  JOB_PREFIX,
  jobActiveKey,
  jobBusyNoticeKey,
  jobDraftKey,
  jobKey,
  jobSentKey,
  RETRY_WAIT_PREFIX,
  retryKey,
  retryWaitKey,
} from "./keys.ts";
import { DAY_MS } from "../util/durations.ts";

/** How long a job stays with a worker that stopped renewing it, by default (JOB_LEASE_MS). */
export const DEFAULT_JOB_LEASE_MS = 30_000;

/** The answer of a job once computed, kept so a takeover does not ask the LLM again. */
export interface JobResult {
  source: "ai" | "offline" | "rejected";
  /** The enhanced prompt (ai, offline) or the explanation (rejected); what history stores. */
  body: string;
  model?: string;
  /** Why the answer is offline or rejected, when it is. */
  reason?: string;
  /** Why the model stopped (`"length"`: at the token limit), when it said. */
  finishReason?: string;
}

/** Where and what a job answers. */
export interface JobInput {
  userId: number;
  chatId: number;
  prompt: string;
  category: string;
  /** Message to reply to (groups). */
  replyTo?: number;
  /** Forum topic. */
  threadId?: number;
  /** The interface language of the asker, for the answer's texts; absent in jobs of earlier versions. */
  locale?: string;
}

/** A stored job. */
export interface EnhanceJob extends JobInput {
  id: string;
  createdAt: number;
  /** Workers that started it so far; a job that keeps killing its worker is given up. */
  attempts: number;
  lease: { owner: string; until: number };
  /**
   * The streaming draft message, reused by a takeover instead of sending a
   * second one. As read by `get` and `claim`: the job's own field or the id
   * {@linkcode JobStore.recordDraft} stored.
   */
  draftMessageId?: number;
  result?: JobResult;
  /**
   * Messages of the final answer confirmed sent. As read by `get` and
   * `claim`: the larger of the job's own field and the count
   * {@linkcode JobStore.recordSent} stored.
   */
  delivered: number;
}

/**
 * Bytes a job's strings may take in KV before its result is left out (and
 * recomputed after a takeover); KV's limit for a value is 64 KiB.
 */
export const MAX_JOB_STRING_BYTES = 56_000;

/**
 * Upper bound of the bytes V8 uses to store `text` in a KV value: one byte per
 * UTF-16 code unit when every unit is Latin-1, two otherwise.
 */
export function storedStringBytes(text: string): number {
  // deno-lint-ignore no-control-regex
  return /^[\u0000-\u00ff]*$/.test(text) ? text.length : text.length * 2;
}

/** How long a "Try again with AI" button works: a day. */
export const RETRY_TTL_MS = DAY_MS;

/** How long a retry asked for while the AI was down waits for it to come back: an hour. */
export const RETRY_WAIT_TTL_MS = 60 * 60 * 1000;

/** A retry waiting for the AI: see {@linkcode JobStore.waitForAi}. */
export interface RetryWait {
  /** The request to start: the retry's, replying to the message of its button. */
  input: JobInput;
  /** When the user asked. */
  since: number;
  /** When it stops waiting (ms since the epoch); KV's expiry only frees space. */
  until: number;
}

/** Outcome of {@linkcode JobStore.startWaiting}. */
export type StartWaitingOutcome =
  | { ok: true; job: EnhanceJob }
  | { ok: false; reason: "gone" | "expired" | "busy" };

/** Outcome of {@linkcode JobStore.takeRetry}. */
export type TakeRetryOutcome =
  | { ok: true; input: JobInput }
  | { ok: false; reason: "expired" | "not_yours" };

/**
 * How long the note that a user was told "still working" is kept at most;
 * it is deleted with its job, and names the job, so this only frees space.
 */
export const BUSY_NOTICE_TTL_MS = DAY_MS;

/**
 * Outcome of {@linkcode JobStore.noteBusy}: whether the user has a job in
 * progress and, if so, whether this call is the one that tells them.
 */
export type BusyNote =
  | { busy: false }
  | { busy: true; jobId: string; notify: boolean };

/** Outcome of {@linkcode JobStore.create}. */
export type CreateJobOutcome =
  | { ok: true; job: EnhanceJob }
  | { ok: false; reason: "busy"; activeJobId: string };

/** Options of {@linkcode JobStore}. */
export interface JobStoreOptions extends CommitRetryOptions {
  /** How long a lease lasts without renewal, in milliseconds. */
  leaseMs: number;
}

/** Durable enhancement jobs, one in progress per user. */
export class JobStore {
  readonly #kv: Deno.Kv;
  readonly #options: JobStoreOptions;

  constructor(kv: Deno.Kv, options: JobStoreOptions) {
    if (!(options.leaseMs > 0)) {
      throw new RangeError(
        `Cannot create job store: leaseMs must be positive, got ${options.leaseMs}`,
      );
    }
    this.#kv = kv;
    this.#options = options;
  }

  /** How long a lease lasts. */
  get leaseMs(): number {
    return this.#options.leaseMs;
  }

  /**
   * Write a new job leased to `owner`, unless the user already has one in
   * progress; both keys change in one atomic commit.
   */
  async create(
    input: JobInput,
    owner: string,
    now: number,
  ): Promise<CreateJobOutcome> {
    const kv = this.#kv;
    return await commitWithRetry<CreateJobOutcome>(async () => {
      const active = await kv.get<string>(jobActiveKey(input.userId));
      if (active.value !== null) {
        const existing = await kv.get<EnhanceJob>(jobKey(active.value));
        if (existing.value !== null) {
          return {
            op: null,
            result: { ok: false, reason: "busy", activeJobId: active.value },
          };
        }
      }
      const job = this.#newJob(input, owner, now);
      const op = this.#createOp(job, active);
      return { op, result: { ok: true, job } };
    }, this.#options);
  }

  #newJob(input: JobInput, owner: string, now: number): EnhanceJob {
    return {
      ...input,
      id: crypto.randomUUID(),
      createdAt: now,
      attempts: 1,
      lease: { owner, until: now + this.#options.leaseMs },
      delivered: 0,
    };
  }

  /** Writes a new job and its marker, if the marker is still as read. */
  #createOp(
    job: EnhanceJob,
    active: Deno.KvEntryMaybe<string>,
  ): Deno.AtomicOperation {
    return this.#kv.atomic()
      .check(active)
      .check({ key: jobKey(job.id), versionstamp: null })
      .set(jobKey(job.id), job)
      .set(jobActiveKey(job.userId), job.id);
  }

  /**
   * Whether the user has a job in progress and, if so, claim the one notice
   * about it: `notify` is true for exactly one caller per job, across
   * instances (the note is written with `check()`), so a burst of messages
   * while a job runs gets one "still working" and the rest a reaction.
   *
   * Costs what {@linkcode activeJobId} costs (one `getMany` of the marker
   * and the note, then the job), plus one commit only for the first notice.
   */
  async noteBusy(userId: number): Promise<BusyNote> {
    const kv = this.#kv;
    return await commitWithRetry<BusyNote>(async () => {
      const [active, note] = await kv.getMany<[string, string]>([
        jobActiveKey(userId),
        jobBusyNoticeKey(userId),
      ]);
      const jobId = active.value;
      if (jobId === null || (await this.get(jobId)) === null) {
        return { op: null, result: { busy: false } };
      }
      if (note.value === jobId) {
        return { op: null, result: { busy: true, jobId, notify: false } };
      }
      // check(): of many refusals at once, only the one that commits tells the user.
      const op = kv.atomic().check(active).check(note).set(
        jobBusyNoticeKey(userId),
        jobId,
        { expireIn: BUSY_NOTICE_TTL_MS },
      );
      return { op, result: { busy: true, jobId, notify: true } };
    }, this.#options);
  }

  /** Id of the user's job in progress, or `null`. A hint: a job may finish right after. */
  async activeJobId(userId: number): Promise<string | null> {
    const active = await this.#kv.get<string>(jobActiveKey(userId));
    if (active.value === null) return null;
    return (await this.get(active.value)) === null ? null : active.value;
  }

  /** The job with what it delivered so far, or `null` when it is finished or unknown. */
  async get(jobId: string): Promise<EnhanceJob | null> {
    const job = (await this.#kv.get<EnhanceJob>(jobKey(jobId))).value;
    return job === null ? null : await this.#withDelivery(job);
  }

  /**
   * Record the draft message a job just sent, in ONE commit and without a
   * read, so that the time between Telegram accepting the draft and this
   * record lasting is as short as it can be. The first draft recorded stays:
   * a worker that lost the lease cannot replace it.
   *
   * @returns false when a draft of this job was recorded before
   */
  async recordDraft(jobId: string, messageId: number): Promise<boolean> {
    const key = jobDraftKey(jobId);
    const { ok } = await this.#kv.atomic()
      .check({ key, versionstamp: null })
      .set(key, messageId)
      .commit();
    return ok;
  }

  /**
   * Record that the first `count` messages of a job's answer were sent: ONE
   * commit, no read, no check that can fail (KV's `max`), so it lands right
   * after the Telegram call it records, even while the job's lease is being
   * renewed, and a late or repeated record never lowers the count.
   */
  async recordSent(jobId: string, count: number): Promise<void> {
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(
        `Cannot record sent messages: count must be a non-negative integer, got ${count}`,
      );
    }
    await this.#kv.atomic().max(jobSentKey(jobId), BigInt(count)).commit();
  }

  /** Whether `owner` still holds the job's lease (a read; never between a send and its record). */
  async holds(jobId: string, owner: string): Promise<boolean> {
    const job = (await this.#kv.get<EnhanceJob>(jobKey(jobId))).value;
    return job !== null && job.lease.owner === owner;
  }

  /**
   * Take the lease of a job that is free (expired) or already `owner`'s. Taking
   * an expired lease counts an attempt, whoever held it: a job whose worker
   * keeps failing is given up after a few, even within one process.
   *
   * @returns the job as leased, or `null` when it is finished or someone else holds it
   */
  async claim(
    jobId: string,
    owner: string,
    now: number,
  ): Promise<EnhanceJob | null> {
    const claimed = await this.#change(jobId, (job) => {
      const expired = job.lease.until <= now;
      if (job.lease.owner !== owner && !expired) return null;
      return {
        ...job,
        attempts: expired ? job.attempts + 1 : job.attempts,
        lease: { owner, until: now + this.#options.leaseMs },
      };
    });
    return claimed === null ? null : await this.#withDelivery(claimed);
  }

  /** Extend `owner`'s lease; `null` when the lease was lost. */
  async renew(
    jobId: string,
    owner: string,
    now: number,
  ): Promise<EnhanceJob | null> {
    return await this.#change(
      jobId,
      (job) =>
        job.lease.owner === owner
          ? { ...job, lease: { owner, until: now + this.#options.leaseMs } }
          : null,
    );
  }

  /** Change a job `owner` holds; `null` when the lease was lost or the job is gone. */
  async patch(
    jobId: string,
    owner: string,
    patch: Partial<Pick<EnhanceJob, "draftMessageId" | "result" | "delivered">>,
  ) {
    return await this.#change(
      jobId,
      (job) => (job.lease.owner === owner ? { ...job, ...patch } : null),
    );
  }

  /**
   * Delete a finished job, the user's in-progress marker and the note that
   * they were told about it, together, if `owner` still holds the job's lease.
   *
   * @returns false when the job is gone or leased to someone else
   */
  async finish(job: EnhanceJob, owner: string): Promise<boolean> {
    const kv = this.#kv;
    return await commitWithRetry(async () => {
      const [entry, active, note] = await kv.getMany<
        [EnhanceJob, string, string]
      >([
        jobKey(job.id),
        jobActiveKey(job.userId),
        jobBusyNoticeKey(job.userId),
      ]);
      if (entry.value === null || entry.value.lease.owner !== owner) {
        return { op: null, result: false };
      }
      const op = kv.atomic().check(entry).delete(jobKey(job.id))
        .delete(jobDraftKey(job.id)).delete(jobSentKey(job.id));
      if (active.value === job.id) {
        op.check(active).delete(jobActiveKey(job.userId));
      }
      if (note.value === job.id) {
        op.check(note).delete(jobBusyNoticeKey(job.userId));
      }
      return { op, result: true };
    }, this.#options);
  }

  /** Keep what job `jobId` asked, so its "Try again with AI" button can repeat exactly that. */
  async rememberRetry(jobId: string, input: JobInput): Promise<void> {
    await this.#kv.set(retryKey(jobId), input, { expireIn: RETRY_TTL_MS });
  }

  /**
   * Consume the request a retry button repeats, if `userId` asked it: read and
   * delete in one checked commit, so two taps (or two instances) never both
   * get it.
   */
  async takeRetry(jobId: string, userId: number): Promise<TakeRetryOutcome> {
    const kv = this.#kv;
    return await commitWithRetry<TakeRetryOutcome>(async () => {
      const entry = await kv.get<JobInput>(retryKey(jobId));
      if (entry.value === null) {
        return { op: null, result: { ok: false, reason: "expired" } };
      }
      if (entry.value.userId !== userId) {
        return { op: null, result: { ok: false, reason: "not_yours" } };
      }
      return {
        op: kv.atomic().check(entry).delete(retryKey(jobId)),
        result: { ok: true, input: entry.value },
      };
    }, this.#options);
  }

  /**
   * Put a taken retry back (its button keeps working) and have it start by
   * itself once the AI is back, for {@linkcode RETRY_WAIT_TTL_MS}: both in one
   * commit. Asking again replaces the wait. The retry record stays the one
   * token: whichever takes it, a tap or {@linkcode startWaiting}, runs the
   * request, and the other finds nothing.
   *
   * @param jobId the job whose retry button was tapped
   * @param retry the request the button repeats, as taken
   * @param start the request to start then (e.g. replying to the button's message)
   * @param now the current time
   */
  async waitForAi(
    jobId: string,
    retry: JobInput,
    start: JobInput,
    now: number,
  ): Promise<void> {
    const wait: RetryWait = {
      input: start,
      since: now,
      until: now + RETRY_WAIT_TTL_MS,
    };
    await commitWithRetry(() =>
      Promise.resolve({
        op: this.#kv.atomic()
          .set(retryKey(jobId), retry, { expireIn: RETRY_TTL_MS })
          .set(retryWaitKey(jobId), wait, { expireIn: RETRY_WAIT_TTL_MS }),
        result: undefined,
      }), this.#options);
  }

  /**
   * The retries waiting for the AI, at most `limit` of them, in key order
   * (random: job ids are UUIDs), with the id of the job each belongs to.
   */
  async waitingRetries(
    limit: number,
  ): Promise<(RetryWait & { jobId: string })[]> {
    const found: (RetryWait & { jobId: string })[] = [];
    const entries = this.#kv.list<RetryWait>({ prefix: RETRY_WAIT_PREFIX }, {
      limit,
    });
    for await (const entry of entries) {
      found.push({ ...entry.value, jobId: String(entry.key[1]) });
    }
    return found;
  }

  /**
   * Start the request waiting under job `jobId`'s retry as a new job leased
   * to `owner`. One commit takes the wait and the retry record it repeats
   * and writes the job and the user's marker, so the request runs exactly
   * once, whichever instance starts it, and never besides a tap of its
   * button. A wait whose retry was used meanwhile, or whose time ran out, is
   * deleted; a user with a job in progress keeps waiting.
   */
  async startWaiting(
    jobId: string,
    owner: string,
    now: number,
  ): Promise<StartWaitingOutcome> {
    const kv = this.#kv;
    return await commitWithRetry<StartWaitingOutcome>(async () => {
      const [wait, retry] = await kv.getMany<[RetryWait, JobInput]>([
        retryWaitKey(jobId),
        retryKey(jobId),
      ]);
      if (wait.value === null) {
        return { op: null, result: { ok: false, reason: "gone" } };
      }
      if (retry.value === null || wait.value.until <= now) {
        const reason = retry.value === null ? "gone" : "expired";
        const op = kv.atomic().check(wait).delete(retryWaitKey(jobId));
        return { op, result: { ok: false, reason } };
      }
      const input = wait.value.input;
      const active = await kv.get<string>(jobActiveKey(input.userId));
      if (active.value !== null && (await this.get(active.value)) !== null) {
        return { op: null, result: { ok: false, reason: "busy" } };
      }
      const job = this.#newJob(input, owner, now);
      const op = this.#createOp(job, active)
        .check(wait)
        .check(retry)
        .delete(retryWaitKey(jobId))
        .delete(retryKey(jobId));
      return { op, result: { ok: true, job } };
    }, this.#options);
  }

  /** Every job in KV, oldest first by id order is not guaranteed; for sweeps. */
  async *all(): AsyncIterableIterator<EnhanceJob> {
    for await (
      const entry of this.#kv.list<EnhanceJob>({ prefix: JOB_PREFIX })
    ) yield entry.value;
  }

  /** The job with the draft and sent count recorded beside it. */
  async #withDelivery(job: EnhanceJob): Promise<EnhanceJob> {
    const [draft, sent] = await this.#kv.getMany<[number, Deno.KvU64]>([
      jobDraftKey(job.id),
      jobSentKey(job.id),
    ]);
    const recorded = sent.value === null ? 0 : Number(sent.value.value);
    const draftMessageId = job.draftMessageId ?? draft.value ?? undefined;
    return {
      ...job,
      ...(draftMessageId === undefined ? {} : { draftMessageId }),
      delivered: Math.max(job.delivered, recorded),
    };
  }

  async #change(
    jobId: string,
    change: (job: EnhanceJob) => EnhanceJob | null,
  ): Promise<EnhanceJob | null> {
    const kv = this.#kv;
    return await commitWithRetry(async () => {
      const entry = await kv.get<EnhanceJob>(jobKey(jobId));
      const next = entry.value === null ? null : change(entry.value);
      if (next === null) return { op: null, result: null };
      return {
        op: kv.atomic().check(entry).set(jobKey(jobId), next),
        result: next,
      };
    }, this.#options);
  }
}
