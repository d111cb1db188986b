/**
 * The prompt workshop against the real bot process and the fakes over HTTP:
 * a copy-friendly answer (as Telegram's parser reads it), its buttons, a
 * ✂️ Shorter tap and a reply-revision whose LLM requests hold the previous
 * prompt (and the instruction), a queued prompt answered after the running
 * one even across a kill -9, and settings that survive a restart.
 */
import assert from "node:assert/strict";
import type { ChatBody } from "../fakes/llm_api.ts";
import { callbackUpdate, textUpdate } from "../fakes/updates.ts";
import { copyable } from "../support.ts";
import { enhancementsLogged, KEY_ONE, KEY_TWO, startStack } from "./stack.ts";

type Markup = {
  inline_keyboard: {
    text: string;
    callback_data?: string;
    copy_text?: { text: string };
  }[][];
};

function lastUser(body: ChatBody): string {
  const last = body.messages?.findLast((m) => m.role === "user")?.content;
  return typeof last === "string" ? last : "";
}

function chatBodies(stack: Awaited<ReturnType<typeof startStack>>): ChatBody[] {
  return stack.llm.requests
    .filter((r) => r.path.endsWith("/chat/completions"))
    .map((r) => r.body as ChatBody);
}

function buttonData(
  message: { reply_markup?: unknown },
  label: string,
): string {
  const rows = (message.reply_markup as Markup | undefined)?.inline_keyboard ??
    [];
  const found = rows.flat().find((b) => b.text === label);
  assert.ok(found?.callback_data, `a "${label}" button`);
  return found.callback_data;
}

Deno.test("e2e workshop: a copyable answer with its buttons; ✂️ Shorter and a reply revise the previous prompt", async () => {
  await using stack = await startStack();
  const USER = 300_001;
  stack.llm.setReply((body) => {
    const text = lastUser(body);
    if (text.includes("<change_request>\nMake it shorter")) {
      return "<analysis>cut</analysis><prompt>Short <jazz> poster & more.</prompt>";
    }
    if (text.includes("<change_request>\nmore formal, please")) {
      return "<prompt>A formal jazz poster.</prompt>";
    }
    return "<analysis>plan</analysis><prompt>Design a moody poster for a <jazz> night & more.</prompt><notes><assumptions>\n- a small club\n</assumptions><placeholders>\n- [club name]: at the top\n</placeholders></notes>";
  });
  const bot = await stack.start();
  stack.tg.queueUpdate(
    textUpdate({
      text: "a poster for a jazz night in a small club",
      userId: USER,
    }),
  );
  await enhancementsLogged(bot);

  const [answer] = stack.tg.messages(USER);
  assert.ok("text" in answer && answer.entities, "parsed as HTML by the fake");
  assert.equal(
    copyable(answer),
    "Design a moody poster for a <jazz> night & more.",
  );
  assert.deepEqual(answer.entities.map((e) => e.type), ["bold", "pre"]);
  assert.match(answer.text!, /✏️ Fill in:\n• \[club name\]: at the top/);
  assert.match(answer.text!, /💭 Assumed:\n• a small club/);
  assert.ok(
    !answer.text!.includes("<analysis>") && !answer.text!.includes("plan"),
  );
  const rows = (answer.reply_markup as Markup).inline_keyboard;
  assert.deepEqual(rows.map((row) => row.map((b) => b.text)), [
    ["✂️ Shorter", "➕ More detail", "🔁 Another version"],
    ["📋 Copy", "🎯 Target…", "More…"],
  ]);
  assert.deepEqual(rows[1][0].copy_text, { text: copyable(answer) });
  assert.ok(
    stack.tg.callsOf("sendMessageDraft").length >= 1,
    "streamed as drafts",
  );

  stack.tg.queueUpdate(callbackUpdate({
    data: buttonData(answer, "✂️ Shorter"),
    userId: USER,
    chatId: USER,
    messageId: answer.message_id,
  }));
  await enhancementsLogged(bot, 2);
  const shorter = lastUser(chatBodies(stack)[1]);
  assert.match(
    shorter,
    /<previous_prompt>\nDesign a moody poster for a <jazz> night & more\.\n<\/previous_prompt>/,
  );
  assert.equal(
    copyable(stack.tg.messages(USER).at(-1)!),
    "Short <jazz> poster & more.",
  );

  stack.tg.queueUpdate(textUpdate({
    text: "more formal, please",
    userId: USER,
    replyToBot: { messageId: answer.message_id },
  }));
  await enhancementsLogged(bot, 3);
  const reply = lastUser(chatBodies(stack)[2]);
  assert.match(reply, /<previous_prompt>\nDesign a moody poster/);
  assert.match(
    reply,
    /<change_request>\nmore formal, please\n<\/change_request>/,
  );
  assert.match(
    stack.tg.messages(USER).at(-1)!.text ?? "",
    /v3 \(✍️ your change\)/,
  );
  assert.equal((await bot.stop("SIGTERM")).code, 0);
});

Deno.test("e2e workshop: a prompt queued behind a running one is answered after it, also after kill -9 between them", async () => {
  await using stack = await startStack();
  const USER = 300_002;
  stack.llm.setReply((body) =>
    lastUser(body).includes("first idea")
      ? "<prompt>FIRST ANSWER</prompt>"
      : "<prompt>SECOND ANSWER</prompt>"
  );
  stack.llm.setKeyBehavior(KEY_ONE, { slow: { chunkDelayMs: 300 } });
  stack.llm.setKeyBehavior(KEY_TWO, { slow: { chunkDelayMs: 300 } });
  const first = await stack.start({ JOB_LEASE_MS: "1500" });
  stack.tg.queueUpdate(
    textUpdate({
      text: "first idea: a birthday poem for my sister",
      userId: USER,
    }),
  );
  await stack.tg.waitForCall(
    "sendMessageDraft",
    (c) => c.payload.chat_id === USER,
    10_000,
  );
  stack.tg.queueUpdate(
    textUpdate({
      text: "second idea: a haiku about autumn rain",
      userId: USER,
    }),
  );
  await stack.tg.waitForCall(
    "sendMessage",
    (c) =>
      c.payload.chat_id === USER &&
      String(c.payload.text).startsWith("⏳ Queued"),
    10_000,
  );
  await first.stop("SIGKILL");

  stack.llm.setKeyBehavior(KEY_ONE, "ok");
  stack.llm.setKeyBehavior(KEY_TWO, "ok");
  const second = await stack.start({ JOB_LEASE_MS: "1500" });
  await enhancementsLogged(second, 2);
  assert.equal((await second.stop("SIGTERM")).code, 0);
  const answers = stack.tg.messages(USER).map((m) =>
    copyable(m as { text?: string })
  ).filter((t) => t.endsWith("ANSWER"));
  assert.deepEqual(
    answers,
    ["FIRST ANSWER", "SECOND ANSWER"],
    "both, once each, in order",
  );
});

Deno.test("e2e workshop: /settings choices survive a restart and shape the next prompt", async () => {
  await using stack = await startStack();
  const USER = 300_003;
  stack.llm.setReply("<prompt>OK</prompt>");
  let bot = await stack.start();
  stack.tg.queueUpdate(textUpdate({ text: "/settings", userId: USER }));
  await stack.tg.waitForCall(
    "sendMessage",
    (c) => c.payload.chat_id === USER,
    10_000,
  );
  const messageId = stack.tg.messages(USER).at(-1)!.message_id;
  for (
    const data of [
      "s:v:length",
      "s:s:length:detailed",
      "s:v:target",
      "s:s:target:claude",
    ]
  ) {
    stack.tg.queueUpdate(
      callbackUpdate({ data, userId: USER, chatId: USER, messageId }),
    );
    await stack.tg.waitForCall(
      "answerCallbackQuery",
      (c) => String(c.payload.callback_query_id).includes(data),
      10_000,
    );
  }
  assert.equal((await bot.stop("SIGTERM")).code, 0);

  bot = await stack.start();
  stack.tg.queueUpdate(textUpdate({ text: "/settings", userId: USER }));
  await stack.tg.waitForCall(
    "sendMessage",
    (c) =>
      c.payload.chat_id === USER &&
      JSON.stringify(c.payload.reply_markup).includes("Length: Detailed"),
    10_000,
  );
  stack.tg.queueUpdate(
    textUpdate({
      text: "write a cover letter for a barista job",
      userId: USER,
    }),
  );
  await enhancementsLogged(bot);
  const system = String(chatBodies(stack).at(-1)!.messages![0].content);
  assert.match(system, /Length: detailed/);
  assert.match(system, /Claude/);
  assert.equal((await bot.stop("SIGTERM")).code, 0);
});
