/**
 * Every kind of KV record, in one table: the kinds whose values carry their
 * schema version (and, for user content, are sealed), and the bare kinds
 * whose values are KV-native (numbers, `Deno.KvU64` written by `sum`/`max`,
 * markers) and carry the version of the table instead.
 *
 * Adding a record kind: declare a {@linkcode RecordKind} next to its store,
 * read and write it through `records.codec(KIND)`, and list it here. A test
 * fails for a key prefix of `keys.ts` that is in neither list.
 *
 * @module
 */
import type { RecordKind } from "./records.ts";
import { HISTORY_ITEM_RECORD, HISTORY_META_RECORD } from "./history_store.ts";
import {
  INSTANCE_RECORD,
  JOB_RECORD,
  RETRY_RECORD,
  RETRY_WAIT_RECORD,
  USER_JOBS_RECORD,
} from "./job_store.ts";
import { ALBUM_RECORD, TRANSCRIPT_RECORD } from "./media_store.ts";
import {
  ACCESS_PREFIX,
  AUDIT_PREFIX,
  BROADCAST_ACTIVE_KEY,
  BROADCAST_PREFIX,
  CRON_RUN_PREFIX,
  HEALTH_PREFIX,
  HISTORY_REF_PREFIX,
  JOB_DELIVERY_PREFIX,
  LLM_KEY_HEALTH_PREFIX,
  PRIVACY_COOLDOWN_PREFIX,
  RATE_BURST_PREFIX,
  RATE_DAILY_PREFIX,
  RATE_GLOBAL_PREFIX,
  RATE_GLOBAL_USER_PREFIX,
  RATE_NOTICE_PREFIX,
  RECORDS_PREFIX,
  ROLE_PREFIX,
  SESSION_ANSWER_PREFIX,
  STATS_PREFIX,
  TAP_PREFIX,
  UPDATE_PREFIX,
  USER_INDEX_PREFIX,
} from "./keys.ts";
import { SESSION_RECORD } from "./session_store.ts";
import { USER_RECORD } from "./user_store.ts";

/** The kinds whose values carry their schema version; the sealed ones hold user content. */
export const RECORD_KINDS: readonly RecordKind<unknown>[] = [
  USER_RECORD,
  SESSION_RECORD,
  HISTORY_ITEM_RECORD,
  HISTORY_META_RECORD,
  JOB_RECORD,
  USER_JOBS_RECORD,
  RETRY_RECORD,
  RETRY_WAIT_RECORD,
  INSTANCE_RECORD,
  ALBUM_RECORD,
  TRANSCRIPT_RECORD,
] as RecordKind<unknown>[];

/**
 * A kind whose values are stored as they are: no user content, and a shape
 * KV's own operations or a fixed format dictate. Its version is this table's;
 * a new shape means enveloping it (its stored values then read as version 0).
 */
export interface BareKind {
  readonly prefix: string;
  readonly version: number;
  /** Why it is bare. */
  readonly why: string;
}

/** The bare kinds. None holds user content. */
export const BARE_KINDS: readonly BareKind[] = [
  {
    prefix: UPDATE_PREFIX[0],
    version: 1,
    why: "claim time (a number)",
  },
  {
    prefix: JOB_DELIVERY_PREFIX[0],
    version: 1,
    why: "a message id, and a Deno.KvU64 written by max()",
  },
  {
    prefix: LLM_KEY_HEALTH_PREFIX[0],
    version: 1,
    why: "circuit state of an LLM key (a hash, never the key)",
  },
  { prefix: RATE_BURST_PREFIX[0], version: 1, why: "admission times" },
  { prefix: RATE_DAILY_PREFIX[0], version: 1, why: "a count" },
  {
    prefix: RATE_GLOBAL_PREFIX[0],
    version: 1,
    why: "counts (a bare number from earlier versions is read too)",
  },
  { prefix: RATE_GLOBAL_USER_PREFIX[0], version: 1, why: "a count" },
  { prefix: RATE_NOTICE_PREFIX[0], version: 1, why: "times" },
  {
    prefix: STATS_PREFIX[0],
    version: 1,
    why: "Deno.KvU64 counters written by sum(), markers and rollups",
  },
  { prefix: CRON_RUN_PREFIX[0], version: 1, why: "a lease" },
  { prefix: HEALTH_PREFIX[0], version: 1, why: "a probe time" },
  {
    prefix: RECORDS_PREFIX[0],
    version: 1,
    why: "the record layer's own lease, progress and key ids",
  },
  {
    prefix: HISTORY_REF_PREFIX[0],
    version: 1,
    why: "the seq of the history item a job wrote (a number)",
  },
  { prefix: TAP_PREFIX[0], version: 1, why: "the id of a button's job" },
  {
    prefix: SESSION_ANSWER_PREFIX[0],
    version: 1,
    why: "whose answer a message shows: a user id and a job id",
  },
  {
    prefix: ROLE_PREFIX[0],
    version: 1,
    why: "a role, its time and a moderator's ban reason; no user content",
  },
  {
    prefix: ACCESS_PREFIX[0],
    version: 1,
    why: "an access request's status, time and language",
  },
  {
    prefix: AUDIT_PREFIX[0],
    version: 1,
    why: "moderation events with pseudonymous (HMAC) ids only",
  },
  {
    prefix: BROADCAST_PREFIX[0],
    version: 1,
    why: "an admin's announcement to everyone, its cursor and counts",
  },
  {
    prefix: BROADCAST_ACTIVE_KEY[0],
    version: 1,
    why: "the id of the broadcast being sent",
  },
  {
    prefix: USER_INDEX_PREFIX[0],
    version: 1,
    why: "a marker (1): the key says where a user's record is (ids only)",
  },
  {
    prefix: PRIVACY_COOLDOWN_PREFIX[0],
    version: 1,
    why: "when /export or /forget may run again (a time)",
  },
];
