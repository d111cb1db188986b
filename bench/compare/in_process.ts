/**
 * The in-process figures of issue 9, measured in one process so that they can
 * be set against each other: Promptsmith's acceptance of a prompt and its
 * cheap commands (/help, /category, /history) driven through
 * `app.handleUpdate` with the Bot API stubbed, the peer's /help the same way,
 * and raw Deno KV on a file: one commit, one get + one commit, and each app
 * update's own commits replayed alone (bench/commit_replay.ts). Every KV goes
 * through a counting wrapper (bench/counting_kv.ts), so each figure also says
 * how many read rounds and commits one update cost.
 *
 * Updates are handed over one at a time (the next after the previous one
 * finished), each from a user not seen before, as raw KV is timed one
 * operation at a time: the rates compare like with like. The subjects take
 * turns in rounds (n / 20 steps each), so that the shared disk and CPU of
 * this machine weigh on all of them alike.
 *
 * ```sh
 * deno run -A bench/compare/in_process.ts --json            # everything, default sizes
 * deno run -A bench/compare/in_process.ts --only accept --n 500
 * ```
 *
 * bench/compare.ts runs this in a fresh process for every run.
 *
 * @module
 */
import type { Update, UserFromGetMe } from "grammy/types";
import type { Api, RawApi, Transformer } from "grammy";
import { createApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config/config.ts";
import type { LlmProvider } from "../../src/llm/provider.ts";
import { startFakeTelegram } from "../../tests/fakes/telegram_api.ts";
import { textUpdate } from "../../tests/fakes/updates.ts";
import {
  allCommits,
  countingKv,
  diffCounts,
  type KvCounts,
  type KvOperation,
  readRounds,
} from "../counting_kv.ts";
import {
  commitRecorder,
  type RecordedCommit,
  replayCommit,
} from "../commit_replay.ts";
import { createPeerBot } from "../peer/bot.ts";
import { ownThreadSeconds } from "../proc.ts";
import {
  type Flags,
  integerFlag,
  parseFlags,
  usage,
  wantsHelp,
} from "../cli.ts";

const FIRST_USER_ID = 700_000_001;
const PROMPT =
  "write a friendly email to my team saying the weekly sync moves to thursdays at 10am, keep it short";

/** What one in-process measurement found. */
export interface RateFigure {
  /** Updates (or raw operations) timed. */
  n: number;
  perSecond: number;
  /** Per update: the median of each count, and the largest total seen. */
  perUpdate: {
    readRounds: number;
    gets: number;
    getManys: number;
    commits: number;
    emptyCommits: number;
    mutations: number;
    /** Version checks in the update's commits. */
    checks: number;
    lists: number;
    maxCommits: number;
    maxReadRounds: number;
    /** Microseconds an update waited for KV, and took in all (means over the timed updates). */
    kvWaitUs: number;
    totalUs: number;
    /**
     * Microseconds of CPU the JavaScript thread spent per update (mean): the
     * update's JavaScript and the thread's share of each KV call (encoding,
     * decoding), not SQLite's own thread, nor time waited. Steadier than the
     * rates on a shared machine, since waiting for a core or the disk does
     * not count. `null` where /proc/thread-self cannot be read (off Linux,
     * or without `-A`).
     */
    mainCpuUs: number | null;
  };
  /** The KV operations of the last timed update, by key prefix. */
  trace: string[];
}

/** Everything this module measures; a field is absent when not asked for. */
export interface InProcessReport {
  /** Rounds the subjects took turns in. */
  rounds: number;
  rawCommit?: RateFigure;
  rawGetCommit?: RateFigure;
  accept?: RateFigure;
  help?: RateFigure;
  category?: RateFigure;
  history?: RateFigure;
  peerHelp?: RateFigure;
  /**
   * Raw KV doing what one timed update of `accept`, `help`, `category` or
   * `history` committed, and nothing else: its commits as the app made them,
   * replayed under new keys (bench/commit_replay.ts). With `raw` and the
   * update's part.
   */
  acceptReplayed?: RateFigure;
  helpReplayed?: RateFigure;
  categoryReplayed?: RateFigure;
  historyReplayed?: RateFigure;
  /**
   * With `replayOnApp`: the same replays on the update's own KV file, in
   * turns with its updates: what the file's contents and the app's work
   * between updates add to a commit.
   */
  acceptReplayedOnApp?: RateFigure;
  helpReplayedOnApp?: RateFigure;
  categoryReplayedOnApp?: RateFigure;
  historyReplayedOnApp?: RateFigure;
  /** With `burst`: what a burst of offline prompts cost in KV, answered to the end. */
  burst?: BurstCost;
}

/**
 * The parts of the report, for `--only`. `raw` with an app part also replays
 * that part's commits alone.
 */
export const IN_PROCESS_PARTS = [
  "raw",
  "accept",
  "help",
  "category",
  "history",
  "peer",
] as const;
export type InProcessPart = typeof IN_PROCESS_PARTS[number];

/** Options of {@linkcode measureInProcess}. */
export interface InProcessOptions {
  /** Updates (or raw operations) timed per figure. */
  n: number;
  /** Untimed updates first, each from a new user (JIT, caches, the first job). */
  warmup: number;
  /** Steps of one subject before the next takes its turn. Default n / 20. */
  chunk?: number;
  /** Also answer a burst of this many offline prompts, counting KV ({@linkcode measureBurstCost}). */
  burst?: number;
  only?: readonly InProcessPart[];
  /** Also replay each update's commits on its own KV file ({@linkcode InProcessReport.acceptReplayedOnApp}). */
  replayOnApp?: boolean;
}

const FAKE_BOT: UserFromGetMe = {
  id: 7_000_000_009,
  is_bot: true,
  first_name: "Bench",
  username: "bench_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/**
 * A Bot API that answers at once, without HTTP: installed last, it is the
 * outermost transformer and never calls the ones below it.
 */
function stubApi(api: Api<RawApi>): void {
  let messageId = 1_000;
  const stub: Transformer = (_prev, method, payload) => {
    const p = payload as Record<string, unknown>;
    const result = method === "sendMessage" || method === "editMessageText"
      ? {
        message_id: ++messageId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: p.chat_id, type: "private", first_name: "User" },
        text: p.text,
      }
      : true;
    // deno-lint-ignore no-explicit-any
    return Promise.resolve({ ok: true, result } as any);
  };
  api.config.use(stub);
}

/** A provider whose answers wait until `release()`: accepted jobs stay queued, doing nothing. */
function held(): LlmProvider & { release(): void } {
  const gate = Promise.withResolvers<void>();
  return {
    release: () => gate.resolve(),
    async complete() {
      await gate.promise;
      return { text: "held answer", model: "m", keyHint: "…held" };
    },
  };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A KV file in a temp folder, counted, its operations traced while `tracing`. */
interface BenchKv {
  kv: Deno.Kv;
  counts: KvCounts;
  trace: { on: boolean; seen: string[] };
  /** While set, every operation is counted here by {@linkcode describeOperation}. */
  tally: Record<string, number> | undefined;
  /** The commits `work` made, as bench/commit_replay.ts records them. */
  record(work: () => Promise<unknown>): Promise<RecordedCommit[]>;
  close(): Promise<void>;
}

/** `get job_active`, `commit update_claim+job+job_active`: an operation by its keys' first parts. */
function describeOperation(operation: KvOperation): string {
  const names = operation.keys.map((key) => String(key[0] ?? "*"));
  return `${operation.kind} ${[...new Set(names)].join("+")}`.trim();
}

/**
 * One thing timed: `step(i)` is one update (or raw operation), counted on
 * `store`; `close()` ends it.
 */
interface Subject {
  part: keyof Omit<InProcessReport, "rounds">;
  store: Pick<BenchKv, "kv" | "counts" | "trace">;
  step(i: number): Promise<unknown>;
  /** Checks after the last step; throws when the figure is not what it claims. */
  verify?(steps: number): void;
  /** An app update's commits (one untimed update, from a new user), to replay alone. */
  commits?: RecordedCommit[];
  /** For a replay: the subject whose commits it replays. */
  replayOf?: Subject;
  close(): Promise<void>;
}

/** What a subject collected over the rounds. */
interface Tally {
  ms: number;
  steps: number;
  each: KvCounts[];
  /** CPU seconds of this thread over the subject's turns; `null` when unreadable. */
  cpuSeconds: number | null;
  /** The KV operations of its last step (a replay on the app's file shares the app's trace). */
  trace: string[];
}

function newTally(): Tally {
  return { ms: 0, steps: 0, each: [], cpuSeconds: 0, trace: [] };
}

/**
 * Run the subjects in rounds of `chunk` steps each, the order rotating from
 * round to round, until each has done `n`: on a machine whose disk and CPU
 * are shared, a slow moment then weighs on every subject alike, and the
 * ratios between them hold even when the rates move.
 */
async function interleaved(
  subjects: Subject[],
  n: number,
  chunk: number,
): Promise<Map<Subject, Tally>> {
  const tallies = new Map<Subject, Tally>(
    subjects.map((s) => [s, newTally()]),
  );
  for (let round = 0; round * chunk < n; round++) {
    const steps = Math.min(chunk, n - round * chunk);
    for (let k = 0; k < subjects.length; k++) {
      const subject = subjects[(round + k) % subjects.length];
      const tally = tallies.get(subject)!;
      const { counts, trace } = subject.store;
      // The turn's CPU also counts this loop's bookkeeping between steps and
      // the two readings, which its time (steps alone) does not: a few µs a
      // step, alike for every subject.
      const cpuBefore = ownThreadSeconds();
      for (let i = 0; i < steps; i++) {
        const before = { ...counts };
        trace.on = tally.steps === n - 1;
        const started = performance.now();
        await subject.step(tally.steps);
        tally.ms += performance.now() - started;
        if (trace.on) tally.trace = trace.seen.splice(0);
        trace.on = false;
        tally.each.push(diffCounts(counts, before));
        tally.steps++;
      }
      const cpuAfter = ownThreadSeconds();
      tally.cpuSeconds = cpuBefore === null || cpuAfter === null ||
          tally.cpuSeconds === null
        ? null
        : tally.cpuSeconds + cpuAfter - cpuBefore;
    }
  }
  return tallies;
}

/** A subject's rate and per-update KV cost. */
function figureOf(tally: Tally): RateFigure {
  const { each } = tally;
  const of = (pick: (c: KvCounts) => number) => median(each.map(pick));
  const steps = Math.max(1, tally.steps);
  return {
    n: tally.steps,
    perSecond: Math.round(tally.steps / Math.max(tally.ms / 1000, 1e-9)),
    perUpdate: {
      readRounds: of(readRounds),
      gets: of((c) => c.gets),
      getManys: of((c) => c.getManys),
      commits: of(allCommits),
      emptyCommits: of((c) => c.emptyCommits),
      mutations: of((c) => c.mutations),
      checks: of((c) => c.checks),
      lists: of((c) => c.lists),
      maxCommits: Math.max(0, ...each.map(allCommits)),
      maxReadRounds: Math.max(0, ...each.map(readRounds)),
      kvWaitUs: Math.round(
        (each.reduce((sum, c) => sum + c.waitMs, 0) / steps) * 1000,
      ),
      totalUs: Math.round((tally.ms / steps) * 1000),
      mainCpuUs: tally.cpuSeconds === null
        ? null
        : Math.round((tally.cpuSeconds / steps) * 1e6),
    },
    trace: tally.trace,
  };
}

/** A temp folder with a KV file in it, both removed by `close()`. */
async function tempKv(): Promise<BenchKv> {
  const dir = await Deno.makeTempDir({ prefix: "promptsmith-inproc-" });
  const real = await Deno.openKv(`${dir}/kv.sqlite3`);
  // Outside a recording, the recorder only passes calls on.
  const recorder = commitRecorder(real);
  // One object: the wrapper's hook reads `trace` and `tally` as callers set them.
  const hooks: Pick<BenchKv, "trace" | "tally"> = {
    trace: { on: false, seen: [] },
    tally: undefined,
  };
  const { kv, counts } = countingKv(recorder.kv, {
    onOperation: (operation) => {
      const { trace, tally } = hooks;
      if (!trace.on && !tally) return;
      const name = describeOperation(operation);
      if (trace.on) trace.seen.push(name);
      if (tally) tally[name] = (tally[name] ?? 0) + 1;
    },
  });
  return Object.assign(hooks, {
    kv,
    counts,
    async record(work: () => Promise<unknown>) {
      return (await recorder.record(work)).commits;
    },
    async close() {
      real.close();
      await Deno.remove(dir, { recursive: true });
    },
  });
}

const SMALL_VALUE = {
  at: 1_764_000_000_000,
  note: "a small record, like a claim",
};

/** Raw KV: one single-key commit per step. */
async function rawCommit(options: InProcessOptions): Promise<Subject> {
  const store = await tempKv();
  const { kv } = store;
  for (let i = 0; i < options.warmup; i++) {
    await kv.atomic().set(["warm", i], SMALL_VALUE).commit();
  }
  return {
    part: "rawCommit",
    store,
    step: (i) => kv.atomic().set(["commit", i], SMALL_VALUE).commit(),
    close: () => store.close(),
  };
}

/** Raw KV: a get of a new key, then a commit checking it, per step. */
async function rawGetCommit(options: InProcessOptions): Promise<Subject> {
  const store = await tempKv();
  const { kv } = store;
  for (let i = 0; i < options.warmup; i++) {
    await kv.atomic().set(["warm", i], SMALL_VALUE).commit();
  }
  return {
    part: "rawGetCommit",
    store,
    async step(i) {
      const key = ["get_commit", i];
      const entry = await kv.get(key);
      await kv.atomic().check(entry).set(key, SMALL_VALUE).commit();
    },
    close: () => store.close(),
  };
}

/** Promptsmith built by `createApp` on a KV file, with the Bot API stubbed. */
async function promptsmith(
  env: Record<string, string>,
  options: { offline?: boolean } = {},
) {
  const store = await tempKv();
  // Jobs use their own Bot API client: it talks to a fake Telegram here.
  const tg = startFakeTelegram({ botInfo: FAKE_BOT });
  const config = loadConfig({
    BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    ...env,
  });
  const llm = held();
  const app = createApp(config, store.kv, {
    // Offline: no LLM at all, every answer is the offline enhancement.
    llm: options.offline ? null : llm,
    botInfo: tg.botInfo,
    apiRetry: { sleep: () => Promise.resolve() },
  });
  stubApi(app.bot.api);
  return {
    app,
    tg,
    store,
    async close() {
      const stopping = app.deps.jobs.stop(10_000);
      llm.release();
      await stopping;
      await tg.close();
      await store.close();
    },
  };
}

let nextUpdateId = 1;
let nextUserId = FIRST_USER_ID;

/** An update from a user not seen before. */
function fromNewUser(text: string): Update {
  return textUpdate({ text, userId: nextUserId++, updateId: nextUpdateId++ });
}

/**
 * Prompt → job accepted: every prompt from a new user, every rate limit off
 * (as the issue measured; the default global limit of 60 a minute would
 * refuse the rest). Jobs are held before their LLM call (one slot, a provider
 * that waits) and their leases are long, so nothing but acceptance touches KV
 * while the prompts are timed.
 */
async function accept(options: InProcessOptions): Promise<Subject> {
  const bot = await promptsmith({
    RATE_LIMIT_PER_MINUTE: "0",
    DAILY_QUOTA: "0",
    GLOBAL_RATE_LIMIT_PER_MINUTE: "0",
    JOBS_CONCURRENCY: "1",
    JOB_LEASE_MS: "600000",
  });
  const { app, tg, store } = bot;
  const warmup = Math.max(1, options.warmup);
  for (let i = 0; i < warmup; i++) {
    const update = fromNewUser(PROMPT);
    // The first job runs (and waits): its chat must be one the fake knows.
    tg.rememberUpdate(update);
    await app.handleUpdate(update);
  }
  const commits = await recordUpdate(
    store,
    () => app.handleUpdate(fromNewUser(PROMPT)),
  );
  return {
    part: "accept",
    store,
    commits,
    step: () => app.handleUpdate(fromNewUser(PROMPT)),
    verify(steps) {
      const jobs = app.deps.jobs;
      const held = jobs.waiting + jobs.running;
      if (held !== steps + warmup + RECORDED_UPDATES) {
        throw new Error(
          `Cannot measure acceptance: ${held} jobs held, expected ${
            steps + warmup + RECORDED_UPDATES
          } (prompts were refused)`,
        );
      }
    },
    close: () => bot.close(),
  };
}

/** One command, each time from a new user, defaults otherwise. */
async function command(
  part: "help" | "category" | "history",
  options: InProcessOptions,
): Promise<Subject> {
  const bot = await promptsmith({});
  const text = `/${part}`;
  for (let i = 0; i < options.warmup; i++) {
    await bot.app.handleUpdate(fromNewUser(text));
  }
  const commits = await recordUpdate(
    bot.store,
    () => bot.app.handleUpdate(fromNewUser(text)),
  );
  return {
    part,
    store: bot.store,
    commits,
    step: () => bot.app.handleUpdate(fromNewUser(text)),
    close: () => bot.close(),
  };
}

/** Untimed updates recorded for {@linkcode recordUpdate}. */
const RECORDED_UPDATES = 3;

/**
 * The commits of one update, to replay alone: `handle` runs
 * {@linkcode RECORDED_UPDATES} times, each a new update, and the recording
 * with the fewest commits is kept, since a background commit (the first job
 * starting) may land while one of them is recorded and only ever adds one.
 */
async function recordUpdate(
  store: BenchKv,
  handle: () => Promise<unknown>,
): Promise<RecordedCommit[]> {
  let fewest: RecordedCommit[] | undefined;
  for (let i = 0; i < RECORDED_UPDATES; i++) {
    const commits = await store.record(handle);
    if (!fewest || commits.length < fewest.length) fewest = commits;
  }
  return fewest!;
}

/**
 * Raw KV: the commits of `of`'s recorded update, replayed alone under new
 * keys each step (bench/commit_replay.ts), on a KV file of their own or, `on`
 * `"app"`, on the app's own.
 */
async function replayed(
  of: Subject,
  options: InProcessOptions,
  on: "own" | "app" = "own",
): Promise<Subject> {
  const commits = of.commits;
  if (!commits || commits.length === 0) {
    throw new Error(`Cannot replay ${of.part}: no commit was recorded`);
  }
  const own = on === "own" ? await tempKv() : undefined;
  const store = own ?? of.store;
  const { kv } = store;
  const replay = async (tag: number) => {
    for (const commit of commits) {
      const result = await replayCommit(kv, commit, tag).commit();
      if (!result.ok) {
        throw new Error(`Cannot replay ${of.part}: a check failed`);
      }
    }
  };
  for (let i = 0; i < options.warmup; i++) await replay(-1 - i);
  const part = of.part as "accept" | "help" | "category" | "history";
  return {
    part: on === "own" ? `${part}Replayed` : `${part}ReplayedOnApp`,
    store,
    step: replay,
    replayOf: of,
    // The app's file is closed with the app.
    close: () => own?.close() ?? Promise.resolve(),
  };
}

/**
 * Throws unless a replay's commits, checks and mutations per step are its
 * update's: otherwise it would time something else than that update's work.
 */
function checkReplay(report: InProcessReport, replay: Subject): void {
  const of = replay.replayOf;
  if (!of) return;
  const mine = report[replay.part] as RateFigure;
  const theirs = report[of.part] as RateFigure;
  for (const count of ["commits", "checks", "mutations"] as const) {
    if (mine.perUpdate[count] !== theirs.perUpdate[count]) {
      throw new Error(
        `Cannot measure ${replay.part}: ${
          mine.perUpdate[count]
        } ${count} a step, its update ${theirs.perUpdate[count]}`,
      );
    }
  }
}

/** The peer's /help, each from a new user, on its own KV file. */
async function peerHelp(options: InProcessOptions): Promise<Subject> {
  const store = await tempKv();
  const bot = createPeerBot("123:peer", store.kv, { botInfo: FAKE_BOT });
  stubApi(bot.api);
  for (let i = 0; i < options.warmup; i++) {
    await bot.handleUpdate(fromNewUser("/help"));
  }
  return {
    part: "peerHelp",
    store,
    step: () => bot.handleUpdate(fromNewUser("/help")),
    close: () => store.close(),
  };
}

/**
 * Measure what `options.only` names (default: everything), all subjects
 * interleaved in rounds (see {@linkcode interleaved}).
 */
export async function measureInProcess(
  options: InProcessOptions,
): Promise<InProcessReport> {
  const wanted = new Set(options.only ?? IN_PROCESS_PARTS);
  const subjects: Subject[] = [];
  try {
    if (wanted.has("raw")) {
      subjects.push(await rawCommit(options), await rawGetCommit(options));
    }
    if (wanted.has("accept")) subjects.push(await accept(options));
    for (const part of ["help", "category", "history"] as const) {
      if (wanted.has(part)) subjects.push(await command(part, options));
    }
    if (wanted.has("peer")) subjects.push(await peerHelp(options));
    if (wanted.has("raw")) {
      for (const subject of subjects.filter((s) => s.commits)) {
        subjects.push(await replayed(subject, options));
        if (options.replayOnApp) {
          subjects.push(await replayed(subject, options, "app"));
        }
      }
    }
    const chunk = Math.max(1, options.chunk ?? Math.ceil(options.n / 20));
    const tallies = await interleaved(subjects, options.n, chunk);
    const report: InProcessReport = {
      rounds: Math.ceil(options.n / chunk),
    };
    for (const subject of subjects) {
      subject.verify?.(tallies.get(subject)!.steps);
      Object.assign(report, {
        [subject.part]: figureOf(tallies.get(subject)!),
      });
    }
    for (const subject of subjects) checkReplay(report, subject);
    if (options.burst) report.burst = await measureBurstCost(options.burst);
    return report;
  } finally {
    for (const subject of subjects) await subject.close();
  }
}

/** What answering a burst of offline prompts cost in KV, per prompt. */
export interface BurstCost {
  prompts: number;
  /** Updates handled at once. */
  concurrency: number;
  /** The most jobs waiting for a slot at one time (sampled every 100 ms). */
  maxWaiting: number;
  /** From the first prompt handed over to the last job finished. */
  seconds: number;
  perPrompt: {
    readRounds: number;
    commits: number;
    /** Each kind of operation (by the first part of its keys), per prompt, most first. */
    byOperation: Record<string, number>;
  };
}

/** Updates handled at once, as main.ts bounds the runner in polling mode. */
const BURST_CONCURRENCY = 100;

/**
 * A burst of `prompts` offline prompts from distinct users, handed over
 * `concurrency` at a time as the polling runner does (main.ts: 100), then
 * every job run to its end (defaults: JOBS_CONCURRENCY, JOB_LEASE_MS; every
 * rate limit off): what each answered prompt cost in KV operations, including
 * the job runner's bookkeeping (lease renewals of queued jobs), which grows
 * with the queue and the time it takes.
 */
export async function measureBurstCost(
  prompts: number,
  options: {
    concurrency?: number;
    timeoutMs?: number;
    env?: Record<string, string>;
  } = {},
): Promise<BurstCost> {
  const bot = await promptsmith({
    RATE_LIMIT_PER_MINUTE: "0",
    DAILY_QUOTA: "0",
    GLOBAL_RATE_LIMIT_PER_MINUTE: "0",
    ...options.env,
  }, { offline: true });
  const { app, tg, store } = bot;
  const byOperation: Record<string, number> = {};
  store.tally = byOperation;
  try {
    const before = { ...store.counts };
    const started = performance.now();
    const jobs = app.deps.jobs;
    let maxWaiting = 0;
    const watch = setInterval(() => {
      maxWaiting = Math.max(maxWaiting, jobs.waiting);
    }, 100);
    let next = 0;
    const worker = async () => {
      while (next < prompts) {
        const update = fromNewUser(`${PROMPT} (burst ${next++})`);
        tg.rememberUpdate(update);
        await app.handleUpdate(update);
      }
    };
    const concurrency = options.concurrency ?? BURST_CONCURRENCY;
    await Promise.all(Array.from({ length: concurrency }, worker));
    const drained = await jobs.drain(options.timeoutMs ?? 600_000);
    clearInterval(watch);
    if (!drained) {
      throw new Error(
        "Cannot measure the burst: jobs still running at the time limit",
      );
    }
    const seconds = (performance.now() - started) / 1000;
    const spent = diffCounts(store.counts, before);
    const per = (n: number) => Math.round((n / prompts) * 100) / 100;
    return {
      prompts,
      concurrency,
      maxWaiting,
      seconds: Math.round(seconds * 10) / 10,
      perPrompt: {
        readRounds: per(readRounds(spent)),
        commits: per(allCommits(spent)),
        byOperation: Object.fromEntries(
          Object.entries(byOperation)
            .sort((a, b) => b[1] - a[1])
            .map(([name, n]) => [name, per(n)]),
        ),
      },
    };
  } finally {
    store.tally = undefined;
    await bot.close();
  }
}

/** The flags of this script, their defaults and what they do. */
export const IN_PROCESS_FLAGS = {
  n: {
    type: "string",
    default: "2000",
    value: "<n>",
    help: "updates (or raw KV operations) timed per figure",
  },
  warmup: {
    type: "string",
    default: "200",
    value: "<n>",
    help: "untimed updates first, each from a new user",
  },
  only: {
    type: "string",
    value: "<parts>",
    help: `comma-separated parts: ${IN_PROCESS_PARTS.join(",")} (default all)`,
  },
  burst: {
    type: "string",
    default: "0",
    value: "<n>",
    help:
      "also answer a burst of n offline prompts to the end, counting KV per prompt (0: none)",
  },
  "replay-on-app": {
    type: "boolean",
    default: false,
    help:
      "with raw: also replay each update's commits on the app's own KV file, in turns with its updates",
  },
  json: {
    type: "boolean",
    default: false,
    help: "print the report as one line of JSON",
  },
} as const satisfies Flags;

/** The `--help` text. */
export const IN_PROCESS_USAGE = usage(
  "deno run -A bench/compare/in_process.ts",
  "Times Promptsmith's prompt acceptance and cheap commands in-process (Bot API stubbed)\n" +
    "against raw Deno KV and the peer bot's /help, counting KV operations per update.",
  IN_PROCESS_FLAGS,
);

/**
 * Read the flags.
 *
 * @throws {RangeError} when a number is out of range or a part unknown
 * @throws {TypeError} for an unknown flag
 */
export function parseInProcessArgs(
  args: string[],
): InProcessOptions & { json: boolean } {
  const values = parseFlags(args, IN_PROCESS_FLAGS);
  const only = values.only?.split(",").map((part) => part.trim());
  for (const part of only ?? []) {
    if (!(IN_PROCESS_PARTS as readonly string[]).includes(part)) {
      throw new RangeError(
        `Cannot measure: --only takes ${
          IN_PROCESS_PARTS.join(", ")
        }, got "${part}"`,
      );
    }
  }
  return {
    n: integerFlag("n", values.n, 1, 1_000_000),
    warmup: integerFlag("warmup", values.warmup, 0, 1_000_000),
    only: only as InProcessPart[] | undefined,
    burst: integerFlag("burst", values.burst, 0, 100_000),
    replayOnApp: values["replay-on-app"],
    json: values.json,
  };
}

if (import.meta.main) {
  if (wantsHelp(Deno.args)) {
    console.log(IN_PROCESS_USAGE);
  } else {
    const options = parseInProcessArgs(Deno.args);
    const report = await measureInProcess(options);
    console.log(
      options.json ? JSON.stringify(report) : JSON.stringify(report, null, 2),
    );
  }
}
