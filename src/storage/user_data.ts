/**
 * Everything kept about one user, found from the one list of record kinds
 * that belong to a user ({@linkcode USER_RECORDS} in keys.ts): `/export`
 * reads it, `/forget` deletes it. A record kind added to that list is
 * exported and forgotten without a change here.
 *
 * Finding them reads only the user's own keys, never every user's: a kind is
 * keyed by the user's id (one range), by the ids of the user's jobs, or found
 * through the user's index (`["user_index", userId, …]`, written with the
 * record). A kind declared otherwise is refused, so the work grows with the
 * user's data, not with the bot's.
 *
 * @module
 */
import { getManyAtOnce } from "./atomic.ts";
import {
  KEPT_USER_RECORDS,
  USER_RECORDS,
  userIndexPrefix,
  type UserPlace,
  type UserRecordKind,
} from "./keys.ts";

/**
 * One record of a user. `part` marks a record several users share (a group
 * chat's session): its value holds only the user's part, and /forget removes
 * that part instead of deleting the key.
 */
export interface UserRecordEntry {
  readonly key: Deno.KvKey;
  readonly value: unknown;
  readonly versionstamp: string;
  readonly part?: boolean;
}

/** One user's records of every kind, by kind name; kinds with none are left out. */
export type UserRecords = Record<string, UserRecordEntry[]>;

/**
 * Opens a stored value: the record layer's `decodeAny`, so that sealed and
 * enveloped values are read (and attributed to their user) in today's shape.
 */
export type DecodeValue = (
  key: Deno.KvKey,
  stored: unknown,
) => Promise<unknown>;

/**
 * Removes the user's part of a shared record (kind `kind`, at `key`): for a
 * session, `sessions.changePending(chatId, userId, () => null)`, so that
 * other members' questions and the store's caches stay right.
 */
export type DropPart = (kind: string, key: Deno.KvKey) => Promise<void>;

/** Mutations per commit when forgetting: far below KV's limit of 1,000. */
const DELETE_BATCH = 100;

/** Rounds of listing and deleting before /forget gives up on a user who keeps writing. */
const FORGET_ROUNDS = 5;

/**
 * Every record of `userId` of the given kinds (by default those /forget
 * deletes and those it keeps), by kind name.
 *
 * @throws {TypeError} for a kind whose records cannot be found without reading every user's
 */
export async function findUserRecords(
  kv: Deno.Kv,
  userId: number,
  decode: DecodeValue,
  kinds: readonly UserRecordKind[] = [...USER_RECORDS, ...KEPT_USER_RECORDS],
): Promise<UserRecords> {
  const found: UserRecords = {};
  // Records keyed by a job id follow the jobs: those listed first.
  const jobIds = new Set<string>();
  for (const kind of kinds) {
    const entries: UserRecordEntry[] = [];
    for await (const stored of candidatesOf(kv, kind, userId, jobIds)) {
      // A value sealed with a key this process lacks cannot be read: found
      // by its key alone, shown as unreadable.
      const value = await decode(stored.key, stored.value).catch(() => ({
        unreadable: true,
      }));
      const entry = ownedPart({ ...stored, value }, kind, userId, jobIds);
      if (entry === null) continue;
      entries.push(entry);
      if (kind.name === "jobs") jobIds.add(String(entry.key[1]));
      if (kind.name === "queue") {
        const queue = entry.value as { running?: unknown; queued?: unknown };
        for (const id of [queue.running, ...asArray(queue.queued)]) {
          if (typeof id === "string") jobIds.add(id);
        }
      }
    }
    if (entries.length > 0) found[kind.name] = entries;
  }
  return found;
}

/**
 * Delete every record of `userId` that /forget deletes
 * ({@linkcode USER_RECORDS}), in batches, and remove their parts of shared
 * records through `options.dropPart`, listing again until none is left (a job
 * finishing meanwhile may write one more).
 *
 * @returns how many records were deleted or had the user's part removed
 * @throws {TypeError} when a shared record holds a part of the user and no `dropPart` is given
 * @throws {Error} when records of the user were still being written after every round: some are left, and a later /forget takes them
 */
export async function forgetUserRecords(
  kv: Deno.Kv,
  userId: number,
  decode: DecodeValue,
  options: { dropPart?: DropPart } = {},
): Promise<number> {
  let deleted = 0;
  for (let round = 0; round < FORGET_ROUNDS; round++) {
    const found = await findUserRecords(kv, userId, decode, USER_RECORDS);
    const entries = Object.entries(found).flatMap(([kind, list]) =>
      list.map((entry) => ({ kind, entry }))
    );
    if (entries.length === 0) return deleted;
    // Parts first: the index entries that find them are deleted with the rest.
    for (const { kind, entry } of entries) {
      if (!entry.part) continue;
      if (options.dropPart === undefined) {
        throw new TypeError(
          `Cannot forget a user: a shared ${kind} record holds their part and no dropPart was given`,
        );
      }
      await options.dropPart(kind, entry.key);
    }
    const keys = entries.filter(({ entry }) => !entry.part)
      .map(({ entry }) => entry.key);
    for (let i = 0; i < keys.length; i += DELETE_BATCH) {
      const op = kv.atomic();
      for (const key of keys.slice(i, i + DELETE_BATCH)) op.delete(key);
      await op.commit();
    }
    deleted += entries.length;
  }
  const left = await findUserRecords(kv, userId, decode, USER_RECORDS);
  if (Object.keys(left).length === 0) return deleted;
  // Never a silent partial /forget: the caller says it failed.
  throw new Error(
    `Cannot forget a user: records of theirs were still being written after ${FORGET_ROUNDS} rounds (${
      Object.keys(left).join(", ")
    } left)`,
  );
}

/** The stored entries that may be `userId`'s records of `kind`, read from the user's own keys only. */
async function* candidatesOf(
  kv: Deno.Kv,
  kind: UserRecordKind,
  userId: number,
  jobIds: ReadonlySet<string>,
): AsyncIterable<Deno.KvEntry<unknown>> {
  const find = kind.find ?? { by: "range" };
  switch (find.by) {
    case "range":
      if (kind.user.in !== "key" || kind.user.at !== kind.prefix.length) {
        throw new TypeError(
          `Cannot find a user's ${kind.name} records: the user id is not right after the prefix, so they need an index`,
        );
      }
      yield* userRange(kv, kind.prefix, userId);
      return;
    case "jobs": {
      const ids = [...jobIds];
      yield* existing(kv, ids.map((id) => [...kind.prefix, id]));
      for (const id of ids) yield* kv.list({ prefix: [...kind.prefix, id] });
      return;
    }
    case "index": {
      const seen = new Set<string>();
      if (find.privateChat) {
        for await (const entry of userRange(kv, kind.prefix, userId)) {
          seen.add(keyId(entry.key));
          yield entry;
        }
      }
      const indexed: Deno.KvKey[] = [];
      const prefix = userIndexPrefix(userId, kind.prefix);
      for await (const entry of kv.list({ prefix })) {
        const key = entry.key.slice(prefix.length - kind.prefix.length);
        if (!seen.has(keyId(key))) indexed.push(key);
      }
      yield* existing(kv, indexed);
      return;
    }
  }
}

/** `[...prefix, userId]` itself and every key below it (a prefix selector would leave out the key itself). */
function userRange(
  kv: Deno.Kv,
  prefix: Deno.KvKey,
  userId: number,
): Deno.KvListIterator<unknown> {
  return kv.list({ start: [...prefix, userId], end: [...prefix, userId + 1] });
}

async function* existing(
  kv: Deno.Kv,
  keys: readonly Deno.KvKey[],
): AsyncIterable<Deno.KvEntry<unknown>> {
  for (const entry of await getManyAtOnce(kv, keys)) {
    if (entry.versionstamp !== null) yield entry as Deno.KvEntry<unknown>;
  }
}

/** The entry as the user's record (for a shared one, only their part), or `null` when it is not theirs. */
function ownedPart(
  entry: Deno.KvEntry<unknown>,
  kind: UserRecordKind,
  userId: number,
  jobIds: ReadonlySet<string>,
): UserRecordEntry | null {
  const privateChat = kind.find?.by === "index" && kind.find.privateChat &&
    entry.key[kind.prefix.length] === userId;
  if (privateChat) return entry;
  const place: UserPlace = kind.user;
  switch (place.in) {
    case "key":
      return entry.key[place.at] === userId ? entry : null;
    case "job":
      return jobIds.has(String(entry.key[place.at])) ? entry : null;
    case "value":
      return at(entry.value, place.path) === userId ? entry : null;
    case "part": {
      const parts = at(entry.value, place.path);
      const mine = typeof parts === "object" && parts !== null
        ? (parts as Record<string, unknown>)[String(userId)]
        : undefined;
      if (mine === undefined) return null;
      const value = place.path.reduceRight<unknown>(
        (inner, field) => ({ [field]: inner }),
        { [String(userId)]: mine },
      );
      return { ...entry, value, part: true };
    }
  }
}

function at(value: unknown, path: readonly string[]): unknown {
  for (const field of path) {
    value = typeof value === "object" && value !== null
      ? (value as Record<string, unknown>)[field]
      : undefined;
  }
  return value;
}

function keyId(key: Deno.KvKey): string {
  return JSON.stringify(key, (_k, v) => typeof v === "bigint" ? `${v}n` : v);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
