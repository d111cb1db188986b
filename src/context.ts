import type { Context } from "grammy";
import type { Clock } from "./clock.ts";
import type { Config } from "./config/config.ts";
import type { BroadcastRunner } from "./jobs/broadcast_runner.ts";
import type { EnhanceJobRunner } from "./jobs/enhance_jobs.ts";
import type { MediaPipeline } from "./jobs/media_input.ts";
import type { KeyStatus } from "./llm/key_pool.ts";
import type { LlmProvider } from "./llm/provider.ts";
import type { Metrics } from "./metrics/metrics.ts";
import type { Tracing } from "./metrics/tracing.ts";
import type { HistoryStore } from "./storage/history_store.ts";
import type { AuditLog } from "./storage/audit_log.ts";
import type { RateLimiter } from "./storage/rate_limiter.ts";
import type { RoleStore, Standing } from "./storage/role_store.ts";
import type { RecordsStatus } from "./storage/record_walker.ts";
import type { Records } from "./storage/records.ts";
import type { SessionStore } from "./storage/session_store.ts";
import type { UserStore } from "./storage/user_store.ts";
import type { I18n, Translate } from "./ui/i18n.ts";
import type { LocaleCode } from "./ui/locales.ts";

/** Everything a feature may use, passed in by main.ts or a test. */
export interface BotDeps {
  kv: Deno.Kv;
  users: UserStore;
  sessions: SessionStore;
  history: HistoryStore;
  /** `null` when no API key is configured: the offline enhancer answers. */
  llm: LlmProvider | null;
  clock: Clock;
  /** Durable enhancement jobs: accepted here, run in the background. */
  jobs: EnhanceJobRunner;
  /** Per-user burst, daily quota and global cap of enhancements. */
  limiter: RateLimiter;
  /** The state of every LLM key, for `/keys`; absent without keys. */
  keyStatus?: () => Promise<KeyStatus[]>;
  /** The record layer: how stored values are opened (/export, /forget). */
  records: Records;
  /** Encryption and schema migration progress, for `/keys`. */
  recordsStatus?: () => Promise<RecordsStatus>;
  /** Every shipped interface language. */
  i18n: I18n;
  /** Roles and access (owner, admin, moderator, trusted, user, banned). */
  roles: RoleStore;
  /** Role changes, bans, approvals, broadcasts and /forget, pseudonymous: `auditLog.audit({...})`. */
  auditLog: AuditLog;
  /** Voice notes, pictures, text files and inline requests; absent: text only. */
  media?: MediaPipeline;
  /** Counters, gauges and histograms of this instance (no-ops unless METRICS_TOKEN or OTEL_DENO). */
  metrics: Metrics;
  /** Spans (no-ops unless OTEL_DENO=true). */
  tracing: Tracing;
  /** `/broadcast`: previews, and the paced, resumable delivery. */
  broadcasts: BroadcastRunner;
}

/** Adds the dependencies and the loaded configuration to the context. */
export interface DepsFlavor {
  deps: BotDeps;
  config: Config;
  /** Set by the dedupe middleware. */
  updateClaim?: UpdateClaim;
  /**
   * The sender's role and access, read fresh for this update by the roles
   * middleware (src/middleware/roles.ts); absent for a prompt, whose
   * acceptance reads it in its own round, and for updates without a sender.
   */
  standing?: Standing;
}

/**
 * The claim of the update being handled (src/middleware/dedupe.ts). For most
 * updates it is taken before any handler runs; for a prompt it is deferred,
 * so that prompt acceptance takes it in its own commit, with the job.
 */
export interface UpdateClaim {
  /** The update as KV keys its claim. */
  readonly update: { botId: number; updateId: number };
  /** Whether it was taken already (by the middleware, or by a handler's commit). */
  readonly claimed: boolean;
  /**
   * Take it now unless taken; false when another delivery had it first (do
   * nothing then). For a handler that answers without accepting a job.
   */
  claim(): Promise<boolean>;
  /** A handler's own commit took it (prompt acceptance): it is kept even if a later step fails. */
  claimedWith(): void;
}

/** Adds the user's interface language (src/middleware/i18n.ts). */
export interface I18nFlavor {
  /** Translates into the user's language: `ctx.t("help-title")`. */
  t: Translate;
  /** The user's interface language. */
  locale: LocaleCode;
  /** False while `locale` may still change once the user's profile is read. */
  localeSettled: boolean;
  /**
   * The sender's role and access entries, read in the same round as their
   * profile (`RoleStore.keysOf`), for the roles middleware's first attempt;
   * absent when the profile came from the cache.
   */
  standingRead?: Deno.KvEntryMaybe<unknown>[];
  /**
   * The sender's profile, role and access (`[profile, ...RoleStore.keysOf]`),
   * as the update's claim found them (`dedupeUpdates`' `standingKeys`): read
   * while it committed, or guessed absent and checked so by its commit.
   */
  standingPrefetch?: Promise<Deno.KvEntryMaybe<unknown>[]>;
  /**
   * What the update's handler reads first (`dedupeUpdates`' `handlerKeys`:
   * a /history command's history record), read with the standing keys or
   * guessed absent and checked so by the claim's commit.
   */
  handlerRead?: Promise<Deno.KvEntryMaybe<unknown>[]>;
}

/** The context every handler of Promptsmith receives. */
export type BotContext = Context & DepsFlavor & I18nFlavor;
