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
/** `["health", "probe"]` → last successful KV round trip, written by /healthz. */
export const HEALTH_PREFIX = ["health"] as const;

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
 * `["rate_global_user", minute, userId]` → that user's admissions counted by
 * the global cap in that minute: their use of the fair share.
 */
export const RATE_GLOBAL_USER_PREFIX = ["rate_global_user"] as const;
/** `["rate_notice", userId]` → `{ [limit]: until }`: until when the user was told about each limit. */
export const RATE_NOTICE_PREFIX = ["rate_notice"] as const;
/** `["stats", …]`: raw counters, active-user markers and daily rollups. */
export const STATS_PREFIX = ["stats"] as const;
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
  return [...RATE_GLOBAL_USER_PREFIX, minute, userId];
}

/** Key of the notes that a user was told about the limits that refused them. */
export function rateNoticeKey(userId: number): Deno.KvKey {
  return [...RATE_NOTICE_PREFIX, userId];
}

/** Prefix of all raw counters, listed oldest day first. */
export const STATS_COUNTER_PREFIX = [...STATS_PREFIX, "counter"] as const;

/** Key of a raw counter of enhancements by source on one UTC day. */
export function statsCounterKey(day: string, source: string): Deno.KvKey {
  return [...STATS_COUNTER_PREFIX, day, "enhancements", source];
}

/** Prefix of the active-user markers of one UTC day. */
export function statsActivePrefix(day: string): Deno.KvKey {
  return [...STATS_PREFIX, "active", day];
}

/** Key of the marker that a user enhanced something on one UTC day. */
export function statsActiveKey(day: string, userId: number): Deno.KvKey {
  return [...statsActivePrefix(day), userId];
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
