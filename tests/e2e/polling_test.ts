import assert from "node:assert/strict";
import { TELEGRAM_TEXT_LIMIT } from "../../src/telegram/split.ts";
import { textUpdate } from "../fakes/updates.ts";
import { enhancementsLogged, KEY_ONE, KEY_TWO, startStack } from "./stack.ts";
import { copyable, en } from "../support.ts";

const USER = 100_001;

Deno.test("e2e polling: /start answers, /healthz reports, SIGTERM exits 0", async () => {
  await using stack = await startStack();
  const bot = await stack.start({ BOT_MODE: "polling" });
  stack.tg.queueUpdate(textUpdate({ text: "/start", userId: USER }));
  const call = await stack.tg.waitForCall(
    "sendMessage",
    (c) => c.payload.chat_id === USER,
    10_000,
  );
  assert.match(String(call.payload.text), /Promptsmith/);

  const res = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
  assert.equal(res.status, 200);
  assert.deepEqual({ ...(await res.json()), version: "x" }, {
    ok: true,
    kv: true,
    mode: "polling",
    version: "x",
  });

  const status = await bot.stop("SIGTERM");
  assert.equal(status.code, 0, bot.stderr());
});

Deno.test("e2e polling: text gets the LLM's enhancement, streamed and split past 4096", async () => {
  await using stack = await startStack();
  const long = Array.from(
    { length: 300 },
    (_, i) => `Line ${i}: ${"detail ".repeat(3)}`,
  ).join("\n");
  assert.ok(long.length >= 9000);
  stack.llm.setReply(long);
  // Room for the whole answer: at the default 1500 tokens the model stops at 6,000 characters.
  const bot = await stack.start({ LLM_MAX_TOKENS: "4000" });
  stack.tg.queueUpdate(
    textUpdate({ text: "write a long spec for a todo app", userId: USER }),
  );
  await enhancementsLogged(bot);

  const texts = stack.tg.messages(USER).map((
    m,
  ) => ("text" in m ? m.text ?? "" : ""));
  const shown = stack.tg.messages(USER).map((m) =>
    copyable("text" in m ? m : {})
  );
  assert.ok(shown.length >= 3, `expected ≥3 parts, got ${shown.length}`);
  for (const part of texts) {
    assert.ok(part.length <= TELEGRAM_TEXT_LIMIT, `part of ${part.length}`);
  }
  assert.equal(
    shown.join("\n").replace(/\s+/g, " ").trim(),
    long.replace(/\s+/g, " ").trim(),
  );
  const chat = stack.llm.requests.filter((r) =>
    r.path.endsWith("/chat/completions")
  );
  assert.equal(chat.length, 1);
  assert.match(JSON.stringify(chat[0].body), /todo app/);
  assert.ok(
    stack.tg.callsOf("sendChatAction").length >= 1,
    "typing indicator shown",
  );
});

Deno.test("e2e polling: a 401 first key still yields the LLM answer via the second key", async () => {
  await using stack = await startStack();
  stack.llm.setKeyBehavior(KEY_ONE, { status: 401 });
  stack.llm.setReply("SECOND KEY ANSWER");
  const bot = await stack.start();
  stack.tg.queueUpdate(
    textUpdate({ text: "a haiku about rain", userId: USER }),
  );
  await enhancementsLogged(bot);
  const keys = stack.llm.requests.filter((r) =>
    r.path.endsWith("/chat/completions")
  ).map((r) => r.apiKey);
  assert.deepEqual(keys, [KEY_ONE, KEY_TWO]);
  assert.deepEqual(
    stack.tg.messages(USER).map((m) => copyable("text" in m ? m : {})),
    [
      "SECOND KEY ANSWER",
    ],
  );
});

Deno.test("e2e polling: every key failing yields the labelled offline enhancement", async () => {
  await using stack = await startStack();
  stack.llm.setKeyBehavior(KEY_ONE, { status: 500 });
  stack.llm.setKeyBehavior(KEY_TWO, { status: 429, retryAfterSeconds: 30 });
  const bot = await stack.start();
  stack.tg.queueUpdate(
    textUpdate({ text: "a logo for a bakery", userId: USER }),
  );
  await enhancementsLogged(bot);
  const text = stack.tg.messages(USER).map((m) => ("text" in m ? m.text : ""))
    .join("\n");
  assert.ok(
    text.includes(en("answer-offline-unavailable")),
    text.slice(0, 200),
  );
  assert.match(text, /bakery/);
});

Deno.test("e2e polling: /history lists the prompt and survives a restart", async () => {
  await using stack = await startStack();
  let bot = await stack.start();
  stack.tg.queueUpdate(
    textUpdate({ text: "plan a trip to Kyoto in spring", userId: USER }),
  );
  await enhancementsLogged(bot);
  assert.equal((await bot.stop("SIGTERM")).code, 0);

  bot = await stack.start();
  stack.tg.queueUpdate(textUpdate({ text: "/history", userId: USER }));
  const call = await stack.tg.waitForCall(
    "sendMessage",
    (c) => String(c.payload.text).includes("recent prompt"),
    10_000,
  );
  assert.match(String(call.payload.text), /Kyoto/);
  assert.equal((await bot.stop("SIGTERM")).code, 0);
});

Deno.test("e2e polling: no LLM keys → offline enhancement, and the token never reaches the logs", async () => {
  await using stack = await startStack();
  const bot = await stack.start({ LLM_API_KEYS: "" });
  stack.tg.queueUpdate(
    textUpdate({
      text: "python script that renames photos by date",
      userId: USER,
    }),
  );
  await enhancementsLogged(bot);
  assert.equal(stack.llm.requests.length, 0);
  const text = stack.tg.messages(USER).map((m) => ("text" in m ? m.text : ""))
    .join("\n");
  assert.ok(text.includes(en("answer-offline-no-keys")), text.slice(0, 200));
  await bot.stop();
  const allLogs = JSON.stringify(bot.logs) + bot.stderr();
  assert.ok(!allLogs.includes(stack.tg.token), "token in logs");
  assert.ok(!allLogs.includes("renames photos"), "message text in logs");
  assert.ok(!allLogs.includes(String(USER)), "raw user id in logs");
});

Deno.test("e2e polling: once the warm-up is done, start-up's garbage is collected (the task's --expose-gc)", async () => {
  await using stack = await startStack();
  const bot = await stack.start({ BOT_MODE: "polling" });
  const line = await bot.waitForLog(
    (l) => String(l.message).startsWith("Collected start-up's garbage"),
    20_000,
  );
  const heapMb = line.properties?.heapMb;
  assert.equal(typeof heapMb, "number");
  assert.ok((heapMb as number) > 0);
  // It does not stop the bot from answering.
  stack.tg.queueUpdate(textUpdate({ text: "/start", userId: USER }));
  await stack.tg.waitForCall(
    "sendMessage",
    (c) => c.payload.chat_id === USER,
    10_000,
  );
  assert.equal((await bot.stop("SIGTERM")).code, 0, bot.stderr());
});
