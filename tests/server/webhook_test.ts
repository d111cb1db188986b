import assert from "node:assert/strict";
import type { Update } from "grammy/types";
import {
  createWebhookHandler,
  SECRET_HEADER,
  type Sleep,
  type WebhookHandlerOptions,
  type WebhookOutcome,
} from "../../src/server/webhook.ts";
import { textUpdate } from "../fakes/updates.ts";

const URL_ = "http://bot.local/webhook";
const SECRET = "unit_webhook_secret-42";
const MAX = 1024;
const READ_MS = 10_000;
const REPLY_MS = 8_000;

/** A timer the test fires by hand: `fire(ms)` ends every wait of that length. */
function manualSleep(): Sleep & {
  fire(ms: number): void;
  waiting(): number[];
} {
  const waits: Array<{ ms: number; end: () => void; signal: AbortSignal }> = [];
  const sleep =
    ((ms: number, signal: AbortSignal) =>
      new Promise<void>((resolve) => {
        waits.push({ ms, end: resolve, signal });
      })) as Sleep & { fire(ms: number): void; waiting(): number[] };
  sleep.fire = (ms) => {
    for (const wait of waits) if (wait.ms === ms) wait.end();
  };
  sleep.waiting = () => waits.filter((w) => !w.signal.aborted).map((w) => w.ms);
  return sleep;
}

interface Harness {
  handle: (req: Request) => Promise<Response>;
  received: Update[];
  sleep: ReturnType<typeof manualSleep>;
}

function harness(
  outcome: () => Promise<WebhookOutcome> = () => Promise.resolve("handled"),
  options: Partial<WebhookHandlerOptions> = {},
): Harness {
  const received: Update[] = [];
  const sleep = manualSleep();
  const handle = createWebhookHandler({
    secret: SECRET,
    replyAfterMs: REPLY_MS,
    maxBodyBytes: MAX,
    readTimeoutMs: READ_MS,
    sleep,
    handleUpdate: (update) => {
      received.push(update);
      return outcome();
    },
    ...options,
  });
  return { handle, received, sleep };
}

function post(
  body: BodyInit | null,
  headers: Record<string, string> = {},
): Request {
  return new Request(URL_, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      [SECRET_HEADER]: SECRET,
      ...headers,
    },
    body,
  });
}

function update(updateId = 1): Update {
  return textUpdate({
    text: "hello",
    userId: 7,
    updateId,
    date: 1_700_000_000,
  });
}

/** A body stream the test feeds: it records how much was pulled and whether it was cancelled. */
function controlledStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const state = { pulls: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    pull() {
      state.pulls++;
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, controller, state };
}

async function statusOf(res: Response): Promise<number> {
  await res.body?.cancel();
  return res.status;
}

Deno.test("webhook handler answers a valid update with the bot's outcome: 200 handled, 503 retry, 500 failed", async () => {
  for (
    const [outcome, status] of [
      ["handled", 200],
      ["retry", 503],
      ["failed", 500],
    ] as const
  ) {
    const h = harness(() => Promise.resolve(outcome));
    const res = await h.handle(post(JSON.stringify(update())));
    assert.equal(await statusOf(res), status, outcome);
    assert.deepEqual(h.received, [update()]);
    assert.deepEqual(h.sleep.waiting(), [], "no wait left behind");
  }
});

Deno.test("webhook handler passes the body itself on, unknown fields included", async () => {
  const h = harness();
  const body = { ...update(), message: { ...update().message, photo: [] } };
  await statusOf(await h.handle(post(JSON.stringify(body))));
  assert.deepEqual(h.received, [body]);
});

Deno.test("webhook handler refuses a missing or wrong secret with 401 without reading the body", async () => {
  const h = harness();
  for (
    const secret of [undefined, "wrong", SECRET + "x", "", SECRET.slice(1)]
  ) {
    const { stream, state } = controlledStream();
    const headers: Record<string, string> = {
      "content-type": "application/json",
    };
    if (secret !== undefined) headers[SECRET_HEADER] = secret;
    const res = await h.handle(
      new Request(URL_, { method: "POST", headers, body: stream }),
    );
    assert.equal(await statusOf(res), 401, String(secret));
    assert.equal(state.cancelled, true, "the body is dropped");
  }
  assert.deepEqual(h.received, []);
});

Deno.test("webhook handler refuses a content type other than JSON with 415", async () => {
  const h = harness();
  const body = JSON.stringify(update());
  for (const type of ["text/plain", "application/x-www-form-urlencoded", ""]) {
    const res = await h.handle(post(body, { "content-type": type }));
    assert.equal(await statusOf(res), 415, type);
  }
  const ok = await h.handle(
    post(body, { "content-type": "Application/JSON; charset=utf-8" }),
  );
  assert.equal(await statusOf(ok), 200);
  assert.equal(h.received.length, 1);
});

Deno.test("webhook handler refuses a Content-Length over the limit with 413 before reading a byte", async () => {
  const h = harness();
  const { stream, state } = controlledStream();
  const res = await h.handle(
    post(stream, { "content-length": String(MAX + 1) }),
  );
  assert.equal(await statusOf(res), 413);
  assert.equal(state.cancelled, true);
  assert.deepEqual(h.received, []);
});

Deno.test("webhook handler counts a body without Content-Length and stops at the limit with 413", async () => {
  const h = harness();
  const { stream, controller, state } = controlledStream();
  const answer = h.handle(post(stream));
  // Chunks keep coming; the handler must give up after the limit, not buffer them all.
  const chunk = new Uint8Array(300).fill(0x20);
  for (let i = 0; i < 4; i++) controller.enqueue(chunk);
  const res = await answer;
  assert.equal(await statusOf(res), 413);
  assert.equal(state.cancelled, true, "the rest of the body is dropped");
  assert.deepEqual(h.received, []);
  assert.deepEqual(h.sleep.waiting(), [], "the read deadline is cleared");
});

Deno.test("webhook handler accepts a chunked body up to the limit", async () => {
  const h = harness();
  const { stream, controller } = controlledStream();
  const answer = h.handle(post(stream));
  const json = new TextEncoder().encode(JSON.stringify(update()));
  controller.enqueue(json.slice(0, 10));
  controller.enqueue(json.slice(10));
  controller.close();
  assert.equal(await statusOf(await answer), 200);
  assert.deepEqual(h.received, [update()]);
});

Deno.test("webhook handler answers a body that drips past the read timeout with 408 and drops it", async () => {
  const h = harness();
  const { stream, controller, state } = controlledStream();
  const answer = h.handle(post(stream));
  controller.enqueue(new TextEncoder().encode('{"update_id":'));
  // Nothing more arrives; the read deadline passes.
  await Promise.resolve();
  assert.deepEqual(h.sleep.waiting(), [READ_MS]);
  h.sleep.fire(READ_MS);
  assert.equal(await statusOf(await answer), 408);
  assert.equal(state.cancelled, true);
  assert.deepEqual(h.received, []);
});

Deno.test("webhook handler refuses bodies that are not Telegram updates with 400", async () => {
  const h = harness();
  const good = update();
  const bodies: BodyInit[] = [
    "",
    "{not json",
    new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), // not UTF-8
    "[]",
    "null",
    "42",
    '"update"',
    "{}",
    JSON.stringify({ update_id: "1" }),
    JSON.stringify({ update_id: -1 }),
    JSON.stringify({ update_id: 1.5 }),
    JSON.stringify({ ...good, message: { ...good.message, text: 42 } }),
    JSON.stringify({ ...good, message: { ...good.message, chat: {} } }),
    JSON.stringify({ ...good, message: "hello" }),
  ];
  for (const body of bodies) {
    const res = await h.handle(post(body));
    const text = await res.text();
    assert.equal(res.status, 400, String(body));
    assert.match(text, /^Bad Request: /);
  }
  assert.deepEqual(h.received, []);
});

Deno.test("webhook handler acknowledges an update kind it does not handle with 200 and ignores it", async () => {
  const h = harness();
  const res = await h.handle(
    post(JSON.stringify({ update_id: 9, poll: { id: "1" } })),
  );
  assert.equal(await statusOf(res), 200);
  assert.deepEqual(h.received, []);
});

Deno.test("webhook handler answers 200 after replyAfterMs while the update keeps running", async () => {
  const running = Promise.withResolvers<WebhookOutcome>();
  const h = harness(() => running.promise);
  const answer = h.handle(post(JSON.stringify(update())));
  while (!h.sleep.waiting().includes(REPLY_MS)) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  h.sleep.fire(REPLY_MS);
  assert.equal(await statusOf(await answer), 200);
  assert.equal(h.received.length, 1);
  // Finishing later, even as a failure, is only logged: the answer is already sent.
  running.resolve("retry");
  await running.promise;
});

Deno.test("webhook handler answers 200 as soon as the bot accepts the update for good, before it ends", async () => {
  const running = Promise.withResolvers<WebhookOutcome>();
  const h = harness(undefined, {
    handleUpdate: (_update, hooks) => {
      // The prompt's job is committed; its acknowledgment is still being sent.
      queueMicrotask(hooks.onAccepted);
      return running.promise;
    },
  });
  const answer = await h.handle(post(JSON.stringify(update())));
  assert.equal(await statusOf(answer), 200);
  assert.deepEqual(h.sleep.waiting(), [], "the 8 s wait is over");
  running.resolve("handled");
  await running.promise;
});
