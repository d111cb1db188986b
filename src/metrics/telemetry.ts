/**
 * One app's metrics and tracing, built from two switches: Prometheus
 * (`METRICS_TOKEN` set, for `/metrics`) and OpenTelemetry (`OTEL_DENO=true`).
 * With neither, every instrument and span is a no-op and no library loads.
 *
 * @module
 */
import { type MetricsBackend, teeBackend } from "./instruments.ts";
import { createMetrics, type Metrics } from "./metrics.ts";
import { OtelMetricsBackend } from "./otel_metrics.ts";
import { PrometheusBackend } from "./prometheus.ts";
import { createOtelTracing, NOOP_TRACING, type Tracing } from "./tracing.ts";

/** Options of {@linkcode createTelemetry}. */
export interface TelemetryOptions {
  /** Serve `/metrics`: prom-client is loaded in the background. */
  prometheus: boolean;
  /** Deno's OpenTelemetry is on: spans and meters through `@opentelemetry/api`. */
  otel: boolean;
  /** The key of the pseudonymous ids in span attributes (`Config.log.idKey`). */
  idKey: string;
}

/** What measures and traces one app. */
export interface Telemetry {
  readonly metrics: Metrics;
  readonly tracing: Tracing;
  /** The Prometheus registry behind `/metrics`; absent when it is off. */
  readonly prometheus?: PrometheusBackend;
  /** Resolves once the OpenTelemetry API is loaded (at once without it), so the first update is traced. */
  ready(): Promise<void>;
}

/** Telemetry that records nothing. */
export function noTelemetry(): Telemetry {
  return {
    metrics: createMetrics(),
    tracing: NOOP_TRACING,
    ready: () => Promise.resolve(),
  };
}

/** Build the metrics and tracing `options` ask for. */
export function createTelemetry(options: TelemetryOptions): Telemetry {
  const backends: MetricsBackend[] = [];
  const prometheus = options.prometheus ? new PrometheusBackend() : undefined;
  if (prometheus) {
    backends.push(prometheus);
    // Off the start-up path; what is measured meanwhile is replayed.
    prometheus.load().catch(() => {});
  }
  // The OTel backend refreshes the state gauges through the metrics built on it.
  const collect = { run: () => Promise.resolve() };
  const otelMetrics = options.otel
    ? new OtelMetricsBackend(() => collect.run())
    : undefined;
  if (otelMetrics) backends.push(otelMetrics);
  const metrics: Metrics = createMetrics(teeBackend(backends));
  collect.run = () => metrics.collect();
  const tracing = options.otel
    ? createOtelTracing({ idKey: options.idKey })
    : undefined;
  return {
    metrics,
    tracing: tracing ?? NOOP_TRACING,
    prometheus,
    ready: async () => {
      await Promise.all([tracing?.ready, otelMetrics?.ready]);
    },
  };
}
