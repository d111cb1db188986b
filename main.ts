/**
 * Promptsmith: wiring only. Load config, open KV, build the app (one
 * composition root, src/app.ts), start the configured mode, shut down cleanly
 * on SIGINT/SIGTERM.
 *
 * @module
 */
import { type App, createApp } from "./src/app.ts";
import { type IdleGc, startIdleGc } from "./src/util/idle_gc.ts";
import {
  type Config,
  ConfigError,
  formatConfigError,
  loadConfig,
  secretsToMask,
} from "./src/config/config.ts";
import { registerCrons, type ScheduledWork } from "./src/jobs/schedule.ts";
import {
  describeError,
  getLog,
  setupLogging,
  shutdownLogging,
} from "./src/logging.ts";
import { internalError } from "./src/server/http.ts";
import { openKv } from "./src/storage/kv.ts";
import { connectTelegram } from "./src/telegram/connect.ts";
import {
  type Poller,
  startPolling,
  type UpdateKind,
} from "./src/telegram/poller.ts";
import { registerCommands } from "./src/ui/commands.ts";
import { warmUpEnhancerInSlices } from "./src/enhance/warm_up.ts";
import { privilegedMenus } from "./src/middleware/roles.ts";
import { within } from "./src/util/deadline.ts";
import { loadDotenv } from "./src/util/dotenv.ts";
import { watchStopSignals } from "./src/util/signals.ts";
import { VERSION } from "./src/version.ts";

const ALLOWED_UPDATES: readonly UpdateKind[] = [
  "message",
  "callback_query",
  "inline_query",
  "chosen_inline_result",
];

/** What the crons act on: set once the bot has started, cleared at shutdown. */
let scheduled: ScheduledWork | undefined;
/** Resolved once the bot has started, or will not (start failed, shutdown). */
const settled = Promise.withResolvers<void>();
/** How long a cron run waits for the bot to start: on Deno Deploy a run may be what starts the instance. */
const CRON_START_WAIT_MS = 30_000;
/** How long webhook mode waits for the openai SDK's import before serving anyway. */
const SDK_PRELOAD_MS = 2_000;
// Deno Deploy picks up only crons registered at the top level, before any server starts.
registerCrons(async () => {
  if (scheduled === undefined) {
    await within(settled.promise, CRON_START_WAIT_MS);
  }
  return scheduled;
});

async function main(): Promise<number> {
  const dotenv = await readDotenv();
  const config = readConfig();
  if (!config) return 1;
  // Listen before anything starts: a SIGTERM during start-up still shuts down
  // cleanly. The listeners stay until the end, so a repeated signal cannot
  // kill the process half-way through its shutdown.
  using signals = watchStopSignals({ onRepeat: onRepeatedSignal });
  await setupLogging({
    ...config.log,
    secrets: secretsToMask(Deno.env.toObject(), config),
  });
  const log = getLog("main");
  if (dotenv) reportDotenv(dotenv);
  const kv = await openKv(config.kvPath, {
    onReadableByOthers: (mode) =>
      log.warn(
        "The KV file can be read by other users (mode {mode}): run chmod 600 on it and its -wal and -shm files",
        { mode: mode.toString(8) },
      ),
  });
  const app = createApp(config, kv);
  // OpenTelemetry's API (when OTEL_DENO=true) is loaded before the first update, so it is traced.
  await app.telemetry.ready();
  const pollingFailed = Promise.withResolvers<unknown>();
  const aborted = new AbortController();
  const starting = start(app, config, {
    onPollingFailed: pollingFailed.resolve,
    signal: aborted.signal,
  });
  const first = await Promise.race([
    starting.then((started) => ({ started }), (error: unknown) => ({ error })),
    signals.first.then((signal) => ({ signal })),
  ]);
  if ("error" in first) {
    if (!(first.error instanceof StartFailed)) {
      log.fatal("Cannot start: {error}", { error: describeError(first.error) });
    }
    return await shutdown(app, config, kv, { code: 1 });
  }
  if ("signal" in first) {
    // A signal during start-up: let it finish within the shutdown budget (it
    // may already be taking updates), then stop as usual; retries of an
    // unreachable Telegram end at once.
    log.info("Received {signal} while starting: stopping", {
      signal: first.signal,
    });
    aborted.abort();
    const late = await within(
      starting.catch(() => undefined),
      config.shutdownTimeoutMs,
    );
    return await shutdown(app, config, kv, { code: 0, started: late });
  }
  const reason = await Promise.race([
    signals.first.then((signal) => ({ signal, error: undefined })),
    pollingFailed.promise.then((error) => ({ signal: undefined, error })),
  ]);
  if (reason.error !== undefined) {
    log.fatal("Polling stopped for good: {error}", {
      error: describeError(reason.error),
    });
  } else log.info("Received {signal}: stopping", { signal: reason.signal });
  return await shutdown(app, config, kv, {
    code: reason.error === undefined ? 0 : 1,
    started: first.started,
  });
}

/** Thrown by start() after it logged why: main() adds nothing. */
class StartFailed extends Error {
  override readonly name = "StartFailed";
}

/** What a started bot holds until shutdown. */
interface Started {
  server: Deno.HttpServer;
  poller?: Poller;
  /** The record walk started with the bot (re-encryption, migrations). */
  walking: { stop(): Promise<void> };
  /** Collects the garbage of a burst once the bot is idle (with `--expose-gc`). */
  idleGc: IdleGc;
  /** Stops the enhancer's warm-up (between slices, or while it waits for a quiet moment). */
  warmUp: AbortController;
}

/** Options of {@linkcode start}. */
interface StartOptions {
  onPollingFailed: (error: unknown) => void;
  /** Aborted by a signal during start-up. */
  signal: AbortSignal;
}

/** Connect, serve HTTP, start polling or the webhook, take over abandoned jobs, hand the crons their work. */
async function start(
  app: App,
  config: Config,
  options: StartOptions,
): Promise<Started> {
  const log = getLog("main");
  const { bot, deps } = app;
  // Telegram is asked while the stored keys are checked: start-up waits for the slower.
  const keysFailed = new AbortController();
  const connecting = connectTelegram(config.botToken, {
    apiRoot: config.telegramApiRoot,
    attempts: config.telegramStartAttempts,
    signal: AbortSignal.any([options.signal, keysFailed.signal]),
  });
  connecting.catch(() => {});
  // Before any update: stored values must open with the configured keys.
  const keys = await app.records.check().catch((error) => {
    keysFailed.abort();
    throw error;
  });
  if (!keys.encrypted) {
    log.warn(
      "ENCRYPTION_KEYS is not set: prompts, answers and everything else users write are stored in KV in plain text",
    );
  } else log.info("Encryption at rest: key {keyId}", { keyId: keys.primary });
  for (const keyId of keys.retired) {
    log.info("Key {keyId} retired: no stored value is left on it", { keyId });
  }
  const connected = await connecting;
  if (!connected.ok) throw new StartFailed(connected.reason);
  bot.botInfo = connected.me;
  // Polling: the webhook is removed while this instance's heartbeat is
  // written (it exists before any job names it).
  const unhooking = config.updates.mode === "polling"
    ? bot.api.deleteWebhook()
    : undefined;
  unhooking?.catch(() => {});
  await deps.jobs.start();
  const preload = config.llm.providers.length > 0;
  if (preload && config.updates.mode === "webhook") {
    // Importing the SDK blocks the event loop for 100-240 ms: in webhook mode
    // it is done before serving, so that Telegram's first POSTs (the backlog
    // after a restart) do not wait behind it. Bounded: an import that has to
    // download the package first must not hold the server back.
    const sdk = import("openai").then(() => true, (error) => {
      log.debug("Cannot load the openai SDK ahead of use: {error}", {
        error: describeError(error),
      });
      return true;
    });
    if (!(await within(sdk, SDK_PRELOAD_MS))) {
      log.debug("The openai SDK is still loading: serving meanwhile");
    }
  }
  const server = Deno.serve(
    {
      port: config.port,
      hostname: config.hostname,
      onListen: ({ hostname, port }) =>
        log.info("Listening on {hostname}:{port}", { hostname, port }),
      // Deno's default prints the whole error, which may hold the config.
      onError: internalError,
    },
    await app.httpHandler(),
  );
  let poller: Poller | undefined;
  if (unhooking) {
    await unhooking;
    // An update is confirmed to Telegram once handled (or after 1 s of it):
    // a crash loses none that was handled within that second.
    poller = startPolling({
      api: bot.api,
      handle: app.handleUpdate,
      allowedUpdates: ALLOWED_UPDATES,
    });
    // 401 (token revoked) or 409 (another poller): polling gives up; so does the process, cleanly.
    poller.done.catch(options.onPollingFailed);
  } else if (config.updates.mode === "webhook" && config.updates.url) {
    await bot.api.setWebhook(config.updates.url, {
      secret_token: config.updates.secret,
      allowed_updates: ALLOWED_UPDATES,
    });
  }
  // Jobs whose worker died (this process before a restart, or another instance) are taken over.
  await deps.jobs.recover();
  // A broadcast left by a crash resumes; failing to read it must not stop the bot.
  await deps.broadcasts.recover().catch((error) =>
    log.warn("Cannot resume the broadcast: {error}", {
      error: describeError(error),
    })
  );
  // Re-encryption and migrations go on while the bot answers; the cron resumes them.
  const walking = app.records.walkInBackground();
  scheduled = app.scheduledWork();
  settled.resolve();
  await privilegedMenus(deps)
    .then((menus) => registerCommands(bot.api, deps.i18n, menus))
    .catch((error) =>
      log.warn("Cannot set the command menu: {error}", {
        error: describeError(error),
      })
    );
  // Warm up what the first prompt needs, off the start-up path: the SDK (when
  // polling), and the enhancer's patterns, built in slices while idle.
  if (preload && config.updates.mode === "polling") {
    import("openai").catch(() => {});
  }
  const busy = () => app.inFlight.count > 0 || deps.jobs.running > 0;
  // A burst's garbage is collected once the bot is quiet, so RSS comes back;
  // so is start-up's, once the warm-up is done.
  const idleGc = startIdleGc({
    busy,
    // A burst's users stay in the read caches, expired after CACHE_TTL_MS
    // but held until evicted: dropped once quiet, so a collection frees them.
    tidy: app.dropExpiredReads,
  });
  const warmUp = new AbortController();
  const warmUpSignal = AbortSignal.any([options.signal, warmUp.signal]);
  warmUpEnhancerInSlices({ busy, signal: warmUpSignal })
    .then(() => {
      if (warmUpSignal.aborted || !idleGc.settle()) return;
      log.debug("Collected start-up's garbage: {heapMb} MB of heap in use", {
        heapMb: Math.round(Deno.memoryUsage().heapUsed / 1048576),
      });
    })
    .catch((error) =>
      log.warn("Cannot warm up the enhancer or collect after it: {error}", {
        error: describeError(error),
      })
    );
  log.info("Promptsmith {version} started as @{botHandle} ({mode})", {
    version: VERSION,
    botHandle: bot.botInfo.username,
    mode: config.updates.mode,
  });
  return { server, poller, walking, idleGc, warmUp };
}

/**
 * Every way out of main(): stop taking updates, let the work in flight
 * finish within SHUTDOWN_TIMEOUT_MS, close KV, flush the logs.
 */
async function shutdown(
  app: App,
  config: Config,
  kv: Deno.Kv,
  options: { code: number; started?: Started },
): Promise<number> {
  const log = getLog("main");
  const { started } = options;
  scheduled = undefined;
  settled.resolve();
  if (started) {
    started.warmUp.abort();
    const deadline = Date.now() + config.shutdownTimeoutMs;
    const left = () => Math.max(0, deadline - Date.now());
    // The poller and the server wait for their handlers: both are bounded by the budget too.
    if (started.poller) await within(started.poller.stop(left()), left());
    await within(started.server.shutdown(), left());
    if (!(await app.inFlight.drain(left()))) {
      log.warn("{count} updates still running at shutdown", {
        count: app.inFlight.count,
      });
    }
    // Before the jobs: their stop retires the heartbeat the broadcast's owner name relies on.
    if (!(await app.deps.broadcasts.stop(left()))) {
      log.warn("The broadcast is still sending at shutdown: it resumes later");
    }
    if (!(await app.deps.jobs.stop(left()))) {
      log.warn(
        "{count} jobs still running at shutdown: they resume after their lease",
        { count: app.deps.jobs.running },
      );
    }
    await within(started.walking.stop(), left());
    started.idleGc.stop();
  }
  log.info("Stopped");
  kv.close();
  await shutdownLogging();
  return options.code;
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

/** Deno Deploy sets DENO_DEPLOYMENT_ID in every context. */
function onDeploy(): boolean {
  return (Deno.env.get("DENO_DEPLOYMENT_ID") ?? "") !== "";
}

/**
 * Deno Deploy stops an instance with SIGINT and kills it 5 s later
 * (docs/DEPLOY.md): there, shutdown gets at most this long, whatever
 * SHUTDOWN_TIMEOUT_MS says, so that KV is closed before the kill.
 */
const DEPLOY_SHUTDOWN_MS = 3_500;

/** Read ENV_FILE (default `.env`) into the environment, except on Deno Deploy. */
async function readDotenv() {
  if (onDeploy()) return null;
  const file = Deno.env.get("ENV_FILE")?.trim() || ".env";
  if (file === "none") return null;
  const read = await loadDotenv(file);
  return read && { file, ...read };
}

function reportDotenv(
  dotenv: { file: string; loaded: string[]; problems: string[] },
): void {
  const log = getLog("main");
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

function readConfig(): Config | null {
  try {
    const config = loadConfig(Deno.env.toObject());
    return onDeploy()
      ? {
        ...config,
        shutdownTimeoutMs: Math.min(
          config.shutdownTimeoutMs,
          DEPLOY_SHUTDOWN_MS,
        ),
      }
      : config;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(formatConfigError(error));
    return null;
  }
}

/** `promptsmith <command>`: tools that share the bot's code, each loaded only when asked for. */
const COMMANDS: Readonly<
  Record<string, (args: string[]) => Promise<number>>
> = {
  chat: async (args) => (await import("./src/console/chat.ts")).runChat(args),
  doctor: async (args) =>
    (await import("./src/console/doctor.ts")).runDoctor(args),
};

const USAGE = `Usage: promptsmith [command]

  (none)   run the bot (BOT_MODE: long polling or webhook)
  chat     talk to the bot in this terminal, no Telegram needed
  doctor   check the configuration, KV, Telegram, the webhook and the LLM keys`;

async function dispatch(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined) return await main();
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run !== undefined) return await run(rest);
  const help = command === "help" || command === "--help" || command === "-h";
  (help ? console.log : console.error)(
    help ? USAGE : `Unknown command "${command}"\n\n${USAGE}`,
  );
  return help ? 0 : 2;
}

if (import.meta.main) Deno.exit(await dispatch(Deno.args));
