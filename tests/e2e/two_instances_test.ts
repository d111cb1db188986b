import assert from "node:assert/strict";
import { HistoryStore } from "../../src/storage/history_store.ts";
import { textUpdate } from "../fakes/updates.ts";
import { startStack, WEBHOOK_SECRET } from "./stack.ts";
import { copyable, en } from "../support.ts";

const USER = 100_004;

Deno.test("e2e: two bot processes on one KV file handle a shared update once and count exactly", async () => {
  await using stack = await startStack();
  stack.llm.setReply("SHARED KV ANSWER");
  const env = {
    BOT_MODE: "webhook",
    WEBHOOK_SECRET,
    RATE_LIMIT_PER_MINUTE: "0",
  };
  const [a, b] = await Promise.all([stack.start(env), stack.start(env)]);
  const urls = [a, b].map((bot) => `http://127.0.0.1:${bot.port}/webhook`);

  // The same update reaches both instances at once: one of them handles it.
  const shared = textUpdate({ text: "/start", userId: USER, updateId: 70_001 });
  await Promise.all(
    urls.map((url) =>
      stack.tg.deliverWebhook(url, shared, { secretToken: WEBHOOK_SECRET })
    ),
  );
  await stack.tg.waitForCall(
    "sendMessage",
    (c) => c.payload.chat_id === USER,
    10_000,
  );

  // One user asks in eight groups at once, through both instances.
  const chats = Array.from({ length: 8 }, (_, i) => -2000 - i);
  await Promise.all(chats.map((chatId, i) =>
    stack.tg.deliverWebhook(
      urls[i % 2],
      textUpdate({
        text: `/enhance idea ${i}`,
        userId: USER,
        chatId,
        chatType: "group",
        updateId: 71_000 + i,
      }),
      { secretToken: WEBHOOK_SECRET },
    )
  ));
  // An answer (at once or after waiting in the queue), the one "queue full"
  // notice of a job, or a reaction after it.
  const FULL = en("enhance-queue-full", { max: 3 });
  const answered = () =>
    chats.flatMap((c) =>
      stack.tg.reactions(c, 1).length > 0
        ? ["reaction"]
        : stack.tg.messages(c).map((m) => copyable("text" in m ? m : {}))
          .filter((t) => t === FULL || t === "SHARED KV ANSWER")
    );
  const deadline = Date.now() + 15_000;
  while (answered().length < chats.length && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.equal((await a.stop("SIGTERM")).code, 0);
  assert.equal((await b.stop("SIGTERM")).code, 0);

  assert.equal(
    stack.tg.callsOf("sendMessage").filter((c) => c.payload.chat_id === USER)
      .length,
    1,
  );
  const texts = answered();
  assert.equal(
    texts.length,
    chats.length,
    "every request got exactly one answer",
  );
  const enhanced = texts.filter((t) => t === "SHARED KV ANSWER").length;
  assert.ok(enhanced >= 1);
  assert.ok(
    texts.filter((t) => t === FULL).length <= enhanced,
    "at most one queue-full notice per job",
  );
  using kv = await Deno.openKv(stack.kvPath);
  assert.equal(
    await new HistoryStore(kv, { limit: 20, clock: { now: () => 0 } }).count(
      USER,
    ),
    enhanced,
  );
});
