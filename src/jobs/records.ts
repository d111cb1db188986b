/**
 * The record layer at run time: the start-up check of the encryption keys,
 * the record walk (re-encryption and schema migrations, one walker) at
 * start-up in the background and as the "promptsmith-records" cron, and its
 * progress for `/keys`.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import { describeError, getLog } from "../logging.ts";
import type { JobStore } from "../storage/job_store.ts";
import { RECORD_KINDS } from "../storage/record_kinds.ts";
import {
  checkRecordKeys,
  type RecordKeysReport,
} from "../storage/record_keys.ts";
import {
  type RecordsStatus,
  recordsStatus,
  walkRecords,
  type WalkReport,
} from "../storage/record_walker.ts";
import { Records } from "../storage/records.ts";
import { type EncryptionKeySpec, Keyring } from "../storage/sealed.ts";

const log = getLog("records");

/** The record layer of a process with `keys` (none: plain text). */
export function createRecords(
  keys: readonly EncryptionKeySpec[] | undefined,
): Records {
  const keyring = keys && keys.length > 0 ? new Keyring(keys) : null;
  return new Records({ keyring, kinds: RECORD_KINDS });
}

/** What the record layer does while the bot runs. */
export interface RecordsRuntime {
  readonly records: Records;
  /**
   * The start-up check: stored values open with the configured keys.
   *
   * @throws {RecordKeyError} naming the key id when they do not
   */
  check(): Promise<RecordKeysReport>;
  /** One leased run of the walk (the cron's). */
  walk(options?: { signal?: AbortSignal }): Promise<WalkReport>;
  /** Walk until the pass is over or `stop()`; errors are logged, the cron goes on later. */
  walkInBackground(): { stop(): Promise<void> };
  /** The walk's progress, for `/keys`. */
  status(): Promise<RecordsStatus>;
}

/** Options of {@linkcode createRecordsRuntime}. */
export interface RecordsRuntimeOptions {
  records: Records;
  clock: Clock;
  /** This process in the walk's lease. */
  instanceId: string;
  /** When this process started (ms of `clock`). */
  startedAt: number;
  /** The heartbeats say what every live instance writes. */
  jobs: JobStore;
  /** Pause between batches of a background walk, in ms. Default 20. */
  pauseMs?: number;
}

/** The record layer's run-time work on `kv`. */
export function createRecordsRuntime(
  kv: Deno.Kv,
  options: RecordsRuntimeOptions,
): RecordsRuntime {
  const { records, clock, instanceId, startedAt, jobs } = options;
  const otherWriters = async (target: string) => {
    const now = clock.now();
    let others = 0;
    for (const beat of (await jobs.instances()).values()) {
      if (beat.aliveUntil > now && beat.writes !== target) others++;
    }
    return others;
  };
  const walk = (walkOptions: { signal?: AbortSignal } = {}) =>
    walkRecords(kv, records, {
      clock,
      owner: instanceId,
      startedAt,
      otherWriters,
      pauseMs: options.pauseMs ?? 20,
      signal: walkOptions.signal,
    });
  return {
    records,
    check: () => checkRecordKeys(kv, records, { now: clock.now() }),
    walk,
    walkInBackground() {
      const aborted = new AbortController();
      const done = (async () => {
        let rewritten = 0;
        while (!aborted.signal.aborted) {
          const report = await walk({ signal: aborted.signal });
          rewritten += report.rewritten + report.deleted;
          const going = report.ran &&
            (report.phase === "count" || report.phase === "rewrite");
          if (!going) {
            if (report.ran) logWalk(report.phase, rewritten);
            return;
          }
        }
      })().catch((error) =>
        log.error("The record walk stopped: {error}; the cron goes on", {
          error: describeError(error),
        })
      );
      return {
        async stop() {
          aborted.abort();
          await done;
        },
      };
    },
    status: () => recordsStatus(kv, records),
  };
}

function logWalk(phase: string, rewritten: number): void {
  log.info("Record walk: {rewritten} values rewritten, pass {phase}", {
    rewritten,
    phase,
  });
}
