import assert from "node:assert/strict";
import {
  CRON_JOBS,
  registerCrons,
  runOnce,
  type ScheduledWork,
} from "../../src/jobs/schedule.ts";

function recordingWork(calls: string[], fail?: string): ScheduledWork {
  const step = <T>(name: string, value: T) => {
    calls.push(name);
    return name === fail
      ? Promise.reject(new Error(`${name} broke`))
      : Promise.resolve(value);
  };
  return {
    sweepJobs: () => step("sweepJobs", 2),
    checkKeys: () => step("checkKeys", { probed: [], skipped: 0, failed: 0 }),
    cleanup: () =>
      step("cleanup", {
        ran: true,
        historyItems: 0,
        historyUsers: 0,
        sessions: 0,
        statCounters: 0,
        sweeps: {},
      }),
    rollupStats: () => step("rollupStats", []),
    walkRecords: () =>
      step("walkRecords", {
        ran: true,
        phase: "done" as const,
        rewritten: 0,
        deleted: 0,
        batches: 0,
      }),
  };
}

Deno.test("CRON_JOBS covers job sweep, key health, cleanup, stats and the record walk with unique names", () => {
  const names = CRON_JOBS.map((job) => job.name);
  assert.deepEqual(names, [
    "promptsmith-job-sweep",
    "promptsmith-key-health",
    "promptsmith-cleanup",
    "promptsmith-stats-rollup",
    "promptsmith-records",
  ]);
  assert.equal(new Set(names).size, names.length);
});

Deno.test("runOnce() runs each job's work, and nothing before the bot has started", async () => {
  const calls: string[] = [];
  for (const job of CRON_JOBS) await runOnce(job, undefined);
  assert.deepEqual(calls, []);
  const work = recordingWork(calls);
  for (const job of CRON_JOBS) await runOnce(job, work);
  assert.deepEqual(calls, [
    "sweepJobs",
    "checkKeys",
    "cleanup",
    "rollupStats",
    "walkRecords",
  ]);
});

Deno.test("runOnce() logs a failed run instead of throwing, and the next run still happens", async () => {
  const calls: string[] = [];
  const work = recordingWork(calls, "cleanup");
  const cleanup = CRON_JOBS.find((job) => job.name === "promptsmith-cleanup")!;
  await runOnce(cleanup, work);
  await runOnce(cleanup, work);
  assert.deepEqual(calls, ["cleanup", "cleanup"]);
});

Deno.test("runOnce() skips the key check when no key is configured", async () => {
  const calls: string[] = [];
  let asked = 0;
  const work = {
    ...recordingWork(calls),
    checkKeys: () => {
      asked++;
      return null;
    },
  };
  const keys = CRON_JOBS.find((job) => job.name === "promptsmith-key-health")!;
  await runOnce(keys, work);
  assert.equal(asked, 1, "the key check was asked for");
  assert.deepEqual(calls, [], "and nothing else ran in its place");
});

Deno.test("registerCrons() registers every job with Deno.cron and stops on abort", async () => {
  const controller = new AbortController();
  const registered = registerCrons(() => undefined, {
    signal: controller.signal,
  });
  assert.equal(registered.length, CRON_JOBS.length);
  controller.abort();
  await Promise.all(registered);
});

Deno.test("runOnce() waits for work still being set up (a cron run that started the instance), and skips when none comes", async () => {
  const calls: string[] = [];
  const work = recordingWork(calls);
  const sweep = CRON_JOBS.find((job) => job.name === "promptsmith-job-sweep")!;
  const starting = Promise.withResolvers<ScheduledWork | undefined>();
  const run = runOnce(sweep, starting.promise);
  await Promise.resolve();
  assert.deepEqual(calls, [], "nothing before the bot has started");
  starting.resolve(work);
  await run;
  assert.deepEqual(calls, ["sweepJobs"]);
  await runOnce(sweep, Promise.resolve(undefined));
  assert.deepEqual(
    calls,
    ["sweepJobs"],
    "a start that never came runs nothing",
  );
});
