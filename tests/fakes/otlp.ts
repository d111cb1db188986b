/**
 * A fake OTLP/HTTP collector for tests: it accepts `http/json` exports of
 * traces and metrics on 127.0.0.1 and keeps what arrived.
 *
 * @module
 */

/** One exported span, flattened from OTLP's resource/scope nesting. */
export interface ExportedSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: Record<string, unknown>;
}

/** A running fake collector; `await using` closes it. */
export interface FakeCollector extends AsyncDisposable {
  /** For OTEL_EXPORTER_OTLP_ENDPOINT, e.g. `http://127.0.0.1:4711`. */
  readonly endpoint: string;
  /** Every span received so far. */
  spans(): ExportedSpan[];
  /** Names of every metric received so far. */
  metricNames(): Set<string>;
  /** Every body received, as text (to look for what must not be there). */
  raw(): string[];
}

interface OtlpAttribute {
  key: string;
  value: Record<string, unknown>;
}

function attributesOf(list: OtlpAttribute[] | undefined) {
  const out: Record<string, unknown> = {};
  for (const { key, value } of list ?? []) {
    out[key] = Object.values(value)[0];
  }
  return out;
}

/** Start a fake collector on a free port. */
export function startFakeCollector(): FakeCollector {
  const bodies: string[] = [];
  const spans: ExportedSpan[] = [];
  const metrics = new Set<string>();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    async (req) => {
      const text = await req.text();
      bodies.push(text);
      const path = new URL(req.url).pathname;
      const body = JSON.parse(text || "{}");
      if (path === "/v1/traces") {
        for (const resource of body.resourceSpans ?? []) {
          for (const scope of resource.scopeSpans ?? []) {
            for (const span of scope.spans ?? []) {
              spans.push({
                name: span.name,
                traceId: span.traceId,
                spanId: span.spanId,
                parentSpanId: span.parentSpanId || undefined,
                attributes: attributesOf(span.attributes),
              });
            }
          }
        }
      } else if (path === "/v1/metrics") {
        for (const resource of body.resourceMetrics ?? []) {
          for (const scope of resource.scopeMetrics ?? []) {
            for (const metric of scope.metrics ?? []) metrics.add(metric.name);
          }
        }
      }
      return Response.json({});
    },
  );
  return {
    endpoint: `http://127.0.0.1:${server.addr.port}`,
    spans: () => [...spans],
    metricNames: () => new Set(metrics),
    raw: () => [...bodies],
    async [Symbol.asyncDispose]() {
      await server.shutdown();
    },
  };
}
