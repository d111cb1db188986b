import assert from "node:assert/strict";
import type { LogRecord } from "@logtape/logtape";
import type { Update } from "grammy/types";
import { textUpdate } from "./fakes/updates.ts";
import { answering, startFeatureBot } from "./features/harness.ts";
import { withLogs } from "./support.ts";

const USER = 4_242_001;
const NAME = "Philippa";
const SECRET = "unit_webhook_secret-42";
const WEBHOOK = { BOT_MODE: "webhook", WEBHOOK_SECRET: SECRET };

function help(updateId: number): Update {
  return textUpdate({
    text: "/help",
    userId: USER,
    firstName: NAME,
    updateId,
    messageId: updateId,
  });
}

/** The failure lines of one update, rendered, with their properties. */
function failures(records: LogRecord[], updateId: number): string[] {
  return records
    .filter((r) =>
      r.properties.updateId === updateId &&
      (r.level === "warning" || r.level === "error")
    )
    .map((r) => JSON.stringify({ m: r.message, p: r.properties }));
}

Deno.test("createBot().handleUpdate() treats a reply Telegram refused as handled: one warning, an apology only where one can arrive", async () => {
  await withLogs(async (records) => {
    await using h = await startFeatureBot(answering("x"), WEBHOOK);
    h.tg.injectFault("sendMessage", {
      status: 403,
      description: "Forbidden: bot was blocked by the user",
    });
    assert.equal(await h.handle(help(1)), "handled");
    h.tg.injectFault("sendMessage", { status: 429, retryAfter: 600 });
    assert.equal(await h.handle(help(2)), "handled");
    assert.deepEqual(
      h.tg.sentTexts(USER),
      [],
      "no apology to a blocked or flooded chat",
    );

    h.tg.injectFault("sendMessage", {
      status: 400,
      description: "Bad Request: can't parse entities",
    });
    assert.equal(await h.handle(help(3)), "handled");
    assert.deepEqual(h.tg.sentTexts(USER), [
      "Sorry, something went wrong on my side. Please try again.",
    ]);

    for (const [updateId, code] of [[1, 403], [2, 429], [3, 400]]) {
      const lines = failures(records, updateId);
      assert.equal(lines.length, 1, `update ${updateId}: ${lines}`);
      assert.match(lines[0], new RegExp(`"code":${code}`));
      assert.match(lines[0], /"method":"sendMessage"/);
      assert.ok(!lines[0].includes(NAME), lines[0]);
      assert.ok(!lines[0].includes(String(USER)), lines[0]);
    }
  });
});

Deno.test("createBot().handleUpdate() in webhook mode releases the claim of an update Telegram could not take, so that its redelivery is handled", async () => {
  await withLogs(async (records) => {
    await using h = await startFeatureBot(answering("x"), WEBHOOK);
    // Past the retries of the Bot API client: Telegram stays unreachable.
    h.tg.injectFault("sendMessage", { status: 502, times: 4 });
    assert.equal(await h.handle(help(1)), "retry");
    assert.deepEqual(h.tg.sentTexts(USER), [], "no apology: it is tried again");
    assert.match(failures(records, 1)[0], /"errorClass":"HttpError"/);
    assert.match(failures(records, 1)[0], /"retry":true/);

    assert.equal(await h.handle(help(1)), "handled");
    assert.equal(h.tg.sentTexts(USER).length, 1);
    assert.match(h.tg.sentTexts(USER)[0], /How to use Promptsmith/);
    // A third delivery is a duplicate again.
    assert.equal(await h.handle(help(1)), "handled");
    assert.equal(h.tg.sentTexts(USER).length, 1);
  });
});

Deno.test("createBot().handleUpdate() in polling mode logs an unreachable Telegram and apologizes: nobody delivers it again", async () => {
  await withLogs(async (records) => {
    await using h = await startFeatureBot(answering("x"));
    h.tg.injectFault("sendMessage", { status: 502, times: 4 });
    assert.equal(await h.handle(help(1)), "handled");
    assert.deepEqual(h.tg.sentTexts(USER), [
      "Sorry, something went wrong on my side. Please try again.",
    ]);
    assert.match(failures(records, 1)[0], /"retry":false/);
  });
});

Deno.test("createBot(): bot.handleUpdate, as the polling runner calls it, never throws a handler's error", async () => {
  await withLogs(async (records) => {
    await using h = await startFeatureBot(answering("x"));
    h.tg.injectFault("sendMessage", {
      status: 403,
      description: "Forbidden: bot was blocked by the user",
    });
    // send() calls bot.handleUpdate directly and would reject.
    await h.send(help(1));
    const bad = textUpdate({ text: "x", userId: USER, firstName: NAME });
    await h.send(
      { ...bad, update_id: 2, message: { ...bad.message!, text: 42 } } as never,
    );
    assert.equal(failures(records, 1).length, 1);
    assert.equal(failures(records, 2).length, 1);
  });
});

Deno.test("createBot().handleUpdate() logs a throwing handler as one error line without the context, and apologizes", async () => {
  await withLogs(async (records) => {
    await using h = await startFeatureBot(answering("x"), WEBHOOK);
    const bad = textUpdate({
      text: "x",
      userId: USER,
      firstName: NAME,
      updateId: 7,
    });
    // Past the webhook's shape check only by a bug; a handler then throws.
    const update = {
      ...bad,
      message: { ...bad.message, text: { secret: "marmalade" } },
    } as unknown as Update;
    assert.equal(await h.handle(update), "handled");
    const [line] = failures(records, 7);
    assert.match(line, /"errorClass":"TypeError"/);
    for (const leak of ["marmalade", NAME, String(USER), SECRET, h.tg.token]) {
      assert.ok(!line.includes(leak), `${leak} in ${line}`);
    }
    assert.equal(h.tg.sentTexts(USER).length, 1);
    // A text is a prompt: the enhance feature's own boundary caught it.
    assert.equal(
      h.tg.sentTexts(USER)[0],
      "Sorry, I couldn't finish that one. Please send it again in a moment.",
    );
  });
});

Deno.test("createBot().handleUpdate() asks for a redelivery when KV stays locked, and handles the redelivery", async () => {
  await withLogs(async (records) => {
    await using h = await startFeatureBot(answering("x"), WEBHOOK);
    const kv = h.deps.kv;
    const atomic = kv.atomic.bind(kv);
    // Another process holds SQLite's write lock for longer than the claim retries.
    kv.atomic = () => {
      const op = atomic();
      op.commit = () => Promise.reject(new Error("database is locked"));
      return op;
    };
    assert.equal(await h.handle(help(1)), "retry");
    assert.match(failures(records, 1)[0], /"retry":true/);
    assert.deepEqual(h.tg.sentTexts(USER), []);

    kv.atomic = atomic;
    assert.equal(await h.handle(help(1)), "handled");
    assert.match(h.tg.sentTexts(USER)[0], /How to use Promptsmith/);
  });
});
