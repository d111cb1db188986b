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
import { limitOptions } from "./middleware/roles.ts";
import { AUDIT_RETENTION_MS, AuditLog } from "./storage/audit_log.ts";
import { RoleStore } from "./storage/role_store.ts";
import { createHttpHandler } from "./server/http.ts";
import { pingKv } from "./storage/kv.ts";
import { createI18n } from "./ui/i18n.ts";
import { PRIMARY_PROVIDER_NAME } from "./config/config.ts";
import { MediaPipeline } from "./jobs/media_input.ts";
import type { Transcriber } from "./llm/provider.ts";
import {
  createTranscriptionStack,
  resolveTranscription,
} from "./llm/transcribe.ts";
import { MediaStore } from "./storage/media_store.ts";
import { BroadcastRunner } from "./jobs/broadcast_runner.ts";
import { BroadcastStore } from "./storage/broadcast_store.ts";
import type { Records } from "./storage/records.ts";
import type { Sleep } from "./util/backoff.ts";
import type { Metrics } from "./metrics/metrics.ts";
import { createTelemetry, type Telemetry } from "./metrics/telemetry.ts";
import { createMetricsRoute } from "./server/metrics_route.ts";
import { instrumentKv } from "./storage/instrumented_kv.ts";

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
  /** Speech to text: default, built from the configuration (see src/llm/transcribe.ts); `null`: none. */
  transcriber?: Transcriber | null;
  /** Replaces `fetch` of every Bot API client: the console's in-process Bot API. */
  telegramFetch?: typeof fetch;
  /** Metrics and tracing; default: as METRICS_TOKEN and OTEL_DENO say. */
  telemetry?: Telemetry;
  /** The waits of a broadcast's pace; tests pass one that moves their clock. */
  sleep?: Sleep;
}

/** The running parts of one bot instance. */
export interface App extends PromptsmithBot {
  deps: BotDeps;
  llm: LlmStack;
  telemetry: Telemetry;
  /** What the crons do here, once the bot runs (src/jobs/schedule.ts). */
  scheduledWork(): ScheduledWork;
  /** The record layer: the start-up key check, the record walk, its progress. */
  records: RecordsRuntime;
  /** `/healthz`, and the webhook in webhook mode. */
  httpHandler(): Promise<(request: Request) => Promise<Response>>;
  /**
   * Drop the read caches' entries older than `CACHE_TTL_MS` (never served
   * again, but held until evicted); how many. The idle collector calls it.
   */
  readonly dropExpiredReads: () => number;
}

/** Build the bot and everything it uses on `kv`. */
export function createApp(
  config: Config,
  rawKv: Deno.Kv,
  overrides: AppOverrides = {},
): App {
  const clock = overrides.clock ?? SYSTEM_CLOCK;
  const telemetry = overrides.telemetry ?? telemetryOf(config);
  const { metrics, tracing } = telemetry;
  // Commits are measured only when someone reads the measure.
  const kv = telemetry.prometheus || config.metrics.otel
    ? instrumentKv(rawKv, metrics.kv)
    : rawKv;
  const llm = llmStack(config, kv, clock, overrides.llm, telemetry);
  const cache = { max: config.cache.max, ttlMs: config.cache.ttlMs };
  const records = createRecords(config.encryptionKeys);
  const users = new UserStore(kv, {
    clock,
    defaultPreferences: { category: "auto" },
    cache,
    records,
  });
  const history = new HistoryStore(kv, {
    clock,
    limit: config.historyLimit,
    records,
  });
  const sessions = new SessionStore(kv, { clock, cache, records });
  const i18n = createI18n();
  const auditLog = new AuditLog(kv, { clock, idKey: config.log.idKey });
  const roles = new RoleStore(kv, {
    clock,
    audit: auditLog,
    owners: config.access.owners,
    admins: config.adminIds,
    mode: config.access.mode,
    allowed: config.access.allowedIds,
  });
  const api = createApi(config.botToken, {
    apiRoot: config.telegramApiRoot,
    retry: overrides.apiRetry,
    fetch: overrides.telegramFetch,
    observe: { metrics: metrics.telegram, tracing },
  });
  const transcription = transcriptionOf(config, kv, clock, overrides);
  const media = mediaPipeline(config, {
    kv,
    api,
    clock,
    records,
    transcriber: transcription.transcriber,
    vision: llm.provider !== null,
  });
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
    api,
    llm: llm.provider,
    history,
    users,
    sessions,
    clock,
    i18n,
    media,
    metrics,
    tracing,
  }, {
    instanceId,
    concurrency: config.jobs.concurrency,
    maxTokens: config.llm.maxTokens,
    temperatures: config.llm.temperatureByCategory,
    maxAnswerParts: config.jobs.maxAnswerParts,
    queueMax: config.jobs.queueMax,
  });
  const deps: BotDeps = {
    kv,
    clock,
    users,
    sessions,
    history,
    llm: llm.provider,
    jobs,
    limiter: new RateLimiter(kv, { clock, ...config.limits }),
    keyStatus: llm.keyStatus,
    records,
    recordsStatus: recordsRuntime.status,
    i18n,
    roles,
    auditLog,
    media,
    metrics,
    tracing,
    broadcasts: new BroadcastRunner({
      store: new BroadcastStore(kv, { clock, records }),
      users,
      jobs: jobStore,
      heartbeat: () => jobs.start(),
      // No retries of its own: the runner knows what may be sent again (a 429 only).
      api: createApi(config.botToken, {
        apiRoot: config.telegramApiRoot,
        retry: { ...overrides.apiRetry, maxAttempts: 1 },
        fetch: overrides.telegramFetch,
        observe: { metrics: metrics.telegram, tracing },
      }),
      clock,
      sleep: overrides.sleep,
      i18n,
      metrics,
      tracing,
      // Banned users never get a broadcast; forgotten ones have no profile left.
      excluded: (userId) => roles.isBanned(userId),
    }, { instanceId, ratePerSecond: config.broadcastRatePerSecond }),
  };
  collectState(metrics, deps, llm);
  const built = createBot(config, deps, {
    botInfo: overrides.botInfo,
    apiRetry: overrides.apiRetry,
    fetch: overrides.telegramFetch,
  });
  return {
    ...built,
    deps,
    llm,
    telemetry,
    scheduledWork: () =>
      scheduledWork(config, deps, {
        ...llm,
        // The transcription keys of their own are probed with the chat keys.
        runHealthCheck: async () => {
          const report = await llm.runHealthCheck();
          const own = await transcription.runHealthCheck();
          return {
            probed: [...report.probed, ...own.probed],
            skipped: report.skipped + own.skipped,
            failed: report.failed + own.failed,
          };
        },
      }, recordsRuntime),
    records: recordsRuntime,
    dropExpiredReads: () => users.purgeStale() + sessions.purgeStale(),
    httpHandler: async () =>
      createHttpHandler({
        mode: config.updates.mode,
        kvReachable: () => pingKv(kv),
        webhook: await webhookRoute(config, built.handleUpdate),
        metrics: createMetricsRoute({
          token: config.metrics.token,
          render: async () => {
            await metrics.collect();
            return await (telemetry.prometheus?.render() ?? NO_SERIES);
          },
        }),
      }),
  };
}

/** Metrics and tracing as METRICS_TOKEN and OTEL_DENO ask. */
function telemetryOf(config: Config): Telemetry {
  return createTelemetry({
    prometheus: config.metrics.token !== undefined,
    otel: config.metrics.otel,
    idKey: config.log.idKey,
  });
}

/** The gauges read from state before each scrape: jobs here, and every key's circuit. */
function collectState(metrics: Metrics, deps: BotDeps, llm: LlmStack): void {
  metrics.onCollect(() => {
    metrics.jobs.running.set({}, deps.jobs.running);
    metrics.jobs.waiting.set({}, deps.jobs.waiting);
  });
  metrics.onCollect(async () => {
    for (const key of await llm.keyStatus()) {
      const current = key.parked ? "parked" : key.state;
      for (const state of CIRCUIT_STATES) {
        metrics.llm.circuit.set(
          { provider: key.provider, key: key.keyHint, state },
          state === current ? 1 : 0,
        );
      }
    }
  });
}

const CIRCUIT_STATES = ["closed", "open", "half_open", "parked"] as const;

/** What /metrics serves for telemetry without Prometheus (a test's own). */
const NO_SERIES = {
  contentType: "text/plain; version=0.0.4; charset=utf-8",
  body: "",
};

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
    sweepJobs: async () => {
      const taken = await deps.jobs.recover();
      // After the jobs: a broadcast that cannot be read must not hold them up.
      await deps.broadcasts.recover();
      return taken;
    },
    checkKeys:
      () => (llm.provider ? checkKeysThenResume(config, deps, llm) : null),
    cleanup: () =>
      runCleanup(kv, {
        clock,
        history,
        sessions: deps.sessions,
        sweeps: {
          audit: (now) =>
            deps.auditLog.deleteOlderThan(now - AUDIT_RETENTION_MS),
          deliveries: () => deps.jobs.sweepDeliveries(),
        },
      }, { historyRetentionDays: config.historyRetentionDays }),
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
    // Whoever the bot no longer serves (banned since) waits until the wait expires.
    const access = await deps.roles.serves(userId);
    if (!access.ok) return false;
    const limits = limitOptions(config, access.standing.role);
    return (await deps.limiter.consume(userId, limits)).ok;
  });
  return report;
}

function llmStack(
  config: Config,
  kv: Deno.Kv,
  clock: Clock,
  override: AppOverrides["llm"],
  telemetry: Telemetry,
): LlmStack {
  if (override === undefined) {
    return createLlmStack(config.llm, {
      kv,
      clock,
      metrics: telemetry.metrics.llm,
      tracing: telemetry.tracing,
    });
  }
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

/** The transcription stack of the configuration, or the override's transcriber. */
function transcriptionOf(
  config: Config,
  kv: Deno.Kv,
  clock: Clock,
  overrides: AppOverrides,
): {
  transcriber: Transcriber | null;
  runHealthCheck(): Promise<KeyHealthReport>;
} {
  const none = () => Promise.resolve({ probed: [], skipped: 0, failed: 0 });
  if (overrides.transcriber !== undefined) {
    return { transcriber: overrides.transcriber, runHealthCheck: none };
  }
  const endpoint = resolveTranscription({
    primary: config.llm.providers.find((p) => p.name === PRIMARY_PROVIDER_NAME),
    baseUrl: config.media.transcribeBaseUrl,
    apiKeys: config.media.transcribeApiKeys,
    model: config.media.transcribeModel,
  });
  if (endpoint === null) return { transcriber: null, runHealthCheck: none };
  return createTranscriptionStack(endpoint, {
    kv,
    clock,
    timeoutMs: config.llm.timeoutMs,
    deadlineMs: config.llm.deadlineMs,
    retryAfterMaxMs: config.llm.retryAfterMaxMs,
  });
}

/** Voice notes, pictures, text files and inline answers. */
function mediaPipeline(
  config: Config,
  deps: {
    kv: Deno.Kv;
    api: ReturnType<typeof createApi>;
    clock: Clock;
    records: Records;
    transcriber: Transcriber | null;
    vision: boolean;
  },
): MediaPipeline {
  const { media } = config;
  return new MediaPipeline({
    api: deps.api,
    files: {
      apiRoot: config.telegramApiRoot,
      token: config.botToken,
      maxBytes: media.fileMaxBytes,
      timeoutMs: media.downloadTimeoutMs,
    },
    transcriber: deps.transcriber,
    vision: deps.vision,
    store: new MediaStore(deps.kv, { records: deps.records }),
    clock: deps.clock,
  }, {
    voiceMaxSeconds: media.voiceMaxSeconds,
    visionModel: media.visionModel,
    visionMaxPixels: media.visionMaxPixels,
    albumMaxImages: media.albumMaxImages,
    albumWindowMs: media.albumWindowMs,
  });
}
