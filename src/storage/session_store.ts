/**
 * Per-chat session state in Deno KV, expiring after a period of silence.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import type { CommitRetryOptions } from "./atomic.ts";
import { type CacheStats, KvCache, type KvCacheOptions } from "./cache.ts";
import {
  SESSION_PREFIX,
  sessionAnswerKey,
  sessionKey,
  userIndexKey,
} from "./keys.ts";
import type { JobInput, StoredQuestion } from "./job_store.ts";
import {
  PLAIN_RECORDS,
  type RecordCodec,
  type RecordKind,
  type Records,
} from "./records.ts";
import { DAY_MS } from "../util/durations.ts";

/** The shape of a session written by this version. */
export const SESSION_SCHEMA = 2;

/**
 * Clarifying questions asked of a user, waiting for their answers: typed,
 * or tapped under the questions' message. `request` is the job to run with
 * the answers once the last is given (or the rest are skipped).
 */
export interface PendingQuestions {
  /** The job that asked: the questions' buttons name it. */
  askId: string;
  /** The message showing the current question, edited as they are answered. */
  messageId: number;
  request: JobInput;
  questions: StoredQuestion[];
  /** Answers given so far, in order ("" for a skipped question). */
  answers: string[];
  /** When the questions stop waiting (ms since the epoch). */
  expiresAt: number;
  /**
   * A text typed while they wait that reads like a new idea: kept here
   * while the user is asked whether it answers the current question or is a
   * new prompt. Any answer to that question drops it.
   */
  typed?: TypedText;
}

/** See {@linkcode PendingQuestions.typed}. */
export interface TypedText {
  text: string;
  /** The question it was typed at (0-based): an answer to another one is stale. */
  question: number;
  /** The bot's message asking "answer or new idea?", whose buttons decide. */
  messageId: number;
  /** The user's message holding the text. */
  sourceId: number;
}

/**
 * State of one chat: the clarifying questions waiting for each user's
 * answers. Which answer a message of the bot shows is kept beside it, one key
 * per message (`["session_answer", chatId, messageId]`), so that writing it
 * never contends with the chat's other users. Sessions of earlier versions
 * (no `v`) held nothing a feature reads; their fields are dropped on read.
 */
export interface SessionData {
  v?: number;
  updatedAt: number;
  /** Waiting questions by user id. */
  pending?: Record<string, PendingQuestions>;
}

/** What a message of the bot shows: whose answer, written by which job. */
export interface AnswerRef {
  userId: number;
  answerId: string;
}

/** How long clarifying questions wait for their answers: a day. */
export const PENDING_TTL_MS = DAY_MS;

/** How long a silent chat keeps its session: 7 days. */
export const SESSION_TTL_MS = 7 * DAY_MS;

/** Options of {@linkcode SessionStore}. */
export interface SessionStoreOptions extends CommitRetryOptions {
  clock: Clock;
  /** Expiry of a session after its last write, in milliseconds. */
  ttlMs?: number;
  /**
   * The read cache in front of sessions (default: 10,000 entries, 5 s). Reads
   * may be up to its `ttlMs` stale for another instance's writes; updates
   * always read KV.
   */
  cache?: KvCacheOptions;
  /** The record layer (versions, encryption). Default: plain records. */
  records?: Records;
}

/**
 * `["session", chatId]`: per-chat state, which holds the user's words (the
 * workshop's answers), so it is sealed. Version 0 sessions may hold the
 * `lastRequest` (a prompt) of earlier versions: it is dropped.
 */
export const SESSION_RECORD: RecordKind<SessionData> = {
  name: "session",
  prefix: SESSION_PREFIX[0],
  version: 1,
  sealed: true,
  upgrade: (value, from) => {
    if (from > 0) return value as SessionData;
    const { lastRequest: _, ...rest } = value as SessionData & {
      lastRequest?: unknown;
    };
    return rest;
  },
  legacyExpireIn: (session, now) =>
    Math.max(1, session.updatedAt + SESSION_TTL_MS - now),
};

/**
 * Sessions of chats. Reads go through a short read cache; every update reads
 * KV and commits with a versionstamp check.
 */
export class SessionStore {
  readonly #kv: Deno.Kv;
  readonly #cache: KvCache<SessionData>;
  readonly #options: SessionStoreOptions;
  readonly #codec: RecordCodec<SessionData>;

  constructor(kv: Deno.Kv, options: SessionStoreOptions) {
    this.#kv = kv;
    this.#codec = (options.records ?? PLAIN_RECORDS).codec(SESSION_RECORD);
    this.#cache = new KvCache(kv, {
      ...options.cache,
      clock: options.clock,
      codec: this.#codec,
    });
    this.#options = options;
  }

  /**
   * The chat's session, or `null` when none is stored or it expired; possibly
   * up to the cache TTL old unless `fresh` is set.
   */
  async get(
    chatId: number,
    options: { fresh?: boolean } = {},
  ): Promise<SessionData | null> {
    const stored = await this.#cache.get(sessionKey(chatId), options);
    return stored === null ? null : current(stored);
  }

  /** Read-modify-write the chat's session atomically and refresh its expiry. */
  async update(
    chatId: number,
    change: (current: SessionData) => SessionData,
    also?: (op: Deno.AtomicOperation) => void,
  ): Promise<SessionData> {
    const now = this.#options.clock.now();
    const stored = await this.#cache.update(
      sessionKey(chatId),
      (cur) => ({
        ...change(
          cur ? current(cur) : { v: SESSION_SCHEMA, updatedAt: now },
        ),
        v: SESSION_SCHEMA,
        updatedAt: now,
      }),
      {
        ...this.#options,
        expireIn: this.#ttlMs,
        ...(also ? { also: (op: Deno.AtomicOperation) => also(op) } : {}),
      },
    );
    return stored!;
  }

  get #ttlMs(): number {
    return this.#options.ttlMs ?? SESSION_TTL_MS;
  }

  /**
   * Record that the bot's messages `messageIds` in the chat show `ref`'s
   * answer, so a button under or a reply to any of them finds it: one blind
   * commit, kept as long as a session, with the entries of the user's index
   * that /export and /forget read.
   */
  async rememberAnswer(
    chatId: number,
    messageIds: readonly number[],
    ref: AnswerRef,
  ): Promise<void> {
    if (messageIds.length === 0) return;
    const op = this.#kv.atomic();
    const expireIn = this.#ttlMs;
    for (const id of messageIds) {
      const key = sessionAnswerKey(chatId, id);
      op.set(key, ref, { expireIn });
      op.set(userIndexKey(ref.userId, key), 1, { expireIn });
    }
    await op.commit();
  }

  /** The answer a message of the bot shows, or `null` when unknown or expired. */
  async answerAt(chatId: number, messageId: number): Promise<AnswerRef | null> {
    return (await this.#kv.get<AnswerRef>(sessionAnswerKey(chatId, messageId)))
      .value;
  }

  /**
   * The questions waiting for `userId`'s answers in the chat, or `null` (none,
   * or expired at `now`). Read from KV, not the cache: an answer must never
   * be taken for a new prompt.
   */
  async pending(
    chatId: number,
    userId: number,
    now: number,
  ): Promise<PendingQuestions | null> {
    return pendingOf(await this.get(chatId, { fresh: true }), userId, now);
  }

  /**
   * Change the questions waiting for `userId` atomically: `change` gets the
   * current ones (`null` when none or expired) and returns the new ones, or
   * `null` to drop them. The same commit writes (or deletes) the entry of
   * the user's index that points /export and /forget at the chat's session:
   * their questions hold their prompt, in a group chat too.
   *
   * @returns what `change` returned
   */
  async changePending(
    chatId: number,
    userId: number,
    change: (current: PendingQuestions | null) => PendingQuestions | null,
  ): Promise<PendingQuestions | null> {
    let result: PendingQuestions | null = null;
    const now = this.#options.clock.now();
    await this.update(chatId, (session) => {
      result = change(pendingOf(session, userId, now));
      return withPending(session, userId, result, now);
    }, (op) => {
      const index = userIndexKey(userId, sessionKey(chatId));
      if (result === null) op.delete(index);
      // Outlives the session: a later write by another member keeps the
      // session (and these questions, until they expire) another TTL.
      else op.set(index, 1, { expireIn: this.#ttlMs + PENDING_TTL_MS });
    });
    return result;
  }

  /**
   * In `op`, the commit of something that replaces `userId`'s questions
   * `askId` (the job written with their answers, or a new idea instead):
   * the chat's session `entry` (as read) without them, checked unchanged
   * since, with the user's index entry deleted. Call {@linkcode evict} once
   * `op` committed. Pass the `now` the acceptance's divert check used, so
   * that questions expiring between the two are judged alike.
   *
   * @throws {RangeError} when `entry` holds no such questions at `now`
   */
  async dropPendingIn(
    op: Deno.AtomicOperation,
    entry: Deno.KvEntryMaybe<unknown>,
    userId: number,
    askId: string,
    now: number = this.#options.clock.now(),
  ): Promise<void> {
    const stored = entry.value === null
      ? null
      : await this.#codec.decode(entry.key, entry.value);
    const session = stored === null ? null : current(stored);
    if (session === null || pendingOf(session, userId, now)?.askId !== askId) {
      throw new RangeError("Cannot drop questions that do not wait");
    }
    const next = {
      ...withPending(session, userId, null, now),
      v: SESSION_SCHEMA,
      updatedAt: now,
    };
    op.check(entry);
    await this.#codec.set(op, entry.key, next, { expireIn: this.#ttlMs });
    op.delete(userIndexKey(userId, entry.key));
  }

  /** Drop this instance's cached read of the chat's session (written elsewhere). */
  evict(chatId: number): void {
    this.#cache.evict(sessionKey(chatId));
  }

  /** Forget the chat's session. */
  async delete(chatId: number): Promise<void> {
    await this.#cache.delete(sessionKey(chatId));
  }

  /**
   * Delete sessions last written before `cutoff`, and those still holding the
   * `lastRequest` (a prompt) that earlier versions stored and nothing reads;
   * each only if unchanged since it was listed (a session refreshed meanwhile
   * is kept).
   *
   * @returns how many were deleted
   */
  async deleteIdle(cutoff: number): Promise<number> {
    let deleted = 0;
    for await (const entry of this.#kv.list({ prefix: SESSION_PREFIX })) {
      const legacy = typeof entry.value === "object" && entry.value !== null &&
        "lastRequest" in entry.value;
      const session = legacy
        ? null
        : await this.#codec.decode(entry.key, entry.value);
      if (session !== null && session.updatedAt >= cutoff) {
        await this.#dropExpiredQuestions(entry, session);
        continue;
      }
      const result = await this.#kv.atomic().check(entry).delete(entry.key)
        .commit();
      if (result.ok) deleted++;
    }
    return deleted;
  }

  /**
   * Rewrite a kept session without the questions that stopped waiting (they
   * hold the idea they asked about), unless it changed since it was listed.
   * It keeps its time stamp and expiry.
   */
  async #dropExpiredQuestions(
    entry: Deno.KvEntry<unknown>,
    session: SessionData,
  ): Promise<void> {
    const now = this.#options.clock.now();
    const waiting = Object.entries(session.pending ?? {});
    const kept = waiting.filter(([, questions]) => questions.expiresAt > now);
    if (kept.length === waiting.length) return;
    const { pending: _, ...rest } = session;
    const next: SessionData = kept.length > 0
      ? { ...rest, pending: Object.fromEntries(kept) }
      : rest;
    const ttl = this.#options.ttlMs ?? SESSION_TTL_MS;
    const expireIn = Math.max(1, session.updatedAt + ttl - now);
    const op = this.#kv.atomic().check(entry);
    await this.#codec.set(op, entry.key, next, { expireIn });
    const { ok } = await op.commit();
    // This instance's cache must not serve the questions again.
    if (ok) this.#cache.evict(entry.key);
  }

  /**
   * Drop cached reads whose TTL has passed: they are never served again, and
   * after a burst of distinct users they are most of the cache. The idle
   * collector calls it once the bot is quiet.
   *
   * @returns how many were dropped
   */
  purgeStale(): number {
    return this.#cache.purgeStale();
  }

  /** Size and hit counters of the read cache. */
  cacheStats(): CacheStats {
    return this.#cache.stats();
  }
}

/** A stored session in today's shape: fields of earlier versions dropped. */
function current(stored: SessionData): SessionData {
  if (stored.v !== SESSION_SCHEMA) {
    return { v: SESSION_SCHEMA, updatedAt: stored.updatedAt };
  }
  return stored;
}

/**
 * `session` with `result` as `userId`'s questions (`null`: none), and
 * without other users' questions that stopped waiting at `now`.
 */
function withPending(
  session: SessionData,
  userId: number,
  result: PendingQuestions | null,
  now: number,
): SessionData {
  const pending: Record<string, PendingQuestions> = {};
  for (const [id, waiting] of Object.entries(session.pending ?? {})) {
    if (id !== String(userId) && waiting.expiresAt > now) {
      pending[id] = waiting;
    }
  }
  if (result !== null) pending[String(userId)] = result;
  const { pending: _, ...rest } = session;
  return Object.keys(pending).length > 0 ? { ...rest, pending } : rest;
}

function pendingOf(
  session: SessionData | null,
  userId: number,
  now: number,
): PendingQuestions | null {
  const waiting = session?.pending?.[String(userId)];
  return waiting !== undefined && waiting.expiresAt > now ? waiting : null;
}
