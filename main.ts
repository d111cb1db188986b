/**
 * Promptsmith: wiring only. Load config, open KV, build the bot, start the
 * configured mode, shut down cleanly on SIGINT/SIGTERM.
 *
 * @module
 */
import "./src/node_warnings.ts";
import { run, type RunnerHandle } from "@grammyjs/runner";
import { webhookCallback } from "grammy";
import { createBot } from "./src/bot.ts";
import { SYSTEM_CLOCK } from "./src/clock.ts";
import {
  type Config,
  ConfigError,
  formatConfigError,
  loadConfig,
} from "./src/config.ts";
import type { BotDeps } from "./src/context.ts";
import { DEFAULT_CATEGORY_ID } from "./src/enhance/categories.ts";
import { COMMANDS } from "./src/features/start.ts";
import { runCleanup } from "./src/jobs/cleanup.ts";
import { EnhanceJobRunner } from "./src/jobs/enhance_jobs.ts";
import { registerCrons, type ScheduledWork } from "./src/jobs/schedule.ts";
import { runStatsRollup } from "./src/jobs/stats.ts";
import { createLlmStack, type LlmStack } from "./src/llm/factory.ts";
import {
  describeError,
  getLog,
  setupLogging,
  shutdownLogging,
} from "./src/logging.ts";
import { createHttpHandler } from "./src/server/http.ts";
import { HistoryStore } from "./src/storage/history_store.ts";
import { JobStore } from "./src/storage/job_store.ts";
import { openKv, pingKv } from "./src/storage/kv.ts";
import { RateLimiter } from "./src/storage/rate_limiter.ts";
import { SessionStore } from "./src/storage/session_store.ts";
import { UserStore } from "./src/storage/user_store.ts";
import { createApi, reportFailedPolls } from "./src/telegram/api.ts";
import { VERSION } from "./src/version.ts";

const ALLOWED_UPDATES = ["message", "callback_query"] as const;
/** grammY answers Telegram after this long and keeps handling the update in the background. */
const WEBHOOK_REPLY_AFTER_MS = 8_000;
/** Updates handled at once in polling mode (the runner's default is 500). */
const POLLING_CONCURRENCY = 100;

/** What the crons act on: set once the bot has started, cleared at shutdown. */
let scheduled: ScheduledWork | undefined;
// Deno Deploy picks up only crons registered at the top level, before any server starts.
registerCrons(() => scheduled);

async function main(): Promise<number> {
  const config = readConfig();
  if (!config) return 1;
  // Listen before anything starts: a SIGTERM during start-up still shuts down cleanly.
  const stopSignal = waitForSignal();
  await setupLogging({
    ...config.log,
    secrets: [
      config.botToken,
      ...config.llm.providers.flatMap((p) => p.apiKeys),
      config.webhook.secret,
    ],
  });
  const log = getLog("main");
  const kv = await openKv(config.kvPath);
  const llm = createLlmStack(config.llm, { kv, clock: SYSTEM_CLOCK });
  const deps = createDeps(kv, config, llm);
  const { bot, inFlight } = createBot(config, deps);
  bot.api.config.use(
    reportFailedPolls((error) =>
      log.warn("Cannot fetch updates (retrying): {error}", {
        error: describeError(error),
      })
    ),
  );
  const pollingFailed = Promise.withResolvers<unknown>();

  const starting = start(bot, deps, llm, config, pollingFailed.resolve);
  const first = await Promise.race([
    starting.then((started) => ({ started }), (error: unknown) => ({ error })),
    stopSignal.then((signal) => ({ signal })),
  ]);
  if ("error" in first) {
    log.fatal("Cannot start: {error}", { error: describeError(first.error) });
    kv.close();
    await shutdownLogging();
    return 1;
  }
  if ("signal" in first) {
    // A signal during start-up: let it finish within the shutdown budget (it may
    // already be taking updates), then stop as usual; if it hangs (Telegram
    // unreachable), stop without it.
    log.info("Received {signal} while starting: stopping", {
      signal: first.signal,
    });
    const late = await within(
      starting.catch(() => undefined),
      config.shutdownTimeoutMs,
    );
    if (late) await stop(late, deps, inFlight, config);
    kv.close();
    log.info("Stopped");
    await shutdownLogging();
    return 0;
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
  kv.close();
  log.info("Stopped");
  await shutdownLogging();
  return reason.error === undefined ? 0 : 1;
}

/** What a started bot holds until shutdown. */
interface Started {
  server: Deno.HttpServer;
  runner?: RunnerHandle;
}

/** Serve HTTP, start polling or the webhook, take over abandoned jobs, hand the crons their work. */
async function start(
  bot: ReturnType<typeof createBot>["bot"],
  deps: BotDeps,
  llm: LlmStack,
  config: Config,
  onPollingFailed: (error: unknown) => void,
): Promise<Started> {
  const log = getLog("main");
  await bot.init();
  const server = Deno.serve(
    {
      port: config.port,
      hostname: config.hostname,
      onListen: ({ hostname, port }) =>
        log.info("Listening on {hostname}:{port}", { hostname, port }),
    },
    createHttpHandler({
      mode: config.botMode,
      kvReachable: () => pingKv(deps.kv),
      webhook: webhookRoute(bot, config),
    }),
  );
  let runner: RunnerHandle | undefined;
  if (config.botMode === "polling") {
    await bot.api.deleteWebhook();
    // Silent: failed polls are logged by reportFailedPolls, redacted; the runner's own report prints the token.
    runner = run(bot, {
      runner: { fetch: { allowed_updates: ALLOWED_UPDATES }, silent: true },
      // Handlers only validate and accept jobs, so a modest bound keeps a burst's memory flat.
      sink: { concurrency: POLLING_CONCURRENCY },
    });
    // 401 (token revoked) or 409 (another poller): the runner gives up; so does the process, cleanly.
    runner.task()?.catch(onPollingFailed);
  } else if (config.webhook.url) {
    await bot.api.setWebhook(config.webhook.url, {
      secret_token: config.webhook.secret,
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
    mode: config.botMode,
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
    sessions,
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

function webhookRoute(
  bot: ReturnType<typeof createBot>["bot"],
  config: Config,
) {
  if (config.botMode !== "webhook") return undefined;
  return {
    path: config.webhook.path,
    handle: webhookCallback(bot, "std/http", {
      secretToken: config.webhook.secret,
      onTimeout: "return",
      timeoutMilliseconds: WEBHOOK_REPLY_AFTER_MS,
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
    checkKeys: () => (llm.provider ? llm.runHealthCheck() : null),
    cleanup: () =>
      runCleanup(kv, { clock, history }, {
        historyRetentionDays: config.historyRetentionDays,
      }),
    rollupStats: () => runStatsRollup(kv, { clock }),
  };
}

/**
 * Resolves with the first SIGINT or SIGTERM. Where signals cannot be listened
 * to (Deno Deploy manages the process itself) it never resolves.
 */
function waitForSignal(): Promise<Deno.Signal> {
  return new Promise((resolve) => {
    const signals: Deno.Signal[] = Deno.build.os === "windows"
      ? ["SIGINT"]
      : ["SIGINT", "SIGTERM"];
    const handlers: Array<[Deno.Signal, () => void]> = [];
    for (const signal of signals) {
      const handler = () => {
        handlers.forEach(([s, h]) => Deno.removeSignalListener(s, h));
        resolve(signal);
      };
      try {
        Deno.addSignalListener(signal, handler);
        handlers.push([signal, handler]);
      } catch {
        // Not supported here; the platform stops the process.
      }
    }
  });
}

if (import.meta.main) Deno.exit(await main());
