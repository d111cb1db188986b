/**
 * Retries that wait for the AI. A user who taps "Try again with AI" while no
 * key can be tried is told when the next try is possible, and the request is
 * stored to start by itself once the AI is back (`JobStore.waitForAi`, for an
 * hour). After each run of the key-health job, {@linkcode resumeWaitingRetries}
 * asks the provider whether a request could be tried now (from stored key
 * health, no request made) and, if so, starts the waiting requests: each one
 * is counted against its user's rate limits, then taken and turned into a job
 * in one commit (`JobStore.startWaiting`), so it runs once, whichever
 * instance gets there first, and never besides a tap of its button. Its
 * answer replies to the offline answer the button sits under: that is the
 * user's notification.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import type { LlmProvider } from "../llm/provider.ts";
import { describeError, getLog } from "../logging.ts";
import type { JobStore } from "../storage/job_store.ts";

const log = getLog("jobs");

/** Waits looked at per run at most; the rest wait for the next run. */
const DEFAULT_BATCH = 50;

/** What {@linkcode resumeWaitingRetries} needs. */
export interface ResumeWaitingDeps {
  store: JobStore;
  /** The provider whose availability decides; `null` (no keys): nothing starts. */
  llm: LlmProvider | null;
  clock: Clock;
  /** Owner of the leases of the jobs started (this instance). */
  owner: string;
  /** Runs a started job here. */
  submit(jobId: string): void;
  /**
   * Counts one request of the user against the rate limits; false when a
   * limit refuses it (the wait is kept for the next run).
   */
  admit(userId: number): Promise<boolean>;
  /** Waits looked at in this run at most. Default 50. */
  batch?: number;
}

/** What one run did. */
export interface ResumeWaitingReport {
  /** Jobs started. */
  started: number;
  /** Waits left for a later run: the AI is still down, or their user is busy or limited. */
  kept: number;
  /** Waits dropped: expired, or their retry was used by a tap meanwhile. */
  dropped: number;
}

/**
 * Start the retries waiting for the AI, if a request could be tried now.
 * Never throws for one wait: its failure is logged and it is kept.
 *
 * @example
 * ```ts ignore
 * await runKeyHealthCheck({ keys, store });
 * await resumeWaitingRetries({ store: jobs, llm, clock, owner, submit, admit });
 * ```
 */
export async function resumeWaitingRetries(
  deps: ResumeWaitingDeps,
): Promise<ResumeWaitingReport> {
  const report: ResumeWaitingReport = { started: 0, kept: 0, dropped: 0 };
  const waiting = await deps.store.waitingRetries(deps.batch ?? DEFAULT_BATCH);
  if (waiting.length === 0 || deps.llm === null) {
    return { ...report, kept: waiting.length };
  }
  const availability = await deps.llm.availability?.() ?? { ok: true };
  if (!availability.ok) return { ...report, kept: waiting.length };
  for (const wait of waiting) {
    try {
      const outcome = await resumeOne(wait, deps);
      report[outcome]++;
    } catch (error) {
      report.kept++;
      log.error("Cannot start a retry that waited for the AI: {error}", {
        jobId: wait.jobId,
        error: describeError(error),
      });
    }
  }
  if (report.started > 0) {
    log.info("Started {started} retries that waited for the AI", {
      ...report,
    });
  }
  return report;
}

async function resumeOne(
  wait: Awaited<ReturnType<JobStore["waitingRetries"]>>[number],
  deps: ResumeWaitingDeps,
): Promise<keyof ResumeWaitingReport> {
  const { store, clock } = deps;
  const userId = wait.input.userId;
  // Checked before the limiter counts anything; startWaiting checks again.
  if (wait.until > clock.now()) {
    if ((await store.activeJobId(userId)) !== null) return "kept";
    if (!(await deps.admit(userId))) return "kept";
  }
  const started = await store.startWaiting(wait.jobId, deps.owner, clock.now());
  if (started.ok) {
    deps.submit(started.job.id);
    return "started";
  }
  return started.reason === "busy" ? "kept" : "dropped";
}
