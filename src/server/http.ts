import { getLog } from "../logging.ts";
import { VERSION } from "../version.ts";

/** What /healthz reports. */
export interface HealthReport {
  ok: boolean;
  kv: boolean;
  mode: "polling" | "webhook";
  version: string;
}

/** Options of {@linkcode createHttpHandler}. */
export interface HttpHandlerOptions {
  mode: "polling" | "webhook";
  /** Checks that KV answers. */
  kvReachable: () => Promise<boolean>;
  /** Webhook route, only in webhook mode. */
  webhook?: { path: string; handle: (req: Request) => Promise<Response> };
  /** `GET /metrics` (src/server/metrics_route.ts); absent: 404. */
  metrics?: (req: Request) => Promise<Response>;
}

/** How long one KV check answers /healthz: probes write to KV, and /healthz is public. */
const HEALTH_CACHE_MS = 1000;

const log = getLog("http");

/**
 * The HTTP entry point: GET /healthz always, GET /metrics (401 without its
 * token), POST {webhook path} in webhook mode. It never throws: an error is logged as one redacted line (its class
 * only) and answered with a bare 500, so Deno's default printer never sees it.
 */
export function createHttpHandler(
  options: HttpHandlerOptions,
): (req: Request) => Promise<Response> {
  const route = router(options);
  return async (req) => {
    try {
      return await route(req);
    } catch (error) {
      return internalError(error);
    }
  };
}

/**
 * `Deno.serve`'s `onError`, and the handler's own last resort: one line naming
 * the error's class, never the error itself (a grammY error holds the context,
 * and the context the config), then a bare 500.
 */
export function internalError(error: unknown): Response {
  try {
    log.error("HTTP request failed: {errorClass}", {
      errorClass: error instanceof Error ? error.name : typeof error,
    });
  } catch {
    // Logging failed too: the bare 500 still goes out, and nothing is printed.
  }
  return new Response("Internal server error\n", { status: 500 });
}

function router(
  options: HttpHandlerOptions,
): (req: Request) => Promise<Response> {
  const kvReachable = reuseFor(HEALTH_CACHE_MS, options.kvReachable);
  return async (req) => {
    const url = new URL(req.url);
    if (url.pathname === "/healthz") {
      if (req.method !== "GET" && req.method !== "HEAD") {
        return methodNotAllowed("GET, HEAD");
      }
      return health(options.mode, await kvReachable());
    }
    if (options.metrics && url.pathname === "/metrics") {
      return await options.metrics(req);
    }
    if (options.webhook && url.pathname === options.webhook.path) {
      if (req.method !== "POST") return methodNotAllowed("POST");
      return await options.webhook.handle(req);
    }
    return new Response("Not found\n", { status: 404 });
  };
}

function health(mode: HealthReport["mode"], kv: boolean): Response {
  const report: HealthReport = { ok: kv, kv, mode, version: VERSION };
  return Response.json(report, {
    status: kv ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}

function methodNotAllowed(allow: string): Response {
  return new Response("Method not allowed\n", {
    status: 405,
    headers: { allow },
  });
}

/** `check`, called at most once per `ms`: callers within that time share its answer. */
function reuseFor(
  ms: number,
  check: () => Promise<boolean>,
): () => Promise<boolean> {
  let last: { at: number; answer: Promise<boolean> } | undefined;
  return () => {
    const now = Date.now();
    if (last === undefined || now - last.at >= ms) {
      last = { at: now, answer: check() };
    }
    return last.answer;
  };
}
