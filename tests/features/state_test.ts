import assert from "node:assert/strict";
import { LIMITED_REACTION } from "../../src/features/enhance.ts";
import type { LlmProvider } from "../../src/llm/provider.ts";
import { ProviderError } from "../../src/llm/provider.ts";
import { startFakeTelegram } from "../fakes/telegram_api.ts";
import {
  callbackUpdate,
  DEFAULT_GROUP_ID,
  DEFAULT_SUPERGROUP_ID,
  textUpdate,
} from "../fakes/updates.ts";
import { answering, blocking, inTopic, startFeatureBot } from "./harness.ts";
import { en } from "../support.ts";
import { retryData } from "../../src/ui/callback_data.ts";

const USER = 31337;

Deno.test("/help and /history answer while the user's LLM job is still running", async () => {
  const llm = blocking();
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "a slow idea", userId: USER }), {
    waitForJobs: false,
  });
  await llm.started;
  await h.send(textUpdate({ text: "/help", userId: USER }), {
    waitForJobs: false,
  });
  await h.send(textUpdate({ text: "/history", userId: USER }), {
    waitForJobs: false,
  });
  assert.match(h.shown(USER)[0], /How to use Promptsmith/);
  assert.match(h.shown(USER)[1], /No prompts yet/);
  llm.release();
  await h.send(textUpdate({ text: "/help", userId: USER }));
  assert.ok(h.shown(USER).includes("SLOW ANSWER"));
  assert.equal(await h.deps.history.count(USER), 1);
});

Deno.test("a second prompt while one runs is queued, acknowledged once, and answered after the first", async () => {
  const llm = blocking();
  await using h = await startFeatureBot(llm);
  await h.send(
    textUpdate({ text: "first idea: a poster for a jazz night", userId: USER }),
    {
      waitForJobs: false,
    },
  );
  await h.send(
    textUpdate({
      text: "second idea: a haiku about autumn rain",
      userId: USER,
    }),
    {
      waitForJobs: false,
    },
  );
  assert.equal(h.shown(USER)[0], en("enhance-queued", { ahead: 1 }));
  llm.release();
  await h.send(textUpdate({ text: "/help", userId: USER }));
  assert.deepEqual((await h.deps.history.list(USER)).map((i) => i.prompt), [
    "second idea: a haiku about autumn rain",
    "first idea: a poster for a jazz night",
  ]);
});

Deno.test("with QUEUE_MAX=0 a second prompt while one runs gets the one-at-a-time answer", async () => {
  const llm = blocking();
  await using h = await startFeatureBot(llm, { QUEUE_MAX: "0" });
  await h.send(
    textUpdate({ text: "first idea: a poster for a jazz night", userId: USER }),
    {
      waitForJobs: false,
    },
  );
  await h.send(
    textUpdate({
      text: "second idea: a haiku about autumn rain",
      userId: USER,
    }),
    {
      waitForJobs: false,
    },
  );
  assert.equal(h.shown(USER)[0], en("enhance-busy"));
  llm.release();
  await h.send(textUpdate({ text: "/help", userId: USER }));
  assert.deepEqual((await h.deps.history.list(USER)).map((i) => i.prompt), [
    "first idea: a poster for a jazz night",
  ]);
});

Deno.test("the same update handled twice (two deliveries) answers once", async () => {
  await using h = await startFeatureBot(answering("ONCE"));
  const update = textUpdate({
    text: "an idea",
    userId: USER,
    updateId: 777_001,
  });
  await h.send(update);
  await h.send(update);
  assert.deepEqual(h.shown(USER), ["ONCE"]);
  assert.equal(await h.deps.history.count(USER), 1);
});

Deno.test("offline after AI failure offers a retry button that asks the AI again", async () => {
  let fail = true;
  const llm: LlmProvider = {
    complete() {
      if (fail) {
        return Promise.reject(
          new ProviderError("unavailable", "all keys failed"),
        );
      }
      return Promise.resolve({
        text: "AI AFTER ALL",
        model: "m",
        keyHint: "…k",
      });
    },
  };
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "a logo for a bakery", userId: USER }));
  const offline = h.tg.messages(USER).at(-1)!;
  const data = retryButton(offline);
  fail = false;
  const messageId = offline.message_id;
  await h.send(
    callbackUpdate({
      data,
      userId: USER,
      chatId: USER,
      messageId,
    }),
  );
  assert.equal(h.shown(USER).at(-1), "AI AFTER ALL");
  assert.deepEqual((await h.deps.history.list(USER)).map((i) => i.source), [
    "ai",
    "offline",
  ]);
});

/** Fails with "unavailable" (offline answer with a retry button) until `fail` is false. */
function flaky(): LlmProvider & { fail: boolean; calls: number } {
  const llm = {
    fail: true,
    calls: 0,
    complete() {
      llm.calls++;
      if (llm.fail) {
        return Promise.reject(
          new ProviderError("unavailable", "all keys failed"),
        );
      }
      return Promise.resolve({ text: "AI NOW", model: "m", keyHint: "…k" });
    },
  };
  return llm;
}

Deno.test("retry in a group: only the asker can retry; the answer replies to the offline one", async () => {
  const OTHER = 4040;
  const llm = flaky();
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({
    chatType: "group",
    userId: USER,
    text: "/enhance a logo for a bakery",
  }));
  const offline = h.tg.messages(DEFAULT_GROUP_ID).at(-1)!;
  const data = retryButton(offline);
  llm.fail = false;
  const press = (userId: number) =>
    h.send(callbackUpdate({
      data,
      userId,
      chatId: DEFAULT_GROUP_ID,
      messageId: offline.message_id,
    }));

  await press(OTHER);
  assert.equal(
    h.tg.callsOf("answerCallbackQuery").at(-1)!.payload.text,
    en("retry-not-yours"),
  );
  assert.equal(llm.calls, 1, "no new job for someone else");
  assert.ok(
    h.tg.messages(DEFAULT_GROUP_ID).at(-1)!.reply_markup,
    "button kept",
  );
  assert.equal(await h.deps.history.count(OTHER), 0);

  await press(USER);
  const answer = h.tg.callsOf("sendMessage").at(-1)!.payload;
  assert.equal(answer.chat_id, DEFAULT_GROUP_ID);
  assert.equal(h.shown(DEFAULT_GROUP_ID).at(-1), "AI NOW");
  assert.equal(
    (answer.reply_parameters as { message_id: number }).message_id,
    offline.message_id,
  );
  assert.deepEqual((await h.deps.history.list(USER)).map((i) => i.source), [
    "ai",
    "offline",
  ]);
});

Deno.test("retry in a forum topic answers in that topic", async () => {
  const llm = flaky();
  await using h = await startFeatureBot(llm);
  const chatId = DEFAULT_SUPERGROUP_ID;
  await h.send(inTopic(
    textUpdate({
      chatType: "supergroup",
      userId: USER,
      text: "/enhance a minimalist logo for a bakery called Crumbs",
    }),
    7,
  ));
  const offlineCall = h.tg.callsOf("sendMessage").at(-1)!.payload;
  assert.equal(offlineCall.message_thread_id, 7);
  const offline = h.tg.messages(chatId).at(-1)!;
  llm.fail = false;
  await h.send(inTopic(
    callbackUpdate({
      data: retryButton(offline),
      userId: USER,
      chatId,
      messageId: offline.message_id,
    }),
    7,
  ));
  const answer = h.tg.callsOf("sendMessage").at(-1)!.payload;
  assert.equal(h.shown(chatId).at(-1), "AI NOW");
  assert.equal(answer.message_thread_id, 7, "answered in the topic");
  assert.equal(
    (answer.reply_parameters as { message_id: number }).message_id,
    offline.message_id,
  );
});

Deno.test("two bots on one KV file: parallel prompts of one user are counted exactly", async () => {
  const dir = await Deno.makeTempDir();
  const tg = startFakeTelegram();
  try {
    const kvPath = `${dir}/kv.sqlite3`;
    await using a = await startFeatureBot(answering("A"), {}, {
      tg,
      kvPath,
      instanceId: "a",
    });
    await using b = await startFeatureBot(answering("B"), {}, {
      tg,
      kvPath,
      instanceId: "b",
    });
    const chats = Array.from({ length: 12 }, (_, i) => -1000 - i);
    await Promise.all(chats.map((chatId, i) =>
      (i % 2 ? a : b).send(
        textUpdate({
          text: `/enhance idea ${i}`,
          userId: USER,
          chatId,
          chatType: "group",
        }),
        { waitForJobs: false },
      )
    ));
    await a.send(textUpdate({ text: "/help", userId: 1 }));
    await b.send(textUpdate({ text: "/help", userId: 2 }));
    // A queued job starts in whichever instance finished the one ahead of it:
    // wait until neither runs or waits for one (a busy machine is slow).
    for (let round = 0; round < 50; round++) {
      const idle = await a.deps.jobs.drain(10_000) &&
        await b.deps.jobs.drain(10_000);
      if (idle && a.deps.jobs.running + b.deps.jobs.running === 0) break;
    }
    const answers = chats.flatMap((c) => a.shown(c));
    const busy = answers.filter((t) =>
      t === en("enhance-queue-full", { max: 3 })
    ).length;
    const enhanced = answers.filter((t) => t === "A" || t === "B").length;
    const reacted = chats.filter((c) => tg.reactions(c, 1).length > 0);
    assert.equal(
      busy + reacted.length + enhanced,
      chats.length,
      "every request got exactly one answer: the AI's (now or queued), a notice or a reaction",
    );
    assert.ok(enhanced >= 4, "the running one and the three queued");
    assert.ok(busy <= enhanced, "at most one queue-full notice per job");
    assert.equal(await a.deps.history.count(USER), enhanced);
    assert.equal(
      (await b.deps.users.get(USER, { fresh: true }))?.enhancements,
      enhanced,
    );
  } finally {
    await tg.close();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("rate limits: the user is told which limit once; admins are exempt", async () => {
  const ADMIN = 999;
  await using h = await startFeatureBot(answering("OK"), {
    RATE_LIMIT_PER_MINUTE: "2",
    ADMIN_IDS: String(ADMIN),
  });
  for (let i = 1; i <= 4; i++) {
    await h.send(
      textUpdate({ text: `idea ${i}`, userId: USER, messageId: 100 + i }),
    );
  }
  const shown = h.shown(USER);
  assert.deepEqual(shown.slice(0, 2), ["OK", "OK"]);
  assert.equal(shown.length, 3, "told once, then only a reaction");
  assert.match(shown[2], /limit/i);
  assert.deepEqual(h.tg.reactions(USER, 104), [{
    type: "emoji",
    emoji: LIMITED_REACTION,
  }]);
  assert.equal(await h.deps.history.count(USER), 2);

  for (let i = 1; i <= 4; i++) {
    await h.send(textUpdate({ text: `admin idea ${i}`, userId: ADMIN }));
  }
  assert.deepEqual(h.shown(ADMIN), ["OK", "OK", "OK", "OK"]);
});

/** The callback data of the "Try again with AI" button under `message`. */
function retryButton(message: { reply_markup?: unknown }): string {
  const markup = message.reply_markup as {
    inline_keyboard?: { callback_data?: string }[][];
  } | undefined;
  const data = markup?.inline_keyboard?.[0]?.[0]?.callback_data ?? "";
  assert.match(
    data,
    retryData.pattern,
    "the offline answer carries a retry button",
  );
  return data;
}

Deno.test("an older retry button repeats its own prompt, and works once", async () => {
  const llm = flaky();
  await using h = await startFeatureBot(llm);
  await h.send(
    textUpdate({ text: "first idea: a poster for a jazz night", userId: USER }),
  );
  const first = h.tg.messages(USER).at(-1)!;
  await h.send(
    textUpdate({
      text: "second idea: a haiku about autumn rain",
      userId: USER,
    }),
  );
  llm.fail = false;
  const press = () =>
    h.send(
      callbackUpdate({
        data: retryButton(first),
        userId: USER,
        chatId: USER,
        messageId: first.message_id,
      }),
    );
  await press();
  const items = await h.deps.history.list(USER);
  assert.equal(items[0].prompt, "first idea: a poster for a jazz night");
  assert.equal(items[0].source, "ai");
  await press();
  assert.match(
    String(h.tg.callsOf("answerCallbackQuery").at(-1)!.payload.text),
    /expired/,
  );
  assert.equal(
    await h.deps.history.count(USER),
    3,
    "the used button does not run again",
  );
});

Deno.test("a retry whose tap Telegram answers too late still runs once, and a second tap finds nothing", async () => {
  const llm = flaky();
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "a logo for a bakery", userId: USER }));
  const offline = h.tg.messages(USER).at(-1)!;
  const data = retryButton(offline);
  llm.fail = false;
  h.tg.injectFault("answerCallbackQuery", {
    status: 400,
    description:
      "Bad Request: query is too old and response timeout expired or query ID is invalid",
    times: 2,
  });
  const press = () =>
    h.send(
      callbackUpdate({
        data,
        userId: USER,
        chatId: USER,
        messageId: offline.message_id,
      }),
    );
  await press();
  await press();
  assert.deepEqual(
    (await h.deps.history.list(USER)).map((i) => i.source),
    ["ai", "offline"],
    "one AI retry, not two",
  );
  assert.ok(
    !h.shown(USER).some((t) => /Sorry/.test(t)),
    "no apology for a late answer to the tap",
  );
  const edited = h.tg.messages(USER).find((m) =>
    m.message_id === offline.message_id
  )!;
  assert.equal(edited.reply_markup, undefined, "the used button is removed");
});
