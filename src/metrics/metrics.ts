/**
 * Every series Promptsmith measures, defined once: names (prefixed
 * `promptsmith_`), help, labels and buckets. One {@linkcode Metrics} is built
 * per app and passed down through the dependencies; each layer takes only its
 * slice (`LlmMetrics` in llm/, `TelegramMetrics` in telegram/, `KvMetrics` in
 * storage/). Counters are per instance, as Prometheus expects: totals across
 * instances are the scraper's sum.
 *
 * @module
 */
import { getLog } from "../logging.ts";
import { VERSION } from "../version.ts";
import {
  type Counter,
  DURATION_BUCKETS,
  FAST_BUCKETS,
  type Gauge,
  type Histogram,
  type MetricsBackend,
  NOOP_BACKEND,
} from "./instruments.ts";

/** The prefix of every series. */
export const METRIC_PREFIX = "promptsmith_";

/** Enhancement jobs. */
export interface JobMetrics {
  /** Jobs accepted: `position` "now" (runs at once) or "behind" (queued behind the user's running job). */
  readonly queued: Counter<"position">;
  /** Jobs running in this instance (set before each scrape). */
  readonly running: Gauge<never>;
  /** Jobs waiting for a free slot in this instance (set before each scrape). */
  readonly waiting: Gauge<never>;
  /** Jobs answered, by `source`: ai, offline or rejected. */
  readonly finished: Counter<"source">;
  /** Runs that failed, by `reason`: error (retried later), refused (Telegram refused the chat), gave_up, lease_lost. */
  readonly failed: Counter<"reason">;
  /** How long one run took, by `outcome`: finished or failed. */
  readonly duration: Histogram<"outcome">;
  /** Answers given offline, by `reason` (unavailable, no_keys, …). */
  readonly offline: Counter<"reason">;
}

/** LLM requests, one per attempt with one key. */
export interface LlmMetrics {
  /** Attempts by `provider` and `outcome`: ok, or the error kind (rate_limit, timeout, …). */
  readonly requests: Counter<"provider" | "outcome">;
  /** Time to the first streamed token, by `provider`. */
  readonly firstToken: Histogram<"provider">;
  /** Whole attempt, by `provider` and `outcome`. */
  readonly duration: Histogram<"provider" | "outcome">;
  /** Tokens the provider reported, by `provider` and `kind`: prompt or completion. */
  readonly tokens: Counter<"provider" | "kind">;
  /** 1 for the state each key's circuit is in, 0 for the others (set before each scrape). */
  readonly circuit: Gauge<"provider" | "key" | "state">;
}

/** Bot API calls, one per HTTP attempt. */
export interface TelegramMetrics {
  readonly calls: Counter<"method">;
  /** Calls that failed, by `method` and `code` (Telegram's error_code, or "network"). */
  readonly errors: Counter<"method" | "code">;
  /** 429 answers (flood waits), by `method`. */
  readonly floodWaits: Counter<"method">;
  readonly duration: Histogram<"method">;
}

/** Deno KV atomic commits. */
export interface KvMetrics {
  /** Commits by `outcome`: ok, conflict (a check failed: another writer won) or error. */
  readonly commits: Counter<"outcome">;
  readonly commitDuration: Histogram<never>;
}

/** Every instrument of one app. */
export interface Metrics {
  /** Updates handled, by `kind` (message, callback_query, …). */
  readonly updates: Counter<"kind">;
  readonly updateDuration: Histogram<"kind">;
  readonly jobs: JobMetrics;
  readonly llm: LlmMetrics;
  readonly telegram: TelegramMetrics;
  readonly kv: KvMetrics;
  /** Prompts refused, by `reason`: queue_full, or the rate limit (burst, daily, global). */
  readonly refusals: Counter<"reason">;
  /** Broadcast messages, by `outcome`: sent, blocked or failed. */
  readonly broadcastMessages: Counter<"outcome">;
  /** Register work that sets gauges from current state, run before every scrape. */
  onCollect(collect: () => void | Promise<void>): void;
  /** Run the registered collectors; a failing one is logged and skipped. */
  collect(): Promise<void>;
}

const log = getLog("metrics");

/**
 * Define every series on `backend` (default: one that records nothing).
 *
 * @example
 * ```ts
 * import { createMetrics } from "./metrics.ts";
 * import { PrometheusBackend } from "./prometheus.ts";
 * const prometheus = new PrometheusBackend();
 * const metrics = createMetrics(prometheus);
 * metrics.updates.inc({ kind: "message" });
 * await prometheus.read("promptsmith_updates_total", { kind: "message" }); // 1
 * ```
 */
export function createMetrics(backend: MetricsBackend = NOOP_BACKEND): Metrics {
  const p = METRIC_PREFIX;
  const collectors: (() => void | Promise<void>)[] = [];
  const memory = backend.gauge({
    name: `${p}process_memory_bytes`,
    help:
      "Memory of this process by kind: rss, heap_total, heap_used, external",
    labels: ["kind"],
  });
  backend.gauge({
    name: `${p}build_info`,
    help: "Always 1; the version of Promptsmith and of Deno as labels",
    labels: ["version", "deno"],
  }).set({ version: VERSION, deno: Deno.version.deno }, 1);
  collectors.push(() => {
    const used = Deno.memoryUsage();
    memory.set({ kind: "rss" }, used.rss);
    memory.set({ kind: "heap_total" }, used.heapTotal);
    memory.set({ kind: "heap_used" }, used.heapUsed);
    memory.set({ kind: "external" }, used.external);
  });
  return {
    updates: backend.counter({
      name: `${p}updates_total`,
      help: "Updates handled, by kind",
      labels: ["kind"],
    }),
    updateDuration: backend.histogram({
      name: `${p}update_duration_seconds`,
      help: "Time to handle one update (jobs it starts run on), by kind",
      labels: ["kind"],
      buckets: FAST_BUCKETS,
    }),
    jobs: jobMetrics(backend),
    llm: llmMetrics(backend),
    telegram: telegramMetrics(backend),
    kv: {
      commits: backend.counter({
        name: `${p}kv_commits_total`,
        help: "Deno KV atomic commits by outcome: ok, conflict, error",
        labels: ["outcome"],
      }),
      commitDuration: backend.histogram({
        name: `${p}kv_commit_duration_seconds`,
        help: "Time of one Deno KV atomic commit",
        labels: [],
        buckets: FAST_BUCKETS,
      }),
    },
    refusals: backend.counter({
      name: `${p}refusals_total`,
      help:
        "Prompts refused, by reason: queue_full, or the rate limit that refused it",
      labels: ["reason"],
    }),
    broadcastMessages: backend.counter({
      name: `${p}broadcast_messages_total`,
      help: "Broadcast messages by outcome: sent, blocked, failed",
      labels: ["outcome"],
    }),
    onCollect(collect) {
      collectors.push(collect);
    },
    async collect() {
      for (const collect of collectors) {
        try {
          await collect();
        } catch (error) {
          log.warn("A metrics collector failed: {errorClass}", {
            errorClass: error instanceof Error ? error.name : typeof error,
          });
        }
      }
    },
  };
}

function jobMetrics(backend: MetricsBackend): JobMetrics {
  const p = METRIC_PREFIX;
  return {
    queued: backend.counter({
      name: `${p}jobs_queued_total`,
      help:
        'Enhancement jobs accepted, by position: "now" runs at once, "behind" waits behind the user\'s running job',
      labels: ["position"],
    }),
    running: backend.gauge({
      name: `${p}jobs_running`,
      help: "Enhancement jobs running in this instance",
      labels: [],
    }),
    waiting: backend.gauge({
      name: `${p}jobs_waiting`,
      help: "Enhancement jobs waiting for a free slot in this instance",
      labels: [],
    }),
    finished: backend.counter({
      name: `${p}jobs_finished_total`,
      help: "Enhancement jobs answered, by source: ai, offline, rejected",
      labels: ["source"],
    }),
    failed: backend.counter({
      name: `${p}jobs_failed_total`,
      help:
        "Job runs that failed, by reason: error (tried again later), refused, gave_up, lease_lost",
      labels: ["reason"],
    }),
    duration: backend.histogram({
      name: `${p}job_duration_seconds`,
      help: "Time of one job run, by outcome: finished, failed",
      labels: ["outcome"],
      buckets: DURATION_BUCKETS,
    }),
    offline: backend.counter({
      name: `${p}offline_fallbacks_total`,
      help: "Answers the offline enhancer gave, by reason",
      labels: ["reason"],
    }),
  };
}

function llmMetrics(backend: MetricsBackend): LlmMetrics {
  const p = METRIC_PREFIX;
  return {
    requests: backend.counter({
      name: `${p}llm_requests_total`,
      help:
        "LLM attempts (one key each), by provider and outcome: ok or the error kind",
      labels: ["provider", "outcome"],
    }),
    firstToken: backend.histogram({
      name: `${p}llm_first_token_seconds`,
      help: "Time to the first streamed token of an LLM attempt, by provider",
      labels: ["provider"],
      buckets: DURATION_BUCKETS,
    }),
    duration: backend.histogram({
      name: `${p}llm_request_duration_seconds`,
      help: "Time of one LLM attempt, by provider and outcome",
      labels: ["provider", "outcome"],
      buckets: DURATION_BUCKETS,
    }),
    tokens: backend.counter({
      name: `${p}llm_tokens_total`,
      help: "Tokens used as the provider reported them, by provider and kind",
      labels: ["provider", "kind"],
    }),
    circuit: backend.gauge({
      name: `${p}llm_key_circuit_state`,
      help:
        "1 for the circuit state each LLM key is in (closed, open, half_open, parked), 0 for the others",
      labels: ["provider", "key", "state"],
    }),
  };
}

function telegramMetrics(backend: MetricsBackend): TelegramMetrics {
  const p = METRIC_PREFIX;
  return {
    calls: backend.counter({
      name: `${p}telegram_calls_total`,
      help: "Bot API calls (each attempt), by method",
      labels: ["method"],
    }),
    errors: backend.counter({
      name: `${p}telegram_errors_total`,
      help:
        'Bot API calls that failed, by method and code (error_code, or "network")',
      labels: ["method", "code"],
    }),
    floodWaits: backend.counter({
      name: `${p}telegram_flood_waits_total`,
      help: "Bot API calls answered 429 Too Many Requests, by method",
      labels: ["method"],
    }),
    duration: backend.histogram({
      name: `${p}telegram_call_duration_seconds`,
      help: "Time of one Bot API call, by method",
      labels: ["method"],
      buckets: FAST_BUCKETS,
    }),
  };
}
