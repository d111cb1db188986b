/**
 * Broadcasts in Deno KV: one record per `/broadcast`, from its preview to its
 * report, and the pointer to the one being sent (one at a time, so that the
 * pace is the bot's whole pace).
 *
 * **Delivery is at most once per recipient.** Recipients are the user records
 * in key order (user id ascending) that {@linkcode isBroadcastRecipient}
 * accepts. Before each message, ONE commit moves the cursor to the recipient
 * and names them `pending`, with the counts of what came before; only then is
 * the message sent. A worker that crashes after that commit and before the
 * next one leaves `pending` set: whoever resumes (after a restart, or another
 * instance once this one's heartbeat is stale) cannot know whether Telegram
 * took that message, so it does not send it again and counts it as failed.
 * Nobody gets a broadcast twice; a crash can cost one recipient at most.
 *
 * Every commit checks the record's versionstamp, so a worker that lost the
 * broadcast (taken over, or stopped by an admin) finds out before it sends
 * again.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import {
  commitRetryingBusy,
  type CommitRetryOptions,
  commitWithRetry,
} from "./atomic.ts";
import {
  BROADCAST_ACTIVE_KEY,
  broadcastKey,
  USER_PREFIX,
  userKey,
} from "./keys.ts";
import { PLAIN_RECORDS, type RecordCodec, type Records } from "./records.ts";
import { USER_RECORD, type UserRecord } from "./user_store.ts";
import { DAY_MS } from "../util/durations.ts";

/**
 * Whether a user gets broadcasts: every user with a profile, except one who
 * blocked the bot and has not been seen since.
 *
 * The one rule of who is included: a user who is banned, or who used
 * /forget, must be left out here too.
 */
export function isBroadcastRecipient(user: UserRecord): boolean {
  if (user.blockedAt !== undefined && user.lastSeenAt <= user.blockedAt) {
    return false;
  }
  return true;
}

/**
 * A formatting entity of the message, as Telegram describes it (offsets in
 * UTF-16 units; `url`, `language` and the like as Telegram has them).
 */
export interface BroadcastEntity {
  readonly type: string;
  readonly offset: number;
  readonly length: number;
}

/** Where a broadcast stands. */
export type BroadcastStatus = "preview" | "sending" | "done" | "stopped";

/** One `/broadcast`. */
export interface BroadcastRecord {
  id: string;
  /** The admin who wrote it; their private chat gets the preview, the progress and the report. */
  adminId: number;
  /** The admin's interface language, for the progress and the report. */
  locale: string;
  text: string;
  entities: BroadcastEntity[];
  status: BroadcastStatus;
  createdAt: number;
  /** The instance sending it; `null` before it starts. */
  owner: string | null;
  /** Recipients when it was started (users may join while it runs). */
  total: number;
  /** The last user id handled, in key order; `null` before the first. */
  cursor: number | null;
  /** The recipient whose message was being sent, not yet recorded: never sent again. */
  pending: number | null;
  sent: number;
  blocked: number;
  failed: number;
  /** An admin asked to stop it. */
  stopRequested: boolean;
  /** The message that shows the progress, once sent. */
  progressMessageId?: number;
  startedAt?: number;
  finishedAt?: number;
}

/** What a preview is made of. */
export interface BroadcastDraft {
  adminId: number;
  locale: string;
  text: string;
  entities: BroadcastEntity[];
}

/** A record with its versionstamp, for the next checked commit. */
export interface BroadcastEntry {
  record: BroadcastRecord;
  versionstamp: string;
}

/** Outcome of {@linkcode BroadcastStore.start}. */
export type StartOutcome =
  | { ok: true; record: BroadcastRecord }
  | { ok: false; reason: "gone" | "busy" | "started" };

/** Outcome of {@linkcode BroadcastStore.cancel}. */
export type CancelOutcome =
  | { ok: true; status: "stopped" | "stopping" }
  | { ok: false; reason: "gone" | "finished" };

/** How long a preview waits for Send. */
export const PREVIEW_TTL_MS = DAY_MS;
/** How long a finished broadcast's record is kept. */
export const FINISHED_TTL_MS = 30 * DAY_MS;

/** Options of {@linkcode BroadcastStore}. */
export interface BroadcastStoreOptions extends CommitRetryOptions {
  clock: Clock;
  /** The record layer the user records are read through. Default: plain records. */
  records?: Records;
}

/** Broadcast records, the active pointer and the recipient list. */
export class BroadcastStore {
  readonly #kv: Deno.Kv;
  readonly #options: BroadcastStoreOptions;
  readonly #users: RecordCodec<UserRecord>;

  constructor(kv: Deno.Kv, options: BroadcastStoreOptions) {
    this.#kv = kv;
    this.#options = options;
    this.#users = (options.records ?? PLAIN_RECORDS).codec(USER_RECORD);
  }

  /** Store a preview; it waits {@linkcode PREVIEW_TTL_MS} for Send. */
  async createPreview(draft: BroadcastDraft): Promise<BroadcastRecord> {
    const record: BroadcastRecord = {
      ...draft,
      id: crypto.randomUUID(),
      status: "preview",
      createdAt: this.#options.clock.now(),
      owner: null,
      total: 0,
      cursor: null,
      pending: null,
      sent: 0,
      blocked: 0,
      failed: 0,
      stopRequested: false,
    };
    await this.#kv.set(broadcastKey(record.id), record, {
      expireIn: PREVIEW_TTL_MS,
    });
    return record;
  }

  /** The record with its versionstamp, or `null`. */
  async get(id: string): Promise<BroadcastEntry | null> {
    const entry = await this.#kv.get<BroadcastRecord>(broadcastKey(id));
    return entry.value === null
      ? null
      : { record: entry.value, versionstamp: entry.versionstamp };
  }

  /** The broadcast being sent, if any. */
  async active(): Promise<BroadcastEntry | null> {
    const pointer = await this.#kv.get<string>(BROADCAST_ACTIVE_KEY);
    return pointer.value === null ? null : await this.get(pointer.value);
  }

  /**
   * Start sending a preview on `owner`, with `total` recipients: one commit
   * that also takes the active pointer, so two taps (or two instances) start
   * it once, and never while another broadcast is being sent.
   */
  async start(id: string, owner: string, total: number): Promise<StartOutcome> {
    const kv = this.#kv;
    return await commitWithRetry<StartOutcome>(async () => {
      const [entry, pointer] = await kv.getMany<[BroadcastRecord, string]>([
        broadcastKey(id),
        BROADCAST_ACTIVE_KEY,
      ]);
      if (entry.value === null) {
        return { op: null, result: { ok: false, reason: "gone" } };
      }
      if (entry.value.status !== "preview") {
        return { op: null, result: { ok: false, reason: "started" } };
      }
      if (pointer.value !== null) {
        const other = await kv.get<BroadcastRecord>(
          broadcastKey(pointer.value),
        );
        if (other.value?.status === "sending") {
          return { op: null, result: { ok: false, reason: "busy" } };
        }
      }
      const record: BroadcastRecord = {
        ...entry.value,
        status: "sending",
        owner,
        total,
        startedAt: this.#options.clock.now(),
      };
      const op = kv.atomic().check(entry).check(pointer)
        .set(broadcastKey(id), record)
        .set(BROADCAST_ACTIVE_KEY, id);
      return { op, result: { ok: true, record } };
    }, this.#options);
  }

  /**
   * Cancel a preview (nothing is sent), or ask the broadcast being sent to
   * stop: its worker stops before its next message and reports.
   */
  async cancel(id: string): Promise<CancelOutcome> {
    const kv = this.#kv;
    return await commitWithRetry<CancelOutcome>(async () => {
      const entry = await kv.get<BroadcastRecord>(broadcastKey(id));
      const record = entry.value;
      if (record === null) {
        return { op: null, result: { ok: false, reason: "gone" } };
      }
      if (record.status === "preview") {
        const stopped = {
          ...record,
          status: "stopped" as const,
          finishedAt: this.#options.clock.now(),
        };
        return {
          op: kv.atomic().check(entry).set(broadcastKey(id), stopped, {
            expireIn: FINISHED_TTL_MS,
          }),
          result: { ok: true, status: "stopped" },
        };
      }
      if (record.status !== "sending") {
        return { op: null, result: { ok: false, reason: "finished" } };
      }
      return {
        op: kv.atomic().check(entry).set(broadcastKey(id), {
          ...record,
          stopRequested: true,
        }),
        result: { ok: true, status: "stopping" },
      };
    }, this.#options);
  }

  /**
   * Write `record` over `entry` if nobody changed it since (the one commit per
   * recipient, and every other change of the worker). "database is locked"
   * (another process sharing the KV file is writing) is committed again: a
   * throw here would stop the broadcast until the next sweep.
   *
   * @returns the new entry, or `null` when another writer changed it first
   */
  async save(
    entry: BroadcastEntry,
    record: BroadcastRecord,
  ): Promise<BroadcastEntry | null> {
    const result = await commitRetryingBusy(() =>
      this.#kv.atomic()
        .check({
          key: broadcastKey(record.id),
          versionstamp: entry.versionstamp,
        })
        .set(broadcastKey(record.id), record), this.#options);
    return result.ok ? { record, versionstamp: result.versionstamp } : null;
  }

  /**
   * End a broadcast (`done`, or `stopped`) and free the active pointer, if
   * nobody changed the record since `entry`.
   */
  async finish(
    entry: BroadcastEntry,
    record: BroadcastRecord,
  ): Promise<BroadcastEntry | null> {
    const finished = { ...record, finishedAt: this.#options.clock.now() };
    const pointer = await this.#kv.get<string>(BROADCAST_ACTIVE_KEY);
    const result = await commitRetryingBusy(() => {
      const op = this.#kv.atomic()
        .check({
          key: broadcastKey(record.id),
          versionstamp: entry.versionstamp,
        })
        .set(broadcastKey(record.id), finished, { expireIn: FINISHED_TTL_MS });
      if (pointer.value === record.id) {
        op.check(pointer).delete(BROADCAST_ACTIVE_KEY);
      }
      return op;
    }, this.#options);
    return result.ok
      ? { record: finished, versionstamp: result.versionstamp }
      : null;
  }

  /**
   * Take over a broadcast being sent whose owner `isDead` says is gone (or
   * that names `owner` already, after a restart with the same id). A
   * recipient left `pending` is not sent again: it counts as failed.
   */
  async claim(
    id: string,
    owner: string,
    isDead: (instanceId: string) => boolean,
  ): Promise<BroadcastEntry | null> {
    const entry = await this.get(id);
    const record = entry?.record;
    if (!entry || !record || record.status !== "sending") return null;
    if (record.owner !== owner && !(record.owner && isDead(record.owner))) {
      return null;
    }
    const uncertain = record.pending === null ? 0 : 1;
    return await this.save(entry, {
      ...record,
      owner,
      pending: null,
      failed: record.failed + uncertain,
    });
  }

  /**
   * The user records after user id `cursor` (from the first for `null`), in
   * key order, at most `limit`; recipients or not, so the cursor can pass
   * the others too.
   */
  async usersAfter(
    cursor: number | null,
    limit: number,
  ): Promise<UserRecord[]> {
    const users: UserRecord[] = [];
    const entries = this.#kv.list(
      cursor === null
        ? { prefix: USER_PREFIX }
        : { prefix: USER_PREFIX, start: userKey(cursor + 1) },
      { limit },
    );
    for await (const entry of entries) {
      if (typeof entry.key[1] !== "number") continue;
      const user = await this.#users.decode(entry.key, entry.value);
      if (user !== null) users.push(user);
    }
    return users;
  }

  /** How many users {@linkcode isBroadcastRecipient} accepts now. */
  async countRecipients(): Promise<number> {
    let count = 0;
    for await (const entry of this.#kv.list({ prefix: USER_PREFIX })) {
      if (typeof entry.key[1] !== "number") continue;
      const user = await this.#users.decode(entry.key, entry.value);
      if (user !== null && isBroadcastRecipient(user)) count++;
    }
    return count;
  }
}
