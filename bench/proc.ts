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
