/**
 * The Prometheus backend: every instrument is a prom-client metric in a
 * registry of its own (one per app, none global), rendered for `/metrics`.
 *
 * prom-client takes about 100 ms to import (it loads node:http, https and
 * zlib for its Pushgateway), longer than the rest of start-up. So it is
 * imported in the background: instruments exist at once, and what they
 * record before the module is there waits in a short list that is replayed
 * into it, so nothing measured during start-up is lost.
 *
 * @module
 */
import type {
  Counter,
  Gauge,
  Histogram,
  HistogramSpec,
  InstrumentSpec,
  Labels,
  MetricsBackend,
} from "./instruments.ts";

type PromClient = typeof import("prom-client");
type PromMetric =
  | import("prom-client").Counter<string>
  | import("prom-client").Gauge<string>
  | import("prom-client").Histogram<string>;

/** Operations recorded before prom-client is loaded, at most; later ones are dropped. */
const MAX_PENDING = 10_000;

type Kind = "counter" | "gauge" | "histogram";

interface Slot {
  readonly kind: Kind;
  readonly spec: InstrumentSpec<string> | HistogramSpec<string>;
  metric?: PromMetric;
}

interface Pending {
  slot: Slot;
  labels: Labels<string>;
  value: number;
}

/** What `/metrics` answers with. */
export interface Exposition {
  contentType: string;
  body: string;
}

/** prom-client behind the instruments; see the module documentation. */
export class PrometheusBackend implements MetricsBackend {
  readonly #slots = new Map<string, Slot>();
  #pending: Pending[] = [];
  #lib: PromClient | undefined;
  #registry: import("prom-client").Registry | undefined;
  #loading: Promise<void> | undefined;
  #dropped = 0;

  counter<L extends string>(spec: InstrumentSpec<L>): Counter<L> {
    const slot = this.#define("counter", spec);
    return {
      inc: (labels, by = 1) => this.#record(slot, labels, by),
    };
  }

  gauge<L extends string>(spec: InstrumentSpec<L>): Gauge<L> {
    const slot = this.#define("gauge", spec);
    return { set: (labels, value) => this.#record(slot, labels, value) };
  }

  histogram<L extends string>(spec: HistogramSpec<L>): Histogram<L> {
    const slot = this.#define("histogram", spec);
    return {
      observe: (labels, value) => this.#record(slot, labels, value),
    };
  }

  /** Values recorded before prom-client was loaded and dropped for want of room (for tests). */
  get dropped(): number {
    return this.#dropped;
  }

  /** Import prom-client (once) and replay what was recorded meanwhile. */
  load(): Promise<void> {
    this.#loading ??= import("prom-client").then((lib) => this.#start(lib));
    return this.#loading;
  }

  /** Every series in Prometheus' text format. */
  async render(): Promise<Exposition> {
    await this.load();
    const registry = this.#registry!;
    return {
      contentType: registry.contentType,
      body: await registry.metrics(),
    };
  }

  /**
   * The value of one series: a counter's or gauge's value, a histogram's
   * count (or `_sum` with `part: "sum"`); 0 for a series never recorded.
   */
  async read(
    name: string,
    labels: Record<string, string> = {},
    options: { part?: "count" | "sum" } = {},
  ): Promise<number> {
    await this.load();
    const slot = this.#slots.get(name);
    if (slot?.metric === undefined) {
      throw new RangeError(`Cannot read metric: no metric named ${name}`);
    }
    const { values } = await slot.metric.get();
    const wanted = slot.kind === "histogram"
      ? `${name}_${options.part ?? "count"}`
      : undefined;
    const hit =
      (values as { metricName?: string; labels: object; value: number }[]).find(
        (v) =>
          (wanted === undefined || v.metricName === wanted) &&
          sameLabels(v.labels as Record<string, unknown>, labels),
      );
    return hit?.value ?? 0;
  }

  #define(kind: Kind, spec: InstrumentSpec<string>): Slot {
    if (this.#slots.has(spec.name)) {
      throw new RangeError(
        `Cannot define metric: ${spec.name} is defined already`,
      );
    }
    const slot: Slot = { kind, spec };
    this.#slots.set(spec.name, slot);
    if (this.#registry) slot.metric = this.#create(this.#lib!, slot);
    return slot;
  }

  #record(slot: Slot, labels: Labels<string>, value: number): void {
    if (slot.metric) return apply(slot, labels, value);
    if (this.#pending.length < MAX_PENDING) {
      this.#pending.push({ slot, labels, value });
    } else this.#dropped++;
  }

  #start(lib: PromClient): void {
    this.#lib = lib;
    this.#registry = new lib.Registry();
    for (const slot of this.#slots.values()) {
      slot.metric = this.#create(lib, slot);
    }
    const pending = this.#pending;
    this.#pending = [];
    for (const { slot, labels, value } of pending) apply(slot, labels, value);
  }

  #create(lib: PromClient, slot: Slot): PromMetric {
    const { name, help, labels } = slot.spec;
    const base = {
      name,
      help,
      labelNames: [...labels],
      registers: [this.#registry!],
    };
    switch (slot.kind) {
      case "counter":
        return new lib.Counter(base);
      case "gauge":
        return new lib.Gauge(base);
      case "histogram":
        return new lib.Histogram({
          ...base,
          buckets: [...(slot.spec as HistogramSpec<string>).buckets],
        });
    }
  }
}

function apply(slot: Slot, labels: Labels<string>, value: number): void {
  const metric = slot.metric!;
  if (slot.kind === "counter") {
    (metric as import("prom-client").Counter<string>).inc(labels, value);
  } else if (slot.kind === "gauge") {
    (metric as import("prom-client").Gauge<string>).set(labels, value);
  } else {
    (metric as import("prom-client").Histogram<string>).observe(labels, value);
  }
}

function sameLabels(
  a: Record<string, unknown>,
  b: Record<string, string>,
): boolean {
  const keys = Object.keys(a).filter((k) => k !== "le");
  return keys.length === Object.keys(b).length &&
    keys.every((k) => String(a[k]) === b[k]);
}
