import { copyable } from "../support.ts";
/**
 * Faults in both modes end in one redacted log line: Telegram refusing a reply
 * (403, 429, 400), Telegram unreachable (a proxy's 502 page), bodies that are
 * not updates, and handlers that throw. Nothing secret or personal reaches
 * stdout or stderr, the webhook answers with the designed status, and the bot
 * still answers afterwards.
 *
 * @module
 */
import assert from "node:assert/strict";
import type { Update } from "grammy/types";
import { textUpdate } from "../fakes/updates.ts";
import type { BotProcess } from "./bot_process.ts";
import {
  allOutput,
  findLeaks,
  type Forbidden,
  LOG_ID_KEY,
  OPTIONAL_SECRETS_ENV,
  printedErrors,
  stackSecrets,
} from "./leaks.ts";
import {
  enhancementsLogged,
  type Stack,
  startStack,
  WEBHOOK_SECRET,
} from "./stack.ts";

const USER = 5_550_001_234;
const FIRST_NAME = "Zebulon";
const USERNAME = "zebulon_leaktest";
const HELP = "/help marmalade-penguin-help";
const START = "/start marmalade-penguin-start";
const PROMPT = "a limerick about marmalade penguins";
const BROKEN = "an ode to marmalade penguins with a broken text";

function personal(): Forbidden[] {
  return [
    { name: "first name", value: FIRST_NAME },
    { name: "username", value: USERNAME },
    { name: "raw user id", value: String(USER) },
    { name: "message text", value: "marmalade" },
  ];
}

function fromUser(text: string, updateId: number): Update {
  return textUpdate({
    text,
    userId: USER,
    firstName: FIRST_NAME,
    username: USERNAME,
    updateId,
    messageId: updateId,
  });
}

function assertClean(stack: Stack, bot: BotProcess): void {
  const output = allOutput(bot);
  assert.deepEqual(
    findLeaks(output, [...stackSecrets(stack), ...personal()]),
    [],
  );
  assert.deepEqual(printedErrors(bot.stderr()), [], bot.stderr());
}

/** What the user's chat shows of the bot's messages. */
function shownTexts(stack: Stack): string[] {
  return stack.tg.messages(USER).map((m) => copyable("text" in m ? m : {}));
}

/** Each failed update left one error or warning line naming it. */
function assertFailuresLogged(bot: BotProcess, updateIds: number[]): void {
  for (const updateId of updateIds) {
    const lines = bot.logs.filter((l) =>
      l.properties?.updateId === updateId &&
      (l.level === "ERROR" || l.level === "WARN")
    );
    assert.equal(
      lines.length,
      1,
      `failure of update ${updateId} logged once: ${
        JSON.stringify(bot.logs.filter((l) =>
          l.properties?.updateId === updateId
        ))
      }`,
    );
  }
}

/** POSTs raw bytes to the webhook with the right secret unless told otherwise. */
async function post(
  bot: BotProcess,
  body: BodyInit,
  headers: Record<string, string> = {},
): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${bot.port}/webhook`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-telegram-bot-api-secret-token": WEBHOOK_SECRET,
      ...headers,
    },
    body,
  });
  await res.body?.cancel();
  return res.status;
}

Deno.test("e2e webhook: refused replies, unreachable Telegram and bad bodies get the designed status, print nothing secret, and the bot still answers", async () => {
  await using stack = await startStack();
  stack.llm.setReply("WEBHOOK ANSWER AFTER FAULTS");
  const bot = await stack.start({
    BOT_MODE: "webhook",
    WEBHOOK_SECRET,
    LOG_ID_KEY,
    ...OPTIONAL_SECRETS_ENV,
    // grammY's own debug output must not print a context either.
    DEBUG: "grammy*",
  });
  const url = `http://127.0.0.1:${bot.port}/webhook`;
  const deliver = (update: Update) =>
    stack.tg.deliverWebhook(url, update, { secretToken: WEBHOOK_SECRET });

  // Refusals (4xx) are final: the update was handled, Telegram gets 200.
  stack.tg.injectFault("sendMessage", {
    status: 403,
    description: "Forbidden: bot was blocked by the user",
  });
  assert.equal((await deliver(fromUser(HELP, 1))).status, 200);
  stack.tg.injectFault("sendMessage", { status: 429, retryAfter: 600 });
  assert.equal((await deliver(fromUser(START, 2))).status, 200);
  stack.tg.injectFault("sendMessage", {
    status: 400,
    description: "Bad Request: can't parse entities",
  });
  assert.equal((await deliver(fromUser(HELP, 3))).status, 200);

  // Telegram unreachable (transient), past the client's 4 tries with backoff:
  // 503, and the redelivery is handled.
  stack.tg.injectFault("sendMessage", { status: 502, times: 4 });
  const before = stack.tg.callsOf("sendMessage").length;
  assert.equal((await deliver(fromUser(HELP, 4))).status, 503);
  assert.equal((await deliver(fromUser(HELP, 4))).status, 200);
  const help = stack.tg.callsOf("sendMessage").slice(before);
  assert.equal(
    help.length,
    5,
    "4 tries of the failed send, then the redelivered one",
  );
  assert.match(String(help[4].payload.text), /How to use Promptsmith/);

  // Bodies that are not Telegram updates: 4xx, nothing handled.
  const bad = fromUser(BROKEN, 5);
  const calls = stack.tg.calls.length;
  assert.equal(await post(bot, "{not json marmalade"), 400);
  assert.equal(await post(bot, "[]"), 400);
  assert.equal(await post(bot, "{}"), 400);
  assert.equal(await post(bot, JSON.stringify({ update_id: "5" })), 400);
  assert.equal(await post(bot, JSON.stringify({ update_id: 5.5 })), 400);
  assert.equal(
    await post(
      bot,
      JSON.stringify({ ...bad, message: { ...bad.message, text: 42 } }),
    ),
    400,
  );
  assert.equal(
    await post(
      bot,
      JSON.stringify({ ...bad, message: { ...bad.message, chat: null } }),
    ),
    400,
  );
  assert.equal(
    await post(bot, JSON.stringify(bad), { "content-type": "text/plain" }),
    415,
  );
  assert.equal(
    await post(bot, JSON.stringify(bad), {
      "x-telegram-bot-api-secret-token": "nope",
    }),
    401,
  );
  assert.equal(
    await post(bot, `{"update_id":6,"pad":"${"x".repeat(2 * 1024 * 1024)}"}`),
    413,
  );
  assert.equal(stack.tg.calls.length, calls, "no Bot API call for bad bodies");

  // A kind the bot did not ask for, with a valid update_id: ignored, 200.
  assert.equal(
    await post(
      bot,
      JSON.stringify({ update_id: 7, poll: { id: "p", question: "?" } }),
    ),
    200,
  );

  // The bot still answers a normal prompt.
  assert.equal((await deliver(fromUser(PROMPT, 8))).status, 200);
  await enhancementsLogged(bot);
  assert.ok(
    shownTexts(stack).includes("WEBHOOK ANSWER AFTER FAULTS"),
    "the prompt after the faults was answered",
  );
  const health = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
  assert.equal(health.status, 200);
  await health.body?.cancel();

  assert.equal((await bot.stop("SIGTERM")).code, 0, bot.stderr());
  assertClean(stack, bot);
  assertFailuresLogged(bot, [1, 2, 3, 4]);
});

Deno.test("e2e polling: refused replies, unreachable Telegram and throwing handlers print nothing secret, and the bot still answers", async () => {
  await using stack = await startStack();
  stack.llm.setReply("POLLING ANSWER AFTER FAULTS");
  const bot = await stack.start({
    BOT_MODE: "polling",
    LOG_ID_KEY,
    ...OPTIONAL_SECRETS_ENV,
    DEBUG: "grammy*",
  });
  // One update at a time, its failure logged and its apology (if any) sent
  // before the next fault is set, so that each fault hits the intended call.
  const failed = (updateId: number) =>
    bot.waitForLog((l) =>
      l.properties?.updateId === updateId &&
      (l.level === "ERROR" || l.level === "WARN")
    );
  const apology = () =>
    stack.tg.waitForCall(
      "sendMessage",
      (c) => /^Sorry/.test(String(c.payload.text)) && !apologies.has(c),
      10_000,
    ).then((call) => apologies.add(call));
  const apologies = new Set<unknown>();

  // Refused (403, 429): logged, no apology, since it would be refused too.
  stack.tg.injectFault("sendMessage", {
    status: 403,
    description: "Forbidden: bot was blocked by the user",
  });
  stack.tg.queueUpdate(fromUser(HELP, 1));
  await failed(1);
  stack.tg.injectFault("sendMessage", { status: 429, retryAfter: 600 });
  stack.tg.queueUpdate(fromUser(START, 2));
  await failed(2);
  // Refused (400), Telegram unreachable: logged, then an apology.
  stack.tg.injectFault("sendMessage", {
    status: 400,
    description: "Bad Request: can't parse entities",
  });
  stack.tg.queueUpdate(fromUser(HELP, 3));
  await failed(3);
  await apology();
  stack.tg.injectFault("sendMessage", { status: 502, times: 4 });
  stack.tg.queueUpdate(fromUser(HELP, 4));
  await failed(4);
  await apology();
  // A handler that throws on an update Telegram would never send.
  const bad = fromUser(BROKEN, 5);
  stack.tg.queueUpdate(
    { ...bad, message: { ...bad.message, text: 42 } } as unknown as Update,
  );
  await failed(5);
  await apology();

  stack.tg.queueUpdate(fromUser(PROMPT, 6));
  await enhancementsLogged(bot);
  assert.ok(
    shownTexts(stack).includes("POLLING ANSWER AFTER FAULTS"),
    "the prompt after the faults was answered",
  );

  assert.equal((await bot.stop("SIGTERM")).code, 0, bot.stderr());
  assertClean(stack, bot);
  assertFailuresLogged(bot, [1, 2, 3, 4, 5]);
});
