/**
 * Everything kept about one user, found from the one list of record kinds
 * that belong to a user ({@linkcode USER_RECORDS} in keys.ts): `/export`
 * reads it, `/forget` deletes it. A record kind added to that list is
 * exported and forgotten without a change here.
 *
 * @module
 */
import {
  KEPT_USER_RECORDS,
  USER_RECORDS,
  type UserPlace,
  type UserRecordKind,
} from "./keys.ts";

/** One user's records of every kind, by kind name; kinds with none are left out. */
export type UserRecords = Record<string, Deno.KvEntry<unknown>[]>;

/**
 * Opens a stored value: the record layer's `decodeAny`, so that sealed and
 * enveloped values are read (and attributed to their user) in today's shape.
 */
export type DecodeValue = (
  key: Deno.KvKey,
  stored: unknown,
) => Promise<unknown>;

/** Mutations per commit when forgetting: far below KV's limit of 1,000. */
const DELETE_BATCH = 100;

/** Rounds of listing and deleting before /forget gives up on a user who keeps writing. */
const FORGET_ROUNDS = 5;

/**
 * Every record of `userId` of the given kinds (by default those /forget
 * deletes and those it keeps), by kind name.
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
    const entries: Deno.KvEntry<unknown>[] = [];
    for await (const stored of listOf(kv, kind, userId)) {
      // A value sealed with a key this process lacks cannot be read: found
      // by its key alone, shown as unreadable.
      const value = await decode(stored.key, stored.value).catch(() => ({
        unreadable: true,
      }));
      const entry = { ...stored, value };
      if (!belongsTo(entry, kind.user, userId, jobIds)) continue;
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
 * ({@linkcode USER_RECORDS}), in batches, listing again until none is left
 * (a job finishing meanwhile may write one more).
 *
 * @returns how many records were deleted
 */
export async function forgetUserRecords(
  kv: Deno.Kv,
  userId: number,
  decode: DecodeValue,
): Promise<number> {
  let deleted = 0;
  for (let round = 0; round < FORGET_ROUNDS; round++) {
    const found = await findUserRecords(kv, userId, decode, USER_RECORDS);
    const keys = Object.values(found).flat().map((entry) => entry.key);
    if (keys.length === 0) return deleted;
    for (let i = 0; i < keys.length; i += DELETE_BATCH) {
      const op = kv.atomic();
      for (const key of keys.slice(i, i + DELETE_BATCH)) op.delete(key);
      await op.commit();
    }
    deleted += keys.length;
  }
  return deleted;
}

function listOf(
  kv: Deno.Kv,
  kind: UserRecordKind,
  userId: number,
): Deno.KvListIterator<unknown> {
  // A user id right after the prefix narrows the listing to the user's keys:
  // `[...prefix, userId]` itself and every key below it (a prefix selector
  // would leave out the key itself).
  if (kind.user.in === "key" && kind.user.at === kind.prefix.length) {
    return kv.list({
      start: [...kind.prefix, userId],
      end: [...kind.prefix, userId + 1],
    });
  }
  return kv.list({ prefix: kind.prefix });
}

function belongsTo(
  entry: Deno.KvEntry<unknown>,
  place: UserPlace,
  userId: number,
  jobIds: ReadonlySet<string>,
): boolean {
  switch (place.in) {
    case "key":
      return entry.key[place.at] === userId;
    case "job":
      return jobIds.has(String(entry.key[place.at]));
    case "value": {
      let value: unknown = entry.value;
      for (const field of place.path) {
        value = typeof value === "object" && value !== null
          ? (value as Record<string, unknown>)[field]
          : undefined;
      }
      return value === userId;
    }
  }
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
