import assert from "node:assert/strict";
import { ProviderError } from "../../src/llm/provider.ts";
import { SESSION_PREFIX } from "../../src/storage/keys.ts";
import {
  callbackUpdate,
  DEFAULT_GROUP_ID,
  photoUpdate,
  textUpdate,
} from "../fakes/updates.ts";
import { answering, type FeatureHarness, startFeatureBot } from "./harness.ts";
import { en } from "../support.ts";
import { type LocaleCode, LOCALES } from "../../src/ui/locales.ts";

const USER = 4242;

Deno.test("/start and /help answer in a private chat", async () => {
  await using h = await startFeatureBot(null);
  await h.send(textUpdate({ text: "/start", userId: USER }));
  await h.send(textUpdate({ text: "/help", userId: USER }));
  const [start, help] = h.shown(USER);
  assert.match(start, /Promptsmith/);
  for (const cmd of ["/enhance", "/history", "/clearhistory"]) {
    assert.ok(help.includes(cmd), cmd);
  }
});

Deno.test("private text is enhanced by the AI and remembered", async () => {
  const llm = answering("You are a senior chef. Write a recipe…");
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "recipe for pancakes", userId: USER }));
  assert.deepEqual(h.shown(USER), ["You are a senior chef. Write a recipe…"]);
  const [item] = await h.deps.history.list(USER);
  assert.equal(item.prompt, "recipe for pancakes");
  assert.equal(item.source, "ai");
  assert.equal((await h.deps.users.get(USER))?.enhancements, 1);
  // The chat's session keeps no copy of the prompt (earlier versions did, for 7 days, and nothing read it).
  const sessions = await Array.fromAsync(
    h.deps.kv.list({ prefix: SESSION_PREFIX }),
  );
  assert.equal(
    sessions.filter((e) => JSON.stringify(e.value).includes("pancakes")).length,
    0,
  );
});

Deno.test("an empty or too long prompt gets a clear message and no LLM call", async () => {
  const llm = answering("never");
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "x".repeat(7000), userId: USER }));
  assert.match(h.shown(USER)[0], /7,000 characters; the limit is 6,000/);
  await h.send(textUpdate({ text: "/enhance", userId: USER }));
  assert.match(h.shown(USER)[1], /\/enhance followed by your idea/);
  assert.equal(llm.calls, 0);
});

Deno.test("a bad request is explained, not retried, and not stored", async () => {
  const llm = {
    complete: () =>
      Promise.reject(
        new ProviderError(
          "bad_request",
          "context_length_exceeded: maximum context length",
          { status: 400 },
        ),
      ),
  };
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "summarize this", userId: USER }));
  const [reply] = h.shown(USER);
  assert.ok(!reply.includes("context_length_exceeded"), "no raw error");
  assert.match(reply, /shorten|shorter|long/i);
  assert.equal(await h.deps.history.count(USER), 0);
});

Deno.test("groups: chatter is ignored; /enhance, mentions and replies to the bot are enhanced", async () => {
  const llm = answering("ENHANCED");
  await using h = await startFeatureBot(llm);
  const group = {
    chatType: "group" as const,
    chatId: DEFAULT_GROUP_ID,
    userId: USER,
  };
  await h.send(textUpdate({ ...group, text: "hello everyone, lunch?" }));
  assert.equal(llm.calls, 0);
  assert.deepEqual(h.shown(DEFAULT_GROUP_ID), []);

  await h.send(
    textUpdate({ ...group, text: "/enhance a poster for a jazz night" }),
  );
  await h.send(
    textUpdate({
      ...group,
      text: "@promptsmith_test_bot a tagline for a bike shop",
    }),
  );
  await h.send(
    textUpdate({ ...group, text: "make it funnier", replyToBot: true }),
  );
  assert.equal(llm.calls, 3);
  const prompts = (await h.deps.history.list(USER)).map((i) => i.prompt)
    .reverse();
  assert.deepEqual(prompts, [
    "a poster for a jazz night",
    "a tagline for a bike shop",
    "make it funnier",
  ]);
  const sends = h.tg.callsOf("sendMessage").filter((c) =>
    c.payload.chat_id === DEFAULT_GROUP_ID
  );
  assert.ok(
    sends.every((c) => c.payload.reply_parameters !== undefined),
    "answers reply to the asker",
  );
});

Deno.test("groups: /enhance as a reply enhances the replied message", async () => {
  const llm = answering("ENHANCED");
  await using h = await startFeatureBot(llm);
  const update = textUpdate({
    chatType: "supergroup",
    chatId: -100123,
    userId: USER,
    text: "/enhance",
  });
  (update.message as unknown as Record<string, unknown>).reply_to_message = {
    message_id: 1,
    date: 1,
    chat: { id: -100123, type: "supergroup", title: "g" },
    from: { id: 99, is_bot: false, first_name: "Ann" },
    text: "an app that reminds me to water plants",
  };
  await h.send(update);
  assert.equal(
    (await h.deps.history.list(USER))[0].prompt,
    "an app that reminds me to water plants",
  );
});

Deno.test("no keys: the offline enhancement is labelled", async () => {
  await using h = await startFeatureBot(null);
  await h.send(textUpdate({ text: "a logo for a bakery", userId: USER }));
  const text = h.texts(USER).join("\n");
  assert.ok(text.includes(en("answer-offline-no-keys")), text);
  assert.ok(
    !h.shown(USER).join("\n").includes(en("answer-offline-no-keys")),
    "the notice is not in the copied prompt",
  );
  assert.equal((await h.deps.history.list(USER))[0].source, "offline");
});

Deno.test("/history pages newest first and shows an item in full", async () => {
  await using h = await startFeatureBot(answering("RESULT"));
  for (let i = 1; i <= 7; i++) {
    await h.send(textUpdate({ text: `idea number ${i}`, userId: USER }));
  }
  await h.send(textUpdate({ text: "/history", userId: USER }));
  const listCall = h.tg.callsOf("sendMessage").at(-1)!;
  const list = String(listCall.payload.text);
  assert.match(list, /7, newest first/);
  assert.ok(list.indexOf("idea number 7") < list.indexOf("idea number 3"));
  assert.ok(!list.includes("idea number 2"), "page 1 holds 5 items");
  const messageId = h.tg.messages(USER).at(-1)!.message_id;

  await h.send(
    callbackUpdate({
      data: "history:page:1",
      userId: USER,
      chatId: USER,
      messageId,
    }),
  );
  const page2 = h.tg.messages(USER).find((m) => m.message_id === messageId)!;
  assert.match("text" in page2 ? page2.text ?? "" : "", /idea number 1/);

  const first = (await h.deps.history.list(USER)).at(-1)!;
  await h.send(
    callbackUpdate({
      data: `history:item:${first.seq}`,
      userId: USER,
      chatId: USER,
      messageId,
    }),
  );
  assert.equal(h.shown(USER).at(-1), "RESULT", "the prompt to copy");
  assert.match(h.texts(USER).at(-1)!, /💡 Your idea: idea number 1/);
  const opened = h.tg.messages(USER).at(-1)!;
  const labels = JSON.stringify(opened.reply_markup);
  assert.match(labels, /✂️ Shorter/, "it can be revised from history");
});

/** Open the user's newest history item in full; its text and button labels. */
async function openNewest(h: FeatureHarness) {
  await h.send(textUpdate({ text: "/history", userId: USER }));
  const [newest] = await h.deps.history.list(USER);
  await h.send(callbackUpdate({
    data: `history:item:${newest.seq}`,
    userId: USER,
    chatId: USER,
    messageId: h.tg.messages(USER).at(-1)!.message_id,
  }));
  const opened = h.tg.messages(USER).at(-1)!;
  return {
    text: h.texts(USER).at(-1)!,
    labels: JSON.stringify(opened.reply_markup),
    jobId: newest.requestId!,
  };
}

Deno.test("an offline answer opened from /history says why as its first answer did, and names the retry button only where it is shown", async () => {
  {
    await using h = await startFeatureBot(null);
    await h.send(textUpdate({ text: "essay about dogs", userId: USER }));
    const { text, labels } = await openNewest(h);
    assert.ok(text.includes(en("answer-offline-no-keys")), text);
    assert.ok(!text.includes(en("answer-offline-unavailable")), text);
    assert.ok(!labels.includes(en("retry-button")), labels);
  }
  const down = {
    complete: () =>
      Promise.reject(new ProviderError("unavailable", "down for the test")),
  };
  await using h = await startFeatureBot(down);
  await h.send(textUpdate({ text: "essay about dogs", userId: USER }));
  let opened = await openNewest(h);
  assert.ok(opened.text.includes(en("answer-offline-unavailable")));
  assert.ok(opened.labels.includes(en("retry-button")), opened.labels);
  // Once the retry is used up (or expired) the button is gone, and so is its mention.
  assert.ok((await h.deps.jobs.takeRetry(opened.jobId, USER)).ok);
  opened = await openNewest(h);
  assert.ok(opened.text.includes(en("answer-offline-written")), opened.text);
  assert.ok(!opened.text.includes(en("answer-offline-unavailable")));
  assert.ok(!opened.labels.includes(en("retry-button")), opened.labels);
});

Deno.test("/clearhistory's button fits the count: one prompt is deleted with 'Delete it', several with 'Delete all', in every language", async () => {
  await using h = await startFeatureBot(answering("R"));
  const yesLabel = () => {
    const markup = h.tg.messages(USER).at(-1)!.reply_markup as {
      inline_keyboard: { text: string }[][];
    };
    return markup.inline_keyboard[0][0].text;
  };
  await h.send(textUpdate({ text: "one idea", userId: USER }));
  await h.send(textUpdate({ text: "/clearhistory", userId: USER }));
  assert.match(h.texts(USER).at(-1)!, /Delete the one prompt/);
  assert.equal(yesLabel(), "🗑 Delete it");
  await h.send(textUpdate({ text: "another idea", userId: USER }));
  await h.send(textUpdate({ text: "/clearhistory", userId: USER }));
  assert.equal(yesLabel(), "🗑 Delete all");
  for (const code of Object.keys(LOCALES) as LocaleCode[]) {
    const t = h.deps.i18n.translator(code);
    const one = t("history-clear-yes", { count: 1 });
    for (const count of [2, 5, 21]) {
      assert.notEqual(
        t("history-clear-yes", { count }),
        one,
        `${code} ${count}`,
      );
    }
  }
});

Deno.test("/clearhistory counts prompts as /history does: a prompt with its versions is one", async () => {
  await using h = await startFeatureBot(answering("<prompt>R</prompt>"));
  await h.send(textUpdate({ text: "a haiku about autumn rain", userId: USER }));
  // A reply revises it: a second version of the same prompt.
  const answer = h.tg.messages(USER).at(-1)!;
  await h.send(textUpdate({
    text: "make it funnier",
    userId: USER,
    replyToBot: { messageId: answer.message_id, text: "R" },
  }));
  await h.send(textUpdate({ text: "/clearhistory", userId: USER }));
  assert.match(h.texts(USER).at(-1)!, /Delete the one prompt/);
  await h.send(textUpdate({ text: "an email to my landlord", userId: USER }));
  await h.send(textUpdate({ text: "/clearhistory", userId: USER }));
  assert.equal(h.texts(USER).at(-1), en("history-clear-confirm", { count: 2 }));
});

Deno.test("/clearhistory asks, then deletes only after confirmation", async () => {
  await using h = await startFeatureBot(answering("R"));
  await h.send(textUpdate({ text: "one idea", userId: USER }));
  await h.send(textUpdate({ text: "/clearhistory", userId: USER }));
  const messageId = h.tg.messages(USER).at(-1)!.message_id;
  await h.send(
    callbackUpdate({
      data: "history:clear:no",
      userId: USER,
      chatId: USER,
      messageId,
    }),
  );
  assert.equal(await h.deps.history.count(USER), 1);
  await h.send(
    callbackUpdate({
      data: "history:clear:yes",
      userId: USER,
      chatId: USER,
      messageId,
    }),
  );
  assert.equal(await h.deps.history.count(USER), 0);
  assert.equal(h.shown(USER).at(-1)!, en("history-cleared", { count: 1 }));
  assert.match(h.shown(USER).at(-1)!, /Deleted one prompt/);
});

Deno.test("/history and /clearhistory in a group point to the private chat and reveal nothing", async () => {
  await using h = await startFeatureBot(answering("SECRET RESULT"));
  await h.send(textUpdate({ text: "my secret plan", userId: USER }));
  const group = { chatType: "group" as const, userId: USER };
  for (
    const [command, messageId] of [["/history", 31], ["/clearhistory", 32]]
  ) {
    await h.send(
      textUpdate({
        ...group,
        text: String(command),
        messageId: Number(messageId),
      }),
    );
    const reply = h.tg.callsOf("sendMessage").at(-1)!.payload;
    assert.equal(reply.chat_id, DEFAULT_GROUP_ID);
    assert.equal(reply.text, en("history-private-only"));
    assert.equal(
      (reply.reply_parameters as { message_id: number }).message_id,
      messageId,
      `${command} answers as a reply`,
    );
    assert.equal(reply.reply_markup, undefined, `${command}: no buttons`);
  }
  assert.deepEqual(h.shown(DEFAULT_GROUP_ID), [
    en("history-private-only"),
    en("history-private-only"),
  ]);
  assert.equal(await h.deps.history.count(USER), 1);
});

Deno.test("history buttons tapped in a group neither post the tapper's prompts nor delete them", async () => {
  const OTHER = 5151;
  await using h = await startFeatureBot(answering("THEIR RESULT"));
  await h.send(textUpdate({ text: "other's private idea", userId: OTHER }));
  const [item] = await h.deps.history.list(OTHER);
  await h.send(
    textUpdate({ chatType: "group", userId: USER, text: "/enhance x" }),
  );
  const groupMessage = h.tg.messages(DEFAULT_GROUP_ID).at(-1)!;
  const shownBefore = h.shown(DEFAULT_GROUP_ID);
  const answersBefore = h.tg.callsOf("answerCallbackQuery").length;
  for (
    const data of [
      `history:item:${item.seq}`,
      "history:page:0",
      "history:clear:yes",
    ]
  ) {
    await h.send(callbackUpdate({
      data,
      userId: OTHER,
      chatId: DEFAULT_GROUP_ID,
      messageId: groupMessage.message_id,
    }));
  }
  assert.deepEqual(
    h.shown(DEFAULT_GROUP_ID),
    shownBefore,
    "nothing posted or edited",
  );
  const toGroup = h.tg.callsOf("sendMessage")
    .filter((c) => c.payload.chat_id === DEFAULT_GROUP_ID)
    .map((c) => String(c.payload.text));
  assert.ok(toGroup.every((t) => !t.includes("other's private idea")));
  assert.equal(await h.deps.history.count(OTHER), 1, "history kept");
  const answers = h.tg.callsOf("answerCallbackQuery").slice(answersBefore);
  assert.equal(answers.length, 3, "every tap is answered");
  for (const answer of answers) {
    assert.match(String(answer.payload.text), /expired/);
  }
});

Deno.test("unknown commands, media and stale buttons get a clear answer", async () => {
  await using h = await startFeatureBot(null);
  await h.send(textUpdate({ text: "/frobnicate", userId: USER }));
  await h.send(photoUpdate({ fileId: "photo-1", userId: USER }));
  assert.match(h.shown(USER)[0], /don't know that command/);
  // Offline, a photo cannot be read: said in one sentence.
  assert.match(h.shown(USER)[1], /can't look at pictures/);
  await h.send(
    callbackUpdate({
      data: "nonsense:1",
      userId: USER,
      chatId: USER,
      messageId: 1,
    }),
  );
  const answer = h.tg.callsOf("answerCallbackQuery").at(-1)!;
  assert.match(String(answer.payload.text), /expired/);
});

Deno.test("an LLM failure inside the feature gets a friendly sentence, not a stack", async () => {
  const llm = {
    complete: () => Promise.reject(new Error("boom: internal detail")),
  };
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "anything", userId: USER }));
  const text = h.shown(USER).join("\n");
  assert.ok(!text.includes("boom"), text);
  assert.ok(text.length > 0);
});

Deno.test("a message with no words, or only a link, asks for an idea in the user's language and queues nothing; while questions wait it is their answer", async () => {
  const llm = answering("<prompt>WRITTEN</prompt>");
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "😀😀🔥", userId: USER }));
  await h.send(textUpdate({ text: "...", userId: USER }));
  await h.send(
    textUpdate({ text: "https://example.com/article/123", userId: USER }),
  );
  await h.send(
    textUpdate({ text: "/enhance 🔥", userId: USER, languageCode: "de" }),
  );
  assert.equal(llm.calls, 0);
  assert.deepEqual(h.texts(USER), [
    en("prompt-no-words"),
    en("prompt-no-words"),
    en("prompt-only-links"),
    h.deps.i18n.t("de", "prompt-no-words"),
  ]);
  assert.equal((await h.deps.history.list(USER)).length, 0);
  // A link with what to do with it is an idea.
  await h.send(textUpdate({
    text: "summarize this article for my team: https://example.com/a",
    userId: USER,
  }));
  assert.equal(llm.calls, 1);
  // While questions wait, "👍" may answer them.
  await h.deps.sessions.changePending(USER, USER, () => ({
    askId: "asked",
    messageId: 900,
    request: { userId: USER, chatId: USER, prompt: "email", category: "auto" },
    questions: [{ text: "Who is it for?", options: ["Kids", "Adults"] }],
    answers: [],
    expiresAt: h.deps.clock.now() + 60_000,
  }));
  await h.send(textUpdate({ text: "👍", userId: USER }));
  assert.equal(llm.calls, 2);
  assert.notEqual(h.texts(USER).at(-1), en("prompt-no-words"));
  // Questions all answered wait for no answer: "👍" is no prompt then.
  await h.deps.sessions.changePending(USER, USER, () => ({
    askId: "answered",
    messageId: 901,
    request: { userId: USER, chatId: USER, prompt: "email", category: "auto" },
    questions: [{ text: "Who is it for?", options: ["Kids", "Adults"] }],
    answers: ["Kids"],
    expiresAt: h.deps.clock.now() + 60_000,
  }));
  await h.send(textUpdate({ text: "👍", userId: USER }));
  assert.equal(llm.calls, 2);
  assert.equal(h.texts(USER).at(-1), en("prompt-no-words"));
});
