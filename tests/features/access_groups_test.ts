/**
 * Refused users in groups and inline mode: only what is addressed to the bot
 * may tell them anything, use up a notice or ask the admins for access; and
 * inline use and the prompt after clarifying questions follow the role.
 */
import assert from "node:assert/strict";
import type { Update } from "grammy/types";
import type { UpdateDraft } from "../fakes/telegram_api.ts";
import {
  callbackUpdate,
  DEFAULT_GROUP_ID,
  inlineQueryUpdate,
  textUpdate,
  userOf,
} from "../fakes/updates.ts";
import type { CompletionRequest, LlmProvider } from "../../src/llm/provider.ts";
import { en, text } from "../support.ts";
import { answering, startFeatureBot } from "./harness.ts";
import { OWNER, ROLE_ENV, TRUSTED, USER } from "./roles_support.ts";

type Harness = Awaited<ReturnType<typeof startFeatureBot>>;

/** A group message of USER that is no text: a sticker, or joining the group. */
function groupMessage(
  body: "sticker" | "joined" | "photo",
  userId = USER,
): UpdateDraft {
  const update = textUpdate({ text: "x", userId, chatType: "group" });
  const message = update.message! as unknown as Record<string, unknown>;
  delete message.text;
  delete message.entities;
  if (body === "sticker") {
    message.sticker = {
      file_id: "sticker-1",
      file_unique_id: "s1",
      type: "regular",
      width: 512,
      height: 512,
      is_animated: false,
      is_video: false,
    };
  } else if (body === "photo") {
    message.photo = [{
      file_id: "photo-1",
      file_unique_id: "p1",
      width: 90,
      height: 90,
    }];
  } else {
    message.new_chat_members = [userOf({ userId })];
  }
  return update;
}

/** How many messages the bot sent to `chatId`. */
function sentTo(h: Harness, chatId: number): number {
  return h.tg.callsOf("sendMessage").filter((c) => c.payload.chat_id === chatId)
    .length;
}

Deno.test("approval mode: joining a group or a sticker there asks nobody and says nothing; a mention of the bot does", async () => {
  await using h = await startFeatureBot(answering("IMPROVED"), {
    ...ROLE_ENV,
    ACCESS_MODE: "approval",
  });
  await h.send(textUpdate({ text: "/start", userId: OWNER }));
  const ownerBefore = sentTo(h, OWNER);

  await h.send(groupMessage("joined"));
  await h.send(groupMessage("sticker"));
  await h.send(groupMessage("photo"));
  await h.send(
    textUpdate({ text: "/help@some_other_bot", userId: USER, chatId: -5 }),
  );
  assert.equal(sentTo(h, DEFAULT_GROUP_ID), 0, "nothing said in the group");
  assert.equal(sentTo(h, -5), 0);
  assert.equal(sentTo(h, OWNER), ownerBefore, "no card for the owner");
  assert.equal((await h.deps.roles.read(USER)).access, null, "no request");

  const bot = h.tg.botInfo.username;
  await h.send(
    textUpdate({ text: `@${bot} a logo`, userId: USER, chatType: "group" }),
  );
  assert.deepEqual(h.shown(DEFAULT_GROUP_ID), [en("access-pending")]);
  assert.equal(sentTo(h, OWNER), ownerBefore + 1, "the card");
  assert.equal((await h.deps.roles.read(USER)).access?.status, "pending");
});

Deno.test("a banned user's sticker or photo in a group gets no answer and keeps their one notice for a command to the bot", async () => {
  await using h = await startFeatureBot(answering("IMPROVED"), ROLE_ENV);
  await h.deps.roles.setRole(OWNER, USER, "banned");
  await h.send(groupMessage("sticker"));
  await h.send(groupMessage("photo"));
  await h.send(groupMessage("joined"));
  assert.equal(sentTo(h, DEFAULT_GROUP_ID), 0);
  assert.notEqual((await h.deps.roles.read(USER)).record?.noticed, true);

  await h.send(textUpdate({ text: "/help", userId: USER, chatType: "group" }));
  assert.deepEqual(h.shown(DEFAULT_GROUP_ID), [en("access-banned")]);
  assert.equal((await h.deps.roles.read(USER)).record?.noticed, true);
  // Told once: a reply to the bot says nothing more.
  await h.send(
    textUpdate({
      text: "why?",
      userId: USER,
      chatType: "group",
      replyToBot: true,
    }),
  );
  assert.equal(sentTo(h, DEFAULT_GROUP_ID), 1);
});

Deno.test("a banned user's first inline query shows the notice above the (no) results, once", async () => {
  await using h = await startFeatureBot(null, ROLE_ENV);
  await h.deps.roles.setRole(OWNER, USER, "banned");
  await h.send(
    inlineQueryUpdate({ query: "a poem", userId: USER, queryId: "b1" }),
  );
  const first = h.tg.inlineAnswer("b1")!;
  assert.deepEqual(first.results, []);
  assert.equal(first.button?.text, en("access-banned"));
  assert.equal((await h.deps.roles.read(USER)).record?.noticed, true);
  await h.send(
    inlineQueryUpdate({ query: "a poem", userId: USER, queryId: "b2" }),
  );
  const second = h.tg.inlineAnswer("b2")!;
  assert.deepEqual(second.results, []);
  assert.equal(second.button, undefined);
});

Deno.test("inline use counts against the role's limits: a trusted user gets RATE_LIMIT_PER_MINUTE_BY_ROLE", async () => {
  await using h = await startFeatureBot(null, {
    ...ROLE_ENV,
    RATE_LIMIT_PER_MINUTE: "1",
    RATE_LIMIT_PER_MINUTE_BY_ROLE: "trusted:3",
  });
  await h.send(textUpdate({ text: `/role ${TRUSTED} trusted`, userId: OWNER }));
  const query = "a cover letter for a barista job";
  const shown: number[] = [];
  for (let i = 1; i <= 4; i++) {
    const queryId = `t${i}`;
    await h.send(inlineQueryUpdate({ query, userId: TRUSTED, queryId }));
    const answer = h.tg.inlineAnswer(queryId)!;
    shown.push(answer.results.length);
    if (answer.results.length === 0) continue;
    const { update } = h.tg.chooseInlineResult({
      queryId,
      resultId: String(answer.results[0].id),
      from: userOf({ userId: TRUSTED }),
      query,
    });
    await h.send(update as Update);
  }
  assert.deepEqual(shown.map((n) => n > 0), [true, true, true, false]);
  assert.match(
    h.tg.inlineAnswer("t4")!.button!.text,
    /^⏳ Limit reached: try again in /,
  );
});

Deno.test("inline results name the target in the user's language", async () => {
  await using h = await startFeatureBot(null);
  const update = inlineQueryUpdate({
    query: "explain recursion to a child",
    userId: USER,
    queryId: "ru1",
  });
  update.inline_query!.from.language_code = "ru";
  await h.send(update);
  const titles = h.tg.inlineAnswer("ru1")!.results.map((r) => String(r.title));
  assert.ok(
    titles.some((t) => t.includes(text("ru", "target-reasoning"))),
    titles.join(" | "),
  );
  assert.ok(titles.every((t) => !t.includes("Reasoning")), titles.join(" | "));
});

/** Asks two questions for "cat", then writes; records every request. */
function questioning(): LlmProvider & { requests: CompletionRequest[] } {
  const provider = {
    requests: [] as CompletionRequest[],
    complete(request: CompletionRequest) {
      provider.requests.push(request);
      const last = request.messages.findLast((m) => m.role === "user");
      const asked = typeof last?.content === "string" &&
        last.content.startsWith("Ask your clarifying questions");
      const reply = asked
        ? "<analysis>vague</analysis><questions><question><text>What style?</text><option>Photo</option><option>Watercolor</option></question></questions>"
        : "<prompt>A watercolor cat.</prompt>";
      return Promise.resolve({ text: reply, model: "m", keyHint: "…k" });
    },
  };
  return provider;
}

type Markup = { inline_keyboard: { text: string; callback_data?: string }[][] };

Deno.test("a ban while answering clarifying questions refuses the prompt they would write", async () => {
  const llm = questioning();
  await using h = await startFeatureBot(llm, ROLE_ENV);
  await h.send(textUpdate({ text: "cat", userId: USER }));
  const questions = h.tg.messages(USER).at(-1)!;
  const data = (questions.reply_markup as Markup).inline_keyboard.flat()
    .find((b) => b.text === "Watercolor")!.callback_data!;
  // The ban lands (on another instance) after this update's role was read.
  const sessions = h.deps.sessions;
  const changePending = sessions.changePending.bind(sessions);
  sessions.changePending = async (...args) => {
    await h.deps.roles.setRole(OWNER, USER, "banned");
    return await changePending(...args);
  };
  await h.send(callbackUpdate({
    data,
    userId: USER,
    chatId: USER,
    messageId: questions.message_id,
  }));
  assert.equal(llm.requests.length, 1, "no prompt written after the ban");
  assert.equal(await h.deps.history.count(USER), 0);
  const toasts = h.tg.callsOf("answerCallbackQuery");
  assert.equal(toasts.length, 1, "the tap answered once");
  assert.equal(toasts[0].payload.text, en("access-banned"));
  assert.equal((await h.deps.roles.read(USER)).record?.noticed, true);
});

Deno.test("the prompt after clarifying questions counts no second unit of the rate limit", async () => {
  const llm = questioning();
  await using h = await startFeatureBot(llm, {
    ...ROLE_ENV,
    RATE_LIMIT_PER_MINUTE: "1",
  });
  await h.send(textUpdate({ text: "cat", userId: USER }));
  const questions = h.tg.messages(USER).at(-1)!;
  const data = (questions.reply_markup as Markup).inline_keyboard.flat()
    .find((b) => b.text === "Watercolor")!.callback_data!;
  await h.send(callbackUpdate({
    data,
    userId: USER,
    chatId: USER,
    messageId: questions.message_id,
  }));
  assert.equal(llm.requests.length, 2);
  assert.equal(h.shown(USER).at(-1), "A watercolor cat.");
});

Deno.test("a banned user unblocking the bot uses up no notice: their next message is told", async () => {
  await using h = await startFeatureBot(null, ROLE_ENV);
  await h.deps.roles.setRole(OWNER, USER, "banned");
  const from = userOf({ userId: USER });
  const member = (status: "kicked" | "member") => ({
    user: { ...h.tg.botInfo },
    status,
    ...(status === "kicked" ? { until_date: 0 } : {}),
  });
  await h.send({
    my_chat_member: {
      chat: { id: USER, type: "private", first_name: from.first_name },
      from,
      date: Math.floor(Date.now() / 1000),
      old_chat_member: member("kicked"),
      new_chat_member: member("member"),
    },
  } as UpdateDraft);
  assert.notEqual((await h.deps.roles.read(USER)).record?.noticed, true);
  await h.send(textUpdate({ text: "/start", userId: USER }));
  assert.deepEqual(h.shown(USER), [en("access-banned")]);
});
