/**
 * The OpenTelemetry backend: the same instruments as meters of
 * `@opentelemetry/api`, which Deno's built-in OpenTelemetry exports over
 * OTLP when `OTEL_DENO=true`. Names drop Prometheus' `_total` suffix, and
 * durations carry the unit `s`, as OpenTelemetry names them; the gauges that
 * are set from state are refreshed by an observable callback at each export.
 *
 * @module
 */
import { VERSION } from "../version.ts";
import type {
  Counter,
  Gauge,
  Histogram,
  HistogramSpec,
  InstrumentSpec,
  Labels,
  MetricsBackend,
} from "./instruments.ts";

type OtelApi = typeof import("@opentelemetry/api");
type Recorder = (labels: Labels<string>, value: number) => void;

interface Slot {
  readonly kind: "counter" | "gauge" | "histogram";
  readonly spec: InstrumentSpec<string> | HistogramSpec<string>;
  record?: Recorder;
}

/** Meters behind the instruments; values recorded before the API is loaded are dropped. */
export class OtelMetricsBackend implements MetricsBackend {
  readonly #slots: Slot[] = [];
  #meter: import("@opentelemetry/api").Meter | undefined;
  /** Resolves once the API is loaded and every instrument exists. */
  readonly ready: Promise<void>;

  /** @param collect sets the state gauges (Metrics.collect), run at each export */
  constructor(collect: () => Promise<void>) {
    this.ready = import("@opentelemetry/api").then((api) =>
      this.#start(api, collect)
    );
  }

  counter<L extends string>(spec: InstrumentSpec<L>): Counter<L> {
    const slot = this.#define("counter", spec);
    return { inc: (labels, by = 1) => slot.record?.(labels, by) };
  }

  gauge<L extends string>(spec: InstrumentSpec<L>): Gauge<L> {
    const slot = this.#define("gauge", spec);
    return { set: (labels, value) => slot.record?.(labels, value) };
  }

  histogram<L extends string>(spec: HistogramSpec<L>): Histogram<L> {
    const slot = this.#define("histogram", spec);
    return { observe: (labels, value) => slot.record?.(labels, value) };
  }

  #define(kind: Slot["kind"], spec: InstrumentSpec<string>): Slot {
    const slot: Slot = { kind, spec };
    this.#slots.push(slot);
    if (this.#meter) slot.record = create(this.#meter, slot);
    return slot;
  }

  #start(api: OtelApi, collect: () => Promise<void>): void {
    const meter = api.metrics.getMeter("promptsmith", VERSION);
    this.#meter = meter;
    for (const slot of this.#slots) slot.record = create(meter, slot);
    // An observable instrument's callback runs at each export: the moment to refresh the state gauges.
    meter.createObservableGauge("promptsmith_collect_runs", {
      description: "Always 1: its callback refreshes the state gauges",
    }).addCallback(async (result) => {
      await collect();
      result.observe(1);
    });
  }
}

function create(meter: import("@opentelemetry/api").Meter, slot: Slot) {
  const { name, help } = slot.spec;
  const seconds = name.endsWith("_seconds");
  const options = { description: help, ...(seconds ? { unit: "s" } : {}) };
  switch (slot.kind) {
    case "counter": {
      const counter = meter.createCounter(name.replace(/_total$/, ""), options);
      return (labels: Labels<string>, value: number) =>
        counter.add(value, labels);
    }
    case "gauge": {
      const gauge = meter.createGauge(name, options);
      return (labels: Labels<string>, value: number) =>
        gauge.record(value, labels);
    }
    case "histogram": {
      const histogram = meter.createHistogram(name, {
        ...options,
        advice: {
          explicitBucketBoundaries: [
            ...(slot.spec as HistogramSpec<string>).buckets,
          ],
        },
      });
      return (labels: Labels<string>, value: number) =>
        histogram.record(value, labels);
    }
  }
}
