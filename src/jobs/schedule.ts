/**
 * Every Deno.cron job of Promptsmith, registered in one place. Deno Deploy only
 * picks up crons registered at the top level of the main module before any
 * server starts, so main.ts calls {@linkcode registerCrons} first and hands the
 * work over once the bot has started; until then (and after shutdown) a run
 * does nothing.
 *
 * @module
 */
import { describeError, getLog } from "../logging.ts";
import type { CleanupReport } from "./cleanup.ts";
import {
  KEY_HEALTH_SCHEDULE,
  type KeyHealthReport,
} from "../llm/key_health.ts";
import type { DailyStats } from "./stats.ts";
import type { WalkReport } from "../storage/record_walker.ts";

const log = getLog("cron");

/** What the crons do, supplied once the bot runs. Each is safe on many instances at once. */
export interface ScheduledWork {
  /** Take over enhancement jobs whose worker died; returns how many. */
  sweepJobs(): Promise<number>;
  /** Probe keys that are out of service; `null` when no key is configured. */
  checkKeys(): Promise<KeyHealthReport> | null;
  /** Daily cleanup (history retention, idle sessions, old counters). */
  cleanup(): Promise<CleanupReport>;
  /** Roll the day's statistics up. */
  rollupStats(): Promise<DailyStats[]>;
  /** Re-encrypt and migrate stored records, one leased run (src/storage/record_walker.ts). */
  walkRecords(): Promise<WalkReport>;
}

/** A cron job: its name, schedule (UTC) and what one run does and logs. */
export interface CronJob {
  name: string;
  schedule: string;
  run(work: ScheduledWork): Promise<void>;
}

/** The crons, in the order they are registered. */
export const CRON_JOBS: readonly CronJob[] = [
  {
    name: "promptsmith-job-sweep",
    schedule: "* * * * *",
    async run(work) {
      const taken = await work.sweepJobs();
      if (taken > 0) log.info("Job sweep took over {taken} jobs", { taken });
    },
  },
  {
    name: "promptsmith-key-health",
    schedule: KEY_HEALTH_SCHEDULE,
    async run(work) {
      const report = await work.checkKeys();
      if (
        report === null || (report.probed.length === 0 && report.failed === 0)
      ) return;
      log.info(
        "Key health check: {probed} probed, {recovered} re-enabled, {failed} failed",
        {
          probed: report.probed.length,
          recovered: report.probed.filter((probe) => probe.ok).length,
          failed: report.failed,
        },
      );
    },
  },
  {
    name: "promptsmith-cleanup",
    schedule: "17 3 * * *",
    async run(work) {
      const report = await work.cleanup();
      if (report.ran) log.info("Cleanup done: {report}", { report });
    },
  },
  {
    name: "promptsmith-stats-rollup",
    schedule: "7 * * * *",
    async run(work) {
      const days = await work.rollupStats();
      log.debug("Stats rolled up: {days}", { days });
    },
  },
  {
    name: "promptsmith-records",
    schedule: "*/5 * * * *",
    async run(work) {
      const report = await work.walkRecords();
      if (report.ran) log.info("Record walk: {report}", { report });
    },
  },
];

/**
 * What a cron run acts on, asked at each run: `undefined` when the bot is not
 * running, or a promise of it while the bot is starting (on Deno Deploy a
 * cron run can be what starts the instance).
 */
export type WorkSource = () =>
  | ScheduledWork
  | undefined
  | Promise<ScheduledWork | undefined>;

/**
 * Register every cron. `work()` is asked at each run; `undefined` means the bot
 * is not running, and the run does nothing. A failed run is logged once; the
 * next scheduled run tries again.
 *
 * @returns the promises `Deno.cron` returns; they settle when `signal` aborts
 */
export function registerCrons(
  work: WorkSource,
  options: { signal?: AbortSignal } = {},
): Promise<void>[] {
  return CRON_JOBS.map((job) =>
    Deno.cron(
      job.name,
      job.schedule,
      { signal: options.signal },
      () => runOnce(job, work()),
    )
  );
}

/** One run of `job` against `work` (once it is there), errors logged, never thrown. */
export async function runOnce(
  job: CronJob,
  work: ReturnType<WorkSource>,
): Promise<void> {
  try {
    const ready = await work;
    if (ready === undefined) return;
    await job.run(ready);
  } catch (error) {
    log.error("The {job} cron failed: {error}", {
      job: job.name,
      error: describeError(error),
    });
  }
}
