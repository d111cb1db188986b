import assert from "node:assert/strict";
import { Api, GrammyError } from "grammy";
import type { Update } from "grammy/types";
import { type FakeTelegram, startFakeTelegram } from "../fakes/telegram_api.ts";
import { textUpdate } from "../fakes/updates.ts";
import { startPolling } from "../../src/telegram/poller.ts";
import { withLogs } from "../support.ts";

const KINDS = ["message"] as const;

/** What the fake still holds unconfirmed: a fresh poll without offset sees it. */
async function unconfirmed(tg: FakeTelegram): Promise<number[]> {
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  const updates = await api.getUpdates({ timeout: 0 });
  return updates.map((u) => u.update_id);
}

/** A handler that holds the updates it is told to until released. */
function holdingHandler(held: (update: Update) => boolean) {
  const seen: number[] = [];
  const waiting = new Map<number, () => void>();
  let running = 0;
  let mostAtOnce = 0;
  const arrived = new Set<(id: number) => void>();
  return {
    seen,
    get mostAtOnce() {
      return mostAtOnce;
    },
    async handle(update: Update) {
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      seen.push(update.update_id);
      for (const notify of arrived) notify(update.update_id);
      try {
        if (held(update)) {
          await new Promise<void>((resolve) =>
            waiting.set(update.update_id, resolve)
          );
        }
      } finally {
        running--;
      }
    },
    release(id: number) {
      waiting.get(id)?.();
      waiting.delete(id);
    },
    releaseAll() {
      for (const resolve of waiting.values()) resolve();
      waiting.clear();
    },
    /** Resolves once `count` updates have arrived. */
    until(count: number): Promise<void> {
      if (seen.length >= count) return Promise.resolve();
      return new Promise((resolve) => {
        const notify = () => {
          if (seen.length < count) return;
          arrived.delete(notify);
          resolve();
        };
        arrived.add(notify);
      });
    },
  };
}

function messages(tg: FakeTelegram, count: number, chatOf = (i: number) => i) {
  return Array.from(
    { length: count },
    (_, i) =>
      tg.queueUpdate(
        textUpdate({ text: `hello ${i}`, userId: 100 + chatOf(i) }),
      ).update_id,
  );
}

/** A fetch that counts the polls it sends, when it sends them. */
function countingFetch() {
  let polls = 0;
  return {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith("/getUpdates")) polls++;
      return fetch(input, init);
    },
    polls: () => polls,
  };
}

Deno.test("startPolling() confirms an update to Telegram only once it was handled", async () => {
  await using tg = startFakeTelegram({ maxLongPollMs: 50 });
  const ids = messages(tg, 3);
  const handler = holdingHandler((u) => u.update_id === ids[1]);
  const counting = countingFetch();
  const poller = startPolling({
    api: new Api(tg.token, { apiRoot: tg.apiRoot, fetch: counting.fetch }),
    handle: handler.handle,
    allowedUpdates: KINDS,
    confirmAfterMs: 60_000,
  });
  await handler.until(3);
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(counting.polls(), 1, "no poll while the batch is handled");
  // A crash now would lose nothing: Telegram still holds all three.
  assert.deepEqual(await unconfirmed(tg), ids);
  handler.release(ids[1]);
  await tg.waitForCall("getUpdates", (c) => c.payload.offset === ids[2] + 1);
  await poller.stop();
  assert.deepEqual(handler.seen, ids);
  assert.deepEqual(await unconfirmed(tg), []);
});

Deno.test("startPolling(): a slow update holds back the next poll for confirmAfterMs at most", async () => {
  await using tg = startFakeTelegram({ maxLongPollMs: 50 });
  const [slow] = messages(tg, 1);
  const handler = holdingHandler((u) => u.update_id === slow);
  const poller = startPolling({
    api: new Api(tg.token, { apiRoot: tg.apiRoot }),
    handle: handler.handle,
    allowedUpdates: KINDS,
    confirmAfterMs: 20,
  });
  await handler.until(1);
  const [next] = messages(tg, 1, () => 7);
  await handler.until(2);
  assert.deepEqual(handler.seen, [slow, next]);
  // Past its time the slow one was confirmed by the next poll, still running.
  assert.ok(
    tg.callsOf("getUpdates").some((c) => c.payload.offset === slow + 1),
  );
  let stopped = false;
  const stopping = poller.stop().then(() => stopped = true);
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(stopped, false, "stop() waits for the update still running");
  handler.release(slow);
  await stopping;
});

Deno.test("startPolling() never runs more than `concurrency` updates at once and asks for no more", async () => {
  await using tg = startFakeTelegram({ maxLongPollMs: 50 });
  const ids = messages(tg, 5);
  const handler = holdingHandler(() => true);
  const poller = startPolling({
    api: new Api(tg.token, { apiRoot: tg.apiRoot }),
    handle: handler.handle,
    allowedUpdates: KINDS,
    concurrency: 2,
    confirmAfterMs: 0,
  });
  await handler.until(2);
  assert.equal(poller.inFlight, 2);
  for (const id of ids) {
    handler.release(id);
    await handler.until(Math.min(ids.indexOf(id) + 3, ids.length));
  }
  handler.releaseAll();
  await poller.stop();
  assert.deepEqual(handler.seen, ids);
  assert.equal(handler.mostAtOnce, 2);
  for (const call of tg.callsOf("getUpdates").slice(0, -1)) {
    assert.ok(Number(call.payload.limit) <= 2, JSON.stringify(call.payload));
  }
  assert.deepEqual(await unconfirmed(tg), []);
});

Deno.test("startPolling() retries failed polls with backoff and honours a flood wait, logging each", () =>
  withLogs(async (records) => {
    await using tg = startFakeTelegram({ maxLongPollMs: 50 });
    tg.injectFault("getUpdates", { status: 500, times: 2 });
    tg.injectFault("getUpdates", { status: 429, retryAfter: 3 });
    tg.injectFault("getUpdates", { status: 502 });
    const ids = messages(tg, 1);
    const waits: number[] = [];
    const handler = holdingHandler(() => false);
    const poller = startPolling({
      api: new Api(tg.token, { apiRoot: tg.apiRoot }),
      handle: handler.handle,
      allowedUpdates: KINDS,
      backoff: { baseMs: 1_000, maxMs: 30_000, random: () => 0.5 },
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });
    await handler.until(1);
    await poller.stop();
    assert.deepEqual(handler.seen, ids);
    // 500, 500 (backoff doubles), 429 (its retry_after), 502 (backoff again from where it was).
    assert.deepEqual(waits.slice(0, 4), [500, 1_000, 3_000, 2_000]);
    const failed = records.filter((r) =>
      String(r.rawMessage).startsWith("Cannot fetch updates")
    );
    assert.equal(
      failed.length,
      4,
      "one line per failed poll, answers included",
    );
    const logged = JSON.stringify(failed.map((r) => r.properties));
    assert.match(logged, /500/);
    assert.match(logged, /429/);
    assert.ok(!logged.includes(tg.token), "never the token");
  }));

Deno.test("startPolling() ends with the refusal when another process takes over the polls (409)", async () => {
  await using tg = startFakeTelegram({ maxLongPollMs: 5_000 });
  const handler = holdingHandler(() => false);
  const poller = startPolling({
    api: new Api(tg.token, { apiRoot: tg.apiRoot }),
    handle: handler.handle,
    allowedUpdates: KINDS,
  });
  await tg.waitForCall("getUpdates");
  while (tg.waitingPolls === 0) await new Promise((r) => setTimeout(r, 5));
  await unconfirmed(tg);
  await assert.rejects(
    poller.done,
    (error) => error instanceof GrammyError && error.error_code === 409,
  );
  assert.equal(poller.isRunning(), false);
  const polls = tg.callsOf("getUpdates").length;
  await poller.stop();
  assert.equal(tg.callsOf("getUpdates").length, polls, "no confirming poll");
});

Deno.test("startPolling(): a handler that throws is logged and its update counts as handled", async () => {
  await using tg = startFakeTelegram({ maxLongPollMs: 50 });
  const ids = messages(tg, 2);
  const seen: number[] = [];
  const poller = startPolling({
    api: new Api(tg.token, { apiRoot: tg.apiRoot }),
    handle: (update) => {
      seen.push(update.update_id);
      if (update.update_id === ids[0]) throw new Error("boom");
      return Promise.resolve();
    },
    allowedUpdates: KINDS,
  });
  await tg.waitForCall("getUpdates", (c) => c.payload.offset === ids[1] + 1);
  await poller.stop();
  assert.deepEqual(seen, ids);
  assert.deepEqual(await unconfirmed(tg), []);
});

/** An Api whose getUpdates answers `batches` one after another, then waits for the abort. */
function scriptedApi(batches: Update[][]) {
  const offsets: (number | undefined)[] = [];
  const api = new Api("1:scripted");
  api.config.use((_prev, method, payload, signal) => {
    if (method !== "getUpdates") throw new Error(`unexpected ${method}`);
    const { offset, timeout } = payload as {
      offset?: number;
      timeout?: number;
    };
    offsets.push(offset);
    // The confirming poll of a stop asks for no wait.
    if (timeout === 0) {
      return Promise.resolve({ ok: true, result: [] } as never);
    }
    const next = batches.shift();
    if (next) {
      return Promise.resolve({ ok: true, result: next } as never);
    }
    return new Promise((_resolve, reject) =>
      (signal as unknown as AbortSignal | undefined)?.addEventListener(
        "abort",
        () => reject(new Error("aborted")),
      )
    );
  });
  return { api, offsets };
}

const bare = (id: number): Update => ({ update_id: id } as Update);

Deno.test("startPolling(): a repeated or out-of-order update id neither runs twice nor moves the offset back", async () => {
  const started: number[] = [];
  let release!: () => void;
  const held = new Promise<void>((resolve) => release = resolve);
  const { api, offsets } = scriptedApi([[bare(5), bare(3)], [
    bare(5),
    bare(4),
  ]]);
  const poller = startPolling({
    api,
    handle: async (update) => {
      started.push(update.update_id);
      if (update.update_id === 5) await held;
    },
    allowedUpdates: KINDS,
    confirmAfterMs: 0,
  });
  while (offsets.length < 3) await new Promise((r) => setTimeout(r, 1));
  assert.deepEqual(started, [5, 3, 4], "5 once, though it came twice");
  assert.equal(poller.inFlight, 1);
  assert.deepEqual(offsets, [undefined, 6, 6]);
  release();
  await poller.stop();
  assert.deepEqual(offsets, [undefined, 6, 6, 6], "the stop confirms 5");
});

Deno.test("startPolling(): stop() past its deadline does not confirm updates still running", async () => {
  const { api, offsets } = scriptedApi([[bare(7)]]);
  const poller = startPolling({
    api,
    handle: () => new Promise<void>(() => {}),
    allowedUpdates: KINDS,
    confirmAfterMs: 60_000,
  });
  while (poller.inFlight === 0) await new Promise((r) => setTimeout(r, 1));
  await poller.stop(10);
  assert.deepEqual(offsets, [undefined], "no confirming poll");
});

Deno.test("startPolling() refuses a concurrency below 1", () => {
  assert.throws(
    () =>
      startPolling({
        api: new Api("1:x"),
        handle: () => Promise.resolve(),
        allowedUpdates: KINDS,
        concurrency: 0,
      }),
    RangeError,
  );
});
