/**
 * `GET /metrics`: every series in Prometheus' text format, for a request
 * that carries `Authorization: Bearer <METRICS_TOKEN>`. Without the token
 * configured, or with a missing or wrong one, the answer is 401 (compared in
 * constant time), so the endpoint says nothing to whoever finds it.
 *
 * @module
 */
import type { Exposition } from "../metrics/prometheus.ts";
import { sha256, timingSafeEqual } from "../util/sha256.ts";

/** Options of {@linkcode createMetricsRoute}. */
export interface MetricsRouteOptions {
  /** `METRICS_TOKEN`; unset: every request is refused. */
  token: string | undefined;
  /** The text to serve (collectors run first). */
  render: () => Promise<Exposition>;
}

/** The handler of `GET /metrics`. */
export function createMetricsRoute(
  options: MetricsRouteOptions,
): (req: Request) => Promise<Response> {
  const expected = options.token === undefined
    ? undefined
    : digest(options.token);
  return async (req) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      return new Response("Method not allowed\n", {
        status: 405,
        headers: { allow: "GET, HEAD" },
      });
    }
    const given = bearerToken(req.headers.get("authorization"));
    // Compared as digests: equal lengths, and no early exit that times the token.
    if (
      expected === undefined || given === undefined ||
      !timingSafeEqual(digest(given), expected)
    ) {
      return new Response("Unauthorized\n", {
        status: 401,
        headers: { "www-authenticate": 'Bearer realm="metrics"' },
      });
    }
    const { contentType, body } = await options.render();
    return new Response(req.method === "HEAD" ? null : body, {
      headers: { "content-type": contentType, "cache-control": "no-store" },
    });
  };
}

function bearerToken(header: string | null): string | undefined {
  const match = header === null ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

function digest(text: string): Uint8Array {
  return sha256(text);
}
