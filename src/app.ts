/**
 * The composition root: every dependency of the bot built once, from the
 * configuration and an open KV. main.ts, the in-process test harness and the
 * tests use this same wiring; tests override only what they must (the clock,
 * the LLM, the instance id).
 *
 * @module
 */
import type { UserFromGetMe } from "grammy/types";
import { createBot, type PromptsmithBot } from "./bot.ts";
import { type Clock, SYSTEM_CLOCK } from "./clock.ts";
import type { Config } from "./config/config.ts";
import type { BotDeps } from "./context.ts";
import { DEFAULT_CATEGORY_ID } from "./enhance/categories.ts";
import { EnhanceJobRunner } from "./jobs/enhance_jobs.ts";
import { createLlmStack, type LlmStack } from "./llm/factory.ts";
import type { LlmProvider } from "./llm/provider.ts";
import { HistoryStore } from "./storage/history_store.ts";
import { JobStore } from "./storage/job_store.ts";
import { RateLimiter } from "./storage/rate_limiter.ts";
import { SessionStore } from "./storage/session_store.ts";
import { UserStore } from "./storage/user_store.ts";
import { createApi, type RetryOptions } from "./telegram/api.ts";
import { runCleanup } from "./jobs/cleanup.ts";
import {
  createRecords,
  createRecordsRuntime,
  type RecordsRuntime,
} from "./jobs/records.ts";
import type { ScheduledWork } from "./jobs/schedule.ts";
import { runStatsRollup } from "./jobs/stats.ts";
import type { KeyHealthReport } from "./llm/key_health.ts";
import { isAdminId } from "./middleware/roles.ts";
import { createHttpHandler } from "./server/http.ts";
import { pingKv } from "./storage/kv.ts";
import { createI18n } from "./ui/i18n.ts";

/** What a caller may put in place of the real thing. */
export interface AppOverrides {
  /** Default: the system clock. */
  clock?: Clock;
  /**
   * The LLM side: default, the key pool built from `config.llm`. A provider
   * (or `null` for offline only) replaces it; a function builds it on the
   * app's KV, e.g. a key pool whose health another instance shares.
   */
  llm?: LlmStack | LlmProvider | null | ((kv: Deno.Kv) => LlmProvider);
  /** Identity of this process in job leases. Default: a random UUID. */
  instanceId?: string;
  /** Skip getMe (tests pass a fixed one; main.ts sets it after connecting). */
  botInfo?: UserFromGetMe;
  /** The Bot API retry policy; tests pass one that does not wait. */
  apiRetry?: RetryOptions;
}

/** The running parts of one bot instance. */
export interface App extends PromptsmithBot {
  deps: BotDeps;
  llm: LlmStack;
  /** What the crons do here, once the bot runs (src/jobs/schedule.ts). */
  scheduledWork(): ScheduledWork;
  /** The record layer: the start-up key check, the record walk, its progress. */
  records: RecordsRuntime;
  /** `/healthz`, and the webhook in webhook mode. */
  httpHandler(): Promise<(request: Request) => Promise<Response>>;
}

/** Build the bot and everything it uses on `kv`. */
export function createApp(
  config: Config,
  kv: Deno.Kv,
  overrides: AppOverrides = {},
): App {
  const clock = overrides.clock ?? SYSTEM_CLOCK;
  const llm = llmStack(config, kv, clock, overrides.llm);
  const cache = { max: config.cache.max, ttlMs: config.cache.ttlMs };
  const records = createRecords(config.encryptionKeys);
  const users = new UserStore(kv, {
    clock,
    defaultPreferences: { category: DEFAULT_CATEGORY_ID },
    cache,
    records,
  });
  const history = new HistoryStore(kv, {
    clock,
    limit: config.historyLimit,
    records,
  });
  const i18n = createI18n();
  const instanceId = overrides.instanceId ?? crypto.randomUUID();
  const jobStore = new JobStore(kv, { leaseMs: config.jobs.leaseMs, records });
  const recordsRuntime = createRecordsRuntime(kv, {
    records,
    clock,
    instanceId,
    startedAt: clock.now(),
    jobs: jobStore,
  });
  const jobs = new EnhanceJobRunner({
    kv,
    jobs: jobStore,
    api: createApi(config.botToken, {
      apiRoot: config.telegramApiRoot,
      retry: overrides.apiRetry,
    }),
    llm: llm.provider,
    history,
    users,
    clock,
    i18n,
  }, {
    instanceId,
    concurrency: config.jobs.concurrency,
    maxTokens: config.llm.maxTokens,
    maxAnswerParts: config.jobs.maxAnswerParts,
    queueMax: config.jobs.queueMax,
  });
  const deps: BotDeps = {
    kv,
    clock,
    users,
    sessions: new SessionStore(kv, { clock, cache, records }),
    history,
    llm: llm.provider,
    jobs,
    limiter: new RateLimiter(kv, { clock, ...config.limits }),
    keyStatus: llm.keyStatus,
    recordsStatus: recordsRuntime.status,
    i18n,
  };
  const built = createBot(config, deps, {
    botInfo: overrides.botInfo,
    apiRetry: overrides.apiRetry,
  });
  return {
    ...built,
    deps,
    llm,
    scheduledWork: () => scheduledWork(config, deps, llm, recordsRuntime),
    records: recordsRuntime,
    httpHandler: async () =>
      createHttpHandler({
        mode: config.updates.mode,
        kvReachable: () => pingKv(kv),
        webhook: await webhookRoute(config, built.handleUpdate),
      }),
  };
}

/** The webhook answers Telegram after this long and keeps handling the update in the background. */
export const WEBHOOK_REPLY_AFTER_MS = 8_000;

async function webhookRoute(
  config: Config,
  handleUpdate: PromptsmithBot["handleUpdate"],
) {
  const updates = config.updates;
  if (updates.mode !== "webhook") return undefined;
  // Loaded only in webhook mode: the update shape check brings zod along.
  const { createWebhookHandler } = await import("./server/webhook.ts");
  return {
    path: updates.path,
    handle: createWebhookHandler({
      secret: updates.secret,
      handleUpdate,
      replyAfterMs: WEBHOOK_REPLY_AFTER_MS,
    }),
  };
}

/** What the crons do in this process; each job is safe when several instances run it at once. */
function scheduledWork(
  config: Config,
  deps: BotDeps,
  llm: LlmStack,
  records: RecordsRuntime,
): ScheduledWork {
  const { kv, clock, history } = deps;
  return {
    sweepJobs: () => deps.jobs.recover(),
    checkKeys:
      () => (llm.provider ? checkKeysThenResume(config, deps, llm) : null),
    cleanup: () =>
      runCleanup(kv, { clock, history, sessions: deps.sessions }, {
        historyRetentionDays: config.historyRetentionDays,
      }),
    rollupStats: () => runStatsRollup(kv, { clock }),
    walkRecords: () => records.walk(),
  };
}

/** Probe the keys out of service, then start the retries that waited for the AI if it is back. */
async function checkKeysThenResume(
  config: Config,
  deps: BotDeps,
  llm: LlmStack,
): Promise<KeyHealthReport> {
  const report = await llm.runHealthCheck();
  await deps.jobs.resumeWaiting(async (userId) => {
    const isAdmin = isAdminId(config.adminIds, userId);
    return (await deps.limiter.consume(userId, { isAdmin })).ok;
  });
  return report;
}

function llmStack(
  config: Config,
  kv: Deno.Kv,
  clock: Clock,
  override: AppOverrides["llm"],
): LlmStack {
  if (override === undefined) return createLlmStack(config.llm, { kv, clock });
  if (override !== null && "runHealthCheck" in override) return override;
  const provider = typeof override === "function" ? override(kv) : override;
  const status = provider && "status" in provider &&
      typeof provider.status === "function"
    ? () => (provider.status as () => ReturnType<LlmStack["keyStatus"]>)()
    : () => Promise.resolve([]);
  return {
    provider,
    keyStatus: status,
    runHealthCheck: () =>
      Promise.resolve({ probed: [], skipped: 0, failed: 0 }),
  };
}
