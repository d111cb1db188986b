/**
 * The process side of bench/compare.ts: Promptsmith (main.ts, with the flags
 * of `deno task start`) and the peer (bench/peer/main.ts, the same flags) run
 * as real processes against a fake Telegram in this process, on 127.0.0.1.
 * Each measurement starts its own fake and its own KV file in a temporary
 * folder, and ends with the bot killed and the folder removed, whatever
 * happened.
 *
 * @module
 */
import {
  type FakeTelegram,
  type RecordedCall,
  startFakeTelegram,
} from "../../tests/fakes/telegram_api.ts";
import { textUpdate } from "../../tests/fakes/updates.ts";
import { readLines } from "../../tests/e2e/bot_process.ts";
import {
  killOnStop,
  readCpuSeconds,
  readRss,
  SAMPLE_EVERY_MS,
  sampleRss,
} from "../proc.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
/**
 * The flags `deno task start` passes, read from deno.json so that the
 * comparison follows it; deno.json (found from ROOT) adds the unstable
 * features. Both bots get them.
 */
export const START_FLAGS: readonly string[] = startFlags(
  JSON.parse(Deno.readTextFileSync(`${ROOT}deno.json`)).tasks.start,
);

/** The `--…` flags of a `deno run … main.ts` task line. */
export function startFlags(task: string): string[] {
  const words = task.trim().split(/\s+/);
  if (words[0] !== "deno" || words[1] !== "run" || words.at(-1) !== "main.ts") {
    throw new TypeError(
      `Cannot read the start task: expected "deno run … main.ts", got "${task}"`,
    );
  }
  return words.slice(2, -1);
}
const FIRST_USER_ID = 800_000_001;
const STOP_TIMEOUT_MS = 15_000;

/** Which bot a process runs. */
export type BotKind = "promptsmith" | "peer";

const ENTRY: Record<BotKind, string> = {
  promptsmith: "main.ts",
  peer: "bench/peer/main.ts",
};

/** A running bot process and what it said. */
export interface BotProc {
  kind: BotKind;
  child: Deno.ChildProcess;
  pid: number;
  /** `Date.now()` just before the spawn. */
  spawnedAt: number;
  /** Port of its HTTP server, once it said it listens. */
  port: Promise<number>;
  /** "Enhanced a prompt" lines so far (Promptsmith). */
  enhanced: number;
  warnings: number;
  errors: number;
  /** Distinct messages of warning and error lines, with how often each came (at most 20). */
  problems: Record<string, number>;
  stderr: string[];
  exited: boolean;
  output: Promise<void>;
}

/** The environment both bots get: the fake's token and root, a KV file, loopback. */
function baseEnv(tg: FakeTelegram, kvPath: string): Record<string, string> {
  const inherited = ["PATH", "HOME", "DENO_DIR", "TMPDIR"].flatMap((name) => {
    const value = Deno.env.get(name);
    return value === undefined ? [] : [[name, value]];
  });
  return {
    ...Object.fromEntries(inherited),
    BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    KV_PATH: kvPath,
    PORT: "0",
    LISTEN_HOST: "127.0.0.1",
    // a developer's .env must not reach the benchmark
    ENV_FILE: "none",
    NO_COLOR: "1",
  };
}

/**
 * The flags `kind` runs with: Promptsmith's from `deno task start`; the peer,
 * a stock bot, gets the same permissions but not Promptsmith's V8 tuning.
 */
function flagsOf(kind: BotKind): readonly string[] {
  const replaced = kind === "peer" ||
    Deno.env.get("BENCH_V8_FLAGS") !== undefined;
  return replaced
    ? START_FLAGS.filter((flag) => !flag.startsWith("--v8-flags"))
    : START_FLAGS;
}

/**
 * `BENCH_V8_FLAGS`, when set (even empty), replaces the V8 flags of
 * `deno task start` for Promptsmith: `BENCH_V8_FLAGS=` measures it without
 * them, `BENCH_V8_FLAGS=--max-old-space-size=64` with others.
 */
function v8FlagsEnv(kind: BotKind): Record<string, string> {
  const flags = Deno.env.get("BENCH_V8_FLAGS");
  return kind === "promptsmith" && flags ? { DENO_V8_FLAGS: flags } : {};
}

/** Options of {@linkcode spawnBot}. */
export interface SpawnOptions {
  /** Variables on top of the base environment (the fake's token and root, the KV file). */
  env?: Record<string, string>;
  /** Added after the task's flags, e.g. `--inspect=127.0.0.1:0`. */
  flags?: readonly string[];
  /**
   * Run this file instead of the bot's own entry (e.g. a bundle of main.ts,
   * or a tree of it emitted as JavaScript: bench/emit_js.ts), with the
   * project's deno.json for its import map and unstable features.
   */
  entry?: string;
}

/** Start `kind` against `tg`, with its KV at `kvPath`. */
export function spawnBot(
  kind: BotKind,
  tg: FakeTelegram,
  kvPath: string,
  options: SpawnOptions = {},
): BotProc {
  const port = Promise.withResolvers<number>();
  const spawnedAt = Date.now();
  const entry = options.entry === undefined
    ? [ENTRY[kind]]
    : [`--config=${ROOT}deno.json`, options.entry];
  // Stopped with Ctrl-C or SIGTERM, the bench takes its bots with it.
  const child = killOnStop(
    new Deno.Command(Deno.execPath(), {
      args: ["run", ...flagsOf(kind), ...(options.flags ?? []), ...entry],
      cwd: ROOT,
      env: {
        ...baseEnv(tg, kvPath),
        ...v8FlagsEnv(kind),
        ...options.env,
      },
      clearEnv: true,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }),
  );
  const proc: BotProc = {
    kind,
    child,
    pid: child.pid,
    spawnedAt,
    port: port.promise,
    enhanced: 0,
    warnings: 0,
    errors: 0,
    problems: {},
    stderr: [],
    exited: false,
    output: Promise.resolve(),
  };
  child.status.then(() => (proc.exited = true));
  proc.output = Promise.all([
    readLines(child.stdout, (line) => readLine(proc, line, port)),
    readLines(child.stderr, (line) => {
      if (proc.stderr.length < 200) proc.stderr.push(line);
    }),
  ]).then(() =>
    port.reject(
      new Error(`The ${kind} bot exited early:\n${proc.stderr.join("\n")}`),
    )
  );
  proc.port.catch(() => {});
  return proc;
}

/** Counts what the benchmark needs from one JSON line of either bot; keeps none. */
function readLine(
  proc: BotProc,
  line: string,
  port: PromiseWithResolvers<number>,
): void {
  let log: Record<string, unknown>;
  try {
    log = JSON.parse(line);
  } catch {
    if (proc.stderr.length < 200) proc.stderr.push(line);
    return;
  }
  const properties = log.properties as Record<string, unknown> | undefined;
  const listening = properties?.port ?? log.port;
  if (typeof listening === "number") port.resolve(listening);
  const message = String(log.message ?? "");
  if (message.startsWith("Enhanced a prompt")) proc.enhanced++;
  const level = String(log.level ?? "").toLowerCase();
  const warning = level.startsWith("warn");
  const error = level === "error" || level === "fatal";
  if (warning) proc.warnings++;
  if (error) proc.errors++;
  // The message template, not the text: it holds no user data.
  const template = String(log.rawMessage ?? log.message ?? "");
  if (
    (warning || error) &&
    (template in proc.problems || Object.keys(proc.problems).length < 20)
  ) {
    proc.problems[template] = (proc.problems[template] ?? 0) + 1;
  }
}

/** SIGTERM, SIGKILL after a while; resolves with the exit code once the output is read. */
export async function stopBot(proc: BotProc): Promise<number> {
  try {
    proc.child.kill("SIGTERM");
  } catch { /* gone already */ }
  const killer = setTimeout(() => {
    try {
      proc.child.kill("SIGKILL");
    } catch { /* gone already */ }
  }, STOP_TIMEOUT_MS);
  const status = await proc.child.status;
  clearTimeout(killer);
  await proc.output;
  return status.code;
}

/** Kill at once (cleanup after a failure); never throws. */
async function killBot(proc: BotProc): Promise<void> {
  try {
    proc.child.kill("SIGKILL");
  } catch { /* gone already */ }
  await proc.child.status.catch(() => {});
  await proc.output.catch(() => {});
}

/** Resident memory of a process in MB: now (VmRSS) and its peak so far (VmHWM). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `promise`, or a rejection with `message` after `ms`; the timer never outlives it. */
async function within<T>(
  promise: Promise<T>,
  ms: number,
  message: string,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves with the `n`-th call of `method` in the fake's log. */
function nthCall(
  tg: FakeTelegram,
  method: string,
  n: number,
  timeoutMs: number,
): Promise<RecordedCall> {
  let seen = 0;
  return tg.waitForCall(method, () => ++seen >= n, timeoutMs);
}

/** Calls of `method` so far. */
function countCalls(tg: FakeTelegram, method: string): number {
  let count = 0;
  for (const call of tg.calls) if (call.method === method) count++;
  return count;
}

/** A temp folder for one run's KV file; removed by the returned function. */
async function tempDir(): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await Deno.makeTempDir({ prefix: "promptsmith-compare-" });
  return {
    path,
    remove: () => Deno.remove(path, { recursive: true }).catch(() => {}),
  };
}

/**
 * Wait for the first getUpdates call; its arrival time minus the spawn time.
 *
 * @throws {Error} with what the bot printed on stderr, when it exits first
 */
export async function firstPoll(
  tg: FakeTelegram,
  proc: BotProc,
  timeoutMs: number,
): Promise<number> {
  const exited = proc.child.status.then(async () => {
    await proc.output;
    throw new Error(
      `The ${proc.kind} bot exited before polling:\n${proc.stderr.join("\n")}`,
    );
  });
  const call = await Promise.race([
    tg.waitForCall("getUpdates", () => true, timeoutMs),
    exited,
  ]);
  return call.at - proc.spawnedAt;
}

/** Options of {@linkcode measureHelpRun}. */
export interface HelpRunOptions {
  /** Distinct users, one /help each. */
  users: number;
  /** Idle time after the first getUpdates before RSS is read. */
  idleMs: number;
  timeoutMs: number;
}

/** Start → first getUpdates, idle RSS, and a burst of /help from distinct users, in one process. */
export interface HelpRun {
  startToFirstPollMs: number;
  /** Arrival of the first call of each method during start-up, in ms since the spawn. */
  startCalls: Record<string, number>;
  idleRssMb: number;
  help: {
    users: number;
    perSecond: number;
    peakRssMb: number;
    peakSampledMb: number;
    cpuMsPerUpdate: number;
    answered: number;
  };
  exitCode: number;
}

/** Polling mode: start, idle, then `users` /help updates queued at once. */
export async function measureHelpRun(
  kind: BotKind,
  options: HelpRunOptions,
): Promise<HelpRun> {
  const dir = await tempDir();
  const tg = startFakeTelegram();
  const proc = spawnBot(kind, tg, `${dir.path}/kv.sqlite3`, {
    env: {
      BOT_MODE: "polling",
    },
  });
  try {
    const startToFirstPollMs = await firstPoll(tg, proc, options.timeoutMs);
    await sleep(options.idleMs);
    const startCalls: Record<string, number> = {};
    for (const call of tg.calls) {
      startCalls[call.method] ??= call.at - proc.spawnedAt;
    }
    const idle = readRss(proc.pid);
    const rss = sampleRss(proc.pid);
    const cpuBefore = readCpuSeconds(proc.pid);
    const before = countCalls(tg, "sendMessage");
    for (let i = 0; i < options.users; i++) {
      tg.queueUpdate(textUpdate({ text: "/help", userId: FIRST_USER_ID + i }));
    }
    const queuedAt = Date.now();
    const last = await nthCall(
      tg,
      "sendMessage",
      before + options.users,
      options.timeoutMs,
    );
    const cpu = readCpuSeconds(proc.pid) - cpuBefore;
    const memory = rss.stop();
    const seconds = Math.max(0.001, (last.at - queuedAt) / 1000);
    const answered = countCalls(tg, "sendMessage") - before;
    return {
      startToFirstPollMs,
      startCalls,
      idleRssMb: idle?.rssMb ?? 0,
      help: {
        users: options.users,
        perSecond: Math.round(options.users / seconds),
        peakRssMb: memory.peakMb,
        peakSampledMb: memory.maxSampledMb,
        cpuMsPerUpdate: Math.round((cpu * 1000 / options.users) * 100) / 100,
        answered,
      },
      exitCode: await stopBot(proc),
    };
  } finally {
    await killBot(proc);
    await tg.close();
    await dir.remove();
  }
}

/** Options of {@linkcode measureOfflineBurst}. */
export interface OfflineBurstOptions {
  prompts: number;
  idleMs: number;
  /** How long after the last answer RSS is read again (the issue: 60 s). */
  settleMs: number;
  timeoutMs: number;
}

/** What a burst of offline prompts did to Promptsmith's memory. */
export interface OfflineBurst {
  prompts: number;
  answered: number;
  /** False when the time limit came first: the other figures then cover only part of the burst. */
  finished: boolean;
  idleRssMb: number;
  peakRssMb: number;
  peakSampledMb: number;
  /** RSS `settleMs` after the last answer. */
  settledRssMb: number;
  settleMs: number;
  /** From queueing to the last "Enhanced a prompt" line. */
  seconds: number;
  answersPerSecond: number;
  cpuMsPerPrompt: number;
  /** Telegram calls per prompt, by method. */
  callsPerPrompt: Record<string, number>;
  warnings: number;
  errors: number;
  problems: Record<string, number>;
  exitCode: number;
}

/**
 * Promptsmith without LLM keys (every answer is the offline enhancement), in
 * polling mode, every rate limit off so that every prompt becomes a job (the
 * default global limit of 60 a minute would refuse almost all of them); the
 * other settings are the defaults. `prompts` distinct users send one prompt
 * each, queued at once.
 */
export async function measureOfflineBurst(
  options: OfflineBurstOptions,
): Promise<OfflineBurst> {
  const dir = await tempDir();
  const tg = startFakeTelegram();
  const proc = spawnBot("promptsmith", tg, `${dir.path}/kv.sqlite3`, {
    env: {
      BOT_MODE: "polling",
      RATE_LIMIT_PER_MINUTE: "0",
      DAILY_QUOTA: "0",
      GLOBAL_RATE_LIMIT_PER_MINUTE: "0",
    },
  });
  try {
    await firstPoll(tg, proc, options.timeoutMs);
    await sleep(options.idleMs);
    const idle = readRss(proc.pid);
    const rss = sampleRss(proc.pid);
    const cpuBefore = readCpuSeconds(proc.pid);
    const callsBefore = tg.calls.length;
    for (let i = 0; i < options.prompts; i++) {
      tg.queueUpdate(textUpdate({
        text: `write a short note to user ${i} about the new opening hours`,
        userId: FIRST_USER_ID + i,
      }));
    }
    const queuedAt = Date.now();
    const deadline = queuedAt + options.timeoutMs;
    while (
      proc.enhanced < options.prompts && !proc.exited && Date.now() < deadline
    ) {
      await sleep(SAMPLE_EVERY_MS);
    }
    const finished = proc.enhanced >= options.prompts;
    const doneAt = Date.now();
    const cpu = readCpuSeconds(proc.pid) - cpuBefore;
    const calls: Record<string, number> = {};
    for (const call of tg.calls.slice(callsBefore)) {
      calls[call.method] = (calls[call.method] ?? 0) + 1;
    }
    // A burst that did not finish has nothing to settle from.
    if (finished) await sleep(options.settleMs);
    const settled = readRss(proc.pid);
    const memory = rss.stop();
    const seconds = Math.max(0.001, (doneAt - queuedAt) / 1000);
    return {
      prompts: options.prompts,
      answered: proc.enhanced,
      finished,
      idleRssMb: idle?.rssMb ?? 0,
      peakRssMb: memory.peakMb,
      peakSampledMb: memory.maxSampledMb,
      settledRssMb: settled?.rssMb ?? 0,
      settleMs: options.settleMs,
      seconds: Math.round(seconds * 10) / 10,
      answersPerSecond: Math.round(options.prompts / seconds),
      cpuMsPerPrompt: Math.round((cpu * 1000 / options.prompts) * 100) / 100,
      callsPerPrompt: Object.fromEntries(
        Object.entries(calls).map((
          [method, n],
        ) => [method, Math.round((n / options.prompts) * 100) / 100]),
      ),
      warnings: proc.warnings,
      errors: proc.errors,
      problems: proc.problems,
      exitCode: await stopBot(proc),
    };
  } finally {
    await killBot(proc);
    await tg.close();
    await dir.remove();
  }
}

/** Options of {@linkcode measurePeerWebhook}. */
export interface PeerWebhookOptions {
  /** The secret the deliveries carry. */
  secret: string;
  timeoutMs: number;
}

/**
 * The peer in webhook mode under `deliver` (bench/compare.ts passes the
 * deliveries of `deno task load`), each update answered by its static reply.
 */
export async function measurePeerWebhook(
  options: PeerWebhookOptions,
  deliver: (
    tg: FakeTelegram,
    url: string,
  ) => Promise<{ webhookMs: number[]; failed: number }>,
): Promise<{ webhookMs: number[]; failed: number; peakRssMb: number }> {
  const dir = await tempDir();
  const tg = startFakeTelegram();
  const proc = spawnBot("peer", tg, `${dir.path}/kv.sqlite3`, {
    env: {
      BOT_MODE: "webhook",
      WEBHOOK_SECRET: options.secret,
    },
  });
  try {
    const port = await within(
      proc.port,
      options.timeoutMs,
      "The peer did not listen in time",
    );
    const rss = sampleRss(proc.pid);
    const delivered = await deliver(tg, `http://127.0.0.1:${port}/webhook`);
    const memory = rss.stop();
    await stopBot(proc);
    return { ...delivered, peakRssMb: memory.peakMb };
  } finally {
    await killBot(proc);
    await tg.close();
    await dir.remove();
  }
}

/** What one `graph_load.ts` process measured, and how long the process took. */
export interface GraphLoad {
  /** The import of the last specifier, in ms. */
  ms: number;
  /** Each import, in order. */
  loads: number[];
  processMs: number;
}

/**
 * Import `specifiers` one after another in a fresh process
 * (bench/compare/graph_load.ts); `ms` is the last one's time.
 */
export async function measureGraphLoad(
  specifiers: string | string[],
  timeoutMs: number,
): Promise<GraphLoad> {
  const list = typeof specifiers === "string" ? [specifiers] : specifiers;
  const started = performance.now();
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["run", ...START_FLAGS, "bench/compare/graph_load.ts", ...list],
    cwd: ROOT,
    env: { NO_COLOR: "1", ENV_FILE: "none" },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(timeoutMs),
  }).output();
  const processMs = performance.now() - started;
  if (!output.success) {
    throw new Error(
      `Cannot time the import of ${list.join(", ")}:\n${
        new TextDecoder().decode(output.stderr)
      }`,
    );
  }
  const line = new TextDecoder().decode(output.stdout).trim().split("\n").at(
    -1,
  )!;
  const parsed = JSON.parse(line) as { loads: { ms: number }[] };
  const loads = parsed.loads.map((l) => l.ms);
  return {
    ms: loads[loads.length - 1],
    loads,
    processMs: Math.round(processMs * 10) / 10,
  };
}

/** main.ts's start-up steps, timed in a fresh process (bench/compare/start_steps.ts), in ms. */
export async function measureStartSteps(
  timeoutMs: number,
): Promise<Record<string, number>> {
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["run", ...START_FLAGS, "bench/compare/start_steps.ts"],
    cwd: ROOT,
    env: { NO_COLOR: "1", ENV_FILE: "none" },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(timeoutMs),
  }).output();
  if (!output.success) {
    throw new Error(
      `Cannot time the start-up steps:\n${
        new TextDecoder().decode(output.stderr)
      }`,
    );
  }
  const line = new TextDecoder().decode(output.stdout).trim().split("\n").at(
    -1,
  )!;
  return (JSON.parse(line) as { steps: Record<string, number> }).steps;
}
