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
}

/** The HTTP entry point: GET /healthz always, POST {webhook path} in webhook mode. */
export function createHttpHandler(
  options: HttpHandlerOptions,
): (req: Request) => Promise<Response> {
  return async (req) => {
    const url = new URL(req.url);
    if (url.pathname === "/healthz") {
      if (req.method !== "GET" && req.method !== "HEAD") {
        return methodNotAllowed("GET, HEAD");
      }
      return await health(options);
    }
    if (options.webhook && url.pathname === options.webhook.path) {
      if (req.method !== "POST") return methodNotAllowed("POST");
      return await options.webhook.handle(req);
    }
    return new Response("Not found\n", { status: 404 });
  };
}

async function health(options: HttpHandlerOptions): Promise<Response> {
  const kv = await options.kvReachable();
  const report: HealthReport = {
    ok: kv,
    kv,
    mode: options.mode,
    version: VERSION,
  };
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
