/**
 * Runs main.ts as a real subprocess for end-to-end tests and reads its JSON logs.
 *
 * @module
 */

const MAIN = new URL("../../main.ts", import.meta.url).pathname;

/** KV Connect's limit on every commit of a bot these tests start (tests/kv_limits.ts). */
export const KV_LIMITS_PRELOAD: readonly string[] = [
  `--preload=${new URL("../kv_limits.ts", import.meta.url).pathname}`,
];
const ROOT = new URL("../../", import.meta.url).pathname;

/** A log line of the bot, as LogTape's JSON Lines formatter writes it. */
export interface LogLine {
  level?: string;
  message?: string;
  logger?: string;
  properties?: Record<string, unknown>;
  [key: string]: unknown;
}

/** A running bot process. */
export interface BotProcess extends AsyncDisposable {
  /** Port of its HTTP server (/healthz, webhook). */
  port: number;
  /** Process id of the bot (the deno process running main.ts). */
  pid: number;
  /** Every log line so far (stdout), parsed. */
  logs: LogLine[];
  /** Raw stderr so far. */
  stderr(): string;
  /** Resolves when a log line matching `predicate` has been seen. */
  waitForLog(
    predicate: (line: LogLine) => boolean,
    timeoutMs?: number,
  ): Promise<LogLine>;
  /** Send a signal and wait for the exit code. */
  stop(signal?: Deno.Signal): Promise<Deno.CommandStatus>;
  /** Send a signal (to the whole process group with `ownProcessGroup`) without waiting. */
  signal(signal: Deno.Signal): void;
  /** Resolves with the exit status. */
  readonly status: Promise<Deno.CommandStatus>;
}

/** Options of {@linkcode startBot}. */
export interface StartBotOptions {
  startTimeoutMs?: number;
  /** Run `deno task start` in the checkout instead of `deno run main.ts`, as a user does. */
  viaTask?: boolean;
  /**
   * Start it as the leader of its own process group (with `setsid`), so that
   * signals go to the whole group, as systemd, Docker and a terminal send them.
   */
  ownProcessGroup?: boolean;
  /** Wait only until it listens, not until it says it started. */
  untilListening?: boolean;
  /** Permission flags in place of `-A`, e.g. to deny writes. */
  permissions?: readonly string[];
  /** Working directory of the process. Default: the checkout. */
  cwd?: string;
  /** Run this executable (a compiled binary) instead of `deno run main.ts`. */
  executable?: string;
}

/** The V8 flags of `deno task start` (its memory tuning), so tests run the bot as users do. */
const V8_FLAGS: readonly string[] =
  (JSON.parse(Deno.readTextFileSync(`${ROOT}deno.json`)).tasks.start as string)
    .split(/\s+/).filter((word) => word.startsWith("--v8-flags="));

/** Start main.ts with `env` (plus a PATH) and wait until it listens and has started. */
export async function startBot(
  env: Record<string, string>,
  options: StartBotOptions = {},
): Promise<BotProcess> {
  const args = options.viaTask ? ["task", "--quiet", "start"] : [
    "run",
    ...(options.permissions ?? ["-A"]),
    `--config=${ROOT}deno.json`,
    "--unstable-kv",
    "--unstable-cron",
    "--unstable-raw-imports",
    ...V8_FLAGS,
    ...KV_LIMITS_PRELOAD,
    MAIN,
  ];
  const [program, programArgs] = options.executable === undefined
    ? [Deno.execPath(), args]
    : [options.executable, []];
  const [command, commandArgs] = options.ownProcessGroup
    ? ["setsid", [program, ...programArgs]]
    : [program, programArgs];
  const child = new Deno.Command(command, {
    args: commandArgs,
    cwd: options.cwd ?? ROOT,
    env: {
      LOG_FORMAT: "json",
      LOG_LEVEL: "debug",
      PORT: "0",
      LISTEN_HOST: "127.0.0.1",
      NO_COLOR: "1",
      // a developer's .env must not reach the tests
      ENV_FILE: "none",
      ...env,
    },
    clearEnv: true,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const logs: LogLine[] = [];
  let stderr = "";
  const watchers = new Set<() => void>();
  const readOut = readLines(child.stdout, (line) => {
    try {
      logs.push(JSON.parse(line));
    } catch {
      logs.push({ message: line });
    }
    for (const w of watchers) w();
  });
  const readErr = readLines(child.stderr, (line) => (stderr += line + "\n"));
  let exited: Deno.CommandStatus | undefined;
  const status = child.status.then((s) => {
    exited = s;
    for (const w of watchers) w();
    return s;
  });

  function waitForLog(
    predicate: (line: LogLine) => boolean,
    timeoutMs = 10_000,
  ): Promise<LogLine> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = logs.find(predicate);
        if (hit || exited) {
          watchers.delete(check);
          clearTimeout(timer);
          if (hit) resolve(hit);
          else {reject(
              new Error(
                `Bot exited with ${
                  exited!.code
                } before the log line; stderr:\n${stderr}`,
              ),
            );}
        }
      };
      const timer = setTimeout(() => {
        watchers.delete(check);
        reject(
          new Error(
            `No such log line within ${timeoutMs} ms; logs:\n${
              JSON.stringify(logs.slice(-20), null, 1)
            }\nstderr:\n${stderr}`,
          ),
        );
      }, timeoutMs);
      watchers.add(check);
      check();
    });
  }

  function signal(signal: Deno.Signal): void {
    if (exited) return;
    try {
      if (options.ownProcessGroup) Deno.kill(-child.pid, signal);
      else child.kill(signal);
    } catch { /* already gone */ }
  }

  async function stop(
    sig: Deno.Signal = "SIGTERM",
  ): Promise<Deno.CommandStatus> {
    signal(sig);
    const s = await status;
    await Promise.all([readOut, readErr]);
    return s;
  }

  let port = 0;
  try {
    const listening = await waitForLog(
      (l) => typeof l.properties?.port === "number",
      options.startTimeoutMs ?? 20_000,
    );
    port = listening.properties!.port as number;
    if (!options.untilListening) {
      await waitForLog(
        (l) => String(l.message ?? "").includes("started as"),
        options.startTimeoutMs ?? 20_000,
      );
    }
  } catch (error) {
    await stop("SIGKILL");
    throw error;
  }
  return {
    port,
    pid: child.pid,
    logs,
    stderr: () => stderr,
    waitForLog,
    stop,
    signal,
    status,
    async [Symbol.asyncDispose]() {
      if (!exited) await stop("SIGKILL");
      else await Promise.all([readOut, readErr]);
    },
  };
}

/** Call `onLine` with each non-blank line of `stream`, in order. */
export async function readLines(
  stream: ReadableStream<Uint8Array>,
  onLine: (line: string) => void,
): Promise<void> {
  let buffer = "";
  for await (const chunk of stream.pipeThrough(new TextDecoderStream())) {
    buffer += chunk;
    let nl;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (line.trim() !== "") onLine(line);
    }
  }
  if (buffer.trim() !== "") onLine(buffer);
}
