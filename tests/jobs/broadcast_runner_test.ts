import assert from "node:assert/strict";
import { BroadcastRunner } from "../../src/jobs/broadcast_runner.ts";
import {
  type BroadcastRecord,
  BroadcastStore,
} from "../../src/storage/broadcast_store.ts";
import { JobStore } from "../../src/storage/job_store.ts";
import { broadcastKey, userKey } from "../../src/storage/keys.ts";
import { type UserRecord, UserStore } from "../../src/storage/user_store.ts";
import { createApi } from "../../src/telegram/api.ts";
import { createI18n } from "../../src/ui/i18n.ts";
import { type FakeTelegram, startFakeTelegram } from "../fakes/telegram_api.ts";

const ADMIN = 9_000;
const START = 1_764_000_000_000;
const TEXT = "News: the bot got faster.";

/** Time that moves only when the runner waits: pacing is measured, never slept. */
function manualTime() {
  const time = {
    now: START,
    /** Called on every wait, after the clock moved: a test's chance to act mid-run. */
    onSleep: (): Promise<void> | void => {},
  };
  return {
    time,
    clock: { now: () => time.now },
    sleep: async (ms: number) => {
      time.now += Math.max(0, ms);
      await time.onSleep();
    },
  };
}

interface Setup extends AsyncDisposable {
  kv: Deno.Kv;
  tg: FakeTelegram;
  store: BroadcastStore;
  users: UserStore;
  time: ReturnType<typeof manualTime>["time"];
  runner(instanceId?: string): BroadcastRunner;
  /** Preview, Send, and wait for the end. */
  broadcast(runner: BroadcastRunner): Promise<BroadcastRecord>;
  /** The broadcast messages each user got, by user id. */
  received(ids: readonly number[]): number[];
}

async function setUp(userIds: readonly number[]): Promise<Setup> {
  const { time, clock, sleep } = manualTime();
  const kv = await Deno.openKv(":memory:");
  const tg = startFakeTelegram({ clock });
  for (const id of userIds) {
    const user: UserRecord = {
      id,
      firstSeenAt: START - 1000,
      lastSeenAt: START - 1000,
      enhancements: 1,
      prefs: { category: "general" },
    };
    await kv.set(userKey(id), user);
  }
  const store = new BroadcastStore(kv, { clock });
  const users = new UserStore(kv, {
    clock,
    defaultPreferences: { category: "general" },
    cache: { max: 0 },
  });
  const jobs = new JobStore(kv, { leaseMs: 30_000 });
  const i18n = createI18n();
  const runners: BroadcastRunner[] = [];
  const api = createApi(tg.token, {
    apiRoot: tg.apiRoot,
    retry: { maxAttempts: 1 },
  });
  const runner = (instanceId = "instance-a") => {
    const made = new BroadcastRunner({
      store,
      users,
      jobs,
      heartbeat: () => jobs.beat(instanceId, clock.now(), START),
      api,
      clock,
      sleep,
      i18n,
    }, { instanceId, ratePerSecond: 25 });
    runners.push(made);
    return made;
  };
  return {
    kv,
    tg,
    store,
    users,
    time,
    runner,
    async broadcast(r) {
      const preview = await store.createPreview({
        adminId: ADMIN,
        locale: "en",
        text: TEXT,
        entities: [{ type: "bold", offset: 0, length: 5 }],
      });
      const started = await r.begin(preview.id);
      assert.ok(started.ok, "started");
      assert.ok(await r.drain(20_000), "finished");
      return (await store.get(preview.id))!.record;
    },
    received(ids) {
      return ids.map((id) => tg.sentTexts(id).filter((t) => t === TEXT).length);
    },
    async [Symbol.asyncDispose]() {
      for (const r of runners) await r.stop(5_000);
      kv.close();
      await tg.close();
    },
  };
}

const range = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => from + i);

Deno.test("BroadcastRunner sends once to every recipient, at most 25 a second, with progress and a report", async () => {
  const ids = range(1_001, 100);
  await using s = await setUp(ids);
  const record = await s.broadcast(s.runner());
  assert.deepEqual(s.received(ids), ids.map(() => 1));
  assert.deepEqual(
    { status: record.status, sent: record.sent, total: record.total },
    { status: "done", sent: 100, total: 100 },
  );
  assert.equal(record.pending, null);
  // Bold kept: the entities went with each message.
  const first = s.tg.callsOf("sendMessage").find((c) =>
    c.payload.chat_id === ids[0]
  );
  assert.deepEqual(first?.payload.entities, [{
    type: "bold",
    offset: 0,
    length: 5,
  }]);
  // Every Telegram call of the broadcast, progress edits included, is 40 ms after the one before.
  const times = s.tg.calls.filter((c) => c.method !== "getMe").map((c) => c.at);
  for (let i = 1; i < times.length; i++) {
    assert.ok(
      times[i] - times[i - 1] >= 40,
      `gap ${times[i] - times[i - 1]} ms`,
    );
  }
  // 100 messages and the admin's take at least 100 gaps of 40 ms: 4 s or more.
  assert.ok(times.at(-1)! - times[0] >= 100 * 40);
  const progress = s.tg.messages(ADMIN)[0];
  assert.equal(progress.text, "▓▓▓▓▓▓▓▓▓▓ 100 % · 100 / 100 · blocked: 0");
  assert.equal(progress.reply_markup, undefined, "no Stop button at the end");
  const edits = s.tg.callsOf("editMessageText").map((c) =>
    String(c.payload.text)
  );
  assert.ok(
    edits.some((text) => / [1-9]\d? % · /.test(text)),
    "edited while sending",
  );
  assert.equal(
    s.tg.messages(ADMIN).at(-1)?.text,
    "📣 Broadcast finished. Sent: 100 of 100. Blocked the bot: 0. Failed: 0.",
  );
});

Deno.test("BroadcastRunner waits out a 429's retry_after and sends that message again, once", async () => {
  const ids = range(2_001, 5);
  await using s = await setUp(ids);
  // The first sendMessage is the admin's progress message; the second, the first recipient's.
  s.tg.injectFault("sendMessage", { delayMs: 0 });
  s.tg.injectFault("sendMessage", { status: 429, retryAfter: 3 });
  const record = await s.broadcast(s.runner());
  assert.deepEqual(s.received(ids), [1, 1, 1, 1, 1]);
  assert.equal(record.sent, 5);
  const toFirst = s.tg.callsOf("sendMessage").filter((c) =>
    c.payload.chat_id === ids[0]
  );
  assert.equal(toFirst.length, 2, "refused once, then sent");
  assert.ok(toFirst[1].at - toFirst[0].at >= 3_000, "waited retry_after");
  // Nothing else went out while it waited.
  const between = s.tg.calls.filter((c) =>
    c.at > toFirst[0].at && c.at < toFirst[1].at
  );
  assert.deepEqual(between, []);
});

Deno.test("BroadcastRunner marks users who blocked the bot, and the next broadcast skips them until they come back", async () => {
  const ids = range(3_001, 8);
  await using s = await setUp(ids);
  s.tg.blockBot(3_002);
  s.tg.blockBot(3_005);
  const first = await s.broadcast(s.runner());
  assert.deepEqual(
    { sent: first.sent, blocked: first.blocked, failed: first.failed },
    { sent: 6, blocked: 2, failed: 0 },
  );
  for (const id of [3_002, 3_005]) {
    const blockedAt = (await s.users.get(id))?.blockedAt;
    assert.ok(blockedAt !== undefined && blockedAt > START, `${id} marked`);
  }
  assert.equal((await s.users.get(3_001))?.blockedAt, undefined);
  assert.match(s.tg.messages(ADMIN).at(-1)?.text ?? "", /Blocked the bot: 2\./);

  // 3_005 unblocks and uses the bot again; 3_002 does not.
  s.tg.blockBot(3_005, false);
  s.time.now += 60_000;
  await s.users.recordEnhancement(3_005);
  const calls = s.tg.callsOf("sendMessage").length;
  const second = await s.broadcast(s.runner());
  assert.equal(second.total, 7);
  assert.equal(second.sent, 7);
  const toSkipped = s.tg.callsOf("sendMessage").slice(calls).filter((c) =>
    c.payload.chat_id === 3_002
  );
  assert.deepEqual(toSkipped, [], "a blocked user is not even tried");
  assert.equal(s.tg.sentTexts(3_005).filter((t) => t === TEXT).length, 1);
});

Deno.test("BroadcastRunner resumes a dead instance's broadcast from its cursor, never resending the one in flight", async () => {
  const ids = range(4_001, 20);
  await using s = await setUp(ids);
  const preview = await s.store.createPreview({
    adminId: ADMIN,
    locale: "en",
    text: TEXT,
    entities: [],
  });
  // As a worker leaves it when killed right after naming 4_010 pending:
  // 4_001…4_009 were sent (and counted), 4_010 may or may not have been.
  const crashed: BroadcastRecord = {
    ...preview,
    status: "sending",
    owner: "dead-instance",
    total: 20,
    cursor: 4_010,
    pending: 4_010,
    sent: 9,
    startedAt: START,
  };
  await s.kv.set(broadcastKey(preview.id), crashed);
  await s.kv.set(["broadcast_active"], preview.id);
  const runner = s.runner("instance-b");
  await runner.recover();
  assert.ok(await runner.drain(20_000));
  const record = (await s.store.get(preview.id))!.record;
  assert.deepEqual(
    { status: record.status, sent: record.sent, failed: record.failed },
    { status: "done", sent: 19, failed: 1 },
  );
  assert.deepEqual(
    s.received(ids),
    ids.map((id) => (id > 4_010 ? 1 : 0)),
    "only those after the cursor get it now",
  );
  assert.equal(await s.kv.get(["broadcast_active"]).then((e) => e.value), null);
});

Deno.test("BroadcastRunner leaves a live instance's broadcast alone and takes it once that heartbeat is stale", async () => {
  const ids = range(5_001, 3);
  await using s = await setUp(ids);
  const a = s.runner("instance-a");
  // A waits forever after its first recipient: it is alive but slow.
  let gate: PromiseWithResolvers<void> | undefined;
  s.time.onSleep = () => gate?.promise;
  const preview = await s.store.createPreview({
    adminId: ADMIN,
    locale: "en",
    text: TEXT,
    entities: [],
  });
  gate = Promise.withResolvers();
  assert.ok((await a.begin(preview.id)).ok);
  const b = s.runner("instance-b");
  await b.recover();
  assert.equal(b.busy, false, "A's heartbeat is fresh: B waits");
  await b.stop(1_000);
  gate.resolve();
  gate = undefined;
  assert.ok(await a.drain(20_000));
  assert.deepEqual(s.received(ids), [1, 1, 1]);
});

Deno.test("BroadcastRunner stops before the next message when an admin asks, and reports what went out", async () => {
  const ids = range(6_001, 30);
  await using s = await setUp(ids);
  const runner = s.runner();
  const preview = await s.store.createPreview({
    adminId: ADMIN,
    locale: "en",
    text: TEXT,
    entities: [],
  });
  s.time.onSleep = async () => {
    const sent = ids.filter((id) => s.tg.sentTexts(id).length > 0).length;
    if (sent === 10) {
      s.time.onSleep = () => {};
      assert.deepEqual(await s.store.cancel(preview.id), {
        ok: true,
        status: "stopping",
      });
    }
  };
  assert.ok((await runner.begin(preview.id)).ok);
  assert.ok(await runner.drain(20_000));
  const record = (await s.store.get(preview.id))!.record;
  assert.equal(record.status, "stopped");
  const got = s.received(ids).reduce((a, b) => a + b, 0);
  assert.equal(record.sent, got);
  assert.ok(got >= 10 && got <= 11, `${got} sent`);
  assert.equal(
    s.tg.messages(ADMIN).at(-1)?.text,
    `📣 Broadcast stopped after ${got} of 30. Sent: ${got}. Blocked the bot: 0. Failed: 0.`,
  );
});

Deno.test("BroadcastRunner shut down mid-way records what it sent, and another instance finishes without a gap or a repeat", async () => {
  const ids = range(7_001, 25);
  await using s = await setUp(ids);
  const a = s.runner("instance-a");
  const preview = await s.store.createPreview({
    adminId: ADMIN,
    locale: "en",
    text: TEXT,
    entities: [],
  });
  let stopping: Promise<boolean> | undefined;
  s.time.onSleep = () => {
    const sent = ids.filter((id) => s.tg.sentTexts(id).length > 0).length;
    if (sent === 12 && !stopping) stopping = a.stop(5_000);
  };
  assert.ok((await a.begin(preview.id)).ok);
  assert.ok(await a.drain(20_000));
  assert.equal(await stopping, true);
  const paused = (await s.store.get(preview.id))!.record;
  assert.equal(paused.status, "sending");
  assert.equal(paused.pending, null, "nothing left uncertain");
  // A's heartbeat goes stale; B takes over.
  s.time.now += 60_000;
  s.time.onSleep = () => {};
  const b = s.runner("instance-b");
  await b.recover();
  assert.ok(await b.drain(20_000));
  const record = (await s.store.get(preview.id))!.record;
  assert.deepEqual(
    { status: record.status, sent: record.sent, failed: record.failed },
    { status: "done", sent: 25, failed: 0 },
  );
  assert.deepEqual(s.received(ids), ids.map(() => 1));
  // B went on editing A's progress message.
  assert.equal(
    s.tg.callsOf("sendMessage").filter((c) =>
      c.payload.chat_id === ADMIN && String(c.payload.text).includes("%")
    ).length,
    1,
  );
});

Deno.test("BroadcastRunner starts a broadcast once, and no second one while it is sent", async () => {
  const ids = range(8_001, 3);
  await using s = await setUp(ids);
  const runner = s.runner();
  const one = await s.store.createPreview({
    adminId: ADMIN,
    locale: "en",
    text: TEXT,
    entities: [],
  });
  const two = await s.store.createPreview({
    adminId: ADMIN,
    locale: "en",
    text: "Another",
    entities: [],
  });
  assert.ok((await runner.begin(one.id)).ok);
  // A second tap, here or on another instance, finds it started.
  assert.deepEqual(await s.runner("instance-b").begin(one.id), {
    ok: false,
    reason: "started",
  });
  assert.deepEqual(await runner.begin(two.id), { ok: false, reason: "busy" });
  assert.ok(await runner.drain(20_000));
  assert.deepEqual(s.received(ids), [1, 1, 1]);
  // Once it is done, the next one may start.
  assert.ok((await runner.begin(two.id)).ok);
  assert.ok(await runner.drain(20_000));
});
