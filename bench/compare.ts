/**
 * Issue 9's comparison: Promptsmith against a stock grammY bot (the peer,
 * bench/peer/) and raw Deno KV, side by side in one run on this machine.
 *
 * Promptsmith (main.ts with the flags of `deno task start`) and the peer run
 * as real processes against the fake Telegram of tests/fakes/ on 127.0.0.1,
 * interleaved: in every run each figure is measured for both, the order
 * alternating from run to run (A B, B A, …), so that a machine that gets
 * busier or quieter weighs on both alike. Every figure is printed with the
 * median of the runs, its spread (min–max), the ratio of the medians and the
 * run count:
 *
 * - process start → first `getUpdates` (the fake's arrival time of the call,
 *   from just before the spawn), polling mode;
 * - the module graph alone: a fresh process dynamically imports main.ts (or
 *   the peer's entry, or one package) and times it with `performance.now()`;
 * - idle RSS (`VmRSS`) after `--idle-ms` of idling past the first poll;
 * - `--users` distinct users × /help queued at once in polling mode:
 *   throughput (to the last `sendMessage`), peak RSS (`VmHWM`, and `VmRSS`
 *   sampled every 100 ms), CPU per update;
 * - `--prompts` offline prompts (Promptsmith without LLM keys, every rate
 *   limit off): peak RSS, and RSS `--settle-s` after the last answer against
 *   idle;
 * - in-process (bench/compare/in_process.ts, a fresh process per run):
 *   prompt → job accepted against raw get+commit, and /help, /category,
 *   /history against raw commit and the peer's /help, Bot API stubbed, with
 *   KV operations counted per update; each of them also against its own
 *   commit replayed alone on raw KV (bench/commit_replay.ts);
 * - webhook POST → 200, p50 and p99, under `deno task load`'s default load
 *   (bench/load.ts), against the peer's webhook under the same deliveries.
 *
 * ```sh
 * deno task bench:compare               # 5 runs, the sizes (about 30 minutes)
 * deno task bench:compare --quick       # 1 run, small sizes (about 2 minutes)
 * deno task bench:compare --runs 3 --only start,help --json
 * ```
 *
 * Every process has a time limit and is killed at the end; every temporary
 * folder is removed. Results and how to read them: docs/PERFORMANCE.md.
 *
 * @module
 */
import {
  type Flags,
  integerFlag,
  optionsOrExit,
  parseFlags,
  usage,
} from "./cli.ts";
import type { InProcessReport, RateFigure } from "./compare/in_process.ts";
import {
  type BotKind,
  type GraphLoad,
  type HelpRun,
  measureGraphLoad,
  measureHelpRun,
  measureOfflineBurst,
  measurePeerWebhook,
  measureStartSteps,
  type OfflineBurst,
} from "./compare/processes.ts";
import {
  deliverWebhooks,
  LOAD_WEBHOOK_SECRET,
  parseLoadOptions,
  percentile,
  runLoad,
} from "./load.ts";

const ROOT = new URL("../", import.meta.url).pathname;

/** The figures, for `--only`. */
export const FIGURES = [
  "graph",
  "start",
  "inprocess",
  "webhook",
  "offline",
] as const;
type Figure = typeof FIGURES[number];

/** The smallest dependency: its import alone is the fixed cost of a first npm import. */
const NPM_FLOOR = "@fluent/langneg";

/** Packages timed alone next to the two module graphs. */
const PACKAGES = [
  NPM_FLOOR,
  "openai",
  "grammy",
  "zod",
  "@logtape/logtape",
  "@fluent/bundle",
  "lru-cache",
] as const;

/** The flags of bench/compare.ts, their defaults and what they do. */
export const COMPARE_FLAGS = {
  runs: {
    type: "string",
    default: "5",
    value: "<n>",
    help: "interleaved runs of every figure",
  },
  users: {
    type: "string",
    default: "10000",
    value: "<n>",
    help: "distinct users sending /help in the polling burst",
  },
  prompts: {
    type: "string",
    default: "10000",
    value: "<n>",
    help: "offline prompts (distinct users) in the burst",
  },
  "settle-s": {
    type: "string",
    default: "60",
    value: "<s>",
    help: "wait after the last offline answer before RSS is read again",
  },
  "idle-ms": {
    type: "string",
    default: "2000",
    value: "<ms>",
    help: "idle time after the first getUpdates before the idle RSS is read",
  },
  "in-process-n": {
    type: "string",
    default: "2000",
    value: "<n>",
    help: "updates timed per in-process figure",
  },
  "load-args": {
    type: "string",
    default: "",
    value: "<args>",
    help:
      'flags for bench/load.ts in the webhook figure, space-separated, written --load-args="--updates 500" (default: none, its default load)',
  },
  only: {
    type: "string",
    value: "<figures>",
    help: `comma-separated subset of ${FIGURES.join(",")} (default all)`,
  },
  "timeout-s": {
    type: "string",
    default: "600",
    value: "<s>",
    help: "time limit of each measurement",
  },
  "calm-load": {
    type: "string",
    default: "0",
    value: "<load>",
    help:
      "before each run, wait (at most 15 minutes) until the 1-minute load average is below this; 0 does not wait",
  },
  quick: {
    type: "boolean",
    default: false,
    help:
      "a short smoke run: 1 run, 1,000 users and prompts, 5 s settle, 300 in-process updates, 300 webhook updates",
  },
  json: {
    type: "boolean",
    default: false,
    help: "print every run and the summary as JSON",
  },
  "json-out": {
    type: "string",
    value: "<file>",
    help: "also write that JSON to a file, and print the table",
  },
} as const satisfies Flags;

/** The `--help` text. */
export const COMPARE_USAGE = usage(
  "deno task bench:compare",
  "Promptsmith against a stock grammY bot and raw Deno KV (issue 9), interleaved runs on\n" +
    "loopback against the fake Telegram; prints each figure's median, spread, ratio and\n" +
    "run count. See docs/PERFORMANCE.md.",
  COMPARE_FLAGS,
);

/** What a comparison does. */
export interface CompareOptions {
  runs: number;
  users: number;
  prompts: number;
  settleMs: number;
  idleMs: number;
  inProcessN: number;
  warmup: number;
  loadArgs: string[];
  only: ReadonlySet<Figure>;
  timeoutMs: number;
  /** Wait before each run until the load average is below this; 0: never. */
  calmLoad: number;
  json: boolean;
  jsonOut?: string;
}

/**
 * Read the flags; `--quick` changes the defaults, and flags given with it
 * still win.
 *
 * @throws {RangeError} when a number is out of range or a figure unknown
 * @throws {TypeError} for an unknown flag
 */
export function parseCompareOptions(args: string[]): CompareOptions {
  const values = parseFlags(args, COMPARE_FLAGS);
  const given = (name: string) =>
    args.some((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  const pick = (name: keyof typeof COMPARE_FLAGS, quick: string) =>
    values.quick && !given(name) ? quick : String(values[name]);
  const only = values.only?.split(",").map((f) => f.trim()) ?? [...FIGURES];
  for (const figure of only) {
    if (!(FIGURES as readonly string[]).includes(figure)) {
      throw new RangeError(
        `Cannot compare: --only takes ${FIGURES.join(", ")}, got "${figure}"`,
      );
    }
  }
  const loadArgs = pick("load-args", "--updates 300 --users 300").trim();
  const inProcessN = integerFlag(
    "in-process-n",
    pick("in-process-n", "300"),
    1,
    1_000_000,
  );
  return {
    runs: integerFlag("runs", pick("runs", "1"), 1, 100),
    users: integerFlag("users", pick("users", "1000"), 1, 100_000),
    prompts: integerFlag("prompts", pick("prompts", "1000"), 1, 100_000),
    settleMs: integerFlag("settle-s", pick("settle-s", "5"), 0, 3_600) * 1000,
    idleMs: integerFlag("idle-ms", pick("idle-ms", "1000"), 0, 600_000),
    inProcessN,
    warmup: Math.min(200, Math.max(20, Math.round(inProcessN / 10))),
    loadArgs: loadArgs === "" ? [] : loadArgs.split(/\s+/),
    only: new Set(only as Figure[]),
    timeoutMs: integerFlag("timeout-s", values["timeout-s"], 1, 7_200) * 1000,
    calmLoad: calmLoad(values["calm-load"]),
    json: values.json,
    jsonOut: values["json-out"],
  };
}

function calmLoad(value: string): number {
  const load = Number(value);
  if (value.trim() === "" || !Number.isFinite(load) || load < 0) {
    throw new RangeError(
      `Cannot compare: --calm-load must be a number from 0, got "${value}"`,
    );
  }
  return load;
}

const CALM_WAIT_MS = 15 * 60_000;

/** Wait until the machine's 1-minute load average is below `below`, or 15 minutes passed. */
async function calmDown(below: number): Promise<void> {
  if (below <= 0) return;
  const deadline = Date.now() + CALM_WAIT_MS;
  let told = false;
  while (Deno.loadavg()[0] >= below && Date.now() < deadline) {
    if (!told) {
      progress(
        `load average ${
          Deno.loadavg()[0].toFixed(1)
        }: waiting until it is below ${below}`,
      );
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
}

// ---------------------------------------------------------------------------
// One run

/** Everything one run measured; a part is absent when not asked for. */
export interface RunResult {
  order: BotKind[];
  /** Load average (1, 5, 15 min) when the run began: other work on the machine. */
  loadAverage: number[];
  /** Figures that failed in this run, with why; the others still count. */
  errors: string[];
  graph?: {
    promptsmith: GraphLoad;
    peer: GraphLoad;
    packages: Record<string, GraphLoad>;
    /** main.ts's start-up steps before its first Bot API call, ms (median of the repeats). */
    steps: Record<string, number>;
  };
  start?: { promptsmith: HelpRun; peer: HelpRun };
  inProcess?: InProcessReport;
  webhook?: {
    promptsmith: { p50: number | null; p99: number | null; failed: number };
    peer: { p50: number | null; p99: number | null; failed: number };
  };
  offline?: OfflineBurst;
}

const STARTED = performance.now();

/** One line on stderr (stdout stays the result), with the seconds since the start. */
function progress(text: string): void {
  const s = ((performance.now() - STARTED) / 1000).toFixed(1);
  console.error(`[compare ${s} s] ${text}`);
}

/** Both bots, in `order`. */
async function both<T>(
  order: BotKind[],
  measure: (kind: BotKind) => Promise<T>,
): Promise<Record<BotKind, T>> {
  const out: Partial<Record<BotKind, T>> = {};
  for (const kind of order) out[kind] = await measure(kind);
  return out as Record<BotKind, T>;
}

async function runOnce(
  index: number,
  options: CompareOptions,
): Promise<RunResult> {
  const order: BotKind[] = index % 2 === 0
    ? ["promptsmith", "peer"]
    : ["peer", "promptsmith"];
  const result: RunResult = { order, loadAverage: Deno.loadavg(), errors: [] };
  const attempt = async (figure: Figure, measure: () => Promise<void>) => {
    if (!options.only.has(figure)) return;
    try {
      await measure();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      result.errors.push(`${figure}: ${message}`);
      progress(`${label}: ${figure} failed: ${message.split("\n")[0]}`);
    }
  };
  const label = `run ${index + 1}/${options.runs}`;
  await attempt("graph", async () => {
    progress(`${label}: module graphs`);
    result.graph = await graphLoads(order, options);
  });
  await attempt("start", async () => {
    progress(`${label}: start, idle, ${options.users} × /help`);
    result.start = await both(order, (kind) =>
      measureHelpRun(kind, {
        users: options.users,
        idleMs: options.idleMs,
        timeoutMs: options.timeoutMs,
      }));
  });
  await attempt("inprocess", async () => {
    progress(`${label}: in-process acceptance and commands`);
    // The burst's KV cost once, in the last run: it takes as long as the rest.
    const burst = index === options.runs - 1 ? options.prompts : 0;
    result.inProcess = await inProcess(options, burst);
  });
  await attempt("webhook", async () => {
    progress(`${label}: webhook under deno task load`);
    result.webhook = await both(order, (kind) => webhook(kind, options));
  });
  await attempt("offline", async () => {
    progress(
      `${label}: ${options.prompts} offline prompts, ${
        options.settleMs / 1000
      } s settle`,
    );
    result.offline = await measureOfflineBurst({
      prompts: options.prompts,
      idleMs: options.idleMs,
      settleMs: options.settleMs,
      timeoutMs: options.timeoutMs,
    });
    if (!result.offline.finished) {
      result.errors.push(
        `offline: timed out after ${
          options.timeoutMs / 1000
        } s with ${result.offline.answered} of ${options.prompts} answered; bot log problems: ${
          JSON.stringify(result.offline.problems)
        }`,
      );
    }
  });
  return result;
}

/** Fresh processes per import, each this many times a run; the run keeps the median. */
const GRAPH_REPEATS = 3;

/**
 * The two module graphs and each package alone, every process
 * `GRAPH_REPEATS` times in turn, keeping the median of each.
 */
async function graphLoads(
  order: BotKind[],
  options: CompareOptions,
): Promise<NonNullable<RunResult["graph"]>> {
  const entry = (kind: BotKind) =>
    kind === "promptsmith" ? "./main.ts" : "./bench/peer/main.ts";
  const jobs: [string, string[]][] = [
    ...order.map((kind): [string, string[]] => [kind, [entry(kind)]]),
    ...PACKAGES.map((name): [string, string[]] => [`alone ${name}`, [name]]),
  ];
  const seen = new Map<string, GraphLoad[]>();
  const steps: Record<string, number>[] = [];
  for (let repeat = 0; repeat < GRAPH_REPEATS; repeat++) {
    for (const [label, specifiers] of jobs) {
      const load = await measureGraphLoad(specifiers, options.timeoutMs);
      seen.set(label, [...(seen.get(label) ?? []), load]);
    }
    steps.push(await measureStartSteps(options.timeoutMs));
  }
  const middle = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const median = (label: string): GraphLoad => {
    const loads = seen.get(label)!;
    return {
      ms: middle(loads.map((l) => l.ms)),
      loads: loads.map((l) => l.ms),
      processMs: middle(loads.map((l) => l.processMs)),
    };
  };
  return {
    promptsmith: median("promptsmith"),
    peer: median("peer"),
    packages: Object.fromEntries(
      PACKAGES.map((name) => [name, median(`alone ${name}`)]),
    ),
    steps: Object.fromEntries(
      Object.keys(steps[0]).map((name) => [
        name,
        middle(steps.map((s) => s[name])),
      ]),
    ),
  };
}

/** bench/compare/in_process.ts in a fresh process, so no earlier run's heap weighs on it. */
async function inProcess(
  options: CompareOptions,
  burst: number,
): Promise<InProcessReport> {
  const output = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      "bench/compare/in_process.ts",
      "--json",
      "--n",
      String(options.inProcessN),
      "--warmup",
      String(options.warmup),
      "--burst",
      String(burst),
    ],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(options.timeoutMs),
  }).output();
  const text = new TextDecoder();
  if (!output.success) {
    throw new Error(
      `The in-process measurement failed:\n${text.decode(output.stderr)}`,
    );
  }
  const lines = text.decode(output.stdout).trim().split("\n");
  return JSON.parse(lines[lines.length - 1]) as InProcessReport;
}

async function webhook(kind: BotKind, options: CompareOptions) {
  const load = parseLoadOptions(options.loadArgs);
  if (kind === "promptsmith") {
    const report = await runLoad({
      ...load,
      timeoutMs: Math.min(load.timeoutMs, options.timeoutMs),
    });
    return {
      p50: report.webhookMs?.p50 ?? null,
      p99: report.webhookMs?.p99 ?? null,
      failed: report.delivered.failed,
    };
  }
  const peer = await measurePeerWebhook(
    { secret: LOAD_WEBHOOK_SECRET, timeoutMs: options.timeoutMs },
    (tg, url) => deliverWebhooks(tg, url, load),
  );
  return {
    p50: percentile(peer.webhookMs, 50),
    p99: percentile(peer.webhookMs, 99),
    failed: peer.failed,
  };
}

// ---------------------------------------------------------------------------
// The summary

/** One row of the table. */
export interface SummaryRow {
  figure: string;
  unit: string;
  promptsmith: Stats | null;
  /** The peer, raw KV, or a goal of the issue. */
  other: Stats | null;
  otherLabel: string;
  /** Median of Promptsmith over median of the other. */
  ratio: number | null;
  runs: number;
  note?: string;
}

/** Median and spread of one figure over the runs. */
export interface Stats {
  median: number;
  min: number;
  max: number;
  values: number[];
}

function stats(values: (number | null | undefined)[]): Stats | null {
  const present = values.filter((v): v is number =>
    typeof v === "number" && Number.isFinite(v)
  );
  if (present.length === 0) return null;
  const sorted = [...present].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2
    ? sorted[mid]
    : (sorted[mid - 1] + sorted[mid]) / 2;
  return {
    median,
    min: sorted[0],
    max: sorted[sorted.length - 1],
    values: present,
  };
}

function constant(value: number): Stats {
  return { median: value, min: value, max: value, values: [value] };
}

function ratioOf(a: Stats | null, b: Stats | null): number | null {
  if (!a || !b || b.median === 0) return null;
  return Math.round((a.median / b.median) * 100) / 100;
}

/** `0.97×`, or `?×` where a figure is missing. */
function timesOf(a: Stats | null, b: Stats | null): string {
  return `${ratioOf(a, b) ?? "?"}×`;
}

function row(
  figure: string,
  unit: string,
  a: Stats | null,
  b: Stats | null,
  otherLabel: string,
  note?: string,
): SummaryRow {
  return {
    figure,
    unit,
    promptsmith: a,
    other: b,
    otherLabel,
    ratio: ratioOf(a, b),
    runs: a?.values.length ?? 0,
    note,
  };
}

/** A per-update count as "3 (2 get + 1 getMany)"-style text. */
function kvCost(figure: RateFigure | undefined): string {
  if (!figure) return "";
  const p = figure.perUpdate;
  const reads = [
    p.gets ? `${p.gets} get` : "",
    p.getManys ? `${p.getManys} getMany` : "",
  ].filter(Boolean).join(" + ") || "none";
  const empty = p.emptyCommits ? `, ${p.emptyCommits} empty` : "";
  return `reads: ${reads}; commits: ${p.commits}${empty}`;
}

/** Every figure of the table, over all runs. */
export function summarize(
  runs: RunResult[],
  options: CompareOptions,
): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const pick = <T>(f: (r: RunResult) => T | undefined) =>
    runs.map(f).filter((v): v is T => v !== undefined);
  const graphs = pick((r) => r.graph);
  if (graphs.length > 0) {
    rows.push(row(
      "module graph load alone (dynamic import)",
      "ms",
      stats(graphs.map((g) => g.promptsmith.ms)),
      stats(graphs.map((g) => g.peer.ms)),
      "peer",
      `main.ts vs bench/peer/main.ts, each in a fresh process, median of ${GRAPH_REPEATS} a run`,
    ));
    rows.push(row(
      "deno run of that import, spawn → exit",
      "ms",
      stats(graphs.map((g) => g.promptsmith.processMs)),
      stats(graphs.map((g) => g.peer.processMs)),
      "peer",
    ));
    for (const name of PACKAGES) {
      rows.push(row(
        `  ${name} alone`,
        "ms",
        stats(graphs.map((g) => g.packages[name]?.ms)),
        null,
        "",
        name === NPM_FLOOR
          ? "the smallest dependency: what any first npm import costs"
          : undefined,
      ));
    }
    for (const name of Object.keys(graphs[0].steps)) {
      rows.push(row(
        `  main.ts start-up step: ${name}`,
        "ms",
        stats(graphs.map((g) => g.steps[name])),
        null,
        "",
        undefined,
      ));
    }
  }
  const starts = pick((r) => r.start);
  if (starts.length > 0) {
    const of = (kind: BotKind, f: (h: HelpRun) => number) =>
      stats(starts.map((s) => f(s[kind])));
    const both = (figure: string, unit: string, f: (h: HelpRun) => number) =>
      rows.push(row(figure, unit, of("promptsmith", f), of("peer", f), "peer"));
    both("start → first getUpdates", "ms", (h) => h.startToFirstPollMs);
    for (const method of ["getMe", "deleteWebhook"]) {
      both(
        `  start → first ${method}`,
        "ms",
        (h) => h.startCalls[method] ?? NaN,
      );
    }
    both(
      `idle RSS, ${options.idleMs / 1000} s after the first poll`,
      "MB",
      (h) => h.idleRssMb,
    );
    both(
      `${options.users} distinct users × /help, throughput`,
      "/s",
      (h) => h.help.perSecond,
    );
    both(
      `${options.users} distinct users × /help, peak RSS (VmHWM)`,
      "MB",
      (h) => h.help.peakRssMb,
    );
    both(
      `${options.users} distinct users × /help, CPU per update`,
      "ms",
      (h) => h.help.cpuMsPerUpdate,
    );
  }
  const allOffline = pick((r) => r.offline);
  // A burst that hit the time limit says nothing of its peak or of settling.
  const offline = allOffline.filter((o) => o.finished);
  if (allOffline.length > offline.length) {
    rows.push(row(
      `${options.prompts} offline prompts: runs that hit the time limit`,
      "",
      constant(allOffline.length - offline.length),
      null,
      "",
      `answered ${
        allOffline.filter((o) => !o.finished).map((o) => o.answered).join(", ")
      } of ${options.prompts} in ${options.timeoutMs / 1000} s; left out below`,
    ));
  }
  if (offline.length > 0) {
    rows.push(row(
      `${options.prompts} offline prompts, peak RSS (VmHWM)`,
      "MB",
      stats(offline.map((o) => o.peakRssMb)),
      constant(200),
      "goal ≤",
    ));
    rows.push(row(
      `${options.prompts} offline prompts, RSS ${
        options.settleMs / 1000
      } s after the last answer / idle`,
      "×",
      stats(offline.map((o) => o.settledRssMb / o.idleRssMb)),
      constant(1.15),
      "goal ≤",
      `idle ${stats(offline.map((o) => o.idleRssMb))?.median} MB, after ${
        stats(offline.map((o) => o.settledRssMb))?.median
      } MB`,
    ));
    rows.push(row(
      `${options.prompts} offline prompts, answered per second`,
      "/s",
      stats(offline.map((o) => o.answersPerSecond)),
      null,
      "",
    ));
  }
  const inProcess = pick((r) => r.inProcess);
  if (inProcess.length > 0) {
    const rate = (f: (r: InProcessReport) => RateFigure | undefined) =>
      stats(inProcess.map((r) => f(r)?.perSecond));
    const last = inProcess[inProcess.length - 1];
    rows.push(row(
      "prompt → job accepted, in-process",
      "/s",
      rate((r) => r.accept),
      rate((r) => r.rawGetCommit),
      "raw get+commit",
      `${kvCost(last.accept)} per prompt (raw: ${kvCost(last.rawGetCommit)})`,
    ));
    // The same commits on raw KV, without the app: what the JavaScript around
    // them costs (bench/commit_replay.ts).
    rows.push(row(
      "prompt → job accepted, against its commit replayed alone",
      "/s",
      rate((r) => r.accept),
      rate((r) => r.acceptReplayed),
      "its commit alone",
      `the commit alone: ${
        timesOf(rate((r) => r.acceptReplayed), rate((r) => r.rawGetCommit))
      } raw get+commit`,
    ));
    // CPU of the JavaScript thread per update: steadier than the rates,
    // since waits for a core or the disk do not count (null without /proc).
    const cpu = (f: (r: InProcessReport) => RateFigure | undefined) =>
      stats(inProcess.map((r) => f(r)?.perUpdate.mainCpuUs));
    rows.push(row(
      "prompt → job accepted, in-process, CPU per prompt",
      "µs",
      cpu((r) => r.accept),
      cpu((r) => r.rawGetCommit),
      "raw get+commit",
      "the JavaScript thread's CPU (its share of KV calls included, SQLite's thread not)",
    ));
    rows.push(row(
      "/help, Bot API stubbed, in-process, CPU per update",
      "µs",
      cpu((r) => r.help),
      cpu((r) => r.peerHelp),
      "peer /help",
    ));
    for (
      const [name, pickCommand, pickReplayed] of [
        [
          "/help",
          (r: InProcessReport) => r.help,
          (r: InProcessReport) => r.helpReplayed,
        ],
        [
          "/category",
          (r: InProcessReport) => r.category,
          (r: InProcessReport) => r.categoryReplayed,
        ],
        [
          "/history",
          (r: InProcessReport) => r.history,
          (r: InProcessReport) => r.historyReplayed,
        ],
      ] as const
    ) {
      rows.push(row(
        `${name}, Bot API stubbed, in-process`,
        "/s",
        rate(pickCommand),
        rate((r) => r.rawCommit),
        "raw commit",
        `${kvCost(pickCommand(last))} per update`,
      ));
      rows.push(row(
        `${name}, against its commit replayed alone`,
        "/s",
        rate(pickCommand),
        rate(pickReplayed),
        "its commit alone",
        `the commit alone: ${
          timesOf(rate(pickReplayed), rate((r) => r.rawCommit))
        } raw commit`,
      ));
      rows.push(row(
        `${name}, Bot API stubbed, against the peer's /help`,
        "/s",
        rate(pickCommand),
        rate((r) => r.peerHelp),
        "peer /help",
        name === "/help" ? `peer: ${kvCost(last.peerHelp)}` : undefined,
      ));
    }
  }
  const burst = inProcess.map((r) => r.burst).find((b) => b !== undefined);
  if (burst) {
    const kinds = Object.entries(burst.perPrompt.byOperation)
      .map(([name, n]) => `${name} ${n}`).join(", ");
    rows.push(row(
      `${burst.prompts} offline prompts answered in-process: commits per prompt`,
      "",
      constant(burst.perPrompt.commits),
      null,
      "",
      `${burst.concurrency} updates at a time, up to ${burst.maxWaiting} jobs waiting; read rounds ${burst.perPrompt.readRounds}; ${burst.seconds} s; by kind: ${kinds}`,
    ));
  }
  const hooks = pick((r) => r.webhook);
  if (hooks.length > 0) {
    for (const p of ["p50", "p99"] as const) {
      rows.push(row(
        `webhook POST → 200, ${p}, deno task load ${
          options.loadArgs.join(" ") || "(default)"
        }`,
        "ms",
        stats(hooks.map((h) => h.promptsmith[p])),
        stats(hooks.map((h) => h.peer[p])),
        "peer",
      ));
    }
  }
  return rows;
}

function show(value: number): string {
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString("en");
  if (Math.abs(value) >= 10) return (Math.round(value * 10) / 10).toString();
  return (Math.round(value * 100) / 100).toString();
}

function cell(s: Stats | null, unit: string, label = ""): string {
  if (!s) return "";
  const prefix = label ? `${label} ` : "";
  const spread = s.values.length > 1 && s.min !== s.max
    ? ` (${show(s.min)}–${show(s.max)})`
    : "";
  return `${prefix}${show(s.median)} ${unit}${spread}`;
}

/** The summary as a Markdown table: median (min–max), ratio of medians, runs. */
export function formatSummary(rows: SummaryRow[]): string {
  const lines = [
    "| Figure | Promptsmith | Peer, raw KV or goal | Ratio | Runs | Notes |",
    "|---|---|---|---|---|---|",
  ];
  for (const r of rows) {
    const ratio = r.ratio === null ? "" : `${r.ratio}×`;
    lines.push(
      `| ${r.figure} | ${cell(r.promptsmith, r.unit)} | ${
        cell(r.other, r.unit, r.otherLabel)
      } | ${ratio} | ${r.runs} | ${r.note ?? ""} |`,
    );
  }
  return lines.join("\n");
}

/** The runs one after another, then the summary. */
export async function compare(
  options: CompareOptions,
): Promise<{ runs: RunResult[]; summary: SummaryRow[]; machine: Machine }> {
  const machine = await describeMachine();
  if (options.only.has("graph")) {
    // Untimed: the first import after a change fills Deno's caches.
    progress("warming Deno's caches");
    await measureGraphLoad("./main.ts", options.timeoutMs);
    await measureGraphLoad("./bench/peer/main.ts", options.timeoutMs);
  }
  const runs: RunResult[] = [];
  for (let i = 0; i < options.runs; i++) {
    await calmDown(options.calmLoad);
    runs.push(await runOnce(i, options));
    // Written after every run: a long comparison stopped half-way keeps what it measured.
    if (options.jsonOut) {
      await Deno.writeTextFile(
        options.jsonOut,
        resultJson(options, {
          runs,
          summary: summarize(runs, options),
          machine,
        }),
      );
    }
  }
  progress("done");
  return { runs, summary: summarize(runs, options), machine };
}

/** The options, every run, the summary and the machine, as JSON text. */
function resultJson(
  options: CompareOptions,
  result: { runs: RunResult[]; summary: SummaryRow[]; machine: Machine },
): string {
  return JSON.stringify(
    { options: { ...options, only: [...options.only] }, ...result },
    null,
    2,
  );
}

/** Where the numbers come from. */
export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  deno: string;
  v8: string;
  loadAverage: number[];
  commit: string;
}

async function describeMachine(): Promise<Machine> {
  const cpuinfo = await Deno.readTextFile("/proc/cpuinfo").catch(() => "");
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? "unknown";
  const git = await new Deno.Command("git", {
    args: ["rev-parse", "--short", "HEAD"],
    cwd: ROOT,
    stdout: "piped",
    stderr: "null",
  }).output().catch(() => null);
  return {
    cpus: navigator.hardwareConcurrency,
    cpuModel: model,
    memoryGb: Math.round(Deno.systemMemoryInfo().total / 2 ** 30),
    deno: Deno.version.deno,
    v8: Deno.version.v8,
    loadAverage: Deno.loadavg(),
    commit: git?.success ? new TextDecoder().decode(git.stdout).trim() : "",
  };
}

if (import.meta.main) {
  const options = optionsOrExit(Deno.args, COMPARE_USAGE, parseCompareOptions);
  if (options === null) Deno.exit();
  const result = await compare(options);
  const json = resultJson(options, result);
  if (options.jsonOut) await Deno.writeTextFile(options.jsonOut, json);
  if (options.json) {
    console.log(json);
  } else {
    const m = result.machine;
    console.log(
      `${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, Deno ${m.deno} (V8 ${m.v8}), commit ${m.commit}, ` +
        `load average at start ${
          m.loadAverage.map((l) => l.toFixed(2)).join(" ")
        }\n`,
    );
    console.log(formatSummary(result.summary));
    const errors = result.runs.flatMap((r, i) =>
      r.errors.map((e) => `run ${i + 1}: ${e}`)
    );
    if (errors.length > 0) console.log(`\nFailed:\n${errors.join("\n")}`);
    console.log(
      `\nLoad average when each run began: ${
        result.runs.map((r) => r.loadAverage[0].toFixed(1)).join(", ")
      }`,
    );
  }
}
