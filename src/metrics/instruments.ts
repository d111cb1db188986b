/**
 * Typed instruments (counters, gauges, histograms) over an exchangeable
 * backend: Prometheus (prom-client), OpenTelemetry, both, or none. Code that
 * measures something sees only {@linkcode Counter}, {@linkcode Gauge} and
 * {@linkcode Histogram}; which backend records it is decided once per app.
 *
 * @module
 */

/** Label values of one series, by label name. */
export type Labels<L extends string> = { readonly [K in L]: string };

/** What defines one instrument: its series name, help text and label names. */
export interface InstrumentSpec<L extends string> {
  /** The full series name, e.g. `"promptsmith_updates_total"`. */
  readonly name: string;
  readonly help: string;
  readonly labels: readonly L[];
}

/** A histogram's spec: its bucket bounds too (seconds for durations). */
export interface HistogramSpec<L extends string> extends InstrumentSpec<L> {
  readonly buckets: readonly number[];
}

/** A value that only goes up, per series. */
export interface Counter<L extends string> {
  /** Add `by` (default 1) to the series of `labels`. */
  inc(labels: Labels<L>, by?: number): void;
}

/** A value that is set, per series. */
export interface Gauge<L extends string> {
  set(labels: Labels<L>, value: number): void;
}

/** A distribution of observed values, per series. */
export interface Histogram<L extends string> {
  observe(labels: Labels<L>, value: number): void;
}

/** Where instruments record; one per app. */
export interface MetricsBackend {
  counter<L extends string>(spec: InstrumentSpec<L>): Counter<L>;
  gauge<L extends string>(spec: InstrumentSpec<L>): Gauge<L>;
  histogram<L extends string>(spec: HistogramSpec<L>): Histogram<L>;
}

const NOOP_INSTRUMENT = { inc() {}, set() {}, observe() {} };

/** A backend that records nothing: the default when neither /metrics nor OTel is on. */
export const NOOP_BACKEND: MetricsBackend = {
  counter: () => NOOP_INSTRUMENT,
  gauge: () => NOOP_INSTRUMENT,
  histogram: () => NOOP_INSTRUMENT,
};

/** A backend that records into each of `backends`. */
export function teeBackend(
  backends: readonly MetricsBackend[],
): MetricsBackend {
  if (backends.length === 0) return NOOP_BACKEND;
  if (backends.length === 1) return backends[0];
  return {
    counter(spec) {
      const all = backends.map((b) => b.counter(spec));
      return { inc: (labels, by) => all.forEach((c) => c.inc(labels, by)) };
    },
    gauge(spec) {
      const all = backends.map((b) => b.gauge(spec));
      return { set: (labels, v) => all.forEach((g) => g.set(labels, v)) };
    },
    histogram(spec) {
      const all = backends.map((b) => b.histogram(spec));
      return {
        observe: (labels, v) => all.forEach((h) => h.observe(labels, v)),
      };
    },
  };
}

/** Bucket bounds in seconds for durations from milliseconds to a minute and a half. */
export const DURATION_BUCKETS: readonly number[] = [
  0.005,
  0.01,
  0.025,
  0.05,
  0.1,
  0.25,
  0.5,
  1,
  2.5,
  5,
  10,
  20,
  30,
  60,
  90,
];

/** Bucket bounds in seconds for quick calls (KV commits, Bot API calls). */
export const FAST_BUCKETS: readonly number[] = [
  0.001,
  0.0025,
  0.005,
  0.01,
  0.025,
  0.05,
  0.1,
  0.25,
  0.5,
  1,
  2.5,
  5,
];
