/**
 * Per-user prompt history in Deno KV: one key per item, newest kept, oldest
 * trimmed in the same atomic commit that appends.
 *
 * @module
 */
import { cutSafely } from "../util/text.ts";
import type { Clock } from "../clock.ts";
import { type CommitRetryOptions, commitWithRetry } from "./atomic.ts";
import {
  HISTORY_META_PREFIX,
  HISTORY_PREFIX,
  HISTORY_REF_PREFIX,
  historyItemKey,
  historyMetaKey,
  historyRefKey,
  historyUserPrefix,
} from "./keys.ts";
import {
  PLAIN_RECORDS,
  type RecordCodec,
  type RecordKind,
  type Records,
} from "./records.ts";

/** Items kept per user by default (HISTORY_LIMIT). */
export const DEFAULT_HISTORY_LIMIT = 20;

/** How a history item's result was produced. */
export type HistorySource = "ai" | "offline";

/** What a caller records. */
export interface HistoryEntry {
  /** The rough idea (for a revision: the chain's original idea). */
  prompt: string;
  /** The written prompt. */
  result: string;
  category: string;
  source: HistorySource;
  model?: string;
  /** Idempotency token (for example the job id); a second append with it is ignored. */
  requestId?: string;
  /** The target model id it was written for; absent in items of earlier versions. */
  target?: string;
  /** 1 for an original answer, 2… for its revisions; absent (1) in items of earlier versions. */
  version?: number;
  /** The request id of the chain's first version (absent: this item is one). */
  rootId?: string;
  /** The request id of the version this one revises. */
  parentId?: string;
  /** What the revision asked: a button's action, or "reply". */
  action?: string;
  /** The user's words, for a typed revision. */
  instruction?: string;
  /** The chat the answer was shown in; absent in items of earlier versions. */
  chatId?: number;
  /** The notes shown outside the prompt. */
  assumptions?: string[];
  placeholders?: string[];
}

/** One stored history item. */
export interface HistoryItem extends HistoryEntry {
  seq: number;
  createdAt: number;
  /** True when `result` was cut to fit a KV value. */
  truncated: boolean;
}

/** Bookkeeping per user, the single key every history write checks. */
export interface HistoryMeta {
  seq: number;
  count: number;
  /** The last few request ids, so a retried append is not stored twice. */
  recentRequestIds: string[];
}

/** Longest stored result in UTF-16 code units; keeps every value far below KV's 64 KiB. */
export const MAX_STORED_RESULT = 20_000;
/** Longest stored prompt in UTF-16 code units. */
export const MAX_STORED_PROMPT = 8_000;
const RECENT_REQUEST_IDS = 16;
// Items deleted per commit when trimming by age; far below KV's 1,000 mutations.
const TRIM_BATCH = 100;

/** Options of {@linkcode HistoryStore}. */
export interface HistoryStoreOptions extends CommitRetryOptions {
  /** Items kept per user (HISTORY_LIMIT). */
  limit: number;
  clock: Clock;
  /** The record layer (versions, encryption). Default: plain records. */
  records?: Records;
}

/** `["history", userId, seq]`: a prompt and its answer, sealed. */
export const HISTORY_ITEM_RECORD: RecordKind<HistoryItem> = {
  name: "history",
  prefix: HISTORY_PREFIX[0],
  version: 1,
  sealed: true,
  upgrade: (value) => {
    const item = value as HistoryItem;
    return { ...item, truncated: item.truncated ?? false };
  },
};

/** `["history_meta", userId]`: counts and job ids, no user content. */
export const HISTORY_META_RECORD: RecordKind<HistoryMeta> = {
  name: "history_meta",
  prefix: HISTORY_META_PREFIX[0],
  version: 1,
  sealed: false,
  upgrade: (value) => {
    const meta = value as HistoryMeta;
    return { ...meta, recentRequestIds: meta.recentRequestIds ?? [] };
  },
};

/** Per-user history of enhanced prompts. */
export class HistoryStore {
  readonly #kv: Deno.Kv;
  readonly #options: HistoryStoreOptions;
  readonly #item: RecordCodec<HistoryItem>;
  readonly #meta: RecordCodec<HistoryMeta>;

  constructor(kv: Deno.Kv, options: HistoryStoreOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 1) {
      throw new RangeError(
        `Cannot create history store: limit must be a positive integer, got ${options.limit}`,
      );
    }
    this.#kv = kv;
    this.#options = options;
    const records = options.records ?? PLAIN_RECORDS;
    this.#item = records.codec(HISTORY_ITEM_RECORD);
    this.#meta = records.codec(HISTORY_META_RECORD);
  }

  /**
   * Append an item and trim the oldest past the limit, in one atomic commit.
   *
   * @returns the stored item, or the earlier one when `requestId` was seen before
   */
  async append(userId: number, entry: HistoryEntry): Promise<HistoryItem> {
    const kv = this.#kv;
    const limit = this.#options.limit;
    return await commitWithRetry(async () => {
      const metaEntry = await kv.get(historyMetaKey(userId));
      const meta = await this.#meta.decode(metaEntry.key, metaEntry.value) ??
        { seq: 0, count: 0, recentRequestIds: [] };
      const duplicate = entry.requestId !== undefined &&
        meta.recentRequestIds.includes(entry.requestId);
      if (duplicate) {
        const existing = await this.#findByRequestId(userId, entry.requestId!);
        if (existing) return { op: null, result: existing };
      }
      const item = this.#makeItem(meta.seq + 1, entry);
      const excess = Math.max(0, meta.count + 1 - limit);
      const oldest = excess > 0 ? await this.#oldestKeys(userId, excess) : [];
      const op = kv.atomic().check(metaEntry);
      await this.#item.set(op, historyItemKey(userId, item.seq), item);
      if (item.requestId !== undefined) {
        op.set(historyRefKey(userId, item.requestId), item.seq);
      }
      for (const old of oldest) {
        op.delete(old.key);
        if (old.requestId !== undefined) {
          op.delete(historyRefKey(userId, old.requestId));
        }
      }
      const recentRequestIds = entry.requestId === undefined
        ? meta.recentRequestIds
        : [...meta.recentRequestIds, entry.requestId].slice(
          -RECENT_REQUEST_IDS,
        );
      await this.#meta.set(op, historyMetaKey(userId), {
        seq: item.seq,
        count: meta.count + 1 - oldest.length,
        recentRequestIds,
      });
      return { op, result: item };
    }, this.#options);
  }

  /** Items of a user, newest first. */
  async list(
    userId: number,
    options: { limit?: number; offset?: number } = {},
  ): Promise<HistoryItem[]> {
    const { limit = this.#options.limit, offset = 0 } = options;
    const items: HistoryItem[] = [];
    const iter = this.#kv.list({ prefix: historyUserPrefix(userId) }, {
      reverse: true,
      limit: limit + offset,
    });
    const entries: Deno.KvEntry<unknown>[] = [];
    for await (const entry of iter) entries.push(entry);
    for (const entry of entries.slice(offset)) {
      const item = await this.#item.decode(entry.key, entry.value);
      if (item !== null) items.push(item);
    }
    return items;
  }

  /**
   * The item job `requestId` wrote for the user, or `null` when there is none
   * (never written, trimmed, cleared). Items written before the index existed
   * are found among the recent ones.
   */
  async find(userId: number, requestId: string): Promise<HistoryItem | null> {
    const ref = await this.#kv.get<number>(historyRefKey(userId, requestId));
    if (typeof ref.value === "number") {
      const entry = await this.#kv.get(historyItemKey(userId, ref.value));
      const item = await this.#item.decode(entry.key, entry.value);
      if (item !== null) return item;
    }
    return (await this.#findByRequestId(userId, requestId)) ?? null;
  }

  /** How many items a user has. */
  async count(userId: number): Promise<number> {
    const entry = await this.#kv.get(historyMetaKey(userId));
    return (await this.#meta.decode(entry.key, entry.value))?.count ?? 0;
  }

  /**
   * Delete a user's whole history atomically.
   *
   * @returns how many items were deleted
   */
  async clear(userId: number): Promise<number> {
    const kv = this.#kv;
    return await commitWithRetry(async () => {
      const metaEntry = await kv.get<HistoryMeta>(historyMetaKey(userId));
      const keys: Deno.KvKey[] = [];
      for await (const e of kv.list({ prefix: historyUserPrefix(userId) })) {
        keys.push(e.key);
      }
      const refs: Deno.KvKey[] = [];
      for await (
        const e of kv.list({ prefix: [...HISTORY_REF_PREFIX, userId] })
      ) refs.push(e.key);
      if (metaEntry.versionstamp === null && keys.length === 0) {
        return { op: null, result: 0 };
      }
      const op = kv.atomic().check(metaEntry).delete(historyMetaKey(userId));
      for (const key of [...keys, ...refs]) op.delete(key);
      return { op, result: keys.length };
    }, this.#options);
  }

  /**
   * Delete a user's items created before `cutoff` (ms since the epoch),
   * oldest first, keeping `count` right: each batch checks and rewrites the
   * meta key in the same commit, like `append`. `seq` and the recent request
   * ids are kept, so numbering and idempotency survive an emptied history.
   *
   * @returns how many items were deleted
   */
  async trimOlderThan(userId: number, cutoff: number): Promise<number> {
    let deleted = 0;
    while (true) {
      const batch = await commitWithRetry(
        () => this.#trimBatch(userId, cutoff),
        this.#options,
      );
      deleted += batch;
      if (batch < TRIM_BATCH) return deleted;
    }
  }

  /** Ids of the users who have (or had) a history, in key order. */
  async *userIds(): AsyncGenerator<number> {
    for await (
      const entry of this.#kv.list({ prefix: HISTORY_META_PREFIX })
    ) {
      const userId = entry.key[HISTORY_META_PREFIX.length];
      if (typeof userId === "number") yield userId;
    }
  }

  async #trimBatch(userId: number, cutoff: number) {
    const kv = this.#kv;
    const metaEntry = await kv.get(historyMetaKey(userId));
    const meta = await this.#meta.decode(metaEntry.key, metaEntry.value);
    if (meta === null) return { op: null, result: 0 };
    const old: Deno.KvKey[] = [];
    const items = kv.list({ prefix: historyUserPrefix(userId) }, {
      limit: TRIM_BATCH,
    });
    const op = kv.atomic().check(metaEntry);
    for await (const entry of items) {
      const item = await this.#item.decode(entry.key, entry.value);
      // Listed by seq, which createdAt follows up to clock skew between
      // instances: stopping at the first young item at worst defers one.
      if (item !== null && item.createdAt >= cutoff) break;
      old.push(entry.key);
      op.delete(entry.key);
      if (item?.requestId !== undefined) {
        op.delete(historyRefKey(userId, item.requestId));
      }
    }
    if (old.length === 0) return { op: null, result: 0 };
    await this.#meta.set(op, historyMetaKey(userId), {
      ...meta,
      count: Math.max(0, meta.count - old.length),
    });
    return { op, result: old.length };
  }

  #makeItem(seq: number, entry: HistoryEntry): HistoryItem {
    const truncated = entry.result.length > MAX_STORED_RESULT;
    return {
      ...entry,
      prompt: cutSafely(entry.prompt, MAX_STORED_PROMPT),
      result: cutSafely(entry.result, MAX_STORED_RESULT),
      seq,
      createdAt: this.#options.clock.now(),
      truncated,
    };
  }

  async #oldestKeys(
    userId: number,
    n: number,
  ): Promise<{ key: Deno.KvKey; requestId?: string }[]> {
    const keys: { key: Deno.KvKey; requestId?: string }[] = [];
    for await (
      const e of this.#kv.list({ prefix: historyUserPrefix(userId) }, {
        limit: n,
      })
    ) {
      const item = await this.#item.decode(e.key, e.value);
      keys.push({ key: e.key, requestId: item?.requestId });
    }
    return keys;
  }

  async #findByRequestId(
    userId: number,
    requestId: string,
  ): Promise<HistoryItem | undefined> {
    const recent = await this.list(userId, { limit: RECENT_REQUEST_IDS });
    return recent.find((item) => item.requestId === requestId);
  }
}
