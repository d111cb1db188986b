/**
 * Promptsmith: wiring only. Load config, open KV, build the bot, start the
 * configured mode, shut down cleanly on SIGINT/SIGTERM.
 *
 * @module
 */
import "./src/node_warnings.ts";
import type { RunnerHandle } from "@grammyjs/runner";
import { createBot } from "./src/bot.ts";
import { SYSTEM_CLOCK } from "./src/clock.ts";
import {
  type Config,
  ConfigError,
  formatConfigError,
  loadConfig,
} from "./src/config/config.ts";
import type { BotDeps } from "./src/context.ts";
import { DEFAULT_CATEGORY_ID } from "./src/enhance/categories.ts";
import { COMMANDS } from "./src/features/start.ts";
import { runCleanup } from "./src/jobs/cleanup.ts";
import { EnhanceJobRunner } from "./src/jobs/enhance_jobs.ts";
import type { KeyHealthReport } from "./src/llm/key_health.ts";
import { registerCrons, type ScheduledWork } from "./src/jobs/schedule.ts";
import { runStatsRollup } from "./src/jobs/stats.ts";
import { createLlmStack, type LlmStack } from "./src/llm/factory.ts";
import {
  describeError,
  getLog,
  setupLogging,
  shutdownLogging,
} from "./src/logging.ts";
import { createHttpHandler, internalError } from "./src/server/http.ts";
import { createWebhookHandler } from "./src/server/webhook.ts";
import { HistoryStore } from "./src/storage/history_store.ts";
import { JobStore } from "./src/storage/job_store.ts";
import { openKv, pingKv } from "./src/storage/kv.ts";
import { RateLimiter } from "./src/storage/rate_limiter.ts";
import { SessionStore } from "./src/storage/session_store.ts";
import { UserStore } from "./src/storage/user_store.ts";
import { createApi, reportFailedPolls } from "./src/telegram/api.ts";
import { connectTelegram } from "./src/telegram/connect.ts";
import { loadDotenv } from "./src/util/dotenv.ts";
import { watchStopSignals } from "./src/util/signals.ts";
import { VERSION } from "./src/version.ts";

const ALLOWED_UPDATES = ["message", "callback_query"] as const;
/** The webhook answers Telegram after this long and keeps handling the update in the background. */
const WEBHOOK_REPLY_AFTER_MS = 8_000;
/** Updates handled at once in polling mode (the runner's default is 500). */
const POLLING_CONCURRENCY = 100;

/** What the crons act on: set once the bot has started, cleared at shutdown. */
let scheduled: ScheduledWork | undefined;
// Deno Deploy picks up only crons registered at the top level, before any server starts.
registerCrons(() => scheduled);

async function main(): Promise<number> {
  const dotenv = await readDotenv();
  const config = readConfig();
  if (!config) return 1;
  // Listen before anything starts: a SIGTERM during start-up still shuts down
  // cleanly. The listeners stay until the end, so a repeated signal cannot
  // kill the process half-way through its shutdown.
  using signals = watchStopSignals({ onRepeat: onRepeatedSignal });
  const stopSignal = signals.first;
  await setupLogging({
    ...config.log,
    secrets: [
      config.botToken,
      ...config.llm.providers.flatMap((p) => p.apiKeys),
      config.updates.mode === "webhook" ? config.updates.secret : undefined,
      config.log.idKey,
    ],
  });
  const log = getLog("main");
  if (dotenv) {
    log.info("Read {count} variables from {file}", {
      count: dotenv.loaded.length,
      file: dotenv.file,
    });
    for (const problem of dotenv.problems) {
      log.warn("Ignored a line of {file}: {problem}", {
        file: dotenv.file,
        problem,
      });
    }
  }
  const kv = await openKv(config.kvPath, {
    onReadableByOthers: (mode) =>
      log.warn(
        "The KV file can be read by other users (mode {mode}): run chmod 600 on it and its -wal and -shm files",
        { mode: mode.toString(8) },
      ),
  });
  const llm = createLlmStack(config.llm, { kv, clock: SYSTEM_CLOCK });
  const deps = createDeps(kv, config, llm);
  const app = createBot(config, deps);
  const { bot, inFlight } = app;
  bot.api.config.use(
    reportFailedPolls((error) =>
      log.warn("Cannot fetch updates (retrying): {error}", {
        error: describeError(error),
      })
    ),
  );
  const pollingFailed = Promise.withResolvers<unknown>();

  const aborted = new AbortController();
  const starting = start(app, deps, llm, config, {
    onPollingFailed: pollingFailed.resolve,
    signal: aborted.signal,
  });
  const first = await Promise.race([
    starting.then((started) => ({ started }), (error: unknown) => ({ error })),
    stopSignal.then((signal) => ({ signal })),
  ]);
  if ("error" in first) {
    if (!(first.error instanceof StartFailed)) {
      log.fatal("Cannot start: {error}", { error: describeError(first.error) });
    }
    return await finish(kv, 1);
  }
  if ("signal" in first) {
    // A signal during start-up: let it finish within the shutdown budget (it may
    // already be taking updates), then stop as usual; if it hangs (Telegram
    // unreachable), stop without it.
    log.info("Received {signal} while starting: stopping", {
      signal: first.signal,
    });
    // Retries of an unreachable Telegram end now; a start that got further finishes.
    aborted.abort();
    const late = await within(
      starting.catch(() => undefined),
      config.shutdownTimeoutMs,
    );
    if (late) await stop(late, deps, inFlight, config);
    log.info("Stopped");
    return await finish(kv, 0);
  }
  const started = first.started;

  const reason = await Promise.race([
    stopSignal.then((signal) => ({ signal, error: undefined })),
    pollingFailed.promise.then((error) => ({ signal: undefined, error })),
  ]);
  if (reason.error !== undefined) {
    log.fatal("Polling stopped for good: {error}", {
      error: describeError(reason.error),
    });
  } else log.info("Received {signal}: stopping", { signal: reason.signal });
  await stop(started, deps, inFlight, config);
  log.info("Stopped");
  return await finish(kv, reason.error === undefined ? 0 : 1);
}

/** The last step of every way out of main(): close KV, flush the logs. */
async function finish(kv: Deno.Kv, code: number): Promise<number> {
  kv.close();
  await shutdownLogging();
  return code;
}

/** Thrown by start() after it logged why: main() adds nothing. */
class StartFailed extends Error {
  override readonly name = "StartFailed";
}

/**
 * A second SIGTERM (a process-group stop reaches the bot twice through
 * `deno task`) is ignored while the shutdown budget lasts; a second SIGINT is
 * someone pressing Ctrl-C again: stop at once, as CLIs do.
 */
function onRepeatedSignal(signal: Deno.Signal, count: number): void {
  const log = getLog("main");
  if (signal === "SIGINT") {
    log.warn("Received SIGINT again: exiting now, without finishing shutdown");
    Deno.exit(130);
  }
  log.info("Received {signal} again ({count} in all): already stopping", {
    signal,
    count,
  });
}

/** What a started bot holds until shutdown. */
interface Started {
  server: Deno.HttpServer;
  runner?: RunnerHandle;
}

/** Options of {@linkcode start}. */
interface StartOptions {
  onPollingFailed: (error: unknown) => void;
  /** Aborted by a signal during start-up. */
  signal: AbortSignal;
}

/** Serve HTTP, start polling or the webhook, take over abandoned jobs, hand the crons their work. */
async function start(
  app: ReturnType<typeof createBot>,
  deps: BotDeps,
  llm: LlmStack,
  config: Config,
  options: StartOptions,
): Promise<Started> {
  const log = getLog("main");
  const { bot } = app;
  const connected = await connectTelegram(config.botToken, {
    apiRoot: config.telegramApiRoot,
    attempts: config.telegramStartAttempts,
    signal: options.signal,
  });
  if (!connected.ok) throw new StartFailed(connected.reason);
  bot.botInfo = connected.me;
  const server = Deno.serve(
    {
      port: config.port,
      hostname: config.hostname,
      onListen: ({ hostname, port }) =>
        log.info("Listening on {hostname}:{port}", { hostname, port }),
      // Deno's default prints the whole error, which may hold the config.
      onError: internalError,
    },
    createHttpHandler({
      mode: config.updates.mode,
      kvReachable: () => pingKv(deps.kv),
      webhook: webhookRoute(app, config),
    }),
  );
  let runner: RunnerHandle | undefined;
  if (config.updates.mode === "polling") {
    // Loaded only here: the runner pulls in grammY's Node build.
    const { run } = await import("@grammyjs/runner");
    await bot.api.deleteWebhook();
    // Silent: failed polls are logged by reportFailedPolls, redacted; the runner's own report prints the token.
    runner = run(bot, {
      runner: { fetch: { allowed_updates: ALLOWED_UPDATES }, silent: true },
      // Handlers only validate and accept jobs, so a modest bound keeps a burst's memory flat.
      sink: { concurrency: POLLING_CONCURRENCY },
    });
    // 401 (token revoked) or 409 (another poller): the runner gives up; so does the process, cleanly.
    runner.task()?.catch(options.onPollingFailed);
  } else if (config.updates.url) {
    await bot.api.setWebhook(config.updates.url, {
      secret_token: config.updates.secret,
      allowed_updates: ALLOWED_UPDATES,
    });
  }
  // Jobs whose worker died (this process before a restart, or another instance) are taken over.
  await deps.jobs.recover();
  scheduled = scheduledWork(deps.kv, deps, llm, config);
  await bot.api.setMyCommands(COMMANDS).catch((error) =>
    log.warn("Cannot set the command menu: {error}", {
      error: describeError(error),
    })
  );
  log.info("Promptsmith {version} started as @{botHandle} ({mode})", {
    version: VERSION,
    botHandle: bot.botInfo.username,
    mode: config.updates.mode,
  });
  return { server, runner };
}

/** Stop taking updates, then let the work in flight finish within SHUTDOWN_TIMEOUT_MS. */
async function stop(
  started: Started,
  deps: BotDeps,
  inFlight: ReturnType<typeof createBot>["inFlight"],
  config: Config,
): Promise<void> {
  const log = getLog("main");
  const deadline = Date.now() + config.shutdownTimeoutMs;
  const left = () => Math.max(0, deadline - Date.now());
  scheduled = undefined;
  // Stop taking updates; the runner and the server wait for their handlers,
  // so both are bounded by the budget too.
  if (started.runner?.isRunning()) await within(started.runner.stop(), left());
  await within(started.server.shutdown(), left());
  if (!(await inFlight.drain(left()))) {
    log.warn("{count} updates still running at shutdown", {
      count: inFlight.count,
    });
  }
  if (!(await deps.jobs.stop(left()))) {
    log.warn(
      "{count} jobs still running at shutdown: they resume after their lease",
      { count: deps.jobs.running },
    );
  }
}

/** `promise`'s value, or `undefined` when `ms` pass first. */
async function within<T>(
  promise: Promise<T>,
  ms: number,
): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Read ENV_FILE (default `.env`) into the environment, except on Deno Deploy. */
async function readDotenv() {
  if ((Deno.env.get("DENO_DEPLOYMENT_ID") ?? "") !== "") return null;
  const file = Deno.env.get("ENV_FILE")?.trim() || ".env";
  if (file === "none") return null;
  const read = await loadDotenv(file);
  return read && { file, ...read };
}

function readConfig(): Config | null {
  try {
    return loadConfig(Deno.env.toObject());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(formatConfigError(error));
    return null;
  }
}

function createDeps(kv: Deno.Kv, config: Config, llm: LlmStack): BotDeps {
  const clock = SYSTEM_CLOCK;
  const cache = { max: config.cache.max, ttlMs: config.cache.ttlMs };
  const users = new UserStore(kv, {
    clock,
    defaultPreferences: { category: DEFAULT_CATEGORY_ID },
    cache,
  });
  const sessions = new SessionStore(kv, { clock, cache });
  const history = new HistoryStore(kv, { clock, limit: config.historyLimit });
  const jobs = new EnhanceJobRunner({
    kv,
    jobs: new JobStore(kv, { leaseMs: config.jobs.leaseMs }),
    api: createApi(config.botToken, { apiRoot: config.telegramApiRoot }),
    llm: llm.provider,
    history,
    users,
    clock,
  }, {
    instanceId: crypto.randomUUID(),
    concurrency: config.jobs.concurrency,
    maxTokens: config.llm.maxTokens,
    maxAnswerParts: config.jobs.maxAnswerParts,
  });
  const limiter = new RateLimiter(kv, { clock, ...config.limits });
  return {
    kv,
    clock,
    users,
    sessions,
    history,
    llm: llm.provider,
    jobs,
    limiter,
    keyStatus: llm.keyStatus,
  };
}

function webhookRoute(app: ReturnType<typeof createBot>, config: Config) {
  const updates = config.updates;
  if (updates.mode !== "webhook") return undefined;
  return {
    path: updates.path,
    handle: createWebhookHandler({
      secret: updates.secret,
      handleUpdate: (update) => app.handleUpdate(update),
      replyAfterMs: WEBHOOK_REPLY_AFTER_MS,
    }),
  };
}

/** What the crons do in this process; each job is safe when several instances run it at once. */
function scheduledWork(
  kv: Deno.Kv,
  deps: BotDeps,
  llm: LlmStack,
  config: Config,
): ScheduledWork {
  const { clock, history } = deps;
  return {
    sweepJobs: () => deps.jobs.recover(),
    checkKeys: () =>
      llm.provider ? checkKeysThenResume(deps, llm, config) : null,
    cleanup: () =>
      runCleanup(kv, { clock, history }, {
        historyRetentionDays: config.historyRetentionDays,
      }),
    rollupStats: () => runStatsRollup(kv, { clock }),
  };
}

/** Probe the keys out of service, then start the retries that waited for the AI if it is back. */
async function checkKeysThenResume(
  deps: BotDeps,
  llm: LlmStack,
  config: Config,
): Promise<KeyHealthReport> {
  const report = await llm.runHealthCheck();
  await deps.jobs.resumeWaiting(async (userId) => {
    const isAdmin = config.adminIds.includes(userId);
    return (await deps.limiter.consume(userId, { isAdmin })).ok;
  });
  return report;
}

if (import.meta.main) Deno.exit(await main());
