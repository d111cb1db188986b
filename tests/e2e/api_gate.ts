/**
 * A gate between one bot process and the fake Telegram: it forwards the
 * process's Bot API calls (set its `TELEGRAM_API_ROOT` to `apiRoot`) and
 * keeps what Telegram answered, until {@linkcode ApiGate.hold} is called;
 * from then on every call is held and never reaches Telegram.
 *
 * A kill test uses it to kill a process outside the one window no bot can
 * close (docs/ARCHITECTURE.md, "Crash windows"): a message Telegram accepted
 * whose answer has not yet reached the process, or reached it before the
 * record of the send was committed. Hold, wait until no forwarded call is on
 * its way ({@linkcode ApiGate.idle}), wait until the messages it answered are
 * recorded, then kill: a message shown twice afterwards is then the bot's
 * fault, not the kill's timing.
 *
 * @module
 */

/** One call the gate forwarded, with Telegram's answer. */
export interface GateCall {
  readonly method: string;
  /** The JSON body of the call (`{}` for a multipart or empty one). */
  readonly payload: Record<string, unknown>;
  /** The `result` Telegram answered with, or `undefined` when it failed. */
  readonly result: unknown;
}

/** A started gate; dispose it to answer every held call with 503 and stop. */
export interface ApiGate extends AsyncDisposable {
  /** What to give the bot process as `TELEGRAM_API_ROOT`. */
  readonly apiRoot: string;
  /** The calls forwarded and answered so far, in the order they were answered. */
  readonly answered: readonly GateCall[];
  /** Calls held since {@linkcode hold}. */
  readonly held: number;
  /** From now on no call is forwarded: each waits until the gate closes. */
  hold(): void;
  /** Resolves once no forwarded call waits for Telegram's answer. */
  idle(): Promise<void>;
  /** Resolves once `n` calls are held. */
  heldAtLeast(n: number): Promise<void>;
  close(): Promise<void>;
}

const API_PATH = /^\/bot[^/]+\/(?:test\/)?([^/]+)$/;
/** Hop-by-hop and length headers: the forwarding fetch sets its own. */
const DROPPED_HEADERS = [
  "host",
  "content-length",
  "connection",
  "transfer-encoding",
  "content-encoding",
];

/** Start a gate on 127.0.0.1 in front of the Bot API at `target` (the fake's `apiRoot`). */
export function startApiGate(target: string): ApiGate {
  const answered: GateCall[] = [];
  const heldReplies: ((response: Response) => void)[] = [];
  const waiters = new Set<() => void>();
  let holding = false;
  let closed = false;
  let inFlight = 0;

  const changed = () => {
    for (const waiter of [...waiters]) waiter();
  };
  const until = (condition: () => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!condition()) return;
        waiters.delete(check);
        resolve();
      };
      waiters.add(check);
      check();
    });

  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    async (request) => {
      if (closed) {
        await request.body?.cancel();
        return unavailable();
      }
      if (holding) {
        // Never forwarded: Telegram does not see it, whatever happens next.
        const reply = Promise.withResolvers<Response>();
        heldReplies.push(reply.resolve);
        changed();
        await request.body?.cancel();
        return await reply.promise;
      }
      inFlight++;
      try {
        return await forward(request);
      } finally {
        inFlight--;
        changed();
      }
    },
  );

  async function forward(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const headers = new Headers(request.headers);
    for (const name of DROPPED_HEADERS) headers.delete(name);
    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    const body = hasBody ? new Uint8Array(await request.arrayBuffer()) : null;
    const response = await fetch(`${target}${url.pathname}${url.search}`, {
      method: request.method,
      headers,
      body,
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const method = API_PATH.exec(url.pathname)?.[1];
    if (method !== undefined) {
      answered.push({
        method,
        payload: jsonOf(headers, body),
        result: resultOf(bytes),
      });
    }
    const replyHeaders = new Headers(response.headers);
    for (const name of DROPPED_HEADERS) replyHeaders.delete(name);
    return new Response(bytes, {
      status: response.status,
      headers: replyHeaders,
    });
  }

  const close = async () => {
    if (!closed) {
      closed = true;
      for (const reply of heldReplies.splice(0)) reply(unavailable());
    }
    await server.shutdown();
  };

  return {
    apiRoot: `http://127.0.0.1:${server.addr.port}`,
    answered,
    get held() {
      return heldReplies.length;
    },
    hold() {
      holding = true;
    },
    idle: () => until(() => inFlight === 0),
    heldAtLeast: (n) => until(() => heldReplies.length >= n),
    close,
    [Symbol.asyncDispose]: close,
  };
}

function unavailable(): Response {
  return new Response("gate closed", { status: 503 });
}

function jsonOf(
  headers: Headers,
  body: Uint8Array | null,
): Record<string, unknown> {
  if (body === null || !headers.get("content-type")?.includes("json")) {
    return {};
  }
  try {
    const value = JSON.parse(new TextDecoder().decode(body));
    return typeof value === "object" && value !== null ? value : {};
  } catch {
    return {};
  }
}

function resultOf(bytes: Uint8Array): unknown {
  try {
    const envelope = JSON.parse(new TextDecoder().decode(bytes));
    return envelope?.ok === true ? envelope.result : undefined;
  } catch {
    return undefined;
  }
}
