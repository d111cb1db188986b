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
    const stat = Deno.readTextFileSync(`/proc/${pid}/stat`);
    // Fields after the command name, which may hold spaces: utime is the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
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
 * What a thread of a Deno process does, by its id and name:
 * - `main`: the thread that runs JavaScript, the event loop and the ops
 *   that run on it (HTTP, fetch, timers); its id is the process id;
 * - `kv`: Deno KV's SQLite thread (`sw-0`), where reads and commits run;
 * - `v8`: V8's platform workers (`V8 DefaultWorke`): concurrent marking and
 *   sweeping, background compilation;
 * - `other`: the rest (tokio's blocking pool: file reads, DNS).
 */
export type ThreadRole = "main" | "kv" | "v8" | "other";

/** The role of thread `tid` named `name` in process `pid`; see {@linkcode ThreadRole}. */
export function threadRole(pid: number, tid: number, name: string): ThreadRole {
  if (tid === pid) return "main";
  if (/^sw-\d+$/.test(name)) return "kv";
  if (name.startsWith("V8 ")) return "v8";
  return "other";
}

/** CPU seconds by {@linkcode ThreadRole}. */
export type ThreadCpu = Record<ThreadRole, number>;

/**
 * CPU time (user + system) the threads of process `pid` used so far, in
 * seconds, summed by role; `null` when the process is gone, off Linux, or
 * without every permission (Deno lists /proc/<pid>/task only under
 * `--allow-all`, as the bench scripts run). A thread that ended between two
 * readings takes its time with it.
 */
export function readThreadCpu(pid: number): ThreadCpu | null {
  const cpu: ThreadCpu = { main: 0, kv: 0, v8: 0, other: 0 };
  let tasks: Deno.DirEntry[];
  try {
    tasks = [...Deno.readDirSync(`/proc/${pid}/task`)];
  } catch {
    return null;
  }
  for (const task of tasks) {
    let stat: string;
    try {
      stat = Deno.readTextFileSync(`/proc/${pid}/task/${task.name}/stat`);
    } catch {
      continue; // ended since the listing
    }
    const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const seconds = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
    cpu[threadRole(pid, Number(task.name), name)] += seconds;
  }
  return cpu;
}

/**
 * The whole machine's CPU time so far, from the first line of /proc/stat, in
 * clock ticks over every core: `steal` is time the hypervisor ran another
 * guest while this one had work (a shared VM is slower then, whatever the
 * code does); `null` off Linux.
 */
export function readMachineCpu(): {
  total: number;
  idle: number;
  steal: number;
} | null {
  let stat: string;
  try {
    stat = Deno.readTextFileSync("/proc/stat");
  } catch {
    return null;
  }
  const line = stat.slice(0, stat.indexOf("\n"));
  if (!line.startsWith("cpu ")) return null;
  // user nice system idle iowait irq softirq steal guest guest_nice; guest
  // time is already inside user and nice.
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line
    .slice(4).trim().split(/\s+/).map(Number);
  return {
    total: user + nice + system + idle + iowait + irq + softirq + (steal ?? 0),
    idle: idle + iowait,
    steal: steal ?? 0,
  };
}
