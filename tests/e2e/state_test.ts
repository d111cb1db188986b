import assert from "node:assert/strict";
import { HistoryStore } from "../../src/storage/history_store.ts";
import { DEFAULT_GROUP_ID, textUpdate } from "../fakes/updates.ts";
import { copyable } from "../support.ts";
import {
  enhancementsLogged,
  KEY_ONE,
  KEY_TWO,
  startStack,
  WEBHOOK_SECRET,
} from "./stack.ts";

const USER = 100_003;

async function historyCount(kvPath: string, userId: number): Promise<number> {
  using kv = await Deno.openKv(kvPath);
  return await new HistoryStore(kv, { limit: 20, clock: { now: () => 0 } })
    .count(userId);
}

Deno.test("e2e: kill -9 mid-draft in a private chat, restart: exactly one answer and one history entry", async () => {
  await using stack = await startStack();
  const answer = Array.from(
    { length: 40 },
    (_, i) => `Step ${i}: do the thing well.`,
  ).join("\n");
  stack.llm.setReply(answer);
  stack.llm.setKeyBehavior(KEY_ONE, { slow: { chunkDelayMs: 400 } });
  stack.llm.setKeyBehavior(KEY_TWO, { slow: { chunkDelayMs: 400 } });
  const first = await stack.start({ JOB_LEASE_MS: "1500" });
  stack.tg.queueUpdate(
    textUpdate({ text: "a checklist for moving house", userId: USER }),
  );
  // The answer streams as ephemeral drafts: the job is mid-way, and no
  // message exists yet (a draft is not one).
  await stack.tg.waitForCall(
    "sendMessageDraft",
    (c) => c.payload.chat_id === USER && String(c.payload.text).length > 20,
    10_000,
  );
  await first.stop("SIGKILL");
  assert.equal(
    stack.tg.messages(USER).length,
    0,
    "a crash mid-draft leaves no message",
  );

  stack.llm.setKeyBehavior(KEY_ONE, "ok");
  stack.llm.setKeyBehavior(KEY_TWO, "ok");
  const second = await stack.start({ JOB_LEASE_MS: "1500" });
  await enhancementsLogged(second);
  assert.equal((await second.stop("SIGTERM")).code, 0);

  assert.deepEqual(
    stack.tg.messages(USER).map((m) => copyable("text" in m ? m : {})),
    [answer],
  );
  assert.equal(await historyCount(stack.kvPath, USER), 1);
});

Deno.test("e2e: kill -9 mid-job in a group, restart: the draft message is edited into the one answer", async () => {
  await using stack = await startStack();
  const answer = Array.from(
    { length: 40 },
    (_, i) => `Step ${i}: do the thing well.`,
  ).join("\n");
  stack.llm.setReply(answer);
  stack.llm.setKeyBehavior(KEY_ONE, { slow: { chunkDelayMs: 400 } });
  stack.llm.setKeyBehavior(KEY_TWO, { slow: { chunkDelayMs: 400 } });
  const first = await stack.start({ JOB_LEASE_MS: "1500" });
  stack.tg.queueUpdate(
    textUpdate({
      text: "/enhance a checklist for moving house",
      userId: USER,
      chatType: "group",
    }),
  );
  // The draft was sent and then edited with more streamed words: the job is mid-way,
  // and the draft's id is on record (it is stored before the first edit).
  await stack.tg.waitForCall(
    "editMessageText",
    (c) => c.payload.chat_id === DEFAULT_GROUP_ID,
    15_000,
  );
  await first.stop("SIGKILL");

  stack.llm.setKeyBehavior(KEY_ONE, "ok");
  stack.llm.setKeyBehavior(KEY_TWO, "ok");
  const second = await stack.start({ JOB_LEASE_MS: "1500" });
  await enhancementsLogged(second);
  assert.equal((await second.stop("SIGTERM")).code, 0);

  assert.deepEqual(
    stack.tg.messages(DEFAULT_GROUP_ID).map((m) =>
      copyable("text" in m ? m : {})
    ),
    [answer],
  );
  assert.equal(
    stack.tg.callsOf("sendMessage").filter((c) =>
      c.payload.chat_id === DEFAULT_GROUP_ID
    ).length,
    1,
    "the restarted worker edited the draft instead of sending a second message",
  );
  assert.equal(await historyCount(stack.kvPath, USER), 1);
});

Deno.test("e2e webhook: the same update delivered twice is handled once", async () => {
  await using stack = await startStack();
  const bot = await stack.start({ BOT_MODE: "webhook", WEBHOOK_SECRET });
  const url = `http://127.0.0.1:${bot.port}/webhook`;
  const update = textUpdate({ text: "/start", userId: USER, updateId: 9001 });
  const [a, b] = await Promise.all([
    stack.tg.deliverWebhook(url, update, { secretToken: WEBHOOK_SECRET }),
    stack.tg.deliverWebhook(url, update, { secretToken: WEBHOOK_SECRET }),
  ]);
  assert.equal(a.status, 200);
  assert.equal(b.status, 200);
  await bot.waitForLog((l) =>
    String(l.message ?? "").startsWith("Skipped update")
  );
  await stack.tg.waitForCall(
    "sendMessage",
    (c) => c.payload.chat_id === USER,
    5000,
  );
  assert.equal((await bot.stop("SIGTERM")).code, 0);
  assert.equal(
    stack.tg.callsOf("sendMessage").filter((c) => c.payload.chat_id === USER)
      .length,
    1,
  );
});

Deno.test("e2e polling: an update fetched again after a restart is handled once", async () => {
  await using stack = await startStack();
  const update = textUpdate({ text: "/start", userId: USER, updateId: 4242 });
  let bot = await stack.start();
  stack.tg.queueUpdate(update);
  await stack.tg.waitForCall(
    "sendMessage",
    (c) => c.payload.chat_id === USER,
    10_000,
  );
  assert.equal((await bot.stop("SIGTERM")).code, 0);

  // Telegram re-delivers when the offset was not confirmed before a crash.
  stack.tg.queueUpdate(update);
  bot = await stack.start();
  await bot.waitForLog((l) =>
    String(l.message ?? "").startsWith("Skipped update")
  );
  assert.equal((await bot.stop("SIGTERM")).code, 0);
  assert.equal(
    stack.tg.callsOf("sendMessage").filter((c) => c.payload.chat_id === USER)
      .length,
    1,
  );
});
