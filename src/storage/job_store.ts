/**
 * Durable enhancement jobs in Deno KV. A job is written before any LLM work
 * starts, in the same commit that admits the prompt (the update's claim, the
 * user's queue, the rate-limit counters). Each user has one job running at a
 * time and a short queue behind it (`["user_jobs", userId]`).
 *
 * A job names the instance that runs it. Instances renew one heartbeat record
 * each (`["instance", id]`) instead of a lease per job, so the bookkeeping does
 * not grow with the queue; a job whose instance's heartbeat is stale is taken
 * over by another instance, or by this process after a restart. Built on plain
 * KV reads and atomic commits, not KV queues (Deno Deploy and KV Connect lack
 * them).
 *
 * @module
 */
import { AbsenceGuess, absentEntry, checkingGuesses } from "./absence_guess.ts";
import {
  type AttemptPlan,
  commitOnce,
  commitRetryingBusy,
  type CommitRetryOptions,
  commitWithRetry,
  getManyAtOnce,
  MAX_COMMIT_CHECKS,
} from "./atomic.ts";
import {
  INSTANCE_PREFIX,
  instanceKey,
  JOB_DELIVERY_PREFIX,
  JOB_PREFIX,
  jobDraftKey,
  jobKey,
  jobPartKey,
  jobSentKey,
  RETRY_PREFIX,
  RETRY_WAIT_PREFIX,
  retryKey,
  retryWaitKey,
  updateClaimKey,
  USER_JOBS_PREFIX,
  userIndexKey,
  userJobsKey,
} from "./keys.ts";
import type {
  LimitCheck,
  RateLimitRefusal,
  UserLimits,
} from "./rate_limiter.ts";
import type { AccessRefusal } from "./role_store.ts";
import type { JobMedia } from "./job_media.ts";
import {
  PLAIN_RECORDS,
  type RecordCodec,
  type RecordKind,
  type Records,
} from "./records.ts";
import { DAY_MS, HOUR_MS } from "../util/durations.ts";

/**
 * How long an instance's heartbeat lasts without renewal, by default
 * (JOB_LEASE_MS): after that, its jobs are taken over.
 */
export const DEFAULT_JOB_LEASE_MS = 30_000;

/** Prompts a user may have waiting behind the one running, by default (QUEUE_MAX). */
export const DEFAULT_QUEUE_MAX = 3;

/** A clarifying question as stored: its text and 2–4 suggested answers. */
export interface StoredQuestion {
  text: string;
  options: string[];
  /** The offline question's id, when it came from the offline set. */
  id?: string;
}

/**
 * What was written, beside the text: the notes shown outside the copied
 * prompt, the category and target it was written for, or the questions
 * asked instead. Absent in jobs of earlier versions (their body is the text).
 */
export type StoredAnswer =
  | {
    kind: "prompt";
    assumptions: string[];
    placeholders: string[];
    category: string;
    target: string;
    translationNote?: string;
  }
  | { kind: "questions"; questions: StoredQuestion[]; category: string };

/** The answer of a job once computed, kept so a takeover does not ask the LLM again. */
export interface JobResult {
  source: "ai" | "offline" | "rejected";
  /** The enhanced prompt (ai, offline); empty for a rejection, whose words come from `reason`. */
  body: string;
  model?: string;
  /** Why the answer is offline or rejected, when it is. */
  reason?: string;
  /** Why the model stopped (`"length"`: at the token limit), when it said. */
  finishReason?: string;
  /** The prompt's notes, category and target, or the questions asked. */
  answer?: StoredAnswer;
  /** The category and the target it was written for, for the statistics. */
  category?: string;
  target?: string;
}

/**
 * The asker's /settings when the job was accepted, so a queued or resumed job
 * writes what was asked. Values are the settings' ids; absent in jobs of
 * earlier versions (defaults apply).
 */
export interface JobSettings {
  target: string;
  length: string;
  clarify: string;
  answerLanguage: string;
}

/** A job that revises an earlier answer instead of starting over. */
export interface JobRevision {
  /** The answer revised (the id of the job that wrote it). */
  parentId: string;
  /** The first version of the chain. */
  rootId: string;
  /** This answer's version: the parent's plus one. */
  version: number;
  /** The prompt revised, as the user has it. */
  previous: string;
  /** What was asked: a button's action, or "reply" for a typed instruction. */
  action: string;
  /** The change, for the model: the button's instruction or the user's words. */
  instruction: string;
  /** Who wrote `previous`: "ai" or "offline"; absent in jobs of earlier versions. */
  source?: string;
}

/** Where and what a job answers. */
export interface JobInput {
  userId: number;
  chatId: number;
  /** The rough idea (for a revision: the chain's original idea). */
  prompt: string;
  /** A category id, or "auto". */
  category: string;
  /** Message to reply to (groups). */
  replyTo?: number;
  /** Forum topic. */
  threadId?: number;
  /** The interface language of the asker, for the answer's texts; absent in jobs of earlier versions. */
  locale?: string;
  /** The asker's settings at acceptance; absent in jobs of earlier versions. */
  settings?: JobSettings;
  /** Set when the job revises an earlier answer. */
  revision?: JobRevision;
  /** "ask": clarifying questions first; absent: write (or ask when the settings say so). */
  mode?: "write" | "ask";
  /** Answers to clarifying questions asked before. */
  answers?: { question: string; answer: string; id?: string }[];
  /**
   * The key that makes a button's job happen once while it runs (a second
   * tap, or the same tap on another instance, is a duplicate); deleted when
   * the job finishes, so the button works again afterwards.
   */
  tapKey?: Deno.KvKey;
  /** A voice note, pictures, a text file or an inline request: file ids only (src/storage/job_media.ts). */
  media?: JobMedia;
}

/**
 * Where a job stands: `queued` behind the user's running job; `ready` to run
 * (on `owner`, or on any instance when `owner` is `null`); `running` on
 * `owner`.
 */
export type JobStatus = "queued" | "ready" | "running";

/** A stored job. */
export interface EnhanceJob extends JobInput {
  id: string;
  createdAt: number;
  status: JobStatus;
  /** The instance that runs it, or will; `null`: free for any instance from `notBefore`. */
  owner: string | null;
  /** A job freed after a failed run waits until then before it is tried again. */
  notBefore?: number;
  /** Runs started so far; a job that keeps failing is given up. */
  attempts: number;
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

/** `["user_jobs", userId]`: the user's running job and the queue behind it. */
export interface UserJobs {
  /** The job in progress, or `null`. */
  running: string | null;
  /** Jobs waiting their turn, oldest first. */
  queued: string[];
  /** The running job the user was told "the queue is full" about; later refusals only react. */
  noticeFor?: string;
}

/** `["instance", id]`: an instance is alive until `aliveUntil`. */
export interface InstanceBeat {
  aliveUntil: number;
  startedAt: number;
  /**
   * What the instance writes: its record layer's target (sealing key id and
   * schema versions, `Records.target`); absent in beats of earlier versions.
   */
  writes?: string;
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
export const RETRY_WAIT_TTL_MS = HOUR_MS;

/** A user's queue record lives this long after its last change, at most; it only frees space. */
const USER_JOBS_TTL_MS = 7 * DAY_MS;

/** Messages of an answer whose ids are recorded (the text parts and the file of a cut one). */
export const MAX_RECORDED_PARTS = 16;

/** A tap's key outlives a job that never finishes by this much at most. */
const TAP_TTL_MS = DAY_MS;

/**
 * A draft's record outlives a job that never finishes by this much at most.
 * The count of sent messages is written by KV's `max`, which takes no expiry
 * (it clears one), and the parts' message ids are written in that same
 * commit without one: an expiry there made the scale-out kill test answer
 * twice (tests/e2e/scale_out_test.ts), so {@linkcode JobStore.sweepDeliveries}
 * (the cleanup cron) removes the counts and parts whose job is gone.
 */
export const DELIVERY_TTL_MS = DAY_MS;

/** The claim of an update, as the dedupe middleware writes it. */
const UPDATE_CLAIM_TTL_MS = DAY_MS;

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

/** What {@linkcode JobStore.accept} is asked to admit. */
export interface AcceptRequest {
  /**
   * The job to write, or how to build it from the value at `profileKey` (the
   * user's profile, read in the same round: their category and language).
   */
  input: JobInput | ((profile: unknown) => JobInput);
  /** A key read with the rest and handed to `input`. */
  profileKey?: Deno.KvKey;
  /** Whose queue and limits: the asker. */
  userId: number;
  /** The instance that will run it. */
  owner: string;
  now: number;
  /** The update it came in, claimed in the same commit; absent for button taps handled elsewhere. */
  update?: { botId: number; updateId: number };
  /**
   * A key that must not exist (`input.tapKey`): read and set in the same
   * commit, so while the job it names runs, the same tap is a duplicate.
   */
  tapKey?: Deno.KvKey;
  /**
   * A key read in the same round (the chat's session) and handed to
   * `divert`: when it says so, nothing is written and the outcome is
   * `diverted` (the text answers a question instead of being a prompt).
   */
  divertKey?: Deno.KvKey;
  divert?: (value: unknown) => boolean;
  /**
   * Called when the job is accepted, with the entry read at `divertKey` and
   * the accepting commit: what must change with the job, exactly once (the
   * questions a job answers or replaces are dropped). It checks the entry
   * itself, so a change since it was read makes the acceptance read again.
   */
  settle?: (
    entry: Deno.KvEntryMaybe<unknown>,
    op: Deno.AtomicOperation,
  ) => Promise<void>;
  /** The rate limits it counts against (`RateLimiter.check`); absent: none. */
  limits?: LimitCheck;
  /**
   * Whether the asker is served at all, decided first from entries read in
   * the same round (their role and access: `RoleStore.gate`), and which of
   * the limits' `anyOf` apply to them; absent: served.
   */
  gate?: AcceptGate;
  /** Prompts allowed to wait behind the running one. */
  queueMax: number;
}

/** See {@linkcode AcceptRequest.gate}. */
export interface AcceptGate {
  readonly keys: readonly Deno.KvKey[];
  /** Check the entries read for `keys` in `op` and decide; a refusal writes nothing else. */
  decide(
    entries: readonly Deno.KvEntryMaybe<unknown>[],
    op: Deno.AtomicOperation,
  ):
    | { ok: true; limits?: UserLimits | "exempt" }
    | { ok: false; refusal: AccessRefusal };
  /**
   * Told that the last `decide` was on entries guessed absent and its commit
   * was refused (or never made): undo whatever it noted outside `op`.
   */
  discard?(): void;
}

/** Outcome of {@linkcode JobStore.accept}; `input` is the job as built. */
export type AcceptOutcome =
  /** Accepted: `position` 0 runs now, 1 is next after the running one, and so on. */
  | { ok: true; job: EnhanceJob; position: number; input: JobInput }
  /** The update was taken before (a redelivery, or another instance): nothing done. */
  | { ok: false; reason: "duplicate" }
  /** `divert` said the text is for something else: nothing written, the update not claimed. */
  | { ok: false; reason: "diverted" }
  /** The user's queue is full; `notify` for the first refusal while the running job lasts. */
  | { ok: false; reason: "queue_full"; notify: boolean; input: JobInput }
  /** A rate limit refused it. */
  | {
    ok: false;
    reason: "limited";
    refusal: RateLimitRefusal;
    input: JobInput;
  }
  /** The asker is not served (banned, not allowed, waiting for approval): see the gate. */
  | { ok: false; reason: "refused"; refusal: AccessRefusal; input: JobInput };

/** Options of {@linkcode JobStore}. */
export interface JobStoreOptions extends CommitRetryOptions {
  /** How long an instance's heartbeat lasts without renewal, in milliseconds. */
  leaseMs: number;
  /** The record layer (versions, encryption). Default: plain records. */
  records?: Records;
  /**
   * Whether an acceptance may guess that everything it reads is absent while
   * that is mostly so (see {@linkcode AbsenceGuess}). Default true; tests
   * turn it off to compare.
   */
  guessAbsent?: boolean;
}

/** `["job", jobId]`: a job holds the user's prompt and answer, so it is sealed. */
export const JOB_RECORD: RecordKind<EnhanceJob> = {
  name: "job",
  prefix: JOB_PREFIX[0],
  version: 1,
  sealed: true,
  upgrade: (value) => current(value as EnhanceJob),
};

/** `["user_jobs", userId]`: job ids only. */
export const USER_JOBS_RECORD: RecordKind<UserJobs> = {
  name: "user_jobs",
  prefix: USER_JOBS_PREFIX[0],
  version: 1,
  sealed: false,
  upgrade: (value) => userJobsOf(value as UserJobs),
  legacyExpireIn: () => USER_JOBS_TTL_MS,
};

/** The index entry of a value an earlier version wrote; none when it names no user (a malformed value). */
function indexOf(userId: unknown, key: Deno.KvKey): Deno.KvKey[] {
  return Number.isSafeInteger(userId)
    ? [userIndexKey(userId as number, key)]
    : [];
}

/** `["retry", jobId]`: the request a retry button repeats, the prompt included. */
export const RETRY_RECORD: RecordKind<JobInput> = {
  name: "retry",
  prefix: RETRY_PREFIX[0],
  version: 1,
  sealed: true,
  upgrade: (value) => value as JobInput,
  // Its age is not stored: a rewritten one gets a full day again.
  legacyExpireIn: () => RETRY_TTL_MS,
  // Earlier versions wrote no index entry: /forget finds the retry by it.
  legacyIndex: (key, input) => indexOf(input?.userId, key),
};

/** `["retry_wait", jobId]`: a retry waiting for the AI, the prompt included. */
export const RETRY_WAIT_RECORD: RecordKind<RetryWait> = {
  name: "retry_wait",
  prefix: RETRY_WAIT_PREFIX[0],
  version: 1,
  sealed: true,
  upgrade: (value) => value as RetryWait,
  legacyExpireIn: (wait, now) => Math.max(1, wait.until - now),
  legacyIndex: (key, wait) => indexOf(wait?.input?.userId, key),
};

/** `["instance", instanceId]`: rewritten by its instance every few seconds, so not walked. */
export const INSTANCE_RECORD: RecordKind<InstanceBeat> = {
  name: "instance",
  prefix: INSTANCE_PREFIX[0],
  version: 1,
  sealed: false,
  upgrade: (value) => value as InstanceBeat,
  walk: false,
};

/** What one attempt of `JobStore.accept` reads, in one `getMany`. */
interface AcceptKeys {
  claimKey: Deno.KvKey | undefined;
  /** The claim (when read), the user's jobs, the profile, the tap and the divert key; `null` where not read. */
  named: (Deno.KvKey | null)[];
  /** Every key read: the named ones, then the gate's, then the limits'. */
  read: Deno.KvKey[];
  gateCount: number;
}

function acceptKeys(request: AcceptRequest, readClaim: boolean): AcceptKeys {
  const { update, userId } = request;
  const claimKey = update && updateClaimKey(update.botId, update.updateId);
  const gateKeys = request.gate?.keys ?? [];
  const named = [
    readClaim ? claimKey ?? null : null,
    userJobsKey(userId),
    request.profileKey ?? null,
    request.tapKey ?? null,
    request.divertKey ?? null,
  ];
  const read = [
    ...named.filter((key): key is Deno.KvKey => key !== null),
    ...gateKeys,
    ...request.limits?.keys ?? [],
  ];
  return { claimKey, named, read, gateCount: gateKeys.length };
}

/** Durable enhancement jobs, one running per user with a queue behind it. */
export class JobStore {
  readonly #kv: Deno.Kv;
  readonly #options: JobStoreOptions;
  readonly #records: Records;
  readonly #job: RecordCodec<EnhanceJob>;
  readonly #userJobs: RecordCodec<UserJobs>;
  readonly #retry: RecordCodec<JobInput>;
  readonly #wait: RecordCodec<RetryWait>;
  readonly #beat: RecordCodec<InstanceBeat>;
  /** How often an acceptance's read finds nothing: whether to guess it absent. */
  readonly #acceptGuess = new AbsenceGuess();

  constructor(kv: Deno.Kv, options: JobStoreOptions) {
    if (!(options.leaseMs > 0)) {
      throw new RangeError(
        `Cannot create job store: leaseMs must be positive, got ${options.leaseMs}`,
      );
    }
    this.#kv = kv;
    this.#options = options;
    const records = options.records ?? PLAIN_RECORDS;
    this.#records = records;
    this.#job = records.codec(JOB_RECORD);
    this.#userJobs = records.codec(USER_JOBS_RECORD);
    this.#retry = records.codec(RETRY_RECORD);
    this.#wait = records.codec(RETRY_WAIT_RECORD);
    this.#beat = records.codec(INSTANCE_RECORD);
  }

  /** How long a heartbeat lasts. */
  get leaseMs(): number {
    return this.#options.leaseMs;
  }

  /**
   * Admit a prompt: ONE read round (the update's claim, the user's jobs, the
   * rate-limit counters) and ONE commit that claims the update, counts the
   * limits and writes the job, running at once or queued behind the user's
   * running job. A refusal commits the claim (and a notice's note) only. On a
   * conflict with another writer everything is read again. While most
   * acceptances find nothing stored, the read is skipped and every key is
   * checked absent by the commit instead (`#acceptGuessingAbsent`).
   */
  async accept(request: AcceptRequest): Promise<AcceptOutcome> {
    const guess = this.#acceptGuess;
    if (this.#options.guessAbsent !== false && guess.worthIt) {
      const landed = await this.#acceptGuessingAbsent(request);
      if (landed) {
        guess.observe(true);
        return landed.result;
      }
    }
    let attempt = 0;
    return await commitWithRetry<AcceptOutcome>(async () => {
      // The first attempt does not read the claim: the commit checks it is
      // absent. Only after a conflict (perhaps a second delivery) is it read,
      // to tell a duplicate apart. So the usual prompt fits one getMany, also
      // after a wrong guess (which is more often a known user than a
      // duplicate).
      const readClaim = ++attempt > 1;
      const keys = acceptKeys(request, readClaim);
      const found = await getManyAtOnce(this.#kv, keys.read);
      if (attempt === 1) {
        guess.observeRead(found.slice(keys.named[0] === null ? 0 : 1));
      }
      return await this.#acceptPlan(request, keys, found, this.#kv.atomic());
    }, this.#options);
  }

  /**
   * While most prompts come from users with nothing stored (new users), the
   * read is skipped: every key is guessed absent, and the commit checks that
   * each one is. A wrong guess is refused (or its plan fails on what cannot
   * be), and the caller reads as usual.
   *
   * @returns the outcome when the guess held, else `undefined`
   */
  async #acceptGuessingAbsent(
    request: AcceptRequest,
  ): Promise<{ result: AcceptOutcome } | undefined> {
    const keys = acceptKeys(request, false);
    // Every key read is checked, with the claim and the new job's key: more
    // than a commit may carry over KV Connect (MAX_COMMIT_CHECKS): read instead.
    const checks = keys.read.length + (keys.claimKey ? 1 : 0) + 1;
    if (checks > MAX_COMMIT_CHECKS) return undefined;
    const checking = checkingGuesses(this.#kv.atomic());
    let plan: AttemptPlan<AcceptOutcome>;
    try {
      plan = await this.#acceptPlan(
        request,
        keys,
        keys.read.map(absentEntry),
        checking.op,
      );
    } catch {
      request.gate?.discard?.();
      return undefined;
    }
    checking.checkRest(keys.read);
    // Nothing to write (diverted): the checks alone say whether that holds.
    if (await commitOnce(plan.op ?? checking.op)) {
      return { result: plan.result };
    }
    // What the gate decided on the guess must not outlive it: a retry may end
    // before it decides again (a duplicate, or questions waiting).
    request.gate?.discard?.();
    return undefined;
  }

  /** One attempt of {@linkcode accept} from the entries `found` for `keys.read`, building `op`. */
  async #acceptPlan(
    request: AcceptRequest,
    keys: AcceptKeys,
    found: readonly Deno.KvEntryMaybe<unknown>[],
    op: Deno.AtomicOperation,
  ): Promise<AttemptPlan<AcceptOutcome>> {
    const { claimKey, named, gateCount } = keys;
    const { userId } = request;
    // Back in `named` order, `undefined` where nothing was asked.
    let at = 0;
    const [claim, jobsEntry, profile, tap, diverting] = named.map((key) =>
      key === null ? undefined : found[at++]
    );
    if (
      (claim && claim.versionstamp !== null) ||
      (tap && tap.versionstamp !== null)
    ) {
      return { op: null, result: { ok: false, reason: "duplicate" } };
    }
    if (
      diverting && request.divert &&
      request.divert(
        await this.#records.decodeAny(diverting.key, diverting.value),
      )
    ) {
      return { op: null, result: { ok: false, reason: "diverted" } };
    }
    const input = typeof request.input === "function"
      ? request.input(
        profile
          ? await this.#records.decodeAny(profile.key, profile.value)
          : null,
      )
      : request.input;
    op.check(jobsEntry!);
    if (claimKey) {
      op.check(claim ?? { key: claimKey, versionstamp: null })
        .set(claimKey, request.now, { expireIn: UPDATE_CLAIM_TTL_MS });
    }
    const gated = request.gate?.decide(found.slice(at, at + gateCount), op) ??
      { ok: true };
    at += gateCount;
    if (!gated.ok) {
      const { refusal } = gated;
      return { op, result: { ok: false, reason: "refused", refusal, input } };
    }
    const mine = userJobsOf(
      await this.#userJobs.decode(jobsEntry!.key, jobsEntry!.value),
    );
    if (mine.running !== null && mine.queued.length >= request.queueMax) {
      const notify = mine.noticeFor !== mine.running;
      if (notify) {
        await this.#setUserJobs(op, userId, {
          ...mine,
          noticeFor: mine.running,
        });
      }
      return {
        op,
        result: { ok: false, reason: "queue_full", notify, input },
      };
    }
    const decision =
      request.limits?.decide(found.slice(at), op, gated.limits) ??
        { ok: true };
    if (!decision.ok) {
      return {
        op,
        result: { ok: false, reason: "limited", refusal: decision, input },
      };
    }
    const job = newJob(
      request.tapKey ? { ...input, tapKey: request.tapKey } : input,
      request,
      mine.running === null,
    );
    if (tap && request.tapKey) {
      op.check(tap).set(request.tapKey, job.id, { expireIn: TAP_TTL_MS });
    }
    const queue: UserJobs = mine.running === null
      ? { running: job.id, queued: [] }
      : { ...mine, queued: [...mine.queued, job.id] };
    op.check({ key: jobKey(job.id), versionstamp: null });
    await this.#job.set(op, jobKey(job.id), job);
    await this.#setUserJobs(op, userId, queue);
    if (request.settle) {
      if (diverting === undefined) {
        throw new TypeError("Cannot settle an acceptance without a divertKey");
      }
      await request.settle(diverting, op);
    }
    const position = mine.running === null ? 0 : queue.queued.length;
    return { op, result: { ok: true, job, position, input } };
  }

  async #setUserJobs(
    op: Deno.AtomicOperation,
    userId: number,
    jobs: UserJobs,
  ): Promise<void> {
    await this.#userJobs.set(op, userJobsKey(userId), jobs, {
      expireIn: USER_JOBS_TTL_MS,
    });
  }

  /** The user's running job and queue (an empty record for a user with none). */
  async userJobs(userId: number): Promise<UserJobs> {
    const key = userJobsKey(userId);
    return userJobsOf(
      await this.#userJobs.decode(key, (await this.#kv.get(key)).value),
    );
  }

  /**
   * Cancel every job of `userId`, the running one and the queue, in one
   * checked commit (a ban, /forget). A worker running one stops at its next
   * ownership check, before its next message.
   *
   * @returns how many jobs were cancelled
   */
  async cancelUser(userId: number): Promise<number> {
    const kv = this.#kv;
    return await commitWithRetry<number>(async () => {
      const entry = await kv.get(userJobsKey(userId));
      if (entry.versionstamp === null) return { op: null, result: 0 };
      const mine = userJobsOf(
        await this.#userJobs.decode(entry.key, entry.value),
      );
      const ids = [mine.running, ...mine.queued].filter((id) => id !== null);
      // Read for their tap keys: as finish() does, a cancelled job's button works again.
      const jobs = await getManyAtOnce(kv, ids.map(jobKey));
      const op = kv.atomic().check(entry).delete(userJobsKey(userId));
      for (const [i, id] of ids.entries()) {
        const job = await this.#job.decode(jobs[i].key, jobs[i].value)
          .catch(() => null);
        deleteJob(op, id, job?.tapKey);
      }
      return { op, result: ids.length };
    }, this.#options);
  }

  /**
   * Delete the delivery records whose job is gone (finished or cancelled
   * while a worker still recorded a message): a cleanup sweep, since the
   * count of sent messages cannot expire by itself.
   *
   * @returns how many keys were deleted
   */
  async sweepDeliveries(): Promise<number> {
    const byJob = new Map<string, Deno.KvEntry<unknown>[]>();
    for await (const entry of this.#kv.list({ prefix: JOB_DELIVERY_PREFIX })) {
      const id = String(entry.key[1]);
      byJob.set(id, [...(byJob.get(id) ?? []), entry]);
    }
    const ids = [...byJob.keys()];
    const jobs = await getManyAtOnce(this.#kv, ids.map(jobKey));
    let deleted = 0;
    // Each commit checks the job is still gone and each record unchanged: a
    // job's records (its count, up to 16 parts, a draft) go in several.
    const perCommit = MAX_COMMIT_CHECKS - 1;
    for (const [i, id] of ids.entries()) {
      if (jobs[i].versionstamp !== null) continue;
      const entries = byJob.get(id)!;
      for (let at = 0; at < entries.length; at += perCommit) {
        const some = entries.slice(at, at + perCommit);
        // A locked KV file (another process committing) is waited out, not fatal to the sweep.
        const result = await commitRetryingBusy(() => {
          const op = this.#kv.atomic().check(jobs[i]);
          for (const entry of some) op.check(entry).delete(entry.key);
          return op;
        });
        if (result.ok) deleted += some.length;
      }
    }
    return deleted;
  }

  /** Id of the user's job in progress, or `null`. A hint: a job may finish right after. */
  async activeJobId(userId: number): Promise<string | null> {
    return (await this.userJobs(userId)).running;
  }

  /** The job with what it delivered so far, or `null` when it is finished or unknown. */
  async get(jobId: string): Promise<EnhanceJob | null> {
    const job = await this.#readJob(jobId);
    return job === null ? null : await this.#withDelivery(job);
  }

  async #readJob(jobId: string): Promise<EnhanceJob | null> {
    const key = jobKey(jobId);
    return await this.#job.decode(key, (await this.#kv.get(key)).value);
  }

  /**
   * Record the draft message a job just sent, in ONE commit and without a
   * read, so that the time between Telegram accepting the draft and this
   * record lasting is as short as it can be. The first draft recorded stays:
   * a worker that lost the job cannot replace it.
   *
   * @returns false when a draft of this job was recorded before
   */
  async recordDraft(jobId: string, messageId: number): Promise<boolean> {
    const key = jobDraftKey(jobId);
    // A busy file is retried: a lost record would send the message again after a takeover.
    const { ok } = await commitRetryingBusy(() =>
      this.#kv.atomic()
        .check({ key, versionstamp: null })
        .set(key, messageId, { expireIn: DELIVERY_TTL_MS })
    );
    return ok;
  }

  /**
   * Record that the first `count` messages of a job's answer were sent: ONE
   * commit, no read, no check that can fail (KV's `max`), so it lands right
   * after the Telegram call it records, and a late or repeated record never
   * lowers the count.
   */
  async recordSent(
    jobId: string,
    count: number,
    messageId?: number,
  ): Promise<void> {
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(
        `Cannot record sent messages: count must be a non-negative integer, got ${count}`,
      );
    }
    await commitRetryingBusy(() => {
      const op = this.#kv.atomic().max(jobSentKey(jobId), BigInt(count));
      if (
        messageId !== undefined && count >= 1 && count <= MAX_RECORDED_PARTS
      ) {
        op.set(jobPartKey(jobId, count - 1), messageId);
      }
      return op;
    });
  }

  /**
   * The ids of the answer's messages recorded by {@linkcode recordSent}, in
   * order (an entry is `undefined` where none was recorded).
   */
  async sentMessageIds(
    jobId: string,
    count: number,
  ): Promise<(number | undefined)[]> {
    const n = Math.min(count, MAX_RECORDED_PARTS);
    if (n <= 0) return [];
    const keys = Array.from({ length: n }, (_, i) => jobPartKey(jobId, i));
    // More than GET_MANY_LIMIT parts (MAX_ANSWER_PARTS allows 50): one getMany refuses them.
    const found = await getManyAtOnce(this.#kv, keys);
    return found.map((entry) => (entry.value as number | null) ?? undefined);
  }

  /** Whether `owner` still runs the job (a read; never between a send and its record). */
  async holds(jobId: string, owner: string): Promise<boolean> {
    const job = await this.#readJob(jobId);
    return job !== null && job.owner === owner;
  }

  /**
   * Start a run of a job: it must be `owner`'s, free (and past its
   * `notBefore`), or held by an instance `isDead` says is gone. Every start
   * counts an attempt, so a job that keeps failing (or killing its worker) is
   * given up after a few.
   *
   * @returns the job as started, or `null` when it is finished, queued, or someone else runs it
   */
  async claim(
    jobId: string,
    owner: string,
    now: number,
    isDead: (instanceId: string) => boolean = () => false,
  ): Promise<EnhanceJob | null> {
    const claimed = await this.#change(jobId, (job) => {
      if (job.status === "queued") return null;
      const free = job.owner === null && (job.notBefore ?? 0) <= now;
      const mine = job.owner === owner;
      const orphan = job.owner !== null && job.owner !== owner &&
        isDead(job.owner);
      if (!free && !mine && !orphan) return null;
      const { notBefore: _, ...rest } = job;
      return { ...rest, status: "running", owner, attempts: job.attempts + 1 };
    });
    return claimed === null ? null : await this.#withDelivery(claimed);
  }

  /**
   * Free a job whose run failed (not for good), so that it is tried again
   * from `notBefore`, by whichever instance gets there first.
   */
  async release(
    jobId: string,
    owner: string,
    notBefore: number,
  ): Promise<boolean> {
    const released = await this.#change(
      jobId,
      (job) =>
        job.owner === owner
          ? { ...job, status: "ready", owner: null, notBefore }
          : null,
    );
    return released !== null;
  }

  /** Change a job `owner` runs; `null` when it went elsewhere or is gone. */
  async patch(
    jobId: string,
    owner: string,
    patch: Partial<
      Pick<EnhanceJob, "draftMessageId" | "result" | "delivered" | "media">
    >,
  ) {
    return await this.#change(
      jobId,
      (job) => (job.owner === owner ? { ...job, ...patch } : null),
    );
  }

  /**
   * Delete a finished job and what it delivered, and hand its user's next
   * queued job to `owner` (ready to run), all in one commit, if `owner` still
   * runs it.
   *
   * @returns whether it was finished, and the id of the job now ready to run
   */
  async finish(
    job: Pick<EnhanceJob, "id" | "userId">,
    owner: string,
  ): Promise<{ finished: boolean; next: string | null }> {
    const kv = this.#kv;
    return await commitWithRetry<{ finished: boolean; next: string | null }>(
      async () => {
        const [entry, jobsEntry] = await kv.getMany([
          jobKey(job.id),
          userJobsKey(job.userId),
        ]);
        const stored = await this.#job.decode(entry.key, entry.value);
        if (stored === null || stored.owner !== owner) {
          return { op: null, result: { finished: false, next: null } };
        }
        const op = kv.atomic().check(entry).check(jobsEntry);
        deleteJob(op, job.id, stored.tapKey);
        const mine = userJobsOf(
          await this.#userJobs.decode(jobsEntry.key, jobsEntry.value),
        );
        const queued = mine.queued.filter((id) => id !== job.id);
        if (mine.running !== job.id) {
          // A job of an earlier version, or one given up: the queue stays as it is.
          if (queued.length !== mine.queued.length) {
            await this.#setUserJobs(op, job.userId, { ...mine, queued });
          }
          return { op, result: { finished: true, next: null } };
        }
        const next = await this.#promote(op, queued, owner);
        if (next === null) op.delete(userJobsKey(job.userId));
        else {
          await this.#setUserJobs(op, job.userId, {
            running: next,
            queued: queued.slice(queued.indexOf(next) + 1),
          });
        }
        return { op, result: { finished: true, next } };
      },
      this.#options,
    );
  }

  /** Make the first queued job that still exists ready to run on `owner` (in `op`). */
  async #promote(
    op: Deno.AtomicOperation,
    queued: readonly string[],
    owner: string,
  ): Promise<string | null> {
    for (const id of queued) {
      const entry = await this.#kv.get(jobKey(id));
      const job = await this.#job.decode(entry.key, entry.value);
      if (job === null) continue;
      op.check(entry);
      await this.#job.set(op, jobKey(id), { ...job, status: "ready", owner });
      return id;
    }
    return null;
  }

  /** Renew `instanceId`'s heartbeat: it is alive until now + the lease. One blind commit. */
  async beat(
    instanceId: string,
    now: number,
    startedAt: number,
  ): Promise<void> {
    const beat: InstanceBeat = {
      aliveUntil: now + this.#options.leaseMs,
      startedAt,
      writes: this.#records.target,
    };
    const key = instanceKey(instanceId);
    const expireIn = this.#options.leaseMs * 4;
    await this.#kv.set(key, await this.#beat.encode(key, beat, { expireIn }), {
      expireIn,
    });
  }

  /** Remove `instanceId`'s heartbeat (it stops): its unfinished jobs are taken over at once. */
  async retire(instanceId: string): Promise<void> {
    await this.#kv.delete(instanceKey(instanceId));
  }

  /** Every instance's heartbeat, by instance id. */
  async instances(): Promise<Map<string, InstanceBeat>> {
    const beats = new Map<string, InstanceBeat>();
    for await (const entry of this.#kv.list({ prefix: INSTANCE_PREFIX })) {
      const beat = await this.#beat.decode(entry.key, entry.value);
      if (beat !== null) beats.set(String(entry.key[1]), beat);
    }
    return beats;
  }

  /** Whether job `jobId`'s "Try again with AI" button still has its request. */
  async hasRetry(jobId: string): Promise<boolean> {
    return (await this.#kv.get(retryKey(jobId))).versionstamp !== null;
  }

  /** Keep what job `jobId` asked, so its "Try again with AI" button can repeat exactly that. */
  async rememberRetry(jobId: string, input: JobInput): Promise<void> {
    const key = retryKey(jobId);
    const stored = await this.#retry.encode(key, input, {
      expireIn: RETRY_TTL_MS,
    });
    await commitRetryingBusy(() =>
      this.#kv.atomic().set(key, stored, { expireIn: RETRY_TTL_MS })
        .set(userIndexKey(input.userId, key), 1, { expireIn: RETRY_TTL_MS })
    );
  }

  /**
   * Consume the request a retry button repeats, if `userId` asked it: read and
   * delete in one checked commit, so two taps (or two instances) never both
   * get it.
   */
  async takeRetry(jobId: string, userId: number): Promise<TakeRetryOutcome> {
    const kv = this.#kv;
    return await commitWithRetry<TakeRetryOutcome>(async () => {
      const entry = await kv.get(retryKey(jobId));
      const input = await this.#retry.decode(entry.key, entry.value);
      if (input === null) {
        return { op: null, result: { ok: false, reason: "expired" } };
      }
      if (input.userId !== userId) {
        return { op: null, result: { ok: false, reason: "not_yours" } };
      }
      return {
        op: kv.atomic().check(entry).delete(retryKey(jobId)),
        result: { ok: true, input },
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
    const retryStored = await this.#retry.encode(retryKey(jobId), retry, {
      expireIn: RETRY_TTL_MS,
    });
    const waitStored = await this.#wait.encode(retryWaitKey(jobId), wait, {
      expireIn: RETRY_WAIT_TTL_MS,
    });
    await commitRetryingBusy(() =>
      this.#kv.atomic()
        .set(retryKey(jobId), retryStored, { expireIn: RETRY_TTL_MS })
        .set(retryWaitKey(jobId), waitStored, { expireIn: RETRY_WAIT_TTL_MS })
        .set(userIndexKey(retry.userId, retryKey(jobId)), 1, {
          expireIn: RETRY_TTL_MS,
        })
        .set(userIndexKey(start.userId, retryWaitKey(jobId)), 1, {
          expireIn: RETRY_WAIT_TTL_MS,
        })
    );
  }

  /**
   * The retries waiting for the AI, at most `limit` of them, in key order
   * (random: job ids are UUIDs), with the id of the job each belongs to.
   */
  async waitingRetries(
    limit: number,
  ): Promise<(RetryWait & { jobId: string })[]> {
    const found: (RetryWait & { jobId: string })[] = [];
    const entries = this.#kv.list({ prefix: RETRY_WAIT_PREFIX }, { limit });
    for await (const entry of entries) {
      const wait = await this.#wait.decode(entry.key, entry.value);
      if (wait !== null) found.push({ ...wait, jobId: String(entry.key[1]) });
    }
    return found;
  }

  /**
   * Start the request waiting under job `jobId`'s retry as a new job run by
   * `owner`. One commit takes the wait and the retry record it repeats and
   * writes the job and the user's jobs, so the request runs exactly once,
   * whichever instance starts it, and never besides a tap of its button. A
   * wait whose retry was used meanwhile, or whose time ran out, is deleted; a
   * user with a job in progress keeps waiting.
   */
  async startWaiting(
    jobId: string,
    owner: string,
    now: number,
  ): Promise<StartWaitingOutcome> {
    const kv = this.#kv;
    return await commitWithRetry<StartWaitingOutcome>(async () => {
      const [wait, retry] = await kv.getMany([
        retryWaitKey(jobId),
        retryKey(jobId),
      ]);
      const waiting = await this.#wait.decode(wait.key, wait.value);
      if (waiting === null) {
        return { op: null, result: { ok: false, reason: "gone" } };
      }
      if (retry.value === null || waiting.until <= now) {
        const reason = retry.value === null ? "gone" : "expired";
        const op = kv.atomic().check(wait).delete(retryWaitKey(jobId));
        return { op, result: { ok: false, reason } };
      }
      const input = waiting.input;
      const jobsEntry = await kv.get(userJobsKey(input.userId));
      const mine = userJobsOf(
        await this.#userJobs.decode(jobsEntry.key, jobsEntry.value),
      );
      if (mine.running !== null) {
        return { op: null, result: { ok: false, reason: "busy" } };
      }
      const job = newJob(input, { owner, now }, true);
      const op = kv.atomic()
        .check(wait)
        .check(retry)
        .check(jobsEntry)
        .check({ key: jobKey(job.id), versionstamp: null })
        .delete(retryWaitKey(jobId))
        .delete(retryKey(jobId));
      await this.#job.set(op, jobKey(job.id), job);
      await this.#setUserJobs(op, input.userId, {
        running: job.id,
        queued: [],
      });
      return { op, result: { ok: true, job } };
    }, this.#options);
  }

  /** Every job in KV, in the shape of this version; for sweeps. */
  async *all(): AsyncIterableIterator<EnhanceJob> {
    for await (const entry of this.#kv.list({ prefix: JOB_PREFIX })) {
      const job = await this.#job.decode(entry.key, entry.value);
      if (job !== null) yield job;
    }
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
      const entry = await kv.get(jobKey(jobId));
      const job = await this.#job.decode(entry.key, entry.value);
      const next = job === null ? null : change(job);
      if (next === null) return { op: null, result: null };
      const op = kv.atomic().check(entry);
      await this.#job.set(op, jobKey(jobId), next);
      return { op, result: next };
    }, this.#options);
  }
}

/** Add to `op` the deletion of a job, what it delivered, and the tap key that started it. */
function deleteJob(
  op: Deno.AtomicOperation,
  id: string,
  tapKey: Deno.KvKey | undefined,
): void {
  op.delete(jobKey(id)).delete(jobDraftKey(id)).delete(jobSentKey(id));
  for (let i = 0; i < MAX_RECORDED_PARTS; i++) op.delete(jobPartKey(id, i));
  if (tapKey) op.delete(tapKey);
}

function newJob(
  input: JobInput,
  where: { owner: string; now: number },
  runsNow: boolean,
): EnhanceJob {
  return {
    ...input,
    id: crypto.randomUUID(),
    createdAt: where.now,
    status: runsNow ? "ready" : "queued",
    owner: where.owner,
    attempts: 0,
    delivered: 0,
  };
}

function userJobsOf(value: UserJobs | null): UserJobs {
  return value ?? { running: null, queued: [] };
}

/**
 * A stored job in this version's shape. Jobs of earlier versions carry a
 * lease (`{ owner, until }`) instead of a status: they were running, on an
 * instance that has no heartbeat, so they are taken over.
 */
function current(
  job: EnhanceJob & { lease?: { owner: string; until: number } },
): EnhanceJob {
  if (job.status !== undefined) return job;
  const { lease, ...rest } = job;
  return {
    ...rest,
    status: "running",
    owner: lease?.owner ?? null,
    attempts: Math.max(0, (job.attempts ?? 1) - 1),
  };
}
