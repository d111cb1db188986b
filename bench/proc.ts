/**
 * What /proc says of a process: its RSS and peak, its CPU time, and a sampler
 * of its RSS. Linux only; elsewhere the readings are `null` or 0.
 *
 * @module
 */

/** How often {@linkcode sampleRss} reads the RSS, in ms. */
export const SAMPLE_EVERY_MS = 100;
/** The kernel's clock ticks per second (USER_HZ), for /proc/<pid>/stat. */
const CLOCK_TICKS = 100;

/** The current RSS and the kernel's peak (VmHWM) in MB, or `null` when the process is gone (or not Linux). */
export function readRss(pid: number): { rssMb: number; hwmMb: number } | null {
  let status: string;
  try {
    status = Deno.readTextFileSync(`/proc/${pid}/status`);
  } catch {
    return null; // gone, or not Linux
  }
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0);
  return {
    rssMb: Math.round(kb("VmRSS") / 102.4) / 10,
    hwmMb: Math.round(kb("VmHWM") / 102.4) / 10,
  };
}

/** CPU time a process used so far (user + system), in seconds; 0 when unknown. */
export function readCpuSeconds(pid: number): number {
  try {
    return statSeconds(Deno.readTextFileSync(`/proc/${pid}/stat`)) ?? 0;
  } catch {
    return 0;
  }
}

/** Samples the bot's RSS every 100 ms; `stop()` returns the largest sample and the kernel's peak. */
export function sampleRss(pid: number) {
  let maxSampledMb = 0;
  let hwmMb = 0;
  const sample = () => {
    const now = readRss(pid);
    if (now === null) return;
    maxSampledMb = Math.max(maxSampledMb, now.rssMb);
    hwmMb = Math.max(hwmMb, now.hwmMb);
  };
  sample();
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  return {
    stop() {
      sample();
      clearInterval(timer);
      return { maxSampledMb, peakMb: hwmMb };
    },
  };
}

/**
 * What a thread of a Deno process does, by its name and whether it is the
 * process's first thread (its id is the process id):
 * - `main`: the first thread, which runs JavaScript, the event loop and the
 *   ops that run on it (HTTP, fetch, timers) under `deno run`;
 * - `kv`: Deno KV's SQLite thread (`sw-0`), where reads and commits run;
 * - `v8`: V8's platform workers (`V8 DefaultWorke`): concurrent marking and
 *   sweeping, background compilation;
 * - `other`: the rest (tokio's blocking pool: file reads, DNS).
 */
export type ThreadRole = "main" | "kv" | "v8" | "other";

/** The role of a thread named `name`; see {@linkcode ThreadRole}. */
export function threadRole(name: string, isFirst: boolean): ThreadRole {
  if (isFirst) return "main";
  if (/^sw-\d+$/.test(name)) return "kv";
  if (name.startsWith("V8 ")) return "v8";
  return "other";
}

/** CPU seconds by {@linkcode ThreadRole}. */
export type ThreadCpu = Record<ThreadRole, number>;

/**
 * The CPU time (user + system, seconds) in the text of a /proc/<pid>/stat or
 * /proc/<pid>/task/<tid>/stat, or `null` if it is not one. The command name
 * sits in parentheses and may itself hold spaces and parentheses: it ends at
 * the last `)`, and after it utime and stime are the 12th and 13th fields.
 */
export function statSeconds(text: string): number | null {
  const close = text.lastIndexOf(")");
  if (close < 0) return null;
  const fields = text.slice(close + 2).split(" ");
  const seconds = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  return Number.isFinite(seconds) ? seconds : null;
}

/**
 * Sum `value` of each thread of process `pid` by role (its name read from
 * `comm`): `value` gets the text of the thread's `file` under
 * /proc/<pid>/task/<tid>/. `null`
 * when the process is gone, off Linux, or without every permission (Deno
 * lists /proc/<pid>/task only under `--allow-all`, as the bench scripts
 * run), or when its first thread could not be read. A thread that ended
 * between two readings takes its time with it.
 */
function sumByRole(
  pid: number,
  file: "stat" | "schedstat",
  value: (text: string) => number | null,
): ThreadCpu | null {
  const sums: ThreadCpu = { main: 0, kv: 0, v8: 0, other: 0 };
  let tasks: Deno.DirEntry[];
  try {
    tasks = [...Deno.readDirSync(`/proc/${pid}/task`)];
  } catch {
    return null;
  }
  let first = false;
  for (const task of tasks) {
    const dir = `/proc/${pid}/task/${task.name}`;
    let name: string;
    let amount: number | null;
    try {
      name = Deno.readTextFileSync(`${dir}/comm`).trim();
      amount = value(Deno.readTextFileSync(`${dir}/${file}`));
    } catch {
      continue; // ended since the listing
    }
    if (amount === null) continue;
    const isFirst = Number(task.name) === pid;
    first ||= isFirst;
    sums[threadRole(name, isFirst)] += amount;
  }
  return first ? sums : null;
}

/**
 * CPU time (user + system) the threads of process `pid` used so far, in
 * seconds, summed by role; `null` as {@linkcode sumByRole} says. Counted in
 * 10 ms ticks: compare readings a second or more apart.
 */
export function readThreadCpu(pid: number): ThreadCpu | null {
  return sumByRole(pid, "stat", statSeconds);
}

/**
 * A thread's scheduler statistics from the text of its schedstat file
 * (/proc/<pid>/task/<tid>/schedstat: time on a core, time runnable but
 * waiting for one, both in ns, and its time slices), in seconds, or `null`
 * if it is not one.
 */
export function parseSchedstat(
  text: string,
): { ran: number; waited: number } | null {
  const fields = text.trim().split(/\s+/);
  if (fields.length < 3) return null;
  const ran = Number(fields[0]) / 1e9;
  const waited = Number(fields[1]) / 1e9;
  return Number.isFinite(ran) && Number.isFinite(waited)
    ? { ran, waited }
    : null;
}

/**
 * Seconds the calling thread (the one running this JavaScript) has run on a
 * core so far, to the nanosecond, from /proc/thread-self/schedstat; `null`
 * off Linux or without every permission (Deno reads that file only under
 * `--allow-all`). Unlike {@linkcode readCpuSeconds}, fine enough for
 * readings a few milliseconds apart.
 */
export function ownThreadSeconds(): number | null {
  try {
    return parseSchedstat(
      Deno.readTextFileSync("/proc/thread-self/schedstat"),
    )?.ran ?? null;
  } catch {
    return null;
  }
}

/**
 * How long the threads of process `pid` were ready to run but waited for a
 * core (other threads, other processes, or the hypervisor had them), in
 * seconds, summed by role; `null` as {@linkcode sumByRole} says, or where
 * the kernel has no schedstat file (a kernel that keeps the file but not the
 * statistics shows zeros).
 */
export function readThreadWaits(pid: number): ThreadCpu | null {
  return sumByRole(
    pid,
    "schedstat",
    (text) => parseSchedstat(text)?.waited ?? null,
  );
}

/** The machine's CPU time in clock ticks over every core; see {@linkcode parseProcStat}. */
export interface MachineCpu {
  total: number;
  /** Idle and waiting for I/O. */
  idle: number;
  /** Time the hypervisor ran another guest while this one had work. */
  steal: number;
}

/**
 * The machine's CPU time from the text of /proc/stat (its first line, all
 * cores), or `null` if it has none. Its columns: user nice system idle iowait
 * irq softirq steal guest guest_nice; guest time is already inside user and
 * nice, so it is not added again.
 */
export function parseProcStat(text: string): MachineCpu | null {
  const line = text.split("\n", 1)[0];
  if (!line.startsWith("cpu ")) return null;
  const [user, nice, system, idle, iowait, irq, softirq, steal = 0] = line
    .slice(4).trim().split(/\s+/).map(Number);
  const total = user + nice + system + idle + iowait + irq + softirq + steal;
  if (!Number.isFinite(total)) return null;
  return { total, idle: idle + iowait, steal };
}

/**
 * The whole machine's CPU time so far (see {@linkcode parseProcStat}): on a
 * shared VM, a run with much steal is slower whatever the code does; `null`
 * off Linux.
 */
export function readMachineCpu(): MachineCpu | null {
  try {
    return parseProcStat(Deno.readTextFileSync("/proc/stat"));
  } catch {
    return null;
  }
}

/** Children to kill if this process is stopped, each with what to clean up after it. */
const stopped = new Map<Deno.ChildProcess, (() => void) | undefined>();
const STOP_SIGNALS = ["SIGINT", "SIGTERM"] as const;
const onStop = STOP_SIGNALS.map((signal) => () => {
  for (const [child, cleanup] of stopped) {
    try {
      child.kill("SIGKILL");
    } catch { /* exited already */ }
    try {
      cleanup?.();
    } catch { /* what it cleans is gone already */ }
  }
  // As a shell reports a process stopped by that signal.
  Deno.exit(signal === "SIGINT" ? 130 : 143);
});

/**
 * Spawn `command`, and until the child exits: if this script is stopped with
 * Ctrl-C or SIGTERM, kill it (and run `cleanup`, e.g. remove its temporary
 * KV) before exiting 130 or 143. A bench's bot left running would skew the
 * next run. SIGKILL cannot be caught: a bot outlives that.
 *
 * The signals are caught before the child is spawned: a signal between the
 * spawn and the listener would stop this script the default way and leave
 * the child running (the SIGTERM test in tests/bench_test.ts saw it). A
 * signal that comes later waits for the event loop, by which time the child
 * is registered.
 */
export function killOnStop(
  command: Deno.Command,
  cleanup?: () => void,
): Deno.ChildProcess {
  if (stopped.size === 0) listenForStop(true);
  let child: Deno.ChildProcess;
  try {
    child = command.spawn();
  } catch (error) {
    if (stopped.size === 0) listenForStop(false);
    throw error;
  }
  stopped.set(child, cleanup);
  child.status.finally(() => {
    stopped.delete(child);
    if (stopped.size === 0) listenForStop(false);
  }).catch(() => {});
  return child;
}

function listenForStop(on: boolean): void {
  STOP_SIGNALS.forEach((signal, i) =>
    on
      ? Deno.addSignalListener(signal, onStop[i])
      : Deno.removeSignalListener(signal, onStop[i])
  );
}
