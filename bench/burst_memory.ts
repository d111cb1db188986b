/**
 * Where Promptsmith's memory goes in a burst of offline prompts (issue 9):
 * main.ts runs as in bench:compare's offline figure (polling, no LLM keys,
 * every rate limit off, the flags of `deno task start`), with
 * bench/memory_probe.ts preloaded (`--preload`; an inspector would change the
 * figures: attached, it raised the peak by 40 %). The probe writes
 * `Deno.memoryUsage()` (V8 heap, external buffers, RSS) and V8's malloced
 * memory every `--sample-ms`; this script reads them next to the kernel's
 * split of RSS (`RssAnon`, `RssFile`), and has the probe take one V8 heap
 * snapshot (`--snapshot`: at idle, half-way through the burst, or after the
 * settle time), summed up by node type and constructor.
 *
 * ```sh
 * deno run -A bench/burst_memory.ts                  # 10,000 prompts, 60 s settle
 * deno run -A bench/burst_memory.ts --prompts 2000 --settle-s 10 --json
 * deno run -A bench/burst_memory.ts --snapshot none --trim   # what malloc held free
 * ```
 *
 * A heap snapshot stops the bot for a moment, collects garbage first and
 * leaves its buffers with the allocator: samples after it show more RSS than
 * the bot needs. Results: docs/PERFORMANCE.md.
 *
 * @module
 */
import {
  type Flags,
  integerFlag,
  parseFlags,
  usage,
  wantsHelp,
} from "./cli.ts";
import { spawnBot, stopBot } from "./compare/processes.ts";
import { type IdleMaps, readIdleMaps } from "./idle_maps.ts";
import { startFakeTelegram } from "../tests/fakes/telegram_api.ts";
import { textUpdate } from "../tests/fakes/updates.ts";

const FIRST_USER_ID = 900_000_001;

/** The flags, their defaults and what they do. */
export const BURST_MEMORY_FLAGS = {
  prompts: {
    type: "string",
    default: "10000",
    value: "<n>",
    help: "offline prompts, one per distinct user",
  },
  "settle-s": {
    type: "string",
    default: "60",
    value: "<s>",
    help: "wait after the last answer before the last sample and snapshot",
  },
  "sample-ms": {
    type: "string",
    default: "500",
    value: "<ms>",
    help: "time between two memory samples",
  },
  snapshot: {
    type: "string",
    default: "end",
    value: "none|idle|half|end",
    help:
      "when to take the one heap snapshot; the samples after it include what the snapshot itself cost",
  },
  env: {
    type: "string",
    default: "",
    value: "<A=1,B=2>",
    help:
      "extra environment of the bot, e.g. JOB_LEASE_MS=600000 (no lease renewal during the burst) or MALLOC_ARENA_MAX=2",
  },
  top: {
    type: "string",
    default: "15",
    value: "<n>",
    help: "constructors listed per heap snapshot",
  },
  "timeout-s": {
    type: "string",
    default: "900",
    value: "<s>",
    help: "time limit of the whole run",
  },
  trim: {
    type: "boolean",
    default: false,
    help:
      "after the settle time, have gdb call glibc's malloc_trim(0) in the bot and read memory again: what the allocator held free",
  },
  json: {
    type: "boolean",
    default: false,
    help: "print everything as JSON",
  },
} as const satisfies Flags;

const USAGE = usage(
  "deno run -A bench/burst_memory.ts",
  "Promptsmith under a burst of offline prompts, bench/memory_probe.ts preloaded: V8 heap,\n" +
    "external memory and RSS over time, and heap snapshots summed up by constructor.",
  BURST_MEMORY_FLAGS,
);

// ---------------------------------------------------------------------------
// Heap snapshots, summed up

/** Self size of one kind of object in a snapshot. */
export interface HeapGroup {
  /** `object Foo`, `string`, `closure bar`, `array`, `code`, … */
  name: string;
  count: number;
  selfMb: number;
}

/** A heap snapshot summed up: the total and the largest groups by self size. */
export interface HeapSummary {
  totalMb: number;
  nodes: number;
  byType: HeapGroup[];
  top: HeapGroup[];
}

interface SnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: unknown[] } };
  nodes: number[];
  strings: string[];
}

const MB = 1024 * 1024;

/**
 * Sum a V8 heap snapshot up by node type and by constructor (for objects and
 * closures, the name; strings, arrays, code and the rest by type alone).
 */
export function summarizeSnapshot(text: string, top: number): HeapSummary {
  const snapshot = JSON.parse(text) as SnapshotJson;
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0] as string[];
  const width = fields.length;
  const typeAt = fields.indexOf("type");
  const nameAt = fields.indexOf("name");
  const sizeAt = fields.indexOf("self_size");
  const byType = new Map<string, HeapGroup>();
  const byName = new Map<string, HeapGroup>();
  const add = (map: Map<string, HeapGroup>, name: string, size: number) => {
    const group = map.get(name) ?? { name, count: 0, selfMb: 0 };
    group.count++;
    group.selfMb += size;
    map.set(name, group);
  };
  let total = 0;
  const { nodes, strings } = snapshot;
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + typeAt]];
    const size = nodes[i + sizeAt];
    total += size;
    add(byType, type, size);
    const named = type === "object" || type === "closure" ||
      type === "native";
    add(byName, named ? `${type} ${strings[nodes[i + nameAt]]}` : type, size);
  }
  const sorted = (map: Map<string, HeapGroup>, n: number) =>
    [...map.values()]
      .sort((a, b) => b.selfMb - a.selfMb)
      .slice(0, n)
      .map((g) => ({ ...g, selfMb: Math.round((g.selfMb / MB) * 100) / 100 }));
  return {
    totalMb: Math.round((total / MB) * 10) / 10,
    nodes: nodes.length / width,
    byType: sorted(byType, 20),
    top: sorted(byName, top),
  };
}

// ---------------------------------------------------------------------------
// The run

/** One memory sample: `Deno.memoryUsage()` in the bot and its /proc/<pid>/status. */
export interface MemorySample {
  s: number;
  answered: number;
  rssMb: number;
  heapTotalMb: number;
  heapUsedMb: number;
  externalMb: number;
  /** Memory V8 itself allocated with malloc (not the JS heap). */
  mallocedMb: number;
  rssAnonMb: number;
  rssFileMb: number;
}

/** When the one heap snapshot is taken, if at all. */
export type Snapshot = "none" | "idle" | "half" | "end";

/** What the run found. */
export interface BurstMemoryReport {
  prompts: number;
  answered: number;
  env: Record<string, string>;
  samples: MemorySample[];
  peak: MemorySample;
  idle: MemorySample;
  settled: MemorySample;
  snapshots: { at: string; summary: HeapSummary }[];
  kvFilesMb: Record<string, number>;
  /** Where the RSS was (`/proc/<pid>/smaps`), at idle and after the settle time. */
  maps: { idle: IdleMaps; settled: IdleMaps; trimmed?: IdleMaps };
  /** With `--trim`: memory once malloc_trim(0) ran, or why it could not. */
  trimmed?: MemorySample | { error: string };
}

function mb(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}

function statusMb(pid: number, field: string): number {
  try {
    const status = Deno.readTextFileSync(`/proc/${pid}/status`);
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1];
    return Math.round(Number(kb ?? 0) / 102.4) / 10;
  } catch {
    return 0;
  }
}

/** The probe's lines (bench/memory_probe.ts) since `from`, with the kernel's RSS split now. */
function readProbe(file: string): Record<string, number>[] {
  let text = "";
  try {
    text = Deno.readTextFileSync(file);
  } catch {
    return [];
  }
  return text.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
}

function sample(
  probeFile: string,
  pid: number,
  started: number,
  answered: number,
): MemorySample | null {
  const last = readProbe(probeFile).at(-1);
  if (!last) return null;
  return {
    s: Math.round((Date.now() - started) / 100) / 10,
    answered,
    rssMb: mb(last.rss),
    heapTotalMb: mb(last.heapTotal),
    heapUsedMb: mb(last.heapUsed),
    externalMb: mb(last.external),
    mallocedMb: mb(last.mallocedMemory),
    rssAnonMb: statusMb(pid, "RssAnon"),
    rssFileMb: statusMb(pid, "RssFile"),
  };
}

/** Ask the probe for a heap snapshot and wait until it is written. */
async function heapSnapshot(
  probeFile: string,
  target: string,
  timeoutMs: number,
): Promise<string> {
  await Deno.writeTextFile(`${probeFile}.snapshot`, target);
  const deadline = Date.now() + timeoutMs;
  while (true) {
    try {
      await Deno.stat(`${target}.done`);
      break;
    } catch {
      if (Date.now() > deadline) {
        throw new Error("The probe did not write the heap snapshot in time");
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const text = await Deno.readTextFile(target);
  await Deno.remove(target);
  await Deno.remove(`${target}.done`);
  return text;
}

async function fileSizes(dir: string): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  for await (const entry of Deno.readDir(dir)) {
    sizes[entry.name] = mb((await Deno.stat(`${dir}/${entry.name}`)).size);
  }
  return sizes;
}

/** Where `pid`'s RSS is now, by kind of mapping. */
function mapsOf(pid: number): IdleMaps {
  return readIdleMaps(
    Deno.readTextFileSync(`/proc/${pid}/smaps`),
    Deno.realPathSync(Deno.execPath()),
  );
}

/** How long gdb may take to attach, call malloc_trim and detach. */
export const MALLOC_TRIM_TIMEOUT_MS = 30_000;

/**
 * Call glibc's `malloc_trim(0)` in `pid` through gdb: it returns the free
 * memory of every malloc arena to the kernel, which shows how much of the RSS
 * the allocator only held. Resolves with gdb's complaint when it cannot.
 *
 * gdb runs without init files, auto-loading or debuginfod (which would try
 * the network for symbols). After `timeoutMs` it is killed and waited for,
 * and its output is no longer read (a process it started may still hold the
 * pipe); the bot is sent SIGCONT, in case gdb left it stopped. A gdb killed
 * in the middle of the call may leave the bot broken: the run ends with it
 * anyway. `gdb` is the command to run, for tests.
 */
export async function mallocTrim(
  pid: number,
  options: { timeoutMs?: number; gdb?: string } = {},
): Promise<string | undefined> {
  const timeoutMs = options.timeoutMs ?? MALLOC_TRIM_TIMEOUT_MS;
  let gdb: Deno.ChildProcess;
  try {
    gdb = new Deno.Command(options.gdb ?? "gdb", {
      args: [
        "-nx",
        "-iex",
        "set auto-load off",
        "-iex",
        "set debuginfod enabled off",
        "-p",
        String(pid),
        "-batch",
        "-ex",
        "call (int) malloc_trim(0)",
      ],
      stdin: "null",
      stdout: "piped",
      stderr: "null",
    }).spawn();
  } catch (error) {
    return error instanceof Deno.errors.NotFound
      ? "gdb is not installed"
      : String(error);
  }
  const reader = gdb.stdout.getReader();
  const read = (async () => {
    const chunks: Uint8Array[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return new TextDecoder().decode(concat(chunks));
      chunks.push(value);
    }
  })();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const [status, text] = await Promise.race([
    Promise.all([gdb.status, read]),
    timedOut,
  ]).finally(() => clearTimeout(timer)).then((won) =>
    won === "timeout" ? [undefined, undefined] as const : won
  );
  if (status === undefined) {
    try {
      gdb.kill("SIGKILL");
    } catch {
      // It has just exited.
    }
    await gdb.status;
    await reader.cancel().catch(() => {});
    resume(pid);
    return `gdb did not call malloc_trim within ${timeoutMs} ms`;
  }
  return /\$1 = [01]/.test(text)
    ? undefined
    : `gdb did not call malloc_trim (exit ${status.code})`;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/** Send SIGCONT to `pid`, if it still runs. */
function resume(pid: number): void {
  try {
    Deno.kill(pid, "SIGCONT");
  } catch {
    // Gone already: nothing to resume.
  }
}

/** Run the burst with the memory probe preloaded; see the module doc. */
export async function measureBurstMemory(options: {
  prompts: number;
  settleMs: number;
  sampleMs: number;
  snapshot: Snapshot;
  /** Extra environment of the bot. */
  env: Record<string, string>;
  top: number;
  timeoutMs: number;
  /** Call malloc_trim(0) after the settle time, and read again. */
  trim?: boolean;
}): Promise<BurstMemoryReport> {
  const dir = await Deno.makeTempDir({ prefix: "promptsmith-burst-memory-" });
  const probeFile = `${dir}/probe.jsonl`;
  const tg = startFakeTelegram();
  const proc = spawnBot("promptsmith", tg, `${dir}/kv.sqlite3`, {
    env: {
      BOT_MODE: "polling",
      RATE_LIMIT_PER_MINUTE: "0",
      DAILY_QUOTA: "0",
      GLOBAL_RATE_LIMIT_PER_MINUTE: "0",
      MEMORY_PROBE_FILE: probeFile,
      MEMORY_PROBE_MS: String(options.sampleMs),
      ...options.env,
    },
    flags: ["--preload", "bench/memory_probe.ts"],
  });
  const deadline = Date.now() + options.timeoutMs;
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  try {
    await tg.waitForCall("getUpdates", () => true, 60_000);
    await wait(Math.max(2_000, options.sampleMs * 2));
    const started = Date.now();
    const snapshots: BurstMemoryReport["snapshots"] = [];
    const snap = async (at: string) => {
      const text = await heapSnapshot(
        probeFile,
        `${dir}/heap.heapsnapshot`,
        120_000,
      );
      snapshots.push({ at, summary: summarizeSnapshot(text, options.top) });
    };
    const samples: MemorySample[] = [];
    const take = () => {
      const s = sample(probeFile, proc.pid, started, proc.enhanced);
      if (s) samples.push(s);
      return s;
    };
    const idle = take();
    if (!idle) throw new Error("The memory probe wrote nothing");
    const idleMaps = mapsOf(proc.pid);
    if (options.snapshot === "idle") await snap("idle");
    for (let i = 0; i < options.prompts; i++) {
      tg.queueUpdate(textUpdate({
        text: `write a short note to user ${i} about the new opening hours`,
        userId: FIRST_USER_ID + i,
      }));
    }
    let halfway = false;
    while (proc.enhanced < options.prompts && !proc.exited) {
      if (Date.now() > deadline) {
        throw new Error(
          `Timed out: ${proc.enhanced} of ${options.prompts} answered`,
        );
      }
      await wait(options.sampleMs);
      take();
      if (!halfway && proc.enhanced >= options.prompts / 2) {
        halfway = true;
        if (options.snapshot === "half") {
          await snap(`half-way (${proc.enhanced} answered)`);
        }
      }
    }
    const settleUntil = Date.now() + options.settleMs;
    while (Date.now() < settleUntil) {
      await wait(Math.min(options.sampleMs * 4, settleUntil - Date.now()));
      take();
    }
    const settled = samples[samples.length - 1];
    const maps: BurstMemoryReport["maps"] = {
      idle: idleMaps,
      settled: mapsOf(proc.pid),
    };
    let trimmed: BurstMemoryReport["trimmed"];
    if (options.trim) {
      const error = await mallocTrim(proc.pid);
      // The probe writes a sample every sampleMs: wait for one after the trim.
      await wait(options.sampleMs * 2 + 200);
      trimmed = error === undefined
        ? sample(probeFile, proc.pid, started, proc.enhanced) ??
          { error: "The memory probe wrote nothing" }
        : { error };
      if (error === undefined) maps.trimmed = mapsOf(proc.pid);
    }
    if (options.snapshot === "end") {
      await snap(`${options.settleMs / 1000} s after the last answer`);
    }
    const peak = samples.reduce((a, b) => (b.rssMb > a.rssMb ? b : a));
    const kvFilesMb = await fileSizes(dir);
    await stopBot(proc);
    return {
      prompts: options.prompts,
      answered: proc.enhanced,
      env: options.env,
      samples,
      peak,
      idle,
      settled,
      snapshots,
      kvFilesMb,
      maps,
      ...(trimmed ? { trimmed } : {}),
    };
  } finally {
    try {
      proc.child.kill("SIGKILL");
    } catch { /* gone */ }
    await proc.output.catch(() => {});
    await tg.close();
    await Deno.remove(dir, { recursive: true }).catch(() => {});
  }
}

function envFlag(value: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of value.split(",").map((p) => p.trim()).filter(Boolean)) {
    const at = pair.indexOf("=");
    if (at < 1) {
      throw new RangeError(
        `Cannot run: --env takes NAME=value pairs, got "${pair}"`,
      );
    }
    env[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return env;
}

function snapshotFlag(value: string): Snapshot {
  if (
    value === "none" || value === "idle" || value === "half" || value === "end"
  ) {
    return value;
  }
  throw new RangeError(
    `Cannot run: --snapshot must be none, idle, half or end, got "${value}"`,
  );
}

function printReport(report: BurstMemoryReport): void {
  const row = (label: string, s: MemorySample) =>
    `${label.padEnd(9)} ${String(s.rssMb).padStart(7)} ${
      String(s.rssAnonMb).padStart(7)
    } ${String(s.rssFileMb).padStart(7)} ${String(s.heapTotalMb).padStart(8)} ${
      String(s.heapUsedMb).padStart(8)
    } ${String(s.externalMb).padStart(8)} ${
      String(s.mallocedMb).padStart(9)
    }   (${s.s} s, ${s.answered} answered)`;
  console.log(
    `${report.prompts} offline prompts, ${report.answered} answered; memory in MB`,
  );
  console.log(
    "          RSS     anon    file    V8 total V8 used  external  V8 malloc",
  );
  console.log(row("idle", report.idle));
  console.log(row("peak RSS", report.peak));
  console.log(row("settled", report.settled));
  if (report.trimmed && "error" in report.trimmed) {
    console.log(`trimmed: skipped, ${report.trimmed.error}`);
  } else if (report.trimmed) console.log(row("trimmed", report.trimmed));
  console.log(
    "\nRSS by mapping, MB: Deno binary, other files, [heap] (malloc), other anonymous (V8 heap, arenas, stacks)",
  );
  for (const [label, m] of Object.entries(report.maps)) {
    console.log(
      `${
        label.padEnd(9)
      } ${m.denoBinary} ${m.otherFiles} ${m.mallocHeap} ${m.otherAnonymous}`,
    );
  }
  console.log(`KV files: ${JSON.stringify(report.kvFilesMb)}`);
  for (const { at, summary } of report.snapshots) {
    console.log(
      `\nheap snapshot ${at}: ${summary.totalMb} MB in ${summary.nodes} nodes`,
    );
    console.log(
      "  by type: " +
        summary.byType.slice(0, 8).map((g) => `${g.name} ${g.selfMb}`).join(
          ", ",
        ),
    );
    for (const g of summary.top) {
      console.log(
        `  ${String(g.selfMb).padStart(7)} MB ${
          String(g.count).padStart(8)
        } × ${g.name}`,
      );
    }
  }
}

if (import.meta.main) {
  if (wantsHelp(Deno.args)) {
    console.log(USAGE);
    Deno.exit();
  }
  const values = parseFlags(Deno.args, BURST_MEMORY_FLAGS);
  const report = await measureBurstMemory({
    prompts: integerFlag("prompts", values.prompts, 1, 100_000),
    settleMs: integerFlag("settle-s", values["settle-s"], 0, 3_600) * 1000,
    sampleMs: integerFlag("sample-ms", values["sample-ms"], 50, 60_000),
    snapshot: snapshotFlag(values.snapshot),
    env: envFlag(values.env),
    top: integerFlag("top", values.top, 1, 1_000),
    timeoutMs: integerFlag("timeout-s", values["timeout-s"], 1, 7_200) * 1000,
    trim: values.trim,
  });
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
}
