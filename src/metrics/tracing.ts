/**
 * Custom spans (update → job → LLM call → Telegram call) through
 * `@opentelemetry/api`, which Deno's built-in OpenTelemetry exports when
 * `OTEL_DENO=true`. Without it every span is a plain function call: the API
 * is never imported and nothing is allocated beyond the attributes object.
 *
 * Attributes are pseudonymous: `user.id` and `chat.id` are replaced by the
 * keyed pseudonym the logs use (`pseudonymize()`, src/logging.ts) before a
 * span sees them; no text, token or key is ever an attribute.
 *
 * @module
 */
import { pseudonymize } from "../logging.ts";
import { VERSION } from "../version.ts";

/** A span attribute's value; `undefined` ones are left out. */
export type SpanAttributes = Readonly<
  Record<string, string | number | boolean | undefined>
>;

/** The span a traced function runs in. */
export interface SpanHandle {
  /** Add attributes learned while the span runs (ids are pseudonymized). */
  set(attributes: SpanAttributes): void;
}

/** Where a trace continues later (a job run after the update that asked for it): opaque. */
export interface TraceParent {
  readonly traceParent: true;
}

/** Options of {@linkcode Tracing.span}. */
export interface SpanOptions {
  /** The span's parent: default the active span; `null` starts a new trace. */
  parent?: TraceParent | null;
}

/** Starts spans. */
export interface Tracing {
  /** Whether spans are exported (`OTEL_DENO=true`). */
  readonly enabled: boolean;
  /**
   * Run `fn` in a span `name`, a child of the active span (or of
   * `options.parent`); the span ends when `fn` settles and is marked failed,
   * with the error's class only, when it throws.
   */
  span<T>(
    name: string,
    attributes: SpanAttributes,
    fn: (span: SpanHandle) => Promise<T>,
    options?: SpanOptions,
  ): Promise<T>;
  /** The active span, for a trace that continues later; `undefined` when there is none. */
  current(): TraceParent | undefined;
}

/** Attributes holding a Telegram user or chat id: pseudonymized before any span sees them. */
export const ID_ATTRIBUTES: ReadonlySet<string> = new Set([
  "user.id",
  "chat.id",
]);

const NOOP_SPAN: SpanHandle = { set() {} };

/** Tracing that records nothing: each span is a plain call of its function. */
export const NOOP_TRACING: Tracing = {
  enabled: false,
  span: (_name, _attributes, fn) => fn(NOOP_SPAN),
  current: () => undefined,
};

type OtelApi = typeof import("@opentelemetry/api");

/**
 * Tracing through `@opentelemetry/api`, loaded once. Until it is loaded
 * (`ready`), spans are plain calls.
 *
 * @param options the key of the pseudonyms (`Config.log.idKey`)
 */
export function createOtelTracing(
  options: { idKey: string },
): Tracing & { ready: Promise<void> } {
  let api: OtelApi | undefined;
  const ready = import("@opentelemetry/api").then((loaded) => {
    api = loaded;
  });
  const clean = (attributes: SpanAttributes) => {
    const out: Record<string, string | number | boolean> = {};
    for (const [key, value] of Object.entries(attributes)) {
      if (value === undefined) continue;
      out[key] = ID_ATTRIBUTES.has(key)
        ? pseudonymize(value as string | number, options.idKey)
        : value;
    }
    return out;
  };
  return {
    enabled: true,
    ready,
    span(name, attributes, fn, spanOptions = {}) {
      if (api === undefined) return fn(NOOP_SPAN);
      const otel = api;
      const tracer = otel.trace.getTracer("promptsmith", VERSION);
      const parent = spanOptions.parent === null
        ? otel.ROOT_CONTEXT
        : (spanOptions
          .parent as unknown as import("@opentelemetry/api").Context) ??
          otel.context.active();
      return tracer.startActiveSpan(
        name,
        { attributes: clean(attributes) },
        parent,
        async (span) => {
          try {
            return await fn({ set: (more) => span.setAttributes(clean(more)) });
          } catch (error) {
            // The class only: a message may quote what Telegram or a provider said.
            const errorClass = error instanceof Error
              ? error.name
              : typeof error;
            span.setAttribute("error.type", errorClass);
            span.setStatus({
              code: otel.SpanStatusCode.ERROR,
              message: errorClass,
            });
            throw error;
          } finally {
            span.end();
          }
        },
      );
    },
    current() {
      if (api === undefined) return undefined;
      const active = api.trace.getSpan(api.context.active());
      return active === undefined
        ? undefined
        : api.context.active() as unknown as TraceParent;
    },
  };
}
