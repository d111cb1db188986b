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
import { JOB_PREFIX, jobActiveKey, jobKey } from "./keys.ts";

/** The answer of a job once computed, kept so a takeover does not ask the LLM again. */
export interface JobResult {
  source: "ai" | "offline" | "rejected";
  /** The full text the user sees. */
  text: string;
  model?: string;
  /** Why the answer is offline, when it is. */
  reason?: string;
  /** The enhanced prompt alone, for history (without notices). */
  enhanced?: string;
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
}

/** A stored job. */
export interface EnhanceJob extends JobInput {
  id: string;
  createdAt: number;
  /** Workers that started it so far; a job that keeps killing its worker is given up. */
  attempts: number;
  lease: { owner: string; until: number };
  /** The streaming draft message, reused by a takeover instead of sending a second one. */
  draftMessageId?: number;
  result?: JobResult;
  /** Parts of the final text confirmed sent. */
  delivered: number;
}

/** Longest result text kept in a job; longer ones are recomputed after a takeover. */
export const MAX_JOB_RESULT_CHARS = 24_000;

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
      const job: EnhanceJob = {
        ...input,
        id: crypto.randomUUID(),
        createdAt: now,
        attempts: 1,
        lease: { owner, until: now + this.#options.leaseMs },
        delivered: 0,
      };
      const op = kv.atomic()
        .check(active)
        .check({ key: jobKey(job.id), versionstamp: null })
        .set(jobKey(job.id), job)
        .set(jobActiveKey(input.userId), job.id);
      return { op, result: { ok: true, job } };
    }, this.#options);
  }

  /** Id of the user's job in progress, or `null`. A hint: a job may finish right after. */
  async activeJobId(userId: number): Promise<string | null> {
    const active = await this.#kv.get<string>(jobActiveKey(userId));
    if (active.value === null) return null;
    return (await this.get(active.value)) === null ? null : active.value;
  }

  /** The job, or `null` when it is finished or unknown. */
  async get(jobId: string): Promise<EnhanceJob | null> {
    return (await this.#kv.get<EnhanceJob>(jobKey(jobId))).value;
  }

  /**
   * Take the lease of a job that is free (expired) or already `owner`'s.
   *
   * @returns the job as leased, or `null` when it is finished or someone else holds it
   */
  async claim(
    jobId: string,
    owner: string,
    now: number,
  ): Promise<EnhanceJob | null> {
    return await this.#change(jobId, (job) => {
      const mine = job.lease.owner === owner;
      if (!mine && job.lease.until > now) return null;
      return {
        ...job,
        attempts: mine ? job.attempts : job.attempts + 1,
        lease: { owner, until: now + this.#options.leaseMs },
      };
    });
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

  /** Delete a finished job and the user's in-progress marker, together. */
  async finish(job: EnhanceJob): Promise<void> {
    const kv = this.#kv;
    await commitWithRetry(async () => {
      const active = await kv.get<string>(jobActiveKey(job.userId));
      const op = kv.atomic().delete(jobKey(job.id));
      if (active.value === job.id) {
        op.check(active).delete(jobActiveKey(job.userId));
      }
      return { op, result: undefined };
    }, this.#options);
  }

  /** Every job in KV, oldest first by id order is not guaranteed; for sweeps. */
  async *all(): AsyncIterableIterator<EnhanceJob> {
    for await (
      const entry of this.#kv.list<EnhanceJob>({ prefix: JOB_PREFIX })
    ) yield entry.value;
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
