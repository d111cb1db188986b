import assert from "node:assert/strict";
import { Api, Bot, GrammyError, HttpError, InputFile } from "grammy";
import type { Message, Update } from "grammy/types";
import type { Clock } from "../../src/clock.ts";
import {
  DEFAULT_BOT_INFO,
  type FakeTelegram,
  type FakeTelegramOptions,
  startFakeTelegram,
  type UploadedFile,
} from "./telegram_api.ts";
import {
  callbackUpdate,
  DEFAULT_SUPERGROUP_ID,
  DEFAULT_USER_ID,
  photoUpdate,
  textUpdate,
  voiceUpdate,
} from "./updates.ts";

const NOW_MS = 1_700_000_000_000;
const FIXED_CLOCK: Clock = { now: () => NOW_MS };

function fakeTelegram(options: FakeTelegramOptions = {}): FakeTelegram {
  return startFakeTelegram({ clock: FIXED_CLOCK, ...options });
}

function botFor(telegram: FakeTelegram): Bot {
  return new Bot(telegram.token, {
    botInfo: telegram.botInfo,
    client: { apiRoot: telegram.apiRoot },
  });
}

interface RawAnswer {
  status: number;
  body: Record<string, unknown>;
}

async function callRaw(
  telegram: FakeTelegram,
  method: string,
  payload: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<RawAnswer> {
  const response = await fetch(
    `${telegram.apiRoot}/bot${telegram.token}/${method}`,
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload),
      signal,
    },
  );
  return { status: response.status, body: await response.json() };
}

function updateIds(answer: RawAnswer): number[] {
  return (answer.body.result as Update[]).map((update) => update.update_id);
}

async function rejectsWithGrammyError(
  promise: Promise<unknown>,
  errorCode: number,
  description: string,
): Promise<GrammyError> {
  const error = await promise.then(
    () => assert.fail("expected the call to fail"),
    (error: unknown) => error,
  );
  assert.ok(error instanceof GrammyError, `not a GrammyError: ${error}`);
  assert.equal(error.error_code, errorCode);
  assert.equal(error.description, description);
  return error;
}

Deno.test("sendMessage returns the bot's Message and records the call", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  telegram.rememberUpdate(textUpdate({ text: "my idea", updateId: 1 }));

  const sent = await bot.api.sendMessage(DEFAULT_USER_ID, "Your prompt", {
    reply_parameters: { message_id: 1 },
  });

  assert.equal(sent.message_id, 2);
  assert.equal(sent.date, NOW_MS / 1000);
  assert.equal(sent.text, "Your prompt");
  assert.deepEqual(sent.from, {
    id: DEFAULT_BOT_INFO.id,
    is_bot: true,
    first_name: "Promptsmith",
    username: "promptsmith_test_bot",
  });
  assert.equal(sent.chat.id, DEFAULT_USER_ID);
  assert.equal(sent.chat.type, "private");
  assert.equal(sent.reply_to_message?.text, "my idea");
  assert.deepEqual(telegram.calls, [{
    method: "sendMessage",
    payload: {
      chat_id: DEFAULT_USER_ID,
      text: "Your prompt",
      reply_parameters: { message_id: 1 },
    },
    at: NOW_MS,
  }]);
  assert.deepEqual(telegram.sentTexts(DEFAULT_USER_ID), ["Your prompt"]);
});

Deno.test("sendMessage numbers messages per chat", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);

  const ids = [
    (await bot.api.sendMessage(11, "a")).message_id,
    (await bot.api.sendMessage(11, "b")).message_id,
    (await bot.api.sendMessage(-22, "c")).message_id,
  ];

  assert.deepEqual(ids, [1, 2, 1]);
  assert.deepEqual(telegram.sentTexts(11), ["a", "b"]);
  assert.deepEqual(telegram.sentTexts("-22"), ["c"]);
});

Deno.test("getMe returns the fixed bot info to a grammY bot", async () => {
  await using telegram = fakeTelegram();
  const bot = new Bot(telegram.token, {
    client: { apiRoot: telegram.apiRoot },
  });

  await bot.init();

  assert.deepEqual(bot.botInfo, DEFAULT_BOT_INFO);
  assert.equal(telegram.token.split(":")[0], String(DEFAULT_BOT_INFO.id));
});

Deno.test("a request with a wrong token gets Telegram's 401 and is not recorded", async () => {
  await using telegram = fakeTelegram();
  const bot = new Bot("1:wrong", { client: { apiRoot: telegram.apiRoot } });

  await rejectsWithGrammyError(bot.api.getMe(), 401, "Unauthorized");
  const response = await fetch(`${telegram.apiRoot}/bot1:wrong/getMe`);

  assert.equal(response.status, 401);
  assert.deepEqual(await response.json(), {
    ok: false,
    error_code: 401,
    description: "Unauthorized",
  });
  assert.deepEqual(telegram.calls, []);
});

Deno.test("getUpdates confirms older updates through offset and honours limit", async () => {
  await using telegram = fakeTelegram();
  for (const text of ["one", "two", "three"]) {
    telegram.queueUpdate(textUpdate({ text }));
  }

  const first = await callRaw(telegram, "getUpdates", { limit: 2 });
  const again = await callRaw(telegram, "getUpdates");
  const confirmed = await callRaw(telegram, "getUpdates", { offset: 3 });
  const afterAll = await callRaw(telegram, "getUpdates", { offset: 4 });
  const replay = await callRaw(telegram, "getUpdates");

  assert.equal(first.status, 200);
  assert.equal(first.body.ok, true);
  assert.deepEqual(updateIds(first), [1, 2]);
  assert.deepEqual(updateIds(again), [1, 2, 3]);
  assert.deepEqual(updateIds(confirmed), [3]);
  assert.deepEqual(updateIds(afterAll), []);
  assert.deepEqual(updateIds(replay), []);
});

Deno.test("getUpdates with a negative offset forgets all but the latest updates", async () => {
  await using telegram = fakeTelegram();
  for (const text of ["one", "two", "three"]) {
    telegram.queueUpdate(textUpdate({ text }));
  }

  const latest = await callRaw(telegram, "getUpdates", { offset: -1 });
  const rest = await callRaw(telegram, "getUpdates");

  assert.deepEqual(updateIds(latest), [3]);
  assert.deepEqual(updateIds(rest), [3]);
});

Deno.test("queueUpdate() keeps given update ids and continues after them", async () => {
  await using telegram = fakeTelegram();

  const given = telegram.queueUpdate(textUpdate({ text: "a", updateId: 40 }));
  const next = telegram.queueUpdate(textUpdate({ text: "b" }));

  assert.equal(given.update_id, 40);
  assert.equal(next.update_id, 41);
});

Deno.test("getUpdates long poll is woken at once by queueUpdate()", async () => {
  await using telegram = fakeTelegram({ maxLongPollMs: 10_000 });
  const started = performance.now();

  const poll = callRaw(telegram, "getUpdates", { timeout: 30 });
  await telegram.waitForCall("getUpdates");
  telegram.queueUpdate(textUpdate({ text: "wake up" }));
  const answer = await poll;

  assert.deepEqual(updateIds(answer), [1]);
  assert.ok(performance.now() - started < 5_000, "the poll was not woken");
});

Deno.test("getUpdates long poll ends empty after maxLongPollMs", async () => {
  await using telegram = fakeTelegram({ maxLongPollMs: 50 });
  const started = performance.now();

  const answer = await callRaw(telegram, "getUpdates", { timeout: 30 });

  assert.deepEqual(answer.body, { ok: true, result: [] });
  assert.ok(performance.now() - started >= 45);
});

Deno.test("close() ends a pending long poll at once", async () => {
  const telegram = fakeTelegram({ maxLongPollMs: 10_000 });
  const started = performance.now();
  const poll = callRaw(telegram, "getUpdates", { timeout: 30 });
  await telegram.waitForCall("getUpdates");

  await telegram.close();
  const answer = await poll;

  assert.deepEqual(answer.body, { ok: true, result: [] });
  assert.ok(performance.now() - started < 5_000);
});

Deno.test("a long poll whose client hangs up stops waiting and clears its timer", async () => {
  await using telegram = fakeTelegram({ maxLongPollMs: 10_000 });
  const client = new AbortController();
  const poll = callRaw(telegram, "getUpdates", { timeout: 30 }, client.signal);
  await telegram.waitForCall("getUpdates");
  assert.equal(telegram.waitingPolls, 1);

  client.abort();
  await assert.rejects(poll, { name: "AbortError" });
  // The hang-up reaches the server over the socket, not through any event a
  // test could await; poll for it, bounded far below the 10 s long poll.
  const deadline = performance.now() + 2_000;
  while (telegram.waitingPolls > 0 && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }

  assert.equal(telegram.waitingPolls, 0);
});

Deno.test("getUpdates ends an earlier waiting poll with 409 Conflict", async () => {
  await using telegram = fakeTelegram({ maxLongPollMs: 10_000 });
  const first = callRaw(telegram, "getUpdates", { timeout: 30 });
  await telegram.waitForCall("getUpdates");

  const second = await callRaw(telegram, "getUpdates");
  const superseded = await first;

  assert.deepEqual(second.body, { ok: true, result: [] });
  assert.deepEqual(superseded.body, {
    ok: false,
    error_code: 409,
    description:
      "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
  });
});

Deno.test("getUpdates fails with 409 while a webhook is set", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  await bot.api.setWebhook("http://127.0.0.1:9/hook");

  await rejectsWithGrammyError(
    bot.api.getUpdates(),
    409,
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
  );
  await bot.api.deleteWebhook();
  assert.deepEqual(await bot.api.getUpdates(), []);
});

Deno.test("getUpdates leaves out update types not asked for", async () => {
  await using telegram = fakeTelegram();
  telegram.queueUpdate(textUpdate({ text: "text" }));
  telegram.queueUpdate(callbackUpdate({
    data: "pick",
    userId: DEFAULT_USER_ID,
    chatId: DEFAULT_USER_ID,
    messageId: 5,
  }));

  const callbacks = await callRaw(telegram, "getUpdates", {
    allowed_updates: ["callback_query"],
  });
  const all = await callRaw(telegram, "getUpdates", { allowed_updates: [] });

  assert.deepEqual(updateIds(callbacks), [2]);
  assert.deepEqual(updateIds(all), [1, 2]);
});

Deno.test("injectFault() 429 surfaces retry_after in a GrammyError, then calls succeed", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  telegram.injectFault("sendMessage", { status: 429, retryAfter: 7, times: 2 });

  for (let attempt = 0; attempt < 2; attempt++) {
    const error = await rejectsWithGrammyError(
      bot.api.sendMessage(1, "hi"),
      429,
      "Too Many Requests: retry after 7",
    );
    assert.equal(error.parameters.retry_after, 7);
  }
  const sent = await bot.api.sendMessage(1, "hi");

  assert.equal(sent.text, "hi");
  assert.equal(telegram.callsOf("sendMessage").length, 3);
  assert.deepEqual(telegram.sentTexts(1), ["hi"]);
});

Deno.test("injectFault() answers with Telegram's exact envelope and HTTP status", async () => {
  await using telegram = fakeTelegram();
  telegram.injectFault("getMe", { status: 429, retryAfter: 3 });
  telegram.injectFault("getMe", { status: 500 });
  telegram.injectFault("getMe", {
    status: 403,
    description: "Forbidden: bot was blocked by the user",
  });

  const answers = [
    await callRaw(telegram, "getMe"),
    await callRaw(telegram, "getMe"),
    await callRaw(telegram, "getMe"),
    await callRaw(telegram, "getMe"),
  ];

  assert.deepEqual(answers.slice(0, 3), [
    {
      status: 429,
      body: {
        ok: false,
        error_code: 429,
        description: "Too Many Requests: retry after 3",
        parameters: { retry_after: 3 },
      },
    },
    {
      status: 500,
      body: {
        ok: false,
        error_code: 500,
        description: "Internal Server Error",
      },
    },
    {
      status: 403,
      body: {
        ok: false,
        error_code: 403,
        description: "Forbidden: bot was blocked by the user",
      },
    },
  ]);
  assert.equal(answers[3].body.ok, true);
});

Deno.test("injectFault() 400 uses the given description", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  telegram.injectFault("sendChatAction", {
    status: 400,
    description: "Bad Request: chat not found",
  });

  await rejectsWithGrammyError(
    bot.api.sendChatAction(1, "typing"),
    400,
    "Bad Request: chat not found",
  );
  assert.equal(await bot.api.sendChatAction(1, "typing"), true);
});

Deno.test("injectFault() 502 answers an HTML page that grammY reports as an HttpError", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  telegram.injectFault("sendMessage", { status: 502 });

  await assert.rejects(bot.api.sendMessage(1, "hi"), (error) => {
    assert.ok(error instanceof HttpError, String(error));
    return true;
  });
  const raw = await fetch(
    `${telegram.apiRoot}/bot${telegram.token}/getMe`,
  );
  assert.equal(raw.status, 200);
  await raw.body?.cancel();
  telegram.injectFault("getMe", { status: 502 });
  const failed = await fetch(
    `${telegram.apiRoot}/bot${telegram.token}/getMe`,
  );
  assert.equal(failed.status, 502);
  assert.match(await failed.text(), /Bad Gateway/);
  assert.equal((await bot.api.sendMessage(1, "hi")).text, "hi");
  assert.deepEqual(telegram.sentTexts(1), ["hi"]);
});

Deno.test("clearFaults() drops the faults not used up yet", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  telegram.injectFault("sendMessage", { status: 500, times: 3 });
  telegram.injectFault("getMe", { status: 502 });
  telegram.clearFaults();

  assert.equal((await bot.api.sendMessage(1, "hi")).text, "hi");
  assert.equal((await bot.api.getMe()).id, telegram.botInfo.id);
});

Deno.test("injectFault() delayMs delays the call, which then succeeds", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  telegram.injectFault("sendMessage", { delayMs: 60 });
  const started = performance.now();

  const sent = await bot.api.sendMessage(1, "slow");

  assert.ok(performance.now() - started >= 55);
  assert.equal(sent.text, "slow");
});

Deno.test("injectFault() rejects a non-positive times", async () => {
  await using telegram = fakeTelegram();

  assert.throws(
    () => telegram.injectFault("sendMessage", { status: 500, times: 0 }),
    RangeError,
  );
});

Deno.test("sendMessage rejects text over 4096 UTF-16 code units", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  const tooLong = "Bad Request: message is too long";

  await bot.api.sendMessage(1, "a".repeat(4096));
  await bot.api.sendMessage(1, "😀".repeat(2048));
  await rejectsWithGrammyError(
    bot.api.sendMessage(1, "a".repeat(4097)),
    400,
    tooLong,
  );
  await rejectsWithGrammyError(
    bot.api.sendMessage(1, "😀".repeat(2048) + "a"),
    400,
    tooLong,
  );
  assert.equal(telegram.sentTexts(1).length, 2);
});

Deno.test("sendMessage rejects empty and blank text", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  const empty = "Bad Request: message text is empty";

  await rejectsWithGrammyError(bot.api.sendMessage(1, ""), 400, empty);
  await rejectsWithGrammyError(bot.api.sendMessage(1, " \n "), 400, empty);
  await rejectsWithGrammyError(
    bot.api.sendMessage(1, "<b> </b>", { parse_mode: "HTML" }),
    400,
    empty,
  );
});

Deno.test("sendMessage parses HTML into entities and counts the limit after parsing", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);

  const sent = await bot.api.sendMessage(
    1,
    '<b>Role</b>: &lt;expert&gt; <a href="https://example.com">docs</a>\n<pre><code class="language-ts">x</code></pre>',
    { parse_mode: "HTML" },
  );
  const long = await bot.api.sendMessage(1, `<i>${"a".repeat(4096)}</i>`, {
    parse_mode: "HTML",
  });

  assert.equal(sent.text, "Role: <expert> docs\nx");
  assert.deepEqual(sent.entities, [
    { type: "bold", offset: 0, length: 4 },
    { type: "text_link", offset: 15, length: 4, url: "https://example.com" },
    { type: "pre", offset: 20, length: 1, language: "ts" },
  ]);
  assert.equal(long.text?.length, 4096);
});

Deno.test("sendMessage trims surrounding white space and shifts entities", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);

  const sent = await bot.api.sendMessage(1, "\n  <b>Goal</b> &amp; steps \n", {
    parse_mode: "HTML",
  });

  assert.equal(sent.text, "Goal & steps");
  assert.deepEqual(sent.entities, [{ type: "bold", offset: 0, length: 4 }]);
  assert.deepEqual(telegram.sentTexts(1), ["\n  <b>Goal</b> &amp; steps \n"]);
});

Deno.test("sendMessage rejects malformed HTML like Telegram", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  const html = { parse_mode: "HTML" } as const;
  const prefix = "Bad Request: can't parse entities: ";

  await rejectsWithGrammyError(
    bot.api.sendMessage(1, "if a < b", html),
    400,
    `${prefix}Unsupported start tag "" at byte offset 5`,
  );
  await rejectsWithGrammyError(
    bot.api.sendMessage(1, "<b>bold", html),
    400,
    `${prefix}Can't find end tag corresponding to start tag "b"`,
  );
  await rejectsWithGrammyError(
    bot.api.sendMessage(1, "é<b>x</i>", html),
    400,
    `${prefix}Unmatched end tag at byte offset 6, expected "</b>", found "</i>"`,
  );
  await rejectsWithGrammyError(
    bot.api.sendMessage(1, "<div>x</div>", html),
    400,
    `${prefix}Unsupported start tag "div" at byte offset 0`,
  );
});

Deno.test("sendMessage rejects callback data over 64 bytes", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  const button = (data: string) => ({
    reply_markup: { inline_keyboard: [[{ text: "Go", callback_data: data }]] },
  });

  await bot.api.sendMessage(1, "ok", button("x".repeat(64)));
  await rejectsWithGrammyError(
    bot.api.sendMessage(1, "too much", button("é".repeat(33))),
    400,
    "Bad Request: BUTTON_DATA_INVALID",
  );
  assert.deepEqual(telegram.messages(1).map((m) => m.text), ["ok"]);
});

Deno.test("messages() shows what the chat finally shows after edits and deletions", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  const keyboard = {
    reply_markup: {
      inline_keyboard: [[{ text: "More", callback_data: "more" }]],
    },
  };
  const draft = await bot.api.sendMessage(5, "Thinking…", keyboard);
  const temporary = await bot.api.sendMessage(5, "typing indicator");

  const edited = await bot.api.editMessageText(
    5,
    draft.message_id,
    "<b>Done</b>",
    {
      parse_mode: "HTML",
    },
  );
  await bot.api.deleteMessage(5, temporary.message_id);
  const shown = telegram.messages(5);

  assert.ok(edited !== true);
  assert.equal(edited.edit_date, NOW_MS / 1000);
  assert.deepEqual(shown.map((m) => m.text), ["Done"]);
  assert.deepEqual(shown[0].entities, [{ type: "bold", offset: 0, length: 4 }]);
  assert.equal(
    shown[0].reply_markup,
    undefined,
    "an edit without markup drops the keyboard",
  );
  assert.deepEqual(telegram.sentTexts(5), ["Thinking…", "typing indicator"]);
});

Deno.test("editMessageText fails like Telegram on unchanged text and unknown messages", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  const sent = await bot.api.sendMessage(5, "same");

  await rejectsWithGrammyError(
    bot.api.editMessageText(5, sent.message_id, "same"),
    400,
    "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
  );
  await rejectsWithGrammyError(
    bot.api.editMessageText(5, 999, "other"),
    400,
    "Bad Request: message to edit not found",
  );
  await rejectsWithGrammyError(
    bot.api.deleteMessage(5, 999),
    400,
    "Bad Request: message to delete not found",
  );
});

Deno.test("editMessageReplyMarkup removes a keyboard and messages() shows it", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  const sent = await bot.api.sendMessage(5, "Pick", {
    reply_markup: { inline_keyboard: [[{ text: "A", callback_data: "a" }]] },
  });

  await bot.api.editMessageReplyMarkup(5, sent.message_id);

  assert.equal(telegram.messages(5)[0].reply_markup, undefined);
  await rejectsWithGrammyError(
    bot.api.editMessageReplyMarkup(5, sent.message_id),
    400,
    "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
  );
});

Deno.test("waitForCall() resolves for a call already made and for one still to come", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  await bot.api.sendMessage(1, "first");

  const earlier = await telegram.waitForCall("sendMessage");
  const later = telegram.waitForCall(
    "sendMessage",
    (call) => call.payload.text === "second",
  );
  await bot.api.sendMessage(1, "second");

  assert.equal(earlier.payload.text, "first");
  assert.equal((await later).payload.text, "second");
});

Deno.test("waitForCall() rejects after the timeout, listing the calls seen", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  await bot.api.sendChatAction(1, "typing");

  await assert.rejects(
    telegram.waitForCall("sendMessage", undefined, 20),
    (error: Error) => {
      assert.match(error.message, /Timed out after 20 ms .* sendMessage/);
      assert.match(
        error.message,
        /1\. sendChatAction \{"chat_id":1,"action":"typing"\}/,
      );
      return true;
    },
  );
});

Deno.test("close() rejects a pending waitForCall() instead of leaving it hanging", async () => {
  const telegram = fakeTelegram();
  const waiting = telegram.waitForCall("sendMessage", undefined, 10_000);

  // Nothing awaits `waiting` yet: closing must not count as an unhandled rejection.
  await telegram.close();

  await assert.rejects(waiting, /fake Telegram server was closed/);
});

Deno.test("deliverToRegisteredWebhook() posts the update with the secret header and runs the reply", async () => {
  await using telegram = fakeTelegram();
  const received: { secret: string | null; update: Update }[] = [];
  const receiver = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    async (request) => {
      const update = await request.json();
      received.push({
        secret: request.headers.get("X-Telegram-Bot-Api-Secret-Token"),
        update,
      });
      const chat_id = update.message.chat.id;
      return Response.json({
        method: "sendMessage",
        chat_id,
        text: "from webhook reply",
      });
    },
  );
  try {
    const url = `http://127.0.0.1:${receiver.addr.port}/webhook`;
    await botFor(telegram).api.setWebhook(url, {
      secret_token: "s3cret_token",
    });

    const delivery = await telegram.deliverToRegisteredWebhook(
      textUpdate({ text: "hi" }),
    );

    assert.equal(delivery.status, 200);
    assert.deepEqual(telegram.webhook, {
      url,
      secretToken: "s3cret_token",
      maxConnections: 40,
    });
    assert.equal(received.length, 1);
    assert.equal(received[0].secret, "s3cret_token");
    assert.equal(received[0].update.update_id, 1);
    assert.equal(received[0].update.message?.text, "hi");
    assert.deepEqual(telegram.sentTexts(DEFAULT_USER_ID), [
      "from webhook reply",
    ]);
  } finally {
    await receiver.shutdown();
  }
});

Deno.test("deliverWebhook() reports the receiver's status and omits an absent secret", async () => {
  await using telegram = fakeTelegram();
  const secrets: (string | null)[] = [];
  const receiver = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    async (request) => {
      await request.body?.cancel();
      secrets.push(request.headers.get("X-Telegram-Bot-Api-Secret-Token"));
      return new Response("wrong secret", { status: 401 });
    },
  );
  try {
    const url = `http://127.0.0.1:${receiver.addr.port}/`;
    const delivery = await telegram.deliverWebhook(
      url,
      textUpdate({ text: "x" }),
    );

    assert.deepEqual(delivery, { status: 401, body: "wrong secret" });
    assert.deepEqual(secrets, [null]);
  } finally {
    await receiver.shutdown();
  }
  await assert.rejects(
    telegram.deliverToRegisteredWebhook(textUpdate({ text: "x" })),
    /no webhook is registered/,
  );
});

Deno.test("getWebhookInfo reports the webhook and the pending updates", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  telegram.queueUpdate(textUpdate({ text: "pending" }));

  const before = await bot.api.getWebhookInfo();
  await bot.api.setWebhook("http://127.0.0.1:9/hook", {
    drop_pending_updates: true,
  });
  const after = await bot.api.getWebhookInfo();

  assert.deepEqual(before, {
    url: "",
    has_custom_certificate: false,
    pending_update_count: 1,
  });
  assert.equal(after.url, "http://127.0.0.1:9/hook");
  assert.equal(after.pending_update_count, 0);
});

Deno.test("a grammY bot polling the fake receives a queued update and replies", async () => {
  await using telegram = fakeTelegram();
  const bot = new Bot(telegram.token, {
    client: { apiRoot: telegram.apiRoot },
  });
  bot.on("message:text", (ctx) => ctx.reply(`echo: ${ctx.message.text}`));
  telegram.queueUpdate(textUpdate({ text: "hello" }));
  let startedAs = "";

  const polling = bot.start({
    onStart: (info) => {
      startedAs = info.username;
    },
  });
  const reply = await telegram.waitForCall("sendMessage");
  await bot.stop();
  await polling;

  assert.equal(startedAs, "promptsmith_test_bot");
  assert.deepEqual(reply.payload, {
    chat_id: DEFAULT_USER_ID,
    text: "echo: hello",
  });
  assert.deepEqual(
    [...new Set(telegram.calls.map((call) => call.method))],
    ["getMe", "deleteWebhook", "getUpdates", "sendMessage"],
  );
  const info = await botFor(telegram).api.getWebhookInfo();
  assert.equal(info.pending_update_count, 0, "stop() confirmed the offset");
});

Deno.test("sendDocument accepts a multipart upload that getFile then serves", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  const bytes = new TextEncoder().encode("You are an expert…");

  const sent = await bot.api.sendDocument(
    7,
    new InputFile(bytes, "prompt.txt"),
    {
      caption: "Your prompt",
    },
  );
  const upload = telegram.callsOf("sendDocument")[0].payload
    .document as UploadedFile;
  const file = await bot.api.getFile(sent.document!.file_id);
  const download = await fetch(
    `${telegram.apiRoot}/file/bot${telegram.token}/${file.file_path}`,
  );

  assert.equal(upload.filename, "prompt.txt");
  assert.deepEqual(upload.bytes, bytes);
  assert.equal(telegram.callsOf("sendDocument")[0].payload.chat_id, 7);
  assert.equal(sent.caption, "Your prompt");
  assert.equal(sent.document?.file_name, "prompt.txt");
  assert.equal(file.file_size, bytes.length);
  assert.deepEqual(new Uint8Array(await download.arrayBuffer()), bytes);
  assert.deepEqual(telegram.messages(7).map((m) => m.caption), ["Your prompt"]);
});

Deno.test("sendPhoto accepts an upload and a known file_id", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);

  const uploaded = await bot.api.sendPhoto(
    7,
    new InputFile(new Uint8Array([1, 2, 3])),
  );
  const resent = await bot.api.sendPhoto(7, uploaded.photo![0].file_id);

  assert.equal(resent.photo?.[0].file_id, uploaded.photo?.[0].file_id);
  assert.equal(resent.photo?.[0].file_size, 3);
  assert.deepEqual(telegram.messages(7).map((m) => m.message_id), [1, 2]);
});

Deno.test("addFile() serves a registered file; getFile rejects an unknown one", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  const bytes = new Uint8Array([79, 103, 103, 83]);
  telegram.addFile("voice-1", bytes, { filePath: "voice/file_1.oga" });

  const file = await bot.api.getFile("voice-1");
  const download = await fetch(
    `${telegram.apiRoot}/file/bot${telegram.token}/voice/file_1.oga`,
  );
  const missing = await fetch(
    `${telegram.apiRoot}/file/bot${telegram.token}/voice/nope.oga`,
  );

  assert.deepEqual(file, {
    file_id: "voice-1",
    file_unique_id: "unique-voice-1",
    file_size: 4,
    file_path: "voice/file_1.oga",
  });
  assert.deepEqual(new Uint8Array(await download.arrayBuffer()), bytes);
  assert.equal(missing.status, 404);
  await missing.body?.cancel();
  await rejectsWithGrammyError(
    bot.api.getFile("nope"),
    400,
    "Bad Request: invalid file_id",
  );
});

Deno.test("form-urlencoded payloads decode to a plain payload", async () => {
  await using telegram = fakeTelegram();
  const body = new URLSearchParams({
    chat_id: "-100200",
    text: "123",
    disable_notification: "true",
    reply_markup: JSON.stringify({
      inline_keyboard: [[{ text: "A", callback_data: "a" }]],
    }),
  });

  const response = await fetch(
    `${telegram.apiRoot}/bot${telegram.token}/sendMessage`,
    { method: "POST", body },
  );
  const answer = await response.json();

  assert.equal(answer.ok, true);
  assert.deepEqual(telegram.calls[0].payload, {
    chat_id: -100200,
    text: "123",
    disable_notification: true,
    reply_markup: { inline_keyboard: [[{ text: "A", callback_data: "a" }]] },
  });
  assert.equal((answer.result as Message).text, "123");
});

Deno.test("a multipart file part without attach:// becomes the field itself", async () => {
  await using telegram = fakeTelegram();
  const form = new FormData();
  form.set("chat_id", "7");
  form.set(
    "document",
    new File(["# Prompt"], "prompt.md", { type: "text/markdown" }),
  );

  const response = await fetch(
    `${telegram.apiRoot}/bot${telegram.token}/sendDocument`,
    { method: "POST", body: form },
  );
  const answer = await response.json();

  const document = telegram.calls[0].payload.document as UploadedFile;
  assert.equal(answer.result.document.file_name, "prompt.md");
  assert.equal(answer.result.document.mime_type, "text/markdown");
  assert.equal(document.contentType, "text/markdown");
  assert.equal(new TextDecoder().decode(document.bytes), "# Prompt");
});

Deno.test("GET query strings and the test environment path reach the API", async () => {
  await using telegram = fakeTelegram();
  const base = `${telegram.apiRoot}/bot${telegram.token}`;

  const me = await (await fetch(`${base}/test/getMe`)).json();
  const sent = await (await fetch(`${base}/sendMessage?chat_id=3&text=hi`))
    .json();
  const unknownPath = await fetch(`${telegram.apiRoot}/nothing`);
  const wrongFileToken = await fetch(
    `${telegram.apiRoot}/file/bot1:x/files/file_1`,
  );

  assert.equal(me.result.username, "promptsmith_test_bot");
  assert.equal(sent.result.text, "hi");
  assert.deepEqual(await unknownPath.json(), {
    ok: false,
    error_code: 404,
    description: "Not Found",
  });
  assert.equal(wrongFileToken.status, 401);
  await wrongFileToken.body?.cancel();
});

Deno.test("methods the fake does not model with true and are recorded", async () => {
  await using telegram = fakeTelegram();

  const answer = await callRaw(telegram, "pinChatMessage", {
    chat_id: 1,
    message_id: 1,
  });
  const commands = await callRaw(telegram, "setmycommands", {
    commands: [{ command: "start", description: "Start" }],
  });
  const stored = await callRaw(telegram, "getMyCommands");

  assert.deepEqual(answer.body, { ok: true, result: true });
  assert.deepEqual(telegram.calls.map((call) => call.method), [
    "pinChatMessage",
    "setMyCommands",
    "getMyCommands",
  ]);
  assert.equal(commands.body.ok, true);
  assert.deepEqual(stored.body.result, [{
    command: "start",
    description: "Start",
  }]);
});

Deno.test("setMessageReaction sets, replaces and removes the bot's one reaction on a known message", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  const update = textUpdate({ text: "hello", userId: 7, messageId: 40 });
  telegram.rememberUpdate(update);
  const sent = await bot.api.sendMessage(7, "mine");

  assert.equal(
    await bot.api.setMessageReaction(7, 40, [{ type: "emoji", emoji: "👀" }]),
    true,
  );
  assert.deepEqual(telegram.reactions(7, 40), [{ type: "emoji", emoji: "👀" }]);
  await bot.api.setMessageReaction(7, 40, [{ type: "emoji", emoji: "😴" }]);
  assert.deepEqual(telegram.reactions(7, 40), [{ type: "emoji", emoji: "😴" }]);
  await bot.api.setMessageReaction(7, sent.message_id, [
    { type: "emoji", emoji: "👍" },
  ]);
  assert.deepEqual(telegram.reactions(7, sent.message_id), [
    { type: "emoji", emoji: "👍" },
  ]);
  await bot.api.setMessageReaction(7, 40, []);
  assert.deepEqual(telegram.reactions(7, 40), []);
  assert.deepEqual(telegram.reactions(8, 40), [], "other chats untouched");
});

Deno.test("setMessageReaction refuses what Telegram refuses", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  telegram.rememberUpdate(textUpdate({ text: "hi", userId: 7, messageId: 5 }));
  const react = (
    chatId: number,
    messageId: number,
    reaction: unknown[],
  ) =>
    bot.api.setMessageReaction(
      chatId,
      messageId,
      reaction as Parameters<typeof bot.api.setMessageReaction>[2],
    );
  const emoji = (e: string) => ({ type: "emoji", emoji: e });
  for (const [chatId, messageId] of [[7, 6], [7, 0], [8, 5]]) {
    await rejectsWithGrammyError(
      react(chatId, messageId, [emoji("👀")]),
      400,
      "Bad Request: message to react not found",
    );
  }
  // ⏳ is no reaction Telegram offers; custom and paid ones are not for bots here.
  for (
    const reaction of [
      emoji("⏳"),
      emoji("hello"),
      { type: "custom_emoji", custom_emoji_id: "5368324170671202286" },
      { type: "paid" },
    ]
  ) {
    await rejectsWithGrammyError(
      react(7, 5, [reaction]),
      400,
      "Bad Request: REACTION_INVALID",
    );
  }
  await rejectsWithGrammyError(
    react(7, 5, [emoji("👀"), emoji("👍")]),
    400,
    "Bad Request: REACTIONS_TOO_MANY",
  );
  const noChat = await callRaw(telegram, "setMessageReaction", {
    message_id: 5,
    reaction: [emoji("👀")],
  });
  assert.deepEqual(noChat.body, {
    ok: false,
    error_code: 400,
    description: "Bad Request: chat_id is empty",
  });
  assert.deepEqual(telegram.reactions(7, 5), [], "nothing was set");
});

Deno.test("restrictReactions() makes a chat refuse the emoji it does not allow", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  telegram.rememberUpdate(
    textUpdate({ text: "hi", chatType: "group", userId: 7, messageId: 9 }),
  );
  const group = textUpdate({ text: "x", chatType: "group", userId: 7 })
    .message!.chat.id;
  telegram.restrictReactions(group, ["👍"]);
  await rejectsWithGrammyError(
    bot.api.setMessageReaction(group, 9, [{ type: "emoji", emoji: "👀" }]),
    400,
    "Bad Request: REACTION_INVALID",
  );
  await bot.api.setMessageReaction(group, 9, [{ type: "emoji", emoji: "👍" }]);
  telegram.restrictReactions(group, []);
  await rejectsWithGrammyError(
    bot.api.setMessageReaction(group, 9, [{ type: "emoji", emoji: "👍" }]),
    400,
    "Bad Request: REACTION_INVALID",
  );
  telegram.restrictReactions(group, null);
  await bot.api.setMessageReaction(group, 9, [{ type: "emoji", emoji: "👀" }]);
  assert.deepEqual(telegram.reactions(group, 9), [{
    type: "emoji",
    emoji: "👀",
  }]);
});

Deno.test("textUpdate() carries the entities grammY needs to route a command", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  const seen: string[] = [];
  bot.command("enhance", (ctx) => {
    seen.push(`command:${ctx.match}`);
  });
  bot.on("message:entities:mention", (ctx) => {
    seen.push(`mention:${ctx.entities("mention")[0].text}`);
  });

  await bot.handleUpdate(textUpdate({ text: "/enhance a poem", updateId: 1 }));
  await bot.handleUpdate(
    textUpdate({
      text: "/enhance@promptsmith_test_bot x",
      updateId: 2,
      chatType: "supergroup",
    }),
  );
  await bot.handleUpdate(
    textUpdate({ text: "hey @promptsmith_test_bot", updateId: 3 }),
  );

  assert.deepEqual(seen, [
    "command:a poem",
    "command:x",
    "mention:@promptsmith_test_bot",
  ]);
});

Deno.test("textUpdate() builds private chats on the user id and groups from a user", () => {
  const direct = textUpdate({ text: "hi", userId: 77 });
  const group = textUpdate({ text: "hi", userId: 77, chatType: "supergroup" });
  const reply = textUpdate({ text: "more", replyToBot: true });

  assert.equal(direct.message?.chat.id, 77);
  assert.equal(direct.message?.from.id, 77);
  assert.equal(group.message?.chat.id, DEFAULT_SUPERGROUP_ID);
  assert.equal(group.message?.chat.type, "supergroup");
  assert.equal(group.message?.from.id, 77);
  assert.equal(reply.message?.reply_to_message?.from?.id, DEFAULT_BOT_INFO.id);
  assert.equal(direct.update_id, undefined);
  assert.throws(
    () =>
      textUpdate({ text: "hi", userId: 77, chatId: 78, chatType: "private" }),
    RangeError,
  );
});

Deno.test("callbackUpdate() lets a bot answer and edit the message it pressed", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  const menu = await bot.api.sendMessage(DEFAULT_USER_ID, "Pick a tone", {
    reply_markup: {
      inline_keyboard: [[{ text: "Formal", callback_data: "tone:formal" }]],
    },
  });
  bot.callbackQuery(/^tone:(\w+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(`Tone: ${ctx.match[1]}`);
  });

  const update = callbackUpdate({
    data: "tone:formal",
    userId: DEFAULT_USER_ID,
    chatId: DEFAULT_USER_ID,
    messageId: menu.message_id,
    updateId: 1,
  });
  await bot.handleUpdate(update);

  assert.equal(telegram.callsOf("answerCallbackQuery").length, 1);
  assert.deepEqual(telegram.messages(DEFAULT_USER_ID).map((m) => m.text), [
    "Tone: formal",
  ]);
});

Deno.test("photoUpdate() and voiceUpdate() carry file ids a bot can fetch", async () => {
  await using telegram = fakeTelegram();
  const bot = botFor(telegram);
  telegram.addFile("photo-1", new Uint8Array([1]));
  telegram.addFile("voice-1", new Uint8Array([2]));
  const fetched: string[] = [];
  bot.on("message:photo", async (ctx) => {
    fetched.push((await ctx.getFile()).file_id);
  });
  bot.on("message:voice", async (ctx) => {
    fetched.push((await ctx.getFile()).file_id);
  });

  const photo = photoUpdate({
    fileId: "photo-1",
    caption: "this",
    updateId: 1,
  });
  await bot.handleUpdate(photo);
  await bot.handleUpdate(voiceUpdate({ fileId: "voice-1", updateId: 2 }));

  assert.equal(photo.message?.photo?.length, 2);
  assert.equal(photo.message?.photo?.[1].file_unique_id, "unique-photo-1");
  assert.deepEqual(fetched, ["photo-1", "voice-1"]);
});

Deno.test("fake Telegram dates its answers by its clock and reports a webhook error set by the test", async () => {
  const at = Date.parse("2026-03-01T12:00:00Z");
  await using telegram = startFakeTelegram({ clock: { now: () => at } });
  const url = `${telegram.apiRoot}/bot${telegram.token}/getWebhookInfo`;
  const first = await fetch(url);
  assert.equal(first.headers.get("date"), "Sun, 01 Mar 2026 12:00:00 GMT");
  assert.equal((await first.json()).result.last_error_message, undefined);
  telegram.setWebhookError({ message: "Connection refused", at: at - 5000 });
  const info = (await (await fetch(url)).json()).result;
  assert.equal(info.last_error_message, "Connection refused");
  assert.equal(info.last_error_date, Math.floor((at - 5000) / 1000));
});

Deno.test("fake Telegram: a user who blocked the bot makes every send to their chat fail with 403", async () => {
  await using tg = startFakeTelegram();
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  tg.blockBot(501);
  await assert.rejects(api.sendMessage(501, "hi"), (error: unknown) => {
    assert.ok(error instanceof GrammyError);
    assert.equal(error.error_code, 403);
    assert.match(error.description, /bot was blocked by the user/);
    return true;
  });
  await api.sendMessage(502, "others still get it");
  tg.blockBot(501, false);
  await api.sendMessage(501, "unblocked");
  assert.deepEqual(tg.sentTexts(501), ["unblocked"]);
});
