/**
 * Bounded end-to-end load on loopback: the fake Telegram Bot API and the fake
 * LLM (streaming with a pause per chunk, like a real model) run in this
 * process, `main.ts` runs as a real subprocess against them, and N text
 * updates from M users are delivered (webhook POSTs with bounded concurrency,
 * or queued for long polling). The run waits until every accepted prompt has
 * its final answer, or a hard timeout, then stops the bot with SIGTERM.
 *
 * ```sh
 * deno task load                                  # 2,000 updates, 500 users, webhook
 * deno run -A bench/load.ts --updates 200 --users 200 --jobs 8
 * deno run -A bench/load.ts --mode polling --json
 * ```
 *
 * Flags: `deno task load --help` lists them with their defaults
 * ({@linkcode LOAD_FLAGS}).
 *
 * Reports: updates/s taken by the bot, webhook response time, time to the
 * final answer, "one at a time" refusals (the notice, or a reaction after
 * it), the bot's peak RSS and CPU, how busy its threads and the machine were
 * while the POSTs ran ({@linkcode IntakeCpu}), and its exit code after
 * SIGTERM. Everything listens on 127.0.0.1 and is removed at the end; stopped
 * with Ctrl-C or SIGTERM, the script kills its bot first. Numbers and how to
 * read them: docs/PERFORMANCE.md.
 *
 * @module
 */
import { START_FLAGS } from "./compare/processes.ts";
import {
  killOnStop,
  type MachineCpu,
  readCpuSeconds,
  readMachineCpu,
  readRss,
  readThreadCpu,
  readThreadWaits,
  SAMPLE_EVERY_MS,
  sampleRss,
  type ThreadCpu,
} from "./proc.ts";
import { type Flags, optionsOrExit, parseFlags, usage } from "./cli.ts";
import { createI18n } from "../src/ui/i18n.ts";

/** The busy notice as an English-speaking user sees it. */
const ONE_AT_A_TIME = createI18n().t("en", "enhance-busy");
import { type ChatBody, startFakeLlm } from "../tests/fakes/llm_api.ts";
import {
  type FakeTelegram,
  type RecordedCall,
  startFakeTelegram,
} from "../tests/fakes/telegram_api.ts";
import { textUpdate } from "../tests/fakes/updates.ts";
import { readLines } from "../tests/e2e/bot_process.ts";

const MAIN = new URL("../main.ts", import.meta.url).pathname;
/** The secret the load posts with; a receiver under test must check this one. */
export const LOAD_WEBHOOK_SECRET = "load_webhook_secret-0123456789";
const WEBHOOK_SECRET = LOAD_WEBHOOK_SECRET;
const FIRST_USER_ID = 500_000_001;
const TIMELINE_EVERY_MS = 10_000;
const SHUTDOWN_TIMEOUT_MS = 10_000;
const TAG = /\(load request (\d+)\)/;
const FINAL = /\[end of answer (\d+)\]$/;

/** What a run does; every field has a flag. */
export interface LoadOptions {
  mode: "webhook" | "polling";
  updates: number;
  users: number;
  /** Webhook POSTs in flight at once. */
  concurrency: number;
  /** Updates sent per second; 0 sends each as soon as a POST slot is free. */
  rate: number;
  /** JOBS_CONCURRENCY of the bot. */
  jobs: number;
  keys: number;
  chunkMs: number;
  chunkSize: number;
  answerChars: number;
  /** Wait this long after the bot logged its start before the first update. */
  afterMs: number;
  timeoutMs: number;
  json: boolean;
}

/** The flags of the load script, their defaults and what they do. */
export const LOAD_FLAGS = {
  mode: {
    type: "string",
    default: "webhook",
    value: "webhook|polling",
    help: "how updates reach the bot",
  },
  updates: {
    type: "string",
    default: "2000",
    value: "<n>",
    help: "text updates to send",
  },
  users: {
    type: "string",
    default: "500",
    value: "<n>",
    help: "distinct users sending them, round robin",
  },
  concurrency: {
    type: "string",
    default: "32",
    value: "<n>",
    help: "webhook POSTs in flight at once",
  },
  rate: {
    type: "string",
    default: "0",
    value: "<n>",
    help: "updates sent per second; 0 sends as fast as the bot takes them",
  },
  jobs: {
    type: "string",
    default: "64",
    value: "<n>",
    help: "JOBS_CONCURRENCY of the bot",
  },
  keys: {
    type: "string",
    default: "2",
    value: "<n>",
    help: "LLM API keys",
  },
  "chunk-ms": {
    type: "string",
    default: "20",
    value: "<ms>",
    help: "pause of the fake LLM per streamed chunk",
  },
  "chunk-size": {
    type: "string",
    default: "8",
    value: "<chars>",
    help: "characters per streamed chunk",
  },
  "answer-chars": {
    type: "string",
    default: "800",
    value: "<chars>",
    help: "length of each answer",
  },
  "after-s": {
    type: "string",
    default: "0",
    value: "<s>",
    help:
      "seconds to wait after the bot started before the first update (its warm-up)",
  },
  "timeout-s": {
    type: "string",
    default: "100",
    value: "<s>",
    help: "hard limit of the whole run",
  },
  json: {
    type: "boolean",
    default: false,
    help: "print every number as JSON",
  },
} as const satisfies Flags;

/** The `--help` text. */
export const LOAD_USAGE = usage(
  "deno task load",
  "Runs main.ts as a subprocess against the fake Telegram and a fake streaming LLM on\n" +
    "127.0.0.1 and reports throughput, webhook response times, time to the final answer\n" +
    "and the bot's memory. See docs/PERFORMANCE.md.",
  LOAD_FLAGS,
);

/**
 * Read the flags.
 *
 * @throws {RangeError} when a number is out of range or the mode is unknown
 * @throws {TypeError} for an unknown flag
 */
export function parseLoadOptions(args: string[]): LoadOptions {
  const values = parseFlags(args, LOAD_FLAGS);
  if (values.mode !== "webhook" && values.mode !== "polling") {
    throw new RangeError(
      `Cannot run the load: --mode must be "webhook" or "polling", got "${values.mode}"`,
    );
  }
  const int = (name: string, value: string, min: number, max: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new RangeError(
        `Cannot run the load: --${name} must be an integer from ${min} to ${max}, got "${value}"`,
      );
    }
    return n;
  };
  return {
    mode: values.mode,
    updates: int("updates", values.updates, 1, 100_000),
    users: int("users", values.users, 1, 100_000),
    concurrency: int("concurrency", values.concurrency, 1, 1_000),
    rate: int("rate", values.rate, 0, 100_000),
    jobs: int("jobs", values.jobs, 1, 256),
    keys: int("keys", values.keys, 1, 20),
    chunkMs: int("chunk-ms", values["chunk-ms"], 0, 10_000),
    chunkSize: int("chunk-size", values["chunk-size"], 1, 10_000),
    answerChars: int("answer-chars", values["answer-chars"], 50, 20_000),
    afterMs: int("after-s", values["after-s"], 0, 600) * 1000,
    timeoutMs: int("timeout-s", values["timeout-s"], 1, 3_600) * 1000,
    json: values.json,
  };
}

// ---------------------------------------------------------------------------
// The fakes' side: what users send and what the model answers

const ROUGH_PROMPTS: readonly string[] = [
  "write a friendly email to my team saying the weekly sync moves to thursdays at 10am, keep it short",
  "a logo for a coffee shop run by cats, warm colours, no text",
  "python script that renames my holiday photos by the date they were taken",
  "explain to a new hire how our on-call rotation works and what to do in the first hour of an incident",
  "landing page copy for a sourdough subscription, pickup on saturdays, for busy parents",
];

const ANSWER_BODY =
  "Role: You are an experienced writer who produces clear, structured work.\n\n" +
  "Task: Turn the request below into a finished piece the reader can act on at once.\n\n" +
  "Context: The audience is busy and reads on a phone; every sentence must earn its place.\n\n" +
  "Constraints:\n- Plain language, no jargon\n- Concrete examples over general advice\n" +
  "- Keep the requested length\n\nOutput format: a title, three short sections, a closing line.\n\n";

/** The rough prompt of update `index`, tagged so its answer can be told apart. */
function roughPrompt(index: number): string {
  return `${
    ROUGH_PROMPTS[index % ROUGH_PROMPTS.length]
  } (load request ${index})`;
}

/** What the fake model answers: `chars` characters that end with the request's tag. */
function answerFor(chars: number): (body: ChatBody) => string {
  return (body) => {
    const user = body.messages?.findLast((m) => m.role === "user")?.content;
    const index = TAG.exec(typeof user === "string" ? user : "")?.[1] ?? "?";
    const end = `\n\n[end of answer ${index}]`;
    const room = Math.max(0, chars - end.length);
    return ANSWER_BODY.repeat(Math.ceil(room / ANSWER_BODY.length))
      .slice(0, room).trimEnd() + end;
  };
}

// ---------------------------------------------------------------------------
// The bot process: spawn, read its logs, sample its memory, stop it

interface BotRun {
  child: Deno.ChildProcess;
  port: Promise<number>;
  started: Promise<void>;
  counts: { enhanced: number; warnings: number; errors: number };
  stderr: string[];
  output: Promise<void>;
  /** Set when the process has ended, whatever the reason. */
  exited: boolean;
}

/**
 * Start the bot; stopped with Ctrl-C or SIGTERM, the load takes it with it
 * and runs `cleanup` (its temporary KV).
 */
function spawnBot(env: Record<string, string>, cleanup: () => void): BotRun {
  const inherited = ["PATH", "HOME", "DENO_DIR", "TMPDIR"]
    .flatMap((name) => {
      const value = Deno.env.get(name);
      return value === undefined ? [] : [[name, value]];
    });
  const child = killOnStop(
    new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "-A",
        "--unstable-kv",
        "--unstable-cron",
        "--unstable-raw-imports",
        // The V8 flags of `deno task start`, so the bot runs as users run it.
        ...START_FLAGS.filter((flag) => flag.startsWith("--v8-flags")),
        ...(Deno.env.get("LOAD_BOT_FLAGS")?.split(" ").filter(Boolean) ?? []),
        MAIN,
      ],
      env: { ...Object.fromEntries(inherited), ...env },
      clearEnv: true,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }),
    cleanup,
  );
  const port = Promise.withResolvers<number>();
  const started = Promise.withResolvers<void>();
  const run: BotRun = {
    child,
    port: port.promise,
    started: started.promise,
    counts: { enhanced: 0, warnings: 0, errors: 0 },
    stderr: [],
    output: Promise.resolve(),
    exited: false,
  };
  child.status.then(() => (run.exited = true));
  const onLine = (line: string) => readLogLine(run, line, port, started);
  run.output = Promise.all([
    readLines(child.stdout, onLine),
    readLines(child.stderr, (line) => run.stderr.push(line)),
  ]).then(() => {
    const exited = new Error(`The bot exited early:\n${run.stderr.join("\n")}`);
    port.reject(exited);
    started.reject(exited);
  });
  run.port.catch(() => {});
  run.started.catch(() => {});
  return run;
}

/** Counts what the run needs from one JSON log line; keeps none of them. */
function readLogLine(
  run: BotRun,
  line: string,
  port: PromiseWithResolvers<number>,
  started: PromiseWithResolvers<void>,
): void {
  let log: {
    level?: string;
    message?: string;
    properties?: { port?: unknown };
  };
  try {
    log = JSON.parse(line);
  } catch {
    run.stderr.push(line);
    return;
  }
  const message = String(log.message ?? "");
  if (typeof log.properties?.port === "number") {
    port.resolve(log.properties.port);
  }
  if (message.includes("started as")) started.resolve();
  if (message.startsWith("Enhanced a prompt")) run.counts.enhanced++;
  const level = String(log.level ?? "").toLowerCase();
  if (level.startsWith("warn")) run.counts.warnings++;
  if (level === "error" || level === "fatal") run.counts.errors++;
}

/** Resident memory of a process in MB, from /proc: now (VmRSS) and its peak (VmHWM). */

/** SIGTERM, then the exit code and how long the shutdown took (SIGKILL past the bot's own limit). */
async function stopBot(run: BotRun): Promise<{ code: number; ms: number }> {
  const started = performance.now();
  try {
    run.child.kill("SIGTERM");
  } catch { /* it exited on its own: its code tells */ }
  const killer = setTimeout(() => {
    try {
      run.child.kill("SIGKILL");
    } catch { /* already gone */ }
  }, SHUTDOWN_TIMEOUT_MS + 5_000);
  const status = await run.child.status;
  clearTimeout(killer);
  await run.output;
  return { code: status.code, ms: Math.round(performance.now() - started) };
}

// ---------------------------------------------------------------------------
// Delivering updates and watching the answers

/** When each update went out, and how its webhook POST went. */
export interface Deliveries {
  sentAt: number[];
  webhookMs: number[];
  failed: number;
  /** The last update_id queued for polling. */
  lastUpdateId: number;
  /** When the last webhook POST was answered; for polling, set by the watch. */
  doneAt: number;
}

function newDeliveries(): Deliveries {
  return { sentAt: [], webhookMs: [], failed: 0, lastUpdateId: 0, doneAt: 0 };
}

function updateOf(index: number, options: LoadOptions) {
  // Round robin: a user's next message comes after everyone else's.
  const userId = FIRST_USER_ID + (index % options.users);
  return textUpdate({ text: roughPrompt(index), userId });
}

/** Waits until update `index` is due at `--rate` updates/s from `start`. */
async function pace(index: number, start: number, rate: number) {
  if (rate === 0) return;
  const wait = start + (index * 1000) / rate - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

/**
 * POST the load's updates to `url` as Telegram would, with
 * {@linkcode LOAD_WEBHOOK_SECRET}: at most `options.concurrency` at once,
 * paced by `options.rate`. The time of each POST until its answer is in
 * `webhookMs`. bench/compare.ts sends the peer the same deliveries.
 */
export async function deliverWebhooks(
  tg: FakeTelegram,
  url: string,
  options: LoadOptions,
): Promise<Deliveries> {
  const d = newDeliveries();
  const start = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < options.updates) {
      const index = next++;
      await pace(index, start, options.rate);
      d.sentAt[index] = Date.now();
      const t0 = performance.now();
      const res = await tg.deliverWebhook(url, updateOf(index, options), {
        secretToken: WEBHOOK_SECRET,
      }).catch(() => ({ status: 0 }));
      d.webhookMs.push(performance.now() - t0);
      if (res.status !== 200) d.failed++;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  d.doneAt = Date.now();
  return d;
}

async function queueForPolling(
  tg: FakeTelegram,
  options: LoadOptions,
): Promise<Deliveries> {
  const d = newDeliveries();
  const start = performance.now();
  for (let index = 0; index < options.updates; index++) {
    await pace(index, start, options.rate);
    d.lastUpdateId = tg.queueUpdate(updateOf(index, options)).update_id;
    d.sentAt[index] = Date.now();
  }
  return d;
}

/** Reads the fake Telegram's calls as they come: refusals, final answers, getUpdates offsets. */
class AnswerWatch {
  readonly finalAt = new Map<number, number>();
  readonly methods: Record<string, number> = {};
  refusals = 0;
  /** Highest getUpdates offset seen, and when: every update below it was taken. */
  confirmedBelow = 0;
  confirmedAt = 0;
  #seen = 0;

  scan(tg: FakeTelegram): void {
    const calls = tg.calls;
    for (; this.#seen < calls.length; this.#seen++) {
      this.#read(calls[this.#seen]);
    }
  }

  #read(call: RecordedCall): void {
    this.methods[call.method] = (this.methods[call.method] ?? 0) + 1;
    const { text, offset } = call.payload;
    if (call.method === "getUpdates" && typeof offset === "number") {
      if (offset > this.confirmedBelow) {
        this.confirmedBelow = offset;
        this.confirmedAt = call.at;
      }
      return;
    }
    // After its one notice per job, a refusal is a reaction on the prompt.
    if (call.method === "setMessageReaction") {
      this.refusals++;
      return;
    }
    if (typeof text !== "string") return;
    if (call.method === "sendMessage" && text === ONE_AT_A_TIME) {
      this.refusals++;
      return;
    }
    const final = FINAL.exec(text);
    if (final !== null && !this.finalAt.has(Number(final[1]))) {
      this.finalAt.set(Number(final[1]), call.at);
    }
  }
}

/** Resolves when `done()` holds (checked every 100 ms) or at `deadline`; true when done. */
async function waitFor(
  done: () => boolean,
  deadline: number,
): Promise<boolean> {
  while (!done()) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, SAMPLE_EVERY_MS));
  }
  return true;
}

// ---------------------------------------------------------------------------
// The run and its report

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** The value below which `p` % of `values` lie (nearest rank), rounded to 0.1; null for none. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.min(
    sorted.length - 1,
    Math.ceil((p / 100) * sorted.length) - 1,
  );
  return round(sorted[Math.max(0, at)], 1);
}

function spread(values: number[]) {
  return {
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max: percentile(values, 100),
  };
}

function botEnv(
  tg: FakeTelegram,
  llmBaseUrl: string,
  keys: string[],
  options: LoadOptions,
  kvPath: string,
): Record<string, string> {
  return {
    BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    LLM_BASE_URL: llmBaseUrl,
    LLM_API_KEYS: keys.join(","),
    KV_PATH: kvPath,
    BOT_MODE: options.mode,
    WEBHOOK_SECRET,
    PORT: "0",
    LISTEN_HOST: "127.0.0.1",
    JOBS_CONCURRENCY: String(options.jobs),
    RATE_LIMIT_PER_MINUTE: "0",
    DAILY_QUOTA: "0",
    GLOBAL_RATE_LIMIT_PER_MINUTE: "0",
    SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
    LOG_FORMAT: "json",
    LOG_LEVEL: "info",
    NO_COLOR: "1",
  };
}

/** What one run measured. */
export interface LoadReport {
  options: Omit<LoadOptions, "json">;
  finished: boolean;
  delivered: {
    updates: number;
    failed: number;
    seconds: number;
    perSecond: number;
  };
  webhookMs: ReturnType<typeof spread> | null;
  refusedOneAtATime: number;
  answered: number;
  unanswered: number;
  answerMs: ReturnType<typeof spread>;
  answersPerSecond: number;
  llmRequests: number;
  telegramCalls: Record<string, number>;
  botLog: { enhanced: number; warnings: number; errors: number };
  /** Every 10 s: seconds since the first update, prompts answered, the bot's RSS. */
  timeline: { s: number; answered: number; rssMb: number }[];
  rssMb: { idle: number; peak: number; peakSampled: number; end: number };
  /** CPU seconds used while updates were delivered and answered. */
  cpuSeconds: { bot: number; fakesAndDriver: number };
  /**
   * While the webhook POSTs ran (webhook mode, Linux, `-A`): how busy each
   * kind of the bot's threads was, and this process (the fakes and the
   * driver), in percent of one core. The main thread's share is the intake
   * and whatever answers streamed meanwhile (`--jobs 1` leaves the intake
   * nearly alone); near 100 %, the POSTs wait for it.
   */
  intakeCpu: IntakeCpu | null;
  sigterm: { code: number; ms: number };
  seconds: number;
}

/** See {@linkcode LoadReport.intakeCpu}. */
export interface IntakeCpu {
  seconds: number;
  botPercent: ThreadCpu;
  /**
   * How long the same threads had work but no core, in percent of the
   * time (summed over the threads of a kind, so `v8` and `other` may pass
   * 100): a main thread busy 70 % and waiting 20 % had work 90 % of the
   * time, and a core, not KV or the network, held it back 20 %.
   */
  botWaitingPercent: ThreadCpu | null;
  fakesAndDriverPercent: number;
  /**
   * The machine over the same time, in percent of all its cores: idle, and
   * stolen by the hypervisor (another guest ran while this one had work).
   * Runs with much steal are slower for reasons outside the code.
   */
  machine: { idlePercent: number; stealPercent: number } | null;
}

/** One reading of what {@linkcode IntakeCpu} compares, taken at `at` (`performance.now()`). */
export interface IntakeReading {
  at: number;
  bot: ThreadCpu;
  botWaits: ThreadCpu | null;
  driver: number;
  machine: MachineCpu | null;
}

/** Busy percentages between two readings. */
export function intakeCpuOf(
  before: IntakeReading,
  after: IntakeReading,
): IntakeCpu {
  const seconds = Math.max(0.001, (after.at - before.at) / 1000);
  const percent = (cpu: number) => round((cpu / seconds) * 100, 0);
  const perRole = (from: ThreadCpu, to: ThreadCpu): ThreadCpu => {
    const shares = { ...to };
    for (const role of Object.keys(shares) as (keyof ThreadCpu)[]) {
      shares[role] = percent(Math.max(0, to[role] - from[role]));
    }
    return shares;
  };
  const [m0, m1] = [before.machine, after.machine];
  const ticks = m0 && m1 ? m1.total - m0.total : 0;
  const share = (part: number) => round((part / ticks) * 100, 0);
  return {
    seconds: round(seconds, 2),
    botPercent: perRole(before.bot, after.bot),
    botWaitingPercent: before.botWaits && after.botWaits
      ? perRole(before.botWaits, after.botWaits)
      : null,
    fakesAndDriverPercent: percent(after.driver - before.driver),
    machine: m0 && m1 && ticks > 0
      ? {
        idlePercent: share(m1.idle - m0.idle),
        stealPercent: share(m1.steal - m0.steal),
      }
      : null,
  };
}

/** Start everything, deliver, wait for the answers, stop, and measure. */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const dir = await Deno.makeTempDir({ prefix: "promptsmith-load-" });
  try {
    await using tg = startFakeTelegram();
    await using llm = startFakeLlm({ chunkSize: options.chunkSize });
    const keys = Array.from(
      { length: options.keys },
      (_, i) => `sk-load-key-${i}-0000`,
    );
    for (const key of keys) {
      llm.setKeyBehavior(key, { slow: { chunkDelayMs: options.chunkMs } });
    }
    llm.setReply(answerFor(options.answerChars));
    const env = botEnv(tg, llm.baseUrl, keys, options, `${dir}/kv.sqlite3`);
    const bot = spawnBot(env, () => Deno.removeSync(dir, { recursive: true }));
    try {
      const report = await measure(tg, bot, options);
      const chats = llm.requests.filter((r) => r.method === "POST");
      return { ...report, llmRequests: chats.length };
    } finally {
      try {
        bot.child.kill("SIGKILL");
      } catch { /* exited already */ }
      await bot.output;
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** Wait for the bot to start, drive the load while sampling it, then SIGTERM it. */
async function measure(
  tg: FakeTelegram,
  bot: BotRun,
  options: LoadOptions,
): Promise<Omit<LoadReport, "llmRequests">> {
  const port = await bot.port;
  await bot.started;
  await new Promise((resolve) => setTimeout(resolve, options.afterMs));
  const pid = bot.child.pid;
  const idle = readRss(pid);
  const rss = sampleRss(pid);
  const cpu = [readCpuSeconds(pid), readCpuSeconds(Deno.pid)];
  let measured: Measured;
  try {
    measured = await drive(tg, bot, port, options);
  } catch (error) {
    rss.stop();
    throw error;
  }
  const cpuSeconds = {
    bot: round(readCpuSeconds(pid) - cpu[0], 2),
    fakesAndDriver: round(readCpuSeconds(Deno.pid) - cpu[1], 2),
  };
  const end = readRss(pid);
  const memory = rss.stop();
  const rssMb = {
    idle: idle?.rssMb ?? 0,
    peak: memory.peakMb,
    peakSampled: memory.maxSampledMb,
    end: end?.rssMb ?? 0,
  };
  return { ...measured, rssMb, cpuSeconds, sigterm: await stopBot(bot) };
}

type Measured = Omit<
  LoadReport,
  "llmRequests" | "rssMb" | "cpuSeconds" | "sigterm"
>;

/** The bot's threads and this process, read together; `null` off Linux. */
function readIntake(pid: number): IntakeReading | null {
  const at = performance.now();
  const bot = readThreadCpu(pid);
  return bot && {
    at,
    bot,
    botWaits: readThreadWaits(pid),
    driver: readCpuSeconds(Deno.pid),
    machine: readMachineCpu(),
  };
}

/** What `drive()` saw, for the report. */
interface Observed {
  deliveries: Deliveries;
  watch: AnswerWatch;
  bot: BotRun;
  started: number;
  finished: boolean;
  timeline: LoadReport["timeline"];
  intakeCpu: IntakeCpu | null;
}

/** Deliver every update, then wait until each is answered or refused, or the timeout. */
async function drive(
  tg: FakeTelegram,
  bot: BotRun,
  port: number,
  options: LoadOptions,
): Promise<Measured> {
  const started = Date.now();
  const watch = new AnswerWatch();
  const timeline: LoadReport["timeline"] = [];
  const scanner = setInterval(() => {
    watch.scan(tg);
    const elapsed = Date.now() - started;
    if (elapsed < timeline.length * TIMELINE_EVERY_MS) return;
    const rssMb = readRss(bot.child.pid)?.rssMb ?? 0;
    timeline.push({
      s: round(elapsed / 1000, 1),
      answered: watch.finalAt.size,
      rssMb,
    });
  }, SAMPLE_EVERY_MS);
  try {
    let intakeCpu: IntakeCpu | null = null;
    let d: Deliveries;
    if (options.mode === "webhook") {
      const before = readIntake(bot.child.pid);
      d = await deliverWebhooks(
        tg,
        `http://127.0.0.1:${port}/webhook`,
        options,
      );
      const after = readIntake(bot.child.pid);
      intakeCpu = before && after && intakeCpuOf(before, after);
    } else d = await queueForPolling(tg, options);
    const settled = () => {
      watch.scan(tg);
      const answered = watch.finalAt.size;
      return answered + watch.refusals + d.failed >= options.updates &&
        bot.counts.enhanced >= answered;
    };
    const deadline = started + options.timeoutMs;
    await waitFor(() => settled() || bot.exited, deadline);
    const finished = settled();
    if (options.mode === "polling") {
      const taken = watch.confirmedBelow > d.lastUpdateId;
      d.doneAt = taken ? watch.confirmedAt : Date.now();
    }
    return summarize(options, {
      deliveries: d,
      watch,
      bot,
      started,
      finished,
      timeline,
      intakeCpu,
    });
  } finally {
    clearInterval(scanner);
  }
}

function summarize(options: LoadOptions, seen: Observed): Measured {
  const { deliveries: d, watch, started } = seen;
  const answerMs = [...watch.finalAt].map(([i, at]) => at - d.sentAt[i]);
  const lastAnswer = Math.max(started, ...watch.finalAt.values());
  const deliverSeconds = Math.max(0.001, (d.doneAt - started) / 1000);
  const { json: _, ...shown } = options;
  return {
    options: shown,
    finished: seen.finished,
    delivered: {
      updates: options.updates,
      failed: d.failed,
      seconds: round(deliverSeconds, 2),
      perSecond: Math.round(options.updates / deliverSeconds),
    },
    webhookMs: options.mode === "webhook" ? spread(d.webhookMs) : null,
    refusedOneAtATime: watch.refusals,
    answered: watch.finalAt.size,
    unanswered: options.updates - d.failed - watch.refusals -
      watch.finalAt.size,
    answerMs: spread(answerMs),
    answersPerSecond: round(
      watch.finalAt.size / Math.max(0.001, (lastAnswer - started) / 1000),
      1,
    ),
    telegramCalls: { ...watch.methods },
    botLog: { ...seen.bot.counts },
    timeline: seen.timeline,
    intakeCpu: seen.intakeCpu,
    seconds: round((Date.now() - started) / 1000, 1),
  };
}

function intakeLine(cpu: IntakeCpu | null): string {
  if (cpu === null) {
    return "n/a (polling, no /proc, no -A, or the bot was gone)";
  }
  const p = cpu.botPercent;
  const w = cpu.botWaitingPercent;
  const waited = (role: keyof ThreadCpu) =>
    w ? ` (waited for a core ${w[role]} %)` : "";
  return `over ${cpu.seconds} s, busy: bot main thread ${p.main} %${
    waited("main")
  }, KV thread ${p.kv} %${
    waited("kv")
  }, V8 workers ${p.v8} %, other ${p.other} %; ` +
    `fakes and driver ${cpu.fakesAndDriverPercent} % (of one core)` +
    (cpu.machine
      ? `; machine idle ${cpu.machine.idlePercent} %, stolen by the hypervisor ${cpu.machine.stealPercent} % (of all cores)`
      : "");
}

function printReport(report: LoadReport): void {
  const o = report.options;
  const ms = (s: ReturnType<typeof spread> | null) =>
    s === null
      ? "n/a"
      : `p50 ${s.p50} ms, p95 ${s.p95} ms, p99 ${s.p99} ms, max ${s.max} ms`;
  console.log([
    `${o.mode}: ${o.updates} updates from ${o.users} users, ${o.concurrency} POSTs in flight, ` +
    `JOBS_CONCURRENCY ${o.jobs}, ${o.keys} keys, ${o.answerChars}-char answers in ${o.chunkSize}-char chunks every ${o.chunkMs} ms`,
    `taken:          ${report.delivered.perSecond} updates/s (${report.delivered.seconds} s, ${report.delivered.failed} failed)`,
    `webhook:        ${ms(report.webhookMs)}`,
    `answered:       ${report.answered} (${report.answersPerSecond}/s), refused "one at a time": ${report.refusedOneAtATime}, unanswered: ${report.unanswered}`,
    `final answer:   ${ms(report.answerMs)}`,
    `bot RSS:        idle ${report.rssMb.idle} MB, peak ${report.rssMb.peak} MB, end ${report.rssMb.end} MB`,
    `CPU:            bot ${report.cpuSeconds.bot} s, fakes and driver ${report.cpuSeconds.fakesAndDriver} s`,
    `CPU, POSTs:     ${intakeLine(report.intakeCpu)}`,
    `SIGTERM:        exit ${report.sigterm.code} after ${report.sigterm.ms} ms; bot log: ${report.botLog.warnings} warnings, ${report.botLog.errors} errors`,
    `RSS over time:  ${
      report.timeline.map((t) =>
        `${t.s} s ${t.rssMb} MB (${t.answered} answered)`
      )
        .join(", ")
    }`,
    `total:          ${report.seconds} s${
      report.finished ? "" : " (NOT FINISHED: timed out, or the bot died)"
    }`,
  ].join("\n"));
}

if (import.meta.main) {
  const options = optionsOrExit(Deno.args, LOAD_USAGE, parseLoadOptions);
  if (options === null) Deno.exit();
  const report = await runLoad(options);
  if (options.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
  if (!report.finished || report.sigterm.code !== 0) Deno.exitCode = 1;
}
