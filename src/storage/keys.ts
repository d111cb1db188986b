/**
 * The Deno KV key layout, defined once. Every key the bot writes starts with
 * one of these prefixes; docs/ARCHITECTURE.md describes the value shapes.
 *
 * @module
 */

/** `["user", userId]` → {@linkcode UserRecord}: profile and preferences. */
export const USER_PREFIX = ["user"] as const;
/** `["session", chatId]` → {@linkcode SessionData}: per-chat state, expires. */
export const SESSION_PREFIX = ["session"] as const;
/** `["history", userId, seq]` → {@linkcode HistoryItem}, one key per item. */
export const HISTORY_PREFIX = ["history"] as const;
/** `["history_meta", userId]` → {@linkcode HistoryMeta}: sequence and count. */
export const HISTORY_META_PREFIX = ["history_meta"] as const;
export const HISTORY_REF_PREFIX = ["history_ref"] as const;
export const TAP_PREFIX = ["tap"] as const;
export const SESSION_ANSWER_PREFIX = ["session_answer"] as const;
/** `["health", "probe"]` → last successful KV round trip, written by /healthz. */
export const HEALTH_PREFIX = ["health"] as const;

/** Key of the doctor's write probe (`promptsmith doctor`): written, read back and deleted at once. */
export function doctorProbeKey(probeId: string): Deno.KvKey {
  return [...HEALTH_PREFIX, "doctor", probeId];
}

/** Key of a user's profile and preferences. */
export function userKey(userId: number): Deno.KvKey {
  return [...USER_PREFIX, userId];
}

/** Key of a chat's session. */
export function sessionKey(chatId: number): Deno.KvKey {
  return [...SESSION_PREFIX, chatId];
}

/** Key of one history item. */
export function historyItemKey(userId: number, seq: number): Deno.KvKey {
  return [...HISTORY_PREFIX, userId, seq];
}

/** Prefix of all history items of one user, oldest first when listed. */
export function historyUserPrefix(userId: number): Deno.KvKey {
  return [...HISTORY_PREFIX, userId];
}

/** Key of a user's history bookkeeping. */
/** `["history_ref", userId, requestId]`: the seq of the history item a job wrote. */
export function historyRefKey(userId: number, requestId: string): Deno.KvKey {
  return [...HISTORY_REF_PREFIX, userId, requestId];
}

/** `["tap", answerId, action]`: the job a button of an answer started, while it runs. */
export function tapKey(answerId: string, action: string): Deno.KvKey {
  return [...TAP_PREFIX, answerId, action];
}

/** `["session_answer", chatId, messageId]`: which answer a message of the bot shows. */
export function sessionAnswerKey(
  chatId: number,
  messageId: number,
): Deno.KvKey {
  return [...SESSION_ANSWER_PREFIX, chatId, messageId];
}

export function historyMetaKey(userId: number): Deno.KvKey {
  return [...HISTORY_META_PREFIX, userId];
}

/** `["job", jobId]` → {@linkcode EnhanceJob}: an accepted enhancement until it is answered. */
export const JOB_PREFIX = ["job"] as const;
/**
 * `["user_jobs", userId]` → {@linkcode UserJobs}: the user's job in progress,
 * the jobs queued behind it, and whether they were told the queue is full.
 */
export const USER_JOBS_PREFIX = ["user_jobs"] as const;
/**
 * `["instance", instanceId]` → {@linkcode InstanceBeat}: one record per running
 * bot process, renewed on a timer; its jobs are taken over once it is stale.
 */
export const INSTANCE_PREFIX = ["instance"] as const;
/** `["update", botId, updateId]` → claim time: an update already taken, expires after 24 h. */
export const UPDATE_PREFIX = ["update"] as const;

/** `["retry", jobId]` → {@linkcode JobInput}: what a "Try again with AI" button repeats; expires. */
export const RETRY_PREFIX = ["retry"] as const;

/**
 * `["retry_wait", jobId]` → {@linkcode RetryWait}: a retry the user asked for
 * while the AI was down, to start by itself once it is back; expires.
 */
export const RETRY_WAIT_PREFIX = ["retry_wait"] as const;

/** Key of the request waiting under job `jobId`'s retry button for the AI. */
export function retryWaitKey(jobId: string): Deno.KvKey {
  return [...RETRY_WAIT_PREFIX, jobId];
}

/** Key of the request a job's retry button repeats. */
export function retryKey(jobId: string): Deno.KvKey {
  return [...RETRY_PREFIX, jobId];
}

/** Key of a job. */
export function jobKey(jobId: string): Deno.KvKey {
  return [...JOB_PREFIX, jobId];
}

/** Key of a user's jobs: running and queued. */
export function userJobsKey(userId: number): Deno.KvKey {
  return [...USER_JOBS_PREFIX, userId];
}

/** Key of one instance's heartbeat. */
export function instanceKey(instanceId: string): Deno.KvKey {
  return [...INSTANCE_PREFIX, instanceId];
}

/**
 * `["job_delivery", jobId, "draft" | "sent"]`: what a job has shown the user,
 * each written by one blind commit right after the Telegram call it records:
 * the draft's message id, and the count of messages sent (`Deno.KvU64`).
 * Deleted with the job.
 */
export const JOB_DELIVERY_PREFIX = ["job_delivery"] as const;

/** Key of the message id of a job's streaming draft. */
export function jobDraftKey(jobId: string): Deno.KvKey {
  return [...JOB_DELIVERY_PREFIX, jobId, "draft"];
}

/** Key of the count of a job's messages confirmed sent. */
export function jobSentKey(jobId: string): Deno.KvKey {
  return [...JOB_DELIVERY_PREFIX, jobId, "sent"];
}

/** Key of an update's claim; per bot, since update ids of two bots may collide in one KV. */
/** `["job_delivery", jobId, "part", index]`: the message id of an answer's part, once sent. */
export function jobPartKey(jobId: string, index: number): Deno.KvKey {
  return [...JOB_DELIVERY_PREFIX, jobId, "part", index];
}

export function updateClaimKey(botId: number, updateId: number): Deno.KvKey {
  return [...UPDATE_PREFIX, botId, updateId];
}

/**
 * `["llm_key_health", keyId]` → {@linkcode KeyHealth}: circuit state and
 * rolling stats of one LLM API key, shared by every instance. `keyId` is a
 * hash, never the key itself.
 */
export const LLM_KEY_HEALTH_PREFIX = ["llm_key_health"] as const;

/** Key of an LLM API key's health record. */
export function llmKeyHealthKey(keyId: string): Deno.KvKey {
  return [...LLM_KEY_HEALTH_PREFIX, keyId];
}

/** `["rate_burst", userId]` → admission times (ms) in the last minute, oldest first. */
export const RATE_BURST_PREFIX = ["rate_burst"] as const;
/** `["rate_daily", userId, "YYYY-MM-DD"]` → admissions on that UTC day. */
export const RATE_DAILY_PREFIX = ["rate_daily"] as const;
/**
 * `["rate_global", minute]` → {@linkcode GlobalUsage}: admissions of all
 * users in that minute since the epoch, and how many users they came from.
 */
export const RATE_GLOBAL_PREFIX = ["rate_global"] as const;
/**
 * `["rate_global_user", userId, minute]` → that user's admissions counted by
 * the global cap in that minute: their use of the fair share. The user id
 * comes first so that /export and /forget read one range, not every user's.
 */
export const RATE_GLOBAL_USER_PREFIX = ["rate_global_user"] as const;
/** `["rate_notice", userId]` → `{ [limit]: until }`: until when the user was told about each limit. */
export const RATE_NOTICE_PREFIX = ["rate_notice"] as const;
/** `["stats", …]`: raw counters, active-user markers and daily rollups. */
export const STATS_PREFIX = ["stats"] as const;
/**
 * `["broadcast", id]` → {@linkcode BroadcastRecord}: a `/broadcast` from its
 * preview to its report, with the cursor of its delivery.
 */
export const BROADCAST_PREFIX = ["broadcast"] as const;
/** `["broadcast_active"]` → the id of the broadcast being sent: at most one at a time. */
export const BROADCAST_ACTIVE_KEY = ["broadcast_active"] as const;

/** Key of a broadcast. */
export function broadcastKey(id: string): Deno.KvKey {
  return [...BROADCAST_PREFIX, id];
}

/** `["cron_run", job]` → `{ owner, startedAt, until }`: the lease of a scheduled job's run. */
export const CRON_RUN_PREFIX = ["cron_run"] as const;

/** The UTC day of `ms` since the epoch as `"YYYY-MM-DD"`, the day part of day-keyed keys. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Key of a user's admission times of the last minute. */
export function rateBurstKey(userId: number): Deno.KvKey {
  return [...RATE_BURST_PREFIX, userId];
}

/** Key of a user's admissions on one UTC day (`"YYYY-MM-DD"`). */
export function rateDailyKey(userId: number, day: string): Deno.KvKey {
  return [...RATE_DAILY_PREFIX, userId, day];
}

/** Key of all users' admissions in one minute (`Math.floor(ms / 60_000)`). */
export function rateGlobalKey(minute: number): Deno.KvKey {
  return [...RATE_GLOBAL_PREFIX, minute];
}

/** Key of one user's admissions under the global cap in one minute. */
export function rateGlobalUserKey(minute: number, userId: number): Deno.KvKey {
  return [...RATE_GLOBAL_USER_PREFIX, userId, minute];
}

/** Key of the notes that a user was told about the limits that refused them. */
export function rateNoticeKey(userId: number): Deno.KvKey {
  return [...RATE_NOTICE_PREFIX, userId];
}

/** Prefix of all raw counters, listed oldest day first. */
export const STATS_COUNTER_PREFIX = [...STATS_PREFIX, "counter"] as const;

/** Key of a raw counter of enhancements by source on one UTC day. */
export function statsCounterKey(day: string, source: string): Deno.KvKey {
  return statsDayCounterKey(day, "enhancements", source);
}

/** Prefix of the raw counters of one UTC day (by source, answer time bucket, category and target). */
export function statsDayCounterPrefix(day: string): Deno.KvKey {
  return [...STATS_COUNTER_PREFIX, day];
}

/** Key of a raw counter of one UTC day: `kind` is "enhancements", "answer_ms", "category" or "target". */
export function statsDayCounterKey(
  day: string,
  kind: string,
  name: string | number,
): Deno.KvKey {
  return [...STATS_COUNTER_PREFIX, day, kind, name];
}

/** Prefix of the active-user markers of one UTC day. */
export function statsActivePrefix(day: string): Deno.KvKey {
  return [...STATS_PREFIX, "active", day];
}

/**
 * Key of the marker that a user enhanced something on one UTC day. `mark`
 * is a keyed hash of the user id with the day's salt, never the id: the
 * markers count distinct users without storing who they were.
 */
export function statsActiveKey(day: string, mark: string): Deno.KvKey {
  return [...statsActivePrefix(day), mark];
}

/** Key of the random salt the active-user marks of one UTC day are hashed with; it expires with them. */
export function statsSaltKey(day: string): Deno.KvKey {
  return [...STATS_PREFIX, "salt", day];
}

/** Key of the marker that an enhancement with `requestId` was counted. */
export function statsSeenKey(requestId: string): Deno.KvKey {
  return [...STATS_PREFIX, "seen", requestId];
}

/** Key of the rollup of one UTC day. */
export function statsDailyKey(day: string): Deno.KvKey {
  return [...STATS_PREFIX, "daily", day];
}

/** Key of the lease of a scheduled job's current run. */
export function cronRunKey(job: string): Deno.KvKey {
  return [...CRON_RUN_PREFIX, job];
}

/**
 * `["records", …]`: the record layer's own bookkeeping: `["records", "walk"]`
 * → the walker's lease and progress, `["records", "keys"]` → the encryption
 * key ids values were written with and their check values (never the keys).
 */
export const RECORDS_PREFIX = ["records"] as const;

/** Key of the record walker's lease and progress. */
export function recordsWalkKey(): Deno.KvKey {
  return [...RECORDS_PREFIX, "walk"];
}

/** Key of the registry of encryption key ids in use. */
export function recordsKeysKey(): Deno.KvKey {
  return [...RECORDS_PREFIX, "keys"];
}

/**
 * `["role", userId]` → {@linkcode RoleRecord}: a role set with /role, /ban or
 * /unban, present only where it differs from the default (owners come from
 * OWNER_ID, seeded admins from ADMIN_IDS, everyone else is a user).
 */
export const ROLE_PREFIX = ["role"] as const;
/** `["access", userId]` → {@linkcode AccessRecord}: a request for access in approval mode, and its answer. */
export const ACCESS_PREFIX = ["access"] as const;
/** `["audit", at, id]` → {@linkcode AuditEntry}: one moderation or privacy event, pseudonymous, oldest first. */
export const AUDIT_PREFIX = ["audit"] as const;

/** Key of a user's stored role. */
export function roleKey(userId: number): Deno.KvKey {
  return [...ROLE_PREFIX, userId];
}

/** Key of a user's request for access and its answer. */
export function accessKey(userId: number): Deno.KvKey {
  return [...ACCESS_PREFIX, userId];
}

/** Key of one audit entry, written at `at` (ms); `id` keeps entries of one millisecond apart. */
export function auditKey(at: number, id: string): Deno.KvKey {
  return [...AUDIT_PREFIX, at, id];
}

/**
 * `["album", chatId, albumId]` → {@linkcode AlbumRecord}: the pictures of an
 * album (Telegram's `media_group_id`) collected as its parts arrive; expires.
 */
export const ALBUM_PREFIX = ["album"] as const;

/**
 * `["transcript", chatId, messageId]` → {@linkcode TranscriptRecord}: a
 * message that showed a voice note's transcript; a reply to it is a
 * corrected prompt. Expires.
 */
export const TRANSCRIPT_PREFIX = ["transcript"] as const;

/** Key of an album's collected pictures. */
export function albumKey(chatId: number, albumId: string): Deno.KvKey {
  return [...ALBUM_PREFIX, chatId, albumId];
}

/** Key of the record of a transcript message. */
export function transcriptKey(chatId: number, messageId: number): Deno.KvKey {
  return [...TRANSCRIPT_PREFIX, chatId, messageId];
}

/**
 * `["user_index", userId, ...recordKey]` → `1`: the user has a record at
 * `recordKey` whose key does not start with their id (a group chat's session
 * holding their questions, an album, which answer a message shows, a
 * transcript, a retry). Written in the same commit as the record, with the
 * same expiry, so /export and /forget read the user's index instead of every
 * user's records. A stale entry (its record gone or changed hands) is skipped.
 */
export const USER_INDEX_PREFIX = ["user_index"] as const;

/** The index entry saying `userId` has a record at `recordKey`. */
export function userIndexKey(
  userId: number,
  recordKey: Deno.KvKey,
): Deno.KvKey {
  return [...USER_INDEX_PREFIX, userId, ...recordKey];
}

/** Prefix of the user's index entries for records under `recordPrefix`. */
export function userIndexPrefix(
  userId: number,
  recordPrefix: Deno.KvKey,
): Deno.KvKey {
  return [...USER_INDEX_PREFIX, userId, ...recordPrefix];
}

/**
 * `["privacy_cooldown", userId, "export" | "forget"]` → `{ until }`: the
 * user ran /export or /forget and may run it again from `until`; expires then.
 */
export const PRIVACY_COOLDOWN_PREFIX = ["privacy_cooldown"] as const;

/** Key of a user's cooldown of /export or /forget. */
export function privacyCooldownKey(
  userId: number,
  action: "export" | "forget",
): Deno.KvKey {
  return [...PRIVACY_COOLDOWN_PREFIX, userId, action];
}

/**
 * Where a record kind names the user it belongs to: the key part at index
 * `at` (`{ in: "key" }`), the value's field at `path` (`{ in: "value" }`),
 * the key part at `at` being the id of one of the user's jobs
 * (`{ in: "job" }`), or the entry named by the user's id in the map at `path`
 * of a record several users share (`{ in: "part" }`: a group chat's session
 * holds each member's questions; /export shows only theirs and /forget
 * removes only theirs).
 */
export type UserPlace =
  | { readonly in: "key"; readonly at: number }
  | { readonly in: "value"; readonly path: readonly string[] }
  | { readonly in: "job"; readonly at: number }
  | { readonly in: "part"; readonly path: readonly string[] };

/**
 * How the user's records of a kind are found without reading anyone else's:
 * - `range` (the default, for a kind keyed by the user's id right after the
 *   prefix): one range of keys;
 * - `jobs`: the keys under `[...prefix, jobId]` for each of the user's jobs
 *   (from the kinds listed before it: the queue, the jobs);
 * - `index`: the user's {@linkcode USER_INDEX_PREFIX} entries for the kind,
 *   and with `privateChat`, the keys under `[...prefix, userId]` too (the
 *   user's private chat, whose id is theirs: records of earlier versions were
 *   not indexed there). A record of the private chat belongs to the user whole.
 */
export type UserFind =
  | { readonly by: "range" }
  | { readonly by: "jobs" }
  | { readonly by: "index"; readonly privateChat?: boolean };

/** A kind of record that belongs to one user. */
export interface UserRecordKind {
  /** Its name in /export. */
  readonly name: string;
  readonly prefix: Deno.KvKey;
  readonly user: UserPlace;
  /** How they are found; default `range`. */
  readonly find?: UserFind;
}

/**
 * Every kind of record that belongs to one user: `/export` shows them all and
 * `/forget` deletes them all (src/storage/user_data.ts). A new record kind
 * goes here, in {@linkcode KEPT_USER_RECORDS} or in
 * {@linkcode SHARED_RECORDS}; tests/features/forget_keys_test.ts fails for a
 * key written under a prefix that none of them lists.
 */
export const USER_RECORDS: readonly UserRecordKind[] = [
  { name: "profile", prefix: USER_PREFIX, user: { in: "key", at: 1 } },
  { name: "history", prefix: HISTORY_PREFIX, user: { in: "key", at: 1 } },
  // After the items: /forget deletes in this order, and /history takes an
  // absent history_meta for an empty history (src/features/history.ts).
  {
    name: "history_meta",
    prefix: HISTORY_META_PREFIX,
    user: { in: "key", at: 1 },
  },
  // The session of the user's private chat, and their questions waiting in
  // a group chat's session (beside other members').
  {
    name: "session",
    prefix: SESSION_PREFIX,
    user: { in: "part", path: ["pending"] },
    find: { by: "index", privateChat: true },
  },
  // An album being collected, in any chat (an hour at most).
  {
    name: "album",
    prefix: ALBUM_PREFIX,
    user: { in: "value", path: ["userId"] },
    find: { by: "index", privateChat: true },
  },
  {
    name: "transcript",
    prefix: TRANSCRIPT_PREFIX,
    user: { in: "value", path: ["userId"] },
    find: { by: "index" },
  },
  {
    name: "history_ref",
    prefix: HISTORY_REF_PREFIX,
    user: { in: "key", at: 1 },
  },
  // Which answer a message shows, in any chat: the value names whose.
  {
    name: "session_answer",
    prefix: SESSION_ANSWER_PREFIX,
    user: { in: "value", path: ["userId"] },
    find: { by: "index" },
  },
  // The queue names the user's jobs: listed before the kinds found through them.
  { name: "queue", prefix: USER_JOBS_PREFIX, user: { in: "key", at: 1 } },
  {
    name: "jobs",
    prefix: JOB_PREFIX,
    user: { in: "value", path: ["userId"] },
    find: { by: "jobs" },
  },
  {
    name: "job_delivery",
    prefix: JOB_DELIVERY_PREFIX,
    user: { in: "job", at: 1 },
    find: { by: "jobs" },
  },
  {
    name: "retry",
    prefix: RETRY_PREFIX,
    user: { in: "value", path: ["userId"] },
    find: { by: "index" },
  },
  {
    name: "retry_wait",
    prefix: RETRY_WAIT_PREFIX,
    user: { in: "value", path: ["input", "userId"] },
    find: { by: "index" },
  },
  { name: "rate_burst", prefix: RATE_BURST_PREFIX, user: { in: "key", at: 1 } },
  { name: "rate_daily", prefix: RATE_DAILY_PREFIX, user: { in: "key", at: 1 } },
  {
    name: "rate_global_user",
    prefix: RATE_GLOBAL_USER_PREFIX,
    user: { in: "key", at: 1 },
  },
  {
    name: "rate_notice",
    prefix: RATE_NOTICE_PREFIX,
    user: { in: "key", at: 1 },
  },
  // Where the user's records keyed by something else are (see above).
  { name: "index", prefix: USER_INDEX_PREFIX, user: { in: "key", at: 1 } },
];

/**
 * Kinds keyed by a user that `/forget` keeps, and why: `/export` shows them.
 * A ban must outlive `/forget`, or forgetting would lift it.
 */
export const KEPT_USER_RECORDS: readonly (UserRecordKind & { why: string })[] =
  [
    {
      name: "role",
      prefix: ROLE_PREFIX,
      user: { in: "key", at: 1 },
      why: "a role or a ban set by a moderator outlives /forget",
    },
    {
      name: "access",
      prefix: ACCESS_PREFIX,
      user: { in: "key", at: 1 },
      why: "an approval or a denial outlives /forget",
    },
    {
      name: "privacy_cooldown",
      prefix: PRIVACY_COOLDOWN_PREFIX,
      user: { in: "key", at: 1 },
      why:
        "when /export or /forget may run again: kept, or /forget would lift its own cooldown; gone within minutes",
    },
  ];

/** Kinds that belong to no single user, and why. */
export const SHARED_RECORDS: readonly { prefix: Deno.KvKey; why: string }[] = [
  { prefix: HEALTH_PREFIX, why: "the KV probe of /healthz" },
  { prefix: INSTANCE_PREFIX, why: "one heartbeat per running process" },
  { prefix: UPDATE_PREFIX, why: "update claims: bot and update ids, 24 h" },
  { prefix: LLM_KEY_HEALTH_PREFIX, why: "the health of each LLM key" },
  { prefix: RATE_GLOBAL_PREFIX, why: "all users' admissions per minute" },
  { prefix: [...STATS_PREFIX, "counter"], why: "counts per day, no id" },
  { prefix: [...STATS_PREFIX, "daily"], why: "daily rollups, no id" },
  { prefix: [...STATS_PREFIX, "seen"], why: "job ids counted, no user id" },
  { prefix: CRON_RUN_PREFIX, why: "leases of scheduled runs" },
  {
    prefix: [...STATS_PREFIX, "active"],
    why:
      "active-user marks: an HMAC of the id under a salt of the day, both gone after 2 days",
  },
  {
    prefix: [...STATS_PREFIX, "salt"],
    why: "the random salt of a day's active-user marks, gone after 2 days",
  },
  {
    prefix: BROADCAST_PREFIX,
    why:
      "a broadcast's text, cursor and counts; the cursor is a user id, not a user's record",
  },
  { prefix: BROADCAST_ACTIVE_KEY, why: "the id of the broadcast being sent" },
  {
    prefix: TAP_PREFIX,
    why:
      "a button's job while it runs: job ids only, gone when it ends (a day at most)",
  },
  { prefix: AUDIT_PREFIX, why: "pseudonymous ids only (HMAC), kept a year" },
  {
    prefix: RECORDS_PREFIX,
    why:
      "the record walker's lease and the encryption key ids in use (never keys)",
  },
];
