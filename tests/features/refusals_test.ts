/**
 * Refused prompts do not flood a chat: prompts sent while one runs are queued
 * (each acknowledged once) up to QUEUE_MAX; past that the user is told once
 * per running job, or once per limit window for rate limits, and every later
 * refusal is a silent reaction on their message.
 *
 * @module
 */
import assert from "node:assert/strict";
import { BUSY_REACTION, LIMITED_REACTION } from "../../src/features/enhance.ts";
import type { LlmProvider } from "../../src/llm/provider.ts";
import { DEFAULT_GROUP_ID, textUpdate } from "../fakes/updates.ts";
import { answering, blocking, startFeatureBot } from "./harness.ts";
import { en } from "../support.ts";

const USER = 5050;
const BURST = 30;

/** Where the prompts of a test are sent from. */
const CHATS = [
  { name: "private chat", chatId: USER, sender: { userId: USER } },
  {
    name: "group",
    chatId: DEFAULT_GROUP_ID,
    sender: { userId: USER, chatType: "group" as const },
  },
];

/** A prompt as the chat kind asks for one: plain text in private, /enhance in a group. */
function prompt(chat: typeof CHATS[number], text: string, messageId: number) {
  const body = chat.chatId === USER ? text : `/enhance ${text}`;
  return textUpdate({ ...chat.sender, text: body, messageId });
}

function emojiReactions(
  reactions: { type: string; emoji?: string }[],
): string[] {
  return reactions.map((r) => r.emoji ?? r.type);
}

for (const chat of CHATS) {
  Deno.test(`a burst while a prompt runs: three queued, one notice, then reactions (${chat.name})`, async () => {
    const llm = blocking("FIRST ANSWER");
    await using h = await startFeatureBot(llm);
    await h.send(prompt(chat, "the first idea", 1000), { waitForJobs: false });
    await llm.started;
    for (let i = 1; i <= BURST; i++) {
      await h.send(prompt(chat, `idea ${i}`, 1000 + i), { waitForJobs: false });
    }
    const sent = h.tg.callsOf("sendMessage").filter((c) =>
      c.payload.chat_id === chat.chatId
    );
    assert.deepEqual(sent.map((c) => c.payload.text), [
      en("enhance-queued", { ahead: 1 }),
      en("enhance-queued", { ahead: 2 }),
      en("enhance-queued", { ahead: 3 }),
      en("enhance-queue-full", { max: 3 }),
    ]);
    const notice = sent[3].payload.reply_parameters as
      | { message_id: number }
      | undefined;
    if (chat.chatId !== USER) assert.equal(notice?.message_id, 1004);
    for (let i = 1; i <= 4; i++) {
      assert.deepEqual(
        emojiReactions(h.tg.reactions(chat.chatId, 1000 + i)),
        [],
      );
    }
    for (let i = 5; i <= BURST; i++) {
      assert.deepEqual(
        emojiReactions(h.tg.reactions(chat.chatId, 1000 + i)),
        [BUSY_REACTION],
        `message ${i} of the burst`,
      );
    }
    assert.equal(h.tg.callsOf("setMessageReaction").length, BURST - 4);
    assert.equal(llm.calls, 1, "the queued ones wait their turn");

    llm.release();
    await h.send(textUpdate({ text: "/help", userId: USER }));
    assert.equal(llm.calls, 4, "the three queued prompts were answered after");
    assert.ok(h.shown(chat.chatId).includes("FIRST ANSWER"));
  });
}

/** A provider whose every answer waits for its own `release()`. */
function gated(): LlmProvider & { release(): void; started(): Promise<void> } {
  let gate = Promise.withResolvers<void>();
  let started = Promise.withResolvers<void>();
  return {
    started: () => started.promise,
    release() {
      const current = gate;
      gate = Promise.withResolvers();
      started = Promise.withResolvers();
      current.resolve();
    },
    async complete() {
      const current = gate;
      started.resolve();
      await current.promise;
      return { text: "ANSWER", model: "m", keyHint: "…k" };
    },
  };
}

Deno.test("one at a time (QUEUE_MAX=0): the busy notice is once per job, the user's next job tells them again", async () => {
  const llm = gated();
  await using h = await startFeatureBot(llm, { QUEUE_MAX: "0" });
  const send = (text: string, messageId: number) =>
    h.send(textUpdate({ text, userId: USER, messageId }), {
      waitForJobs: false,
    });
  await send("idea a", 1);
  await llm.started();
  await send("idea b", 2);
  await send("idea c", 3);
  llm.release();
  assert.ok(await h.deps.jobs.drain(10_000));
  await send("idea d", 4);
  await llm.started();
  await send("idea e", 5);
  await send("idea f", 6);
  llm.release();
  assert.ok(await h.deps.jobs.drain(10_000));
  const replies = h.shown(USER);
  assert.deepEqual(replies, [
    en("enhance-busy"),
    "ANSWER",
    en("enhance-busy"),
    "ANSWER",
  ]);
  for (const messageId of [3, 6]) {
    assert.deepEqual(emojiReactions(h.tg.reactions(USER, messageId)), [
      BUSY_REACTION,
    ]);
  }
  let queues = 0;
  for await (const _ of h.deps.kv.list({ prefix: ["user_jobs"] })) queues++;
  assert.equal(queues, 0, "the note went with the user's jobs");
});

for (const chat of CHATS) {
  Deno.test(`rate-limit refusals get one notice per window, then reactions (${chat.name})`, async () => {
    await using h = await startFeatureBot(answering("OK"), {
      RATE_LIMIT_PER_MINUTE: "2",
    });
    for (let i = 1; i <= 8; i++) {
      await h.send(prompt(chat, `idea ${i}`, 2000 + i));
    }
    const texts = h.shown(chat.chatId);
    assert.equal(texts.length, 3, texts.join(" | "));
    assert.deepEqual(texts.slice(0, 2), ["OK", "OK"]);
    assert.match(texts[2], /too quickly: the limit is 2 prompts per minute/);
    for (let i = 1; i <= 3; i++) {
      assert.deepEqual(
        emojiReactions(h.tg.reactions(chat.chatId, 2000 + i)),
        [],
      );
    }
    for (let i = 4; i <= 8; i++) {
      assert.deepEqual(
        emojiReactions(h.tg.reactions(chat.chatId, 2000 + i)),
        [LIMITED_REACTION],
        `prompt ${i}`,
      );
    }
  });
}

Deno.test("a chat that refuses reactions keeps the refusal quiet: no error reply", async () => {
  const llm = blocking();
  await using h = await startFeatureBot(llm, { QUEUE_MAX: "0" });
  const group = CHATS[1];
  h.tg.restrictReactions(group.chatId, []);
  await h.send(prompt(group, "first", 1), { waitForJobs: false });
  await llm.started;
  for (let i = 2; i <= 5; i++) {
    await h.send(prompt(group, `idea ${i}`, i), { waitForJobs: false });
  }
  const reactionCalls = h.tg.callsOf("setMessageReaction");
  assert.equal(reactionCalls.length, 3, "tried, and refused by the chat");
  assert.deepEqual(
    h.tg.callsOf("sendMessage").map((c) => c.payload.text),
    [en("enhance-busy")],
    "no apology, no error",
  );
  llm.release();
  await h.send(textUpdate({ text: "/help", userId: USER }));
  assert.ok(h.shown(group.chatId).includes("SLOW ANSWER"));
});
