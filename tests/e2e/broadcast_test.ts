import assert from "node:assert/strict";
import { userKey } from "../../src/storage/keys.ts";
import type { UserRecord } from "../../src/storage/user_store.ts";
import { broadcastData } from "../../src/ui/callback_data.ts";
import type { FakeTelegram, RecordedCall } from "../fakes/telegram_api.ts";
import { callbackUpdate, textUpdate } from "../fakes/updates.ts";
import type { BotProcess } from "./bot_process.ts";
import { type Stack, startStack } from "./stack.ts";

const ADMIN = 700_001;
const TEXT = "The bot writes image prompts for Flux now.";

/** User records as the bot writes them, straight into the stack's KV file. */
async function seedUsers(stack: Stack, ids: readonly number[]): Promise<void> {
  using kv = await Deno.openKv(stack.kvPath);
  for (const id of ids) {
    const user: UserRecord = {
      id,
      firstSeenAt: Date.now() - 60_000,
      lastSeenAt: Date.now() - 60_000,
      enhancements: 2,
      prefs: { category: "general" },
    };
    await kv.set(userKey(id), user);
  }
}

/** Ask for a preview and tap its Send button, as the admin. */
async function previewAndSend(tg: FakeTelegram): Promise<void> {
  const before = tg.callsOf("sendMessage").length;
  tg.queueUpdate(textUpdate({ text: `/broadcast ${TEXT}`, userId: ADMIN }));
  const shown = await tg.waitForCall(
    "sendMessage",
    (c) =>
      tg.callsOf("sendMessage").indexOf(c) >= before &&
      JSON.stringify(c.payload.reply_markup ?? "").includes("broadcast:send"),
    20_000,
  );
  const markup = shown.payload.reply_markup as {
    inline_keyboard: { callback_data: string }[][];
  };
  const data = markup.inline_keyboard[0][0].callback_data;
  assert.equal(broadcastData.decode(data)?.action, "send");
  const messageId =
    tg.messages(ADMIN).findLast((m) => "text" in m && m.text === TEXT)!
      .message_id;
  tg.queueUpdate(
    callbackUpdate({ data, userId: ADMIN, chatId: ADMIN, messageId }),
  );
}

function report(tg: FakeTelegram, timeoutMs = 30_000): Promise<RecordedCall> {
  return tg.waitForCall(
    "sendMessage",
    (c) =>
      c.payload.chat_id === ADMIN &&
      String(c.payload.text).startsWith("📣 Broadcast finished"),
    timeoutMs,
  );
}

/** How many times each user got the broadcast. */
function copies(tg: FakeTelegram, ids: readonly number[]): number[] {
  return ids.map((id) => tg.sentTexts(id).filter((t) => t === TEXT).length);
}

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Not so within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

Deno.test("e2e: /broadcast preview → Send → progress → report reaches every user once and skips who blocked the bot next time", async () => {
  await using stack = await startStack();
  // 90 at 25 a second take 3.6 s: the progress is edited at 3 s, and at the end.
  const ids = Array.from({ length: 90 }, (_, i) => 710_001 + i);
  await seedUsers(stack, ids);
  stack.tg.blockBot(710_003);
  stack.tg.blockBot(710_017);
  const bot = await stack.start({ ADMIN_IDS: String(ADMIN) });
  await previewAndSend(stack.tg);
  const done = await report(stack.tg);
  assert.equal(
    done.payload.text,
    "📣 Broadcast finished. Sent: 88 of 90. Blocked the bot: 2. Failed: 0.",
  );
  assert.deepEqual(
    copies(stack.tg, ids),
    ids.map((id) => (id === 710_003 || id === 710_017 ? 0 : 1)),
  );
  // The progress message: sent with a Stop button, edited as it went, 100 % at the end.
  const progress = stack.tg.messages(ADMIN).find((m) =>
    "text" in m && m.text?.includes(" % · ")
  )!;
  assert.equal(
    "text" in progress && progress.text,
    "▓▓▓▓▓▓▓▓▓▓ 100 % · 90 / 90 · blocked: 2",
  );
  const edits = stack.tg.callsOf("editMessageText").filter((c) =>
    c.payload.message_id === progress.message_id
  );
  assert.ok(edits.length >= 2, `${edits.length} edits`);
  // Paced at 25 a second: the sends start 40 ms apart (tests/jobs checks that
  // with an exact clock); what reaches Telegram jitters by a KV commit.
  const times = stack.tg.callsOf("sendMessage")
    .filter((c) => ids.includes(Number(c.payload.chat_id)))
    .map((c) => c.at);
  assert.ok(times.at(-1)! - times[0] >= (times.length - 1) * 40 - 25);
  for (const start of times) {
    const inSecond = times.filter((t) => t >= start && t < start + 1000);
    assert.ok(inSecond.length <= 26, `${inSecond.length} in one second`);
  }

  // A second broadcast skips the two who blocked it.
  const before = stack.tg.callsOf("sendMessage").length;
  await previewAndSend(stack.tg);
  await stack.tg.waitForCall(
    "sendMessage",
    (c) =>
      stack.tg.callsOf("sendMessage").indexOf(c) >= before &&
      String(c.payload.text).startsWith("📣 Broadcast finished"),
    30_000,
  );
  const tried = stack.tg.callsOf("sendMessage").slice(before).map((c) =>
    Number(c.payload.chat_id)
  );
  assert.ok(!tried.includes(710_003) && !tried.includes(710_017));
  assert.deepEqual(
    copies(stack.tg, ids),
    ids.map((id) => (id === 710_003 || id === 710_017 ? 0 : 2)),
  );
  assert.equal((await bot.stop("SIGTERM")).code, 0);
});

Deno.test("e2e: kill -9 mid-broadcast: the next process takes over, every user gets it, and nobody twice", async () => {
  await using stack = await startStack();
  const ids = Array.from({ length: 60 }, (_, i) => 720_001 + i);
  await seedUsers(stack, ids);
  const env = { ADMIN_IDS: String(ADMIN), JOB_LEASE_MS: "1000" };
  const first: BotProcess = await stack.start(env);
  await previewAndSend(stack.tg);
  const delivered = () => copies(stack.tg, ids).reduce((sum, n) => sum + n, 0);
  const arrived = () =>
    stack.tg.callsOf("sendMessage").filter((c) =>
      ids.includes(Number(c.payload.chat_id))
    ).length;
  await until(() => delivered() >= 20, 20_000);
  // The next message is held by Telegram for a while: the kill lands while
  // it is in flight (Telegram delivers it all the same), the worst moment.
  stack.tg.injectFault("sendMessage", { delayMs: 500 });
  await until(() => arrived() > delivered(), 5_000);
  await first.stop("SIGKILL");
  await until(() => arrived() === delivered(), 5_000);
  const atKill = delivered();
  assert.ok(atKill < ids.length, "killed mid-way");

  await stack.start(env);
  const done = await report(stack.tg, 40_000);
  assert.deepEqual(copies(stack.tg, ids), ids.map(() => 1), "each user once");
  // The message in flight at the kill was delivered, but its sender could
  // not record it: the report counts it as failed (at most once, never twice).
  assert.equal(
    done.payload.text,
    "📣 Broadcast finished. Sent: 59 of 60. Blocked the bot: 0. Failed: 1.",
  );
});
