/**
 * "Try again with AI" while no key can be tried: the tap says so at once and
 * when the next try is possible, makes no LLM request, keeps the button
 * working, and the request starts by itself once the AI is back.
 *
 * @module
 */
import assert from "node:assert/strict";
import type { Message } from "grammy/types";
import { runKeyHealthCheck } from "../../src/llm/key_health.ts";
import { KeyPool, type PooledKey } from "../../src/llm/key_pool.ts";
import { KeyHealthStore } from "../../src/llm/key_health_store.ts";
import { type FakeLlm, startFakeLlm } from "../fakes/llm_api.ts";
import type { FakeTelegram } from "../fakes/telegram_api.ts";
import { startFakeTelegram } from "../fakes/telegram_api.ts";
import {
  callbackUpdate,
  DEFAULT_GROUP_ID,
  textUpdate,
} from "../fakes/updates.ts";
import {
  chatKeys,
  instantSleep,
  type ManualClock,
  manualClock,
  pooledKey,
} from "../llm/pool_helpers.ts";
import {
  type FeatureHarness,
  type HarnessOptions,
  startFeatureBot,
} from "./harness.ts";
import { retryData as retryCodec } from "../../src/ui/callback_data.ts";

const USER = 6060;
const KEY = "sk-retry-key-aaaaaaaa1111";
const AI_ANSWER = "AI-ENHANCED PROMPT:\na logo for a bakery";

interface Setup {
  h: FeatureHarness;
  llm: FakeLlm;
  keys: PooledKey[];
  store: KeyHealthStore;
  clock: ManualClock;
}

/** A bot whose AI is one key on the fake LLM, sharing its KV and clock. */
async function setUp(
  llm: FakeLlm,
  options: HarnessOptions & { clock?: ManualClock } = {},
): Promise<Setup> {
  const clock = options.clock ?? manualClock();
  const keys = [pooledKey(KEY, { baseUrl: llm.baseUrl, clock })];
  let store!: KeyHealthStore;
  const h = await startFeatureBot(
    (kv) => {
      store = new KeyHealthStore(kv, { clock });
      return new KeyPool(keys, {
        store,
        clock,
        sleep: instantSleep(clock, []),
        random: () => 0.5,
        deadlineMs: 60_000,
        firstTokenMs: 20_000,
        maxRounds: 1,
      });
    },
    {},
    { ...options, clock },
  );
  return { h, llm, keys, store, clock };
}

function retryData(message: Message | undefined): string {
  const markup = message?.reply_markup?.inline_keyboard?.[0]?.[0];
  const data = markup && "callback_data" in markup ? markup.callback_data : "";
  assert.match(data ?? "", retryCodec.pattern, "a retry button");
  return data!;
}

/** Ask for a prompt while the AI fails: the offline answer with its button. */
async function offlineAnswer(
  h: FeatureHarness,
  chat: { chatId: number; group: boolean },
): Promise<Message> {
  await h.send(textUpdate({
    userId: USER,
    text: chat.group ? "/enhance a logo for a bakery" : "a logo for a bakery",
    ...(chat.group ? { chatType: "group" as const } : {}),
    messageId: 500,
  }));
  const offline = h.tg.messages(chat.chatId).at(-1)!;
  retryData(offline);
  return offline;
}

function tap(h: FeatureHarness, chatId: number, offline: Message) {
  return h.send(callbackUpdate({
    data: retryData(offline),
    userId: USER,
    chatId,
    messageId: offline.message_id,
  }));
}

function lastAlert(tg: FakeTelegram) {
  const call = tg.callsOf("answerCallbackQuery").at(-1)!;
  return { text: String(call.payload.text), alert: call.payload.show_alert };
}

Deno.test("retry while the only key waits out Retry-After: an alert says when, no LLM request, the button keeps working", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, { status: 429, retryAfterSeconds: 240 });
  const { h, clock } = await setUp(llm);
  await using _h = h;
  const offline = await offlineAnswer(h, { chatId: USER, group: false });
  const shown = h.shown(USER);
  assert.deepEqual(chatKeys(llm), [KEY]);

  clock.advance(10_000);
  await tap(h, USER, offline);
  assert.deepEqual(lastAlert(h.tg), {
    text:
      "The AI is unavailable right now; the next try is possible in about 4 min. I'll retry this prompt by myself when it's back (within 1 hr) and answer here.",
    alert: true,
  });
  assert.deepEqual(chatKeys(llm), [KEY], "no request while it cools down");
  assert.deepEqual(h.shown(USER), shown, "no second offline answer");
  const kept = h.tg.messages(USER).find((m) =>
    m.message_id === offline.message_id
  );
  assert.equal(retryData(kept), retryData(offline), "the button stays");

  clock.advance(60_000);
  await tap(h, USER, offline);
  assert.match(lastAlert(h.tg).text, /possible in about 3 min\./);

  // Once the cooldown is over, the same button asks the AI again.
  llm.setKeyBehavior(KEY, "ok");
  llm.setReply(AI_ANSWER);
  clock.advance(170_000);
  await tap(h, USER, offline);
  assert.equal(lastAlert(h.tg).text, "Trying again with AI…");
  assert.deepEqual(chatKeys(llm), [KEY, KEY]);
  assert.equal(h.shown(USER).at(-1), AI_ANSWER);
  const report = await h.deps.jobs.resumeWaiting(() => Promise.resolve(true));
  assert.deepEqual(report, { started: 0, kept: 0, dropped: 1 }, "tap won");
  assert.equal(h.shown(USER).filter((t) => t === AI_ANSWER).length, 1);
});

Deno.test("retry while every key is refused: the alert waits for a key check; the request starts by itself once the health job re-enables a key", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, { status: 401 });
  const { h, keys, store, clock } = await setUp(llm);
  await using _h = h;
  const offline = await offlineAnswer(h, {
    chatId: DEFAULT_GROUP_ID,
    group: true,
  });
  await tap(h, DEFAULT_GROUP_ID, offline);
  assert.match(
    lastAlert(h.tg).text,
    /^The AI is unavailable right now; the next try is possible once a key check succeeds \(every 3 min\)\./,
  );
  const admitted: number[] = [];
  const admit = (userId: number) => {
    admitted.push(userId);
    return Promise.resolve(true);
  };
  // Still refused: the health job probes it, and nothing starts.
  await runKeyHealthCheck({ keys, store, clock });
  assert.deepEqual(await h.deps.jobs.resumeWaiting(admit), {
    started: 0,
    kept: 1,
    dropped: 0,
  });
  assert.deepEqual(admitted, [], "nothing counted while the AI is down");

  llm.setKeyBehavior(KEY, "ok");
  llm.setReply(AI_ANSWER);
  await runKeyHealthCheck({ keys, store, clock });
  assert.deepEqual(await h.deps.jobs.resumeWaiting(admit), {
    started: 1,
    kept: 0,
    dropped: 0,
  });
  assert.ok(await h.deps.jobs.drain(10_000));
  assert.deepEqual(admitted, [USER], "counted against the user's limits");
  assert.equal(h.shown(DEFAULT_GROUP_ID).at(-1), AI_ANSWER);
  const answer = h.tg.callsOf("sendMessage").at(-1)!.payload;
  assert.equal(
    (answer.reply_parameters as { message_id: number }).message_id,
    offline.message_id,
    "the answer replies to the offline one",
  );
  assert.deepEqual((await h.deps.history.list(USER)).map((i) => i.source), [
    "ai",
    "offline",
  ]);
  assert.deepEqual(await h.deps.jobs.resumeWaiting(admit), {
    started: 0,
    kept: 0,
    dropped: 0,
  }, "it ran once");
  await tap(h, DEFAULT_GROUP_ID, offline);
  assert.match(lastAlert(h.tg).text, /expired/, "its button was used up");
});

Deno.test("a retry waiting for the AI starts in a private chat as a reply, and not while a limit refuses it", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, { status: 429, retryAfterSeconds: 30 });
  const { h, clock } = await setUp(llm);
  await using _h = h;
  const offline = await offlineAnswer(h, { chatId: USER, group: false });
  await tap(h, USER, offline);
  llm.setKeyBehavior(KEY, "ok");
  llm.setReply(AI_ANSWER);
  clock.advance(30_000);
  const refuse = () => Promise.resolve(false);
  assert.deepEqual(await h.deps.jobs.resumeWaiting(refuse), {
    started: 0,
    kept: 1,
    dropped: 0,
  });
  assert.deepEqual(chatKeys(llm), [KEY]);
  assert.deepEqual(
    await h.deps.jobs.resumeWaiting(() => Promise.resolve(true)),
    { started: 1, kept: 0, dropped: 0 },
  );
  assert.ok(await h.deps.jobs.drain(10_000));
  assert.equal(h.shown(USER).at(-1), AI_ANSWER);
  const answer = h.tg.callsOf("sendMessage").at(-1)!.payload;
  assert.equal(
    (answer.reply_parameters as { message_id: number }).message_id,
    offline.message_id,
  );
});

Deno.test("a retry waiting for the AI gives up after an hour", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, { status: 429, retryAfterSeconds: 30 });
  const { h, clock } = await setUp(llm);
  await using _h = h;
  const offline = await offlineAnswer(h, { chatId: USER, group: false });
  await tap(h, USER, offline);
  llm.setKeyBehavior(KEY, "ok");
  clock.advance(60 * 60_000);
  assert.deepEqual(
    await h.deps.jobs.resumeWaiting(() => Promise.resolve(true)),
    { started: 0, kept: 0, dropped: 1 },
  );
  assert.deepEqual(chatKeys(llm), [KEY]);
  await tap(h, USER, offline);
  assert.equal(
    lastAlert(h.tg).text,
    "Trying again with AI…",
    "the button still works",
  );
});

Deno.test("two instances on one KV file start a waiting retry once", async () => {
  await using llm = startFakeLlm();
  llm.setKeyBehavior(KEY, { status: 429, retryAfterSeconds: 30 });
  const dir = await Deno.makeTempDir();
  const tg = startFakeTelegram();
  try {
    const kvPath = `${dir}/kv.sqlite3`;
    const clock = manualClock();
    const a = await setUp(llm, { tg, kvPath, instanceId: "a", clock });
    await using _a = a.h;
    const b = await setUp(llm, { tg, kvPath, instanceId: "b", clock });
    await using _b = b.h;
    const offline = await offlineAnswer(a.h, { chatId: USER, group: false });
    await tap(b.h, USER, offline);
    assert.match(lastAlert(tg).text, /possible in about 30 s/);
    llm.setKeyBehavior(KEY, "ok");
    llm.setReply(AI_ANSWER);
    clock.advance(30_000);
    const admit = () => Promise.resolve(true);
    const reports = await Promise.all([
      a.h.deps.jobs.resumeWaiting(admit),
      b.h.deps.jobs.resumeWaiting(admit),
    ]);
    assert.equal(reports[0].started + reports[1].started, 1);
    assert.ok(await a.h.deps.jobs.drain(10_000));
    assert.ok(await b.h.deps.jobs.drain(10_000));
    assert.deepEqual(chatKeys(llm), [KEY, KEY]);
    assert.equal(a.h.shown(USER).filter((t) => t === AI_ANSWER).length, 1);
  } finally {
    await tg.close();
    await Deno.remove(dir, { recursive: true });
  }
});
